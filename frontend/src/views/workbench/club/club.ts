// The customer club's screens, without components: what a member card's QR code says, a level's name in the
// reader's language, and the key that makes a redemption's retry write nothing twice.
import { qrPath } from '@/composables/qrCode'
import { shanghaiToday } from '@/composables/rightsRequests'

export interface ClubLevel {
  code?: string
  nameZh?: string
  nameEn?: string
}

/** What a member card's QR code holds: the club's prefix and the member number (never an internal id). */
export function cardText(number: string): string {
  return `ESTATECARE-CLUB:${number}`
}

export function cardQr(number: string) {
  return qrPath(cardText(number))
}

/** A level, gift or other name kept in both languages, in the reader's. */
export function localName(thing: { nameZh?: string; nameEn?: string } | null | undefined, locale: string): string {
  if (!thing) return ''
  return (locale === 'en' ? thing.nameEn : thing.nameZh) ?? ''
}

/** A new key for one redemption: a retry of the same click sends the same key, a new click a new one. */
export function redemptionKey(random: () => string = randomId): string {
  return `redeem-${random()}`
}

/** Points signed as the ledger shows them: +100, −30. */
export function signedPoints(points: number): string {
  return points > 0 ? `+${points}` : `−${Math.abs(points)}`
}

function randomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  return Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(16)).join('-')
}

/** Today in Shanghai as yyyy-MM-dd, the day the server counts in. */
export function today(now: number = Date.now()): string {
  return shanghaiToday(now)
}

/** A yyyy-MM-dd day moved by whole days. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().substring(0, 10)
}

/** An upload's size within the server's limit for a PDF (10 MiB), checked before it is sent. */
export const MAX_PDF_BYTES = 10 * 1024 * 1024

/** What a sign-up's check-in QR code holds: the activities' prefix and the sign-up's check-in code. */
export function checkInText(code: string): string {
  return `ESTATECARE-ACTIVITY:${code}`
}

export function checkInQr(code: string) {
  return qrPath(checkInText(code))
}
