/// <reference types="vitest/config" />
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import type { ChunkingContext } from 'rolldown'
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
const scripts = [
  entries.workbench,
  entries.portal,
  fileURLToPath(new URL('./src/workbench.ts', import.meta.url)),
  fileURLToPath(new URL('./src/portal.ts', import.meta.url)),
]

/**
 * The portal's first load in as few files as the apps' sharing allows: what its entry imports statically (before
 * tree-shaking, so import Vant's parts by their own path, not from `vant`) goes into two chunks — `core`, what
 * the workbench uses too (Vue, the router, Pinia, vue-i18n, the API client, the messages' machinery), which the
 * workbench's entry then loads as one file, and `portal-first`, what only the portal uses (Vant's pieces of the
 * first screens, the two first screens). The page is served over HTTP/1.1, where Chromium opens six connections
 * to a host: eleven scripts and four style sheets took three round trips on "Fast 3G" (see
 * docs/performance.md, "Web budgets"), now one. Screens loaded later keep rolldown's own splitting.
 */
function firstLoad(): (id: string, ctx: ChunkingContext) => string | null {
  const reach = new Map<string, Set<string>>()
  const from = (entry: string, ctx: ChunkingContext, lazyToo: boolean) => {
    const key = `${entry} ${lazyToo}`
    let found = reach.get(key)
    if (!found) {
      found = new Set()
      const pending = [entry]
      while (pending.length) {
        const id = pending.pop()!
        if (!found.has(id)) {
          found.add(id)
          const info = ctx.getModuleInfo(id)
          pending.push(...(info?.importedIds ?? []), ...(lazyToo ? (info?.dynamicallyImportedIds ?? []) : []))
        }
      }
      reach.set(key, found)
    }
    return found
  }
  return (id, ctx) => {
    // the entries stay chunks of their own (the manifest's entries, scripts/budget.mjs)
    if (scripts.includes(id) || !from(entries.portal, ctx, false).has(id)) {
      return null
    }
    // what a screen of the workbench also uses is in core, or the workbench would load the portal's chunk
    return from(entries.workbench, ctx, true).has(id) ? 'core' : 'portal-first'
  }
}

export default defineConfig({
  plugins: [
    vue(),
    noRemoteFonts(),
    iconFontAsFile(),
    Components({
      dts: false,
      resolvers: [ElementPlusResolver({ importStyle: 'css' }), VantResolver({ importStyle: 'css' })],
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: { '/api': api, '/v3': api, '/actuator': api },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
    // dist/.vite/manifest.json: which chunks each entry and screen loads (scripts/budget.mjs; not served)
    manifest: true,
    rollupOptions: {
      input: entries,
      output: {
        // the groups are closed under static imports already (see firstLoad)
        codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: firstLoad(), debugName: 'first load' }] },
      },
    },
  },
  test: {
    // plain logic runs in node; a component test opts into a DOM with: // @vitest-environment jsdom
    environment: 'node',
    include: ['src/**/*.spec.ts'],
  },
})
