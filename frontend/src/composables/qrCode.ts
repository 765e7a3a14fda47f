import { encode } from 'uqr'

/**
 * A QR code as one SVG path of its dark modules (with the quiet zone of four modules), drawn by the component
 * itself: no data: URL (the page's CSP allows none) and no v-html. Used for the second factor's otpauth:// URI and
 * the club's member card.
 */
export function qrPath(text: string): { size: number; path: string } {
  const { data, size } = encode(text, { ecc: 'M', border: 4 })
  let path = ''
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) {
        path += `M${x} ${y}h1v1h-1z`
      }
    })
  })
  return { size, path }
}
