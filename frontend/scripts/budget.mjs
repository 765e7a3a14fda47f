// The JavaScript each app loads, gzip-compressed (level 9), from Vite's manifest (dist/.vite/manifest.json):
// "initial" is the entry and every chunk it imports statically (what index.html loads before any screen);
// a screen adds its own chunk and what that imports. The portal has no chunks: its whole script is written into
// its page (vite.config.ts, portalInPage), every screen included. Budgets: workbench initial < 400 KB, portal
// < 200 KB.
// Run after a build: npm run budget (docs/performance.md, "Web").
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'))
const gz = (file) => gzipSync(readFileSync('dist/' + file), { level: 9 }).length

/** The chunk of a key and every chunk it imports statically, as file names. */
function closure(key, seen = new Set()) {
  const chunk = manifest[key]
  if (!chunk || seen.has(chunk.file)) return seen
  seen.add(chunk.file)
  for (const dep of chunk.imports ?? []) closure(dep, seen)
  return seen
}
const kb = (files) => ([...files].filter((f) => f.endsWith('.js')).map(gz).reduce((a, b) => a + b, 0) / 1024)

const apps = [
  { name: 'workbench', entry: 'index.html', limit: 400, screens: ['SignInView', 'RequestListView', 'RequestDetailView', 'DashboardView'], dir: 'workbench' },
]
const page = readFileSync('dist/m/index.html', 'utf8')
const inPage = [...page.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1])
const portal = gzipSync(Buffer.from(inPage.join('\n')), { level: 9 }).length / 1024
let over = portal > 200
console.log(`portal: all its JS ${portal.toFixed(1)} KB gzip, in its page with its styles (budget 200 KB)`)
for (const app of apps) {
  const initial = closure(app.entry)
  const size = kb(initial)
  over ||= size > app.limit
  console.log(`${app.name}: initial JS ${size.toFixed(1)} KB gzip in ${[...initial].length} files (budget ${app.limit} KB)`)
  for (const screen of app.screens) {
    const key = `src/views/${app.dir}/${screen}.vue`
    const files = closure(key, new Set(initial))
    if (app.dir === 'workbench' && screen !== 'SignInView') closure('src/views/workbench/WorkbenchLayout.vue', files)
    console.log(`  + ${screen}: ${kb(files).toFixed(1)} KB gzip in all`)
  }
}
process.exit(over ? 1 : 0)
