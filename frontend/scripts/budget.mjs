// The initial JavaScript of each app, gzip-compressed: the entry script of its index.html and every module
// it preloads (what the browser fetches before the first screen), as in docs/performance.md, "Web".
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const budgets = { 'dist/index.html': ['workbench', 400], 'dist/m/index.html': ['portal', 200] }
let over = false
for (const [page, [name, limitKb]] of Object.entries(budgets)) {
  const html = readFileSync(page, 'utf8')
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1])
  const sizes = files.map((f) => gzipSync(readFileSync('dist' + f), { level: 9 }).length)
  const kb = sizes.reduce((a, b) => a + b, 0) / 1024
  const css = [...html.matchAll(/href="(\/assets\/[^"]+\.css)"/g)]
    .map((m) => gzipSync(readFileSync('dist' + m[1]), { level: 9 }).length)
    .reduce((a, b) => a + b, 0) / 1024
  console.log(`${name}: initial JS ${kb.toFixed(1)} KB gzip in ${files.length} files (budget ${limitKb} KB), CSS ${css.toFixed(1)} KB gzip`)
  over ||= kb > limitKb
}
process.exit(over ? 1 : 0)
