import type { components } from '@/api/schema'
import type { RequestRow } from '@/api/types'
import { worthLooking } from './intakeLookup'
import type { LookupResult } from './intake'

// The customers screen and a customer's file (客户服务档案) without Vue or Element Plus: which search a query
// means, one row shape for both searches, what an edit sends, and which request a file entry is about.

/** A customer as staff read them (GET /api/v1/customers/{id}): phone and e-mail masked, with the staff's note. */
export type StaffCustomer = components['schemas']['CustomerItem']
export type Ownership = components['schemas']['OwnershipItem']
/** One entry of the file (GET /api/v1/customers/{id}/file). */
export type FileEntry = components['schemas']['Item']
export type CustomerGrade = NonNullable<StaffCustomer['grade']>
export type CustomerAmendment = components['schemas']['CustomerAmendment']

/** One row of the customers screen, whichever search found it. */
export interface CustomerRow {
  id: number
  name: string
  phone?: string | null
  grade?: CustomerGrade | null
  units: string[]
}

/**
 * What a query asks for: nothing typed lists every customer the caller may see, page by page (`all`); a phone
 * number or its last 4+ digits, a name or a unit is the intake lookup's (`lookup`); 1–3 digits are too few to
 * tell a number (`short`), as the lookup itself would answer.
 */
export function searchMode(q: string): 'all' | 'lookup' | 'short' {
  if (q.trim() === '') return 'all'
  return worthLooking(q) ? 'lookup' : 'short'
}

/** The customers a lookup found, once each (a unit query lists a customer once per unit they own). */
export function rowsOfLookup(result: LookupResult | null): CustomerRow[] {
  const rows = new Map<number, CustomerRow>()
  for (const c of result?.customers ?? []) {
    if (c.id === undefined || rows.has(c.id)) continue
    rows.set(c.id, {
      id: c.id,
      name: c.name ?? '',
      phone: c.phone,
      grade: c.grade,
      units: (c.units ?? []).map((u) => u.label ?? ''),
    })
  }
  return [...rows.values()]
}

/** A page of GET /api/v1/customers as rows; a unit reads `楼盘 3栋 1803` as everywhere else. */
export function rowsOfPage(items: StaffCustomer[]): CustomerRow[] {
  return items.map((c) => ({
    id: c.id ?? 0,
    name: c.name ?? '',
    phone: c.phone,
    grade: c.grade,
    units: (c.units ?? []).map((u) => [u.project, u.building, u.unitNo].filter(Boolean).join(' ')),
  }))
}

/** The edit form of the file: the phone field is empty unless a new number is typed (the API never sends it). */
export interface CustomerEdit {
  name: string
  phone: string
  removePhone: boolean
  note: string
}

export function editOf(customer: StaffCustomer): CustomerEdit {
  return { name: customer.name ?? '', phone: '', removePhone: false, note: customer.note ?? '' }
}

/**
 * The body of PATCH /api/v1/customers/{id}: only what changed, with the version read (the server keeps what is
 * left out); `null` when nothing changed. A new phone goes as typed (the server normalises and checks it), an
 * emptied note or a removed phone as `''`. The server decides whether a value is acceptable, not this function.
 */
export function amendment(customer: StaffCustomer, edit: CustomerEdit): CustomerAmendment | null {
  const body: Omit<CustomerAmendment, 'version'> = {}
  if (edit.name.trim() !== (customer.name ?? '')) body.name = edit.name.trim()
  if (edit.phone.trim() !== '') body.phone = edit.phone.trim()
  else if (edit.removePhone && customer.phone) body.phone = ''
  if (edit.note.trim() !== (customer.note ?? '')) body.note = edit.note.trim()
  if (Object.keys(body).length === 0) return null
  return { ...body, version: customer.version ?? 0 }
}

/**
 * Where a file entry leads: the request it is about when the customer's requests read so far include its number
 * (`{ id }`), else the request list searched by that number (`{ number }`), or nowhere (registration, ownership).
 */
export function entryTarget(entry: FileEntry, requests: readonly RequestRow[]): { id: number } | { number: string } | null {
  const number = entry.reference
  // a sales step names a contract (no request), except the check-out request it registered or that ended the deal
  if (!number || (entry.kind?.startsWith('SALES_') && entry.kind !== 'SALES_CHECK_OUT_REQUESTED' && entry.kind !== 'SALES_CHECKED_OUT')) return null
  const request = requests.find((r) => r.number === number)
  return request ? { id: request.id } : { number }
}

/** The timeline's colour of an entry: requests blue, their steps grey, the customer's own record green. */
export function entryType(kind: string | undefined): 'primary' | 'info' | 'success' {
  if (kind === 'REQUEST_REGISTERED') return 'primary'
  if (kind === 'REQUEST_STEP') return 'info'
  return 'success'
}
