/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'
import { VantResolver } from '@vant/auto-import-resolver'

// Two entry points: the staff workbench (index.html, served at /) and the owner portal (m/index.html, at /m).
// Element Plus and Vant components are imported on demand, with their styles, where a template uses them.
// `npm run dev` proxies the API to a running application (./mvnw spring-boot:run, port 8080 unless API_ORIGIN).
const api = process.env.API_ORIGIN ?? 'http://localhost:8080'

export default defineConfig({
  plugins: [
    vue(),
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
