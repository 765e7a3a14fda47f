// Writes a Brotli (.br) and a gzip (.gz) copy beside each script and style sheet of the build (dist/assets), once,
// at build time, at the best levels: the application serves them to browsers that accept them (Spring's
// EncodedResourceResolver, WebAppConfiguration), so a phone on a slow network downloads a third of the bytes
// and the server compresses nothing per request; so is the portal's page, which holds the portal's script and
// styles (vite.config.ts, portalInPage). Run by `npm run build` after `vite build`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const dir = 'dist/assets'
const worth = /\.(js|css|svg)$/
let plain = 0
let br = 0
const files = readdirSync(dir).filter((name) => worth.test(name)).map((name) => `${dir}/${name}`)
for (const file of [...files, 'dist/m/index.html']) {
  const bytes = readFileSync(file)
  if (bytes.length < 1024) continue // a round trip costs more than these bytes
  const brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  })
  writeFileSync(`${file}.br`, brotli)
  writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }))
  plain += bytes.length
  br += brotli.length
}
console.log(`compressed: ${(plain / 1024).toFixed(0)} KB of scripts, styles and the portal's page, ${(br / 1024).toFixed(0)} KB as Brotli`)
