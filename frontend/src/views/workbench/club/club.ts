// The customer club's screens, without components: what a member card's QR code says, a level's name in the
// reader's language, and the key that makes a redemption's retry write nothing twice.
import { qrPath } from '@/composables/qrCode'

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
