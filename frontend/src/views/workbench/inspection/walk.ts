// The inspection walked on the phone (验房): the rules without Vue — which items a room has, what an entered
// measurement means, the verdict the API gave, the finding a failed result became, what still stands between the
// walk and the owner's signature.

export type Room = 'ENTRANCE' | 'LIVING_ROOM' | 'DINING_ROOM' | 'BEDROOM' | 'STUDY' | 'KITCHEN' | 'BATHROOM' | 'BALCONY' | 'OTHER'
export type Unit = 'SQUARE_CENTIMETRES' | 'PLACES' | 'MILLIMETRES' | 'PERCENT'

export const ROOMS: readonly Room[] = ['ENTRANCE', 'LIVING_ROOM', 'DINING_ROOM', 'BEDROOM', 'STUDY', 'KITCHEN', 'BATHROOM', 'BALCONY', 'OTHER']

/** The largest value a measurement in each unit can take (MeasureUnit's ceiling); the smallest is zero. */
export const CEILING: Record<Unit, number> = { SQUARE_CENTIMETRES: 1_000_000, PLACES: 1000, MILLIMETRES: 10_000, PERCENT: 100 }
export const SYMBOL: Record<Unit, string> = { SQUARE_CENTIMETRES: 'cm²', PLACES: '处', MILLIMETRES: 'mm', PERCENT: '%' }
export const SYMBOL_EN: Record<Unit, string> = { SQUARE_CENTIMETRES: 'cm²', PLACES: 'places', MILLIMETRES: 'mm', PERCENT: '%' }

export interface Item {
  code: string
  title: string
  titleEn: string
  rooms?: Room[] | null
  componentCode?: string
  kind: 'MEASUREMENT' | 'CHECK'
  unit?: Unit | null
  min?: number | null
  max?: number | null
  source?: string | null
}

export interface Result {
  id: number
  room: Room
  roomName?: string | null
  itemCode: string
  value?: number | null
  passed: boolean
}

export interface Finding {
  id: number
  resultId?: number | null
  requestStatus?: string | null
  requestNumber?: string | null
  reinspectionPassed?: boolean | null
  followsFindingId?: number | null
}

/** The items checked in a room: those naming it, and those for every room (no rooms). */
export function itemsOf(items: readonly Item[], room: Room): Item[] {
  return items.filter((i) => !i.rooms || i.rooms.length === 0 || i.rooms.includes(room))
}

export type Parsed = { value: number } | { error: 'empty' | 'malformed' | 'range' }

const FULL_WIDTH = /[０-９．]/g

/**
 * A measurement typed on the phone, in the item's unit: digits with at most two decimals (full-width digits of a
 * Chinese keyboard and a decimal comma are read too), from 0 to the unit's ceiling. The standard itself is the
 * server's to judge; this only keeps nonsense from being sent.
 */
export function parseMeasurement(text: string, unit: Unit): Parsed {
  const plain = text
    .replace(FULL_WIDTH, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
    .replace(/\s+/g, '')
    .replace(/^(\d+),(\d{1,2})$/, '$1.$2')
  if (plain === '') return { error: 'empty' }
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(plain)) return { error: 'malformed' }
  const value = Number(plain)
  return value > CEILING[unit] ? { error: 'range' } : { value }
}

/** The standard as the page writes it: "≤ 400 cm²", "≥ 0.5 %", "1–3 mm"; empty for a check. */
export function standardText(item: Item, english = false): string {
  if (item.kind !== 'MEASUREMENT' || !item.unit) return ''
  const unit = ' ' + (english ? SYMBOL_EN : SYMBOL)[item.unit]
  const { min, max } = item
  if (min != null && max != null && min > 0) return `${min}–${max}${unit}`
  if (max != null) return `≤ ${max}${unit}`
  return min != null ? `≥ ${min}${unit}` : ''
}

/** What the inspector entered for one item of the room: a measurement's text, or a check's yes or no. */
export interface Draft {
  text?: string
  passed?: boolean
}

export interface Entry {
  room: Room
  roomName?: string
  itemCode: string
  value?: number
  passed?: boolean
}

/**
 * The results to send for a room: the items with something entered (nothing entered is not sent), and the
 * problems of those that cannot be sent, by item code.
 */
