// The checklist standards screen (验房标准): the rules without Vue — a version's items as an editable form, the
// body of a new version, and the server's problems at the field of the item they name (items[3].max).
import type { Role } from '@/api/types'
import type { Item, Room, Unit } from '../inspection/walk'

/** Who makes a new version (the server's Checklists.EDITORS). */
export const CHECKLIST_EDITORS: readonly Role[] = ['MANAGER', 'ADMIN']
export const UNITS: readonly Unit[] = ['SQUARE_CENTIMETRES', 'PLACES', 'MILLIMETRES', 'PERCENT']

/** An item as the form holds it: the limits as typed. */
export interface Row {
  code: string
  title: string
  titleEn: string
  rooms: Room[]
  componentCode: string
  kind: 'MEASUREMENT' | 'CHECK'
  unit: Unit | ''
  min: string
  max: string
  source: string
}

export function rowsOf(items: readonly Item[]): Row[] {
  return items.map((i) => ({
    code: i.code ?? '',
    title: i.title ?? '',
    titleEn: i.titleEn ?? '',
    rooms: [...(i.rooms ?? [])],
    componentCode: i.componentCode ?? '',
    kind: i.kind ?? 'CHECK',
    unit: i.unit ?? '',
    min: i.min == null ? '' : String(i.min),
    max: i.max == null ? '' : String(i.max),
    source: i.source ?? '',
  }))
}

export function emptyRow(): Row {
  return { code: '', title: '', titleEn: '', rooms: [], componentCode: '', kind: 'MEASUREMENT', unit: 'MILLIMETRES', min: '', max: '', source: '' }
}

const NUMBER = /^-?\d{1,12}(\.\d{1,6})?$/

/** A limit as typed: nothing is no limit; a number is sent as it is (the server checks its range). */
export function limitOf(text: string): number | null | 'not-a-number' {
  const plain = text.trim()
  if (plain === '') return null
  return NUMBER.test(plain) ? Number(plain) : 'not-a-number'
}

/**
 * The body of the new version. A check carries no unit or limits; a limit that is not a number is not sent but
 * named (`items[2].max`), in the server's form, so both kinds of problem show at the same field.
 */
export function bodyOf(rows: readonly Row[]): { items: Item[]; notNumbers: string[] } {
  const notNumbers: string[] = []
  const items = rows.map((row, i) => {
    const measured = row.kind === 'MEASUREMENT'
    const limit = (field: 'min' | 'max') => {
      const value = measured ? limitOf(row[field]) : null
      if (value === 'not-a-number') {
        notNumbers.push(`items[${i}].${field}`)
        return null
      }
      return value
    }
    const item: Item = {
      code: row.code.trim(),
      title: row.title,
      titleEn: row.titleEn,
      rooms: row.rooms,
      componentCode: row.componentCode,
      kind: row.kind,
      unit: measured && row.unit ? row.unit : null,
      min: limit('min'),
      max: limit('max'),
      source: row.source.trim() || null,
    }
    return item
  })
  return { items, notNumbers }
}

/** The server's field problems by row and field ("3.max" → reason); those naming no item under "". */
export function problemsByField(fields: readonly { field: string; reason: string }[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const { field, reason } of fields) {
    const m = /^items\[(\d+)\](?:\.(\w+))?$/.exec(field)
    const key = m ? `${m[1]}.${m[2] ?? ''}` : ''
    out[key] = out[key] ? `${out[key]}; ${reason}` : reason
  }
  return out
}
