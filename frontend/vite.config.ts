/// <reference types="vitest/config" />
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

export default defineConfig({
  plugins: [
    vue(),
    noRemoteFonts(),
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
      input: {
        workbench: fileURLToPath(new URL('./index.html', import.meta.url)),
        portal: fileURLToPath(new URL('./m/index.html', import.meta.url)),
      },
    },
  },
  test: {
    // plain logic runs in node; a component test opts into a DOM with: // @vitest-environment jsdom
    environment: 'node',
    include: ['src/**/*.spec.ts'],
  },
})