export function entriesOf(items: readonly Item[], drafts: Record<string, Draft>, room: Room, roomName: string):
  { entries: Entry[]; problems: Record<string, 'malformed' | 'range'> } {
  const entries: Entry[] = []
  const problems: Record<string, 'malformed' | 'range'> = {}
  const name = roomName.trim() || undefined
  for (const item of itemsOf(items, room)) {
    const draft = drafts[item.code]
    if (!draft) continue
    if (item.kind === 'CHECK') {
      if (draft.passed != null) entries.push({ room, roomName: name, itemCode: item.code, passed: draft.passed })
      continue
    }
    const parsed = parseMeasurement(draft.text ?? '', item.unit ?? 'MILLIMETRES')
    if ('value' in parsed) entries.push({ room, roomName: name, itemCode: item.code, value: parsed.value })
    else if (parsed.error !== 'empty') problems[item.code] = parsed.error
  }
  return { entries, problems }
}

/** The result the server recorded for an item in this room (its verdict), if any. */
export function resultOf(results: readonly Result[], room: Room, roomName: string, itemCode: string): Result | undefined {
  const name = roomName.trim()
  return results.find((r) => r.room === room && (r.roomName ?? '') === name && r.itemCode === itemCode)
}

/** The defect a failed result became. */
export function findingOf<F extends Finding>(findings: readonly F[], result: Result | undefined): F | undefined {
  return result && !result.passed ? findings.find((f) => f.resultId === result.id) : undefined
}

/** A request status of a rectified defect (as InspectionWalk's RECTIFIED): its repair done, not merely cancelled. */
const RECTIFIED = new Set(['DONE', 'VERIFIED', 'REVISITED', 'ARCHIVED'])

/** A defect is re-inspected (复验) once its repair is done and it was not re-inspected yet. */
export function reinspectable(finding: Finding): boolean {
  return finding.reinspectionPassed == null && !!finding.requestStatus && RECTIFIED.has(finding.requestStatus)
}

export type SignOffBlock = { reason: 'not-delivered' } | { reason: 'open'; count: number } | null

/** What still keeps the owner from signing: the inspection not finished, or defects not re-inspected; null when none. */
export function signOffBlock(inspection: { deliveredAt?: string | null; findings?: readonly Finding[] | null }): SignOffBlock {
  if (!inspection.deliveredAt) return { reason: 'not-delivered' }
  const open = (inspection.findings ?? []).filter((f) => f.reinspectionPassed == null).length
  return open > 0 ? { reason: 'open', count: open } : null
}

/** Results recorded per room key ("BEDROOM" or "BEDROOM·次卧"): how many, how many failed. */
export function roomTally(results: readonly Result[], room: Room): { done: number; failed: number } {
  const mine = results.filter((r) => r.room === room)
  return { done: mine.length, failed: mine.filter((r) => !r.passed).length }
}

/** A data: URL of a PNG (what signature_pad gives) as the Blob the sign-off uploads. */
export function pngBlob(dataUrl: string): Blob {
  const comma = dataUrl.indexOf(',')
  if (!dataUrl.startsWith('data:image/png;base64,') || comma < 0) throw new Error('not a PNG data URL')
  const binary = atob(dataUrl.substring(comma + 1))
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return new Blob([bytes], { type: 'image/png' })
}

/**
 * A defect's contractor and deadline can be set while the inspection is open and the defect not re-inspected:
 * before it is handed to repair and while it is repaired (the contractor may change, the deadline may move).
 */
export function mayAssign(finding: Finding, closed: boolean): boolean {
  return !closed && finding.reinspectionPassed == null
}

/**
 * The body of PUT …/assignment from what the phone's pickers hold: the contractor's id ('' = none) and the day
 * (yyyy-MM-dd from the date input; '' = the policy's deadline, which the server works out). Whether the day is
 * today or later on the application's clock is the server's to say: the phone's clock is not the server's.
 */
export function assignmentBody(contractor: string, day: string): Assignment {
  return {
    contractorId: /^\d{1,18}$/.test(contractor) ? Number(contractor) : undefined,
    rectifyBy: /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined,
  }
}

/** What PUT …/assignment sends: a field left out is none (no contractor) or the policy's deadline. */
export interface Assignment {
  contractorId?: number
  rectifyBy?: string
}
