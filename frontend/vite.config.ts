/// <reference types="vitest/config" />
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'
import { VantResolver } from '@vant/auto-import-resolver'

// Two entry points: the staff workbench (index.html, served at /) and the owner portal (m/index.html, at /m).
// Element Plus and Vant components are imported on demand, with their styles, where a template uses them.
// `npm run dev` proxies the API to a running application (./mvnw spring-boot:run, port 8080 unless API_ORIGIN).
const api = process.env.API_ORIGIN ?? 'http://localhost:8080'

/**
 * Vant's icon font is inlined (a data: URL) with a fallback on a CDN (at.alicdn.com); Chromium fetched the
 * fallback as well, which the Content-Security-Policy blocks and an owner's phone should not be asked for.
 */
function noRemoteFonts(): Plugin {
  return {
    name: 'estatecare:no-remote-fonts',
    enforce: 'post',
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'asset' && file.fileName.endsWith('.css')) {
          file.source = String(file.source).replace(/,\s*url\((?:https?:)?\/\/at\.alicdn\.com[^)]*\)\s*format\("woff"\)/g, '')
        }
      }
    },
  }
}

/**
 * Vant's icon font (25 KB) comes inlined in its style sheet as a data: URL, so the portal's first screen waited
 * for it although the screen is usable before its icons draw. Written to a file that the style sheet points to
 * instead, the build emits it as a hashed asset of its own (the style sheet's hash follows), loaded only when an
 * icon is shown, after the first screen's scripts and styles.
 */
function iconFontAsFile(): Plugin {
  const inlined = /url\(data:font\/woff2;charset=utf-8;base64,([A-Za-z0-9+/=]+)\)/
  const folder = fileURLToPath(new URL('./node_modules/.cache/estatecare/', import.meta.url))
  return {
    name: 'estatecare:icon-font-as-file',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      const found = id.endsWith('/vant/es/icon/index.css') ? inlined.exec(code) : null
      if (!found) {
        return null
      }
      const font = join(folder, 'vant-icon.woff2')
      mkdirSync(folder, { recursive: true })
      writeFileSync(font, Buffer.from(found[1], 'base64'))
      return code.replace(found[0], `url("${relative(dirname(id), font).split(sep).join('/')}")`)
    },
  }
}

const entries = {
  workbench: fileURLToPath(new URL('./index.html', import.meta.url)),
  portal: fileURLToPath(new URL('./m/index.html', import.meta.url)),
}

/**
 * The owner portal in its page: the build of `m/index.html` (`vite build --mode portal`) is one script and one
 * style sheet, written into the page itself, with `m/early.js`. A phone on "Fast 3G" then needs one round
 * trip (562.5 ms) for the first screen instead of two: the page, and with it everything the first screen needs
 * (docs/performance.md, "Web budgets"). The page is served Brotli-compressed (scripts/compress.mjs), and the
 * server allows exactly these inline scripts and styles by their SHA-256 in its Content-Security-Policy
 * (`PortalPagePolicy`). Every screen of the portal comes with it: 200 KB gzip is the portal's budget
 * (scripts/budget.mjs).
 */
function portalInPage(): Plugin {
  const early = fileURLToPath(new URL('./m/early.js', import.meta.url))
  // a script's text must not close its element early (`</script` inside a string of the code)
  const safe = (code: string) => code.replace(/<\/(script|style)/gi, '<\\/$1')
  return {
    name: 'estatecare:portal-in-page',
    enforce: 'post',
    apply: 'build',
    // after every plugin's generateBundle (Vite's own fills in the chunks' preload lists there), on the written files
    writeBundle(options, bundle) {
      const out = options.dir ?? 'dist'
      const pagePath = join(out, 'm/index.html')
      let html = readFileSync(pagePath, 'utf8')
      html = html.replace(/<script src="\/m\/early\.js"[^>]*><\/script>/, () =>
        `<script>${safe(readFileSync(early, 'utf8').trim())}</script>`)
      for (const [name, file] of Object.entries(bundle)) {
        const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        if (file.type === 'chunk' && file.isEntry) {
          html = html.replace(new RegExp(`<script type="module" crossorigin src="/${escaped}"></script>`), () =>
            `<script type="module">${safe(readFileSync(join(out, name), 'utf8').trim())}</script>`)
          rmSync(join(out, name))
        } else if (file.type === 'asset' && name.endsWith('.css')) {
          html = html.replace(new RegExp(`<link rel="stylesheet" crossorigin href="/${escaped}">`), () =>
            `<style>${safe(readFileSync(join(out, name), 'utf8').trim())}</style>`)
          rmSync(join(out, name))
        }
      }
      if (/<script[^>]+src=|<link[^>]+stylesheet|__VITE_PRELOAD__/.test(html)) {
        throw new Error(`the portal's page still loads a script or style sheet: ${html.slice(0, 2000)}`)
      }
      writeFileSync(pagePath, html)
    },
  }
}

export default defineConfig(({ mode }) => ({
  plugins: [
    vue(),
    noRemoteFonts(),
    iconFontAsFile(),
    Components({
      dts: false,
      resolvers: [ElementPlusResolver({ importStyle: 'css' }), VantResolver({ importStyle: 'css' })],
    }),
    ...(mode === 'portal' ? [portalInPage()] : []),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: { '/api': api, '/v3': api, '/actuator': api },
  },
  build: mode === 'portal' ? {
    // after the workbench's build, into the same folder
    outDir: 'dist',
    emptyOutDir: false,
    cssCodeSplit: false,
    manifest: false,
    rollupOptions: {
      input: { portal: entries.portal },
      output: { codeSplitting: false },
    },
  } : {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
    // dist/.vite/manifest.json: which chunks each entry and screen loads (scripts/budget.mjs; not served)
    manifest: true,
    rollupOptions: {
      input: { workbench: entries.workbench },
    },
  },
  test: {
    // plain logic runs in node; a component test opts into a DOM with: // @vitest-environment jsdom
    environment: 'node',
    include: ['src/**/*.spec.ts'],
  },
}))
