import type { components } from '@/api/schema'

// The rules of the phone intake screen (电话受理) without Vue or Element Plus: who the caller can be, which
// categories fit a kind, what a draft lacks, what the agent reads back to the caller (复述确认), and the body
// of POST /api/v1/requests.

export type LookupResult = components['schemas']['LookupResult']
export type Caller = components['schemas']['Caller']
export type UnitBrief = components['schemas']['UnitBrief']
export type Similar = components['schemas']['Similar']
export type NewRequest = components['schemas']['NewRequest']
export type Kind = NonNullable<NewRequest['kind']>
export type Category = NonNullable<NewRequest['category']>
export type Channel = NonNullable<NewRequest['channel']>
export type Lawsuit = NonNullable<NewRequest['lawsuit']>
export type Media = NonNullable<NewRequest['media']>

/** The kinds an agent registers on the phone, the commonest first. */
export const KINDS: readonly Kind[] = ['REPAIR', 'COMPLAINT', 'CONSULTATION', 'SUGGESTION', 'PRAISE']
/** The channels of a call or a visit at the desk (DEPARTMENT and PORTAL have screens of their own). */
export const CHANNELS: readonly Channel[] = ['PHONE', 'WALK_IN', 'NIGHT_INTERCOM', 'WECHAT', 'EMAIL']
export const LAWSUITS: readonly Lawsuit[] = ['NONE', 'LIKELY', 'FILED']
export const MEDIA: readonly Media[] = ['NONE', 'LIKELY', 'EXPOSED']
/** The longest description the API takes. */
export const MAX_DESCRIPTION = 4000
export const MAX_LOCATION = 200

const REPAIR_CATEGORIES: readonly Category[] = ['FACILITY_FAILURE', 'HOUSING_QUALITY', 'PROPERTY_SERVICE']
const COMPLAINT_CATEGORIES: readonly Category[] = [
  'ENGINEERING_QUALITY', 'PLANNING_DESIGN', 'SALES_MANAGEMENT', 'PROPERTY_MANAGEMENT', 'CUSTOMER_SERVICE',
]

/** The categories that fit a kind, as the server's Category.appliesTo decides: OTHER fits every kind. */
export function categoriesFor(kind: Kind): Category[] {
  if (kind === 'REPAIR') return [...REPAIR_CATEGORIES, 'OTHER']
  if (kind === 'COMPLAINT') return [...COMPLAINT_CATEGORIES, 'OTHER']
  return ['OTHER']
}

/** One caller the agent can pick: a customer and one of their units (or none: a customer without a unit). */
export interface Choice {
  key: string
  customerId: number
  customerName: string
  phone: string
  unit: UnitBrief | null
}

/**
 * The (customer, unit) pairs a lookup offers, in its order: for a unit query each unit with each of its
 * owners, else each customer with each of their units. A unit without a registered owner is left out: the
 * API registers a staff intake for a customer (or a reporter, which this screen does not ask for).
 */
export function choicesOf(result: LookupResult | null): Choice[] {
  if (!result) return []
  const byId = new Map((result.customers ?? []).map((c) => [c.id, c]))
  const choices: Choice[] = []
  if (result.interpretedAs === 'UNIT') {
    for (const match of result.units ?? []) {
      for (const owner of match.owners ?? []) {
        const customer = byId.get(owner.customerId)
        choices.push(choice(owner.customerId!, customer?.name ?? owner.name ?? '', owner.phone ?? '', match.unit ?? null))
      }
    }
    return choices
  }
  for (const c of result.customers ?? []) {
    const units = c.units ?? []
    if (units.length === 0) choices.push(choice(c.id!, c.name ?? '', c.phone ?? '', null))
    for (const u of units) choices.push(choice(c.id!, c.name ?? '', c.phone ?? '', u))
  }
  return choices
}

function choice(customerId: number, customerName: string, phone: string, unit: UnitBrief | null): Choice {
  return { key: `${customerId}:${unit?.id ?? '-'}`, customerId, customerName, phone, unit }
}

/** The caller's record in a lookup (their open and earlier similar requests). */
export function callerOf(result: LookupResult | null, choice: Choice | null): Caller | null {
  return result?.customers?.find((c) => c.id === choice?.customerId) ?? null
}

/** An earlier request proposed as the one this call repeats. */
export type Proposal = Pick<Similar, 'id' | 'number' | 'kind' | 'category' | 'status' | 'createdAt'>

/**
 * The earlier requests to propose for linking: with a category, the server's similar requests on the unit
 * (same category); before one is chosen, the caller's earlier requests on that unit from the lookup.
 */
export function proposals(unitId: number | undefined, category: Category | null, similar: readonly Similar[],
  caller: Caller | null): Proposal[] {
  if (!unitId) return []
  if (category) return [...similar]
  return (caller?.similarRequests ?? []).filter((m) => m.unitId === unitId)
}

/** What the agent fills in while the caller talks. */
export interface Draft {
  choice: Choice | null
  kind: Kind
  category: Category | null
  description: string
  locationInUnit: string
  channel: Channel
  emergency: boolean
  complainantCount: number
  lawsuit: Lawsuit
  media: Media
  needsSupport: boolean
  /** the earlier request this one repeats (关联), or null for a new problem */
  relatedRequestId: number | null
}

export function emptyDraft(): Draft {
  return {
    choice: null, kind: 'REPAIR', category: null, description: '', locationInUnit: '', channel: 'PHONE',
    emergency: false, complainantCount: 1, lawsuit: 'NONE', media: 'NONE', needsSupport: false, relatedRequestId: null,
  }
}

/** A field the draft lacks or has wrong, with the i18n key (under `intake.invalid.`) of the reason. */
export interface Invalid {
  field: 'caller' | 'unitId' | 'category' | 'description' | 'locationInUnit' | 'complainantCount'
  reason: 'required' | 'unitRequired' | 'categoryForKind' | 'tooLong' | 'count'
}

/** What keeps the draft from the read-back: the same rules the server holds, said before a round trip. */
export function validate(d: Draft): Invalid[] {
  const found: Invalid[] = []
  if (!d.choice) found.push({ field: 'caller', reason: 'required' })
  else if (d.kind === 'REPAIR' && !d.choice.unit) found.push({ field: 'unitId', reason: 'unitRequired' })
  if (d.category && !categoriesFor(d.kind).includes(d.category)) found.push({ field: 'category', reason: 'categoryForKind' })
  if (d.description.trim() === '') found.push({ field: 'description', reason: 'required' })
  else if (d.description.length > MAX_DESCRIPTION) found.push({ field: 'description', reason: 'tooLong' })
  if (d.locationInUnit.length > MAX_LOCATION) found.push({ field: 'locationInUnit', reason: 'tooLong' })
  if (d.kind === 'COMPLAINT' && (!Number.isInteger(d.complainantCount) || d.complainantCount < 1 || d.complainantCount > 100000)) {
    found.push({ field: 'complainantCount', reason: 'count' })
  }
  return found
}

type Translate = (key: string, named?: Record<string, unknown>) => string

/** One line of the read-back: what the agent says, label and value. */
export interface ReadBackLine {
  key: string
  label: string
  value: string
}

/**
 * The read-back (复述确认): the lines the agent reads to the caller before saving, in the screen's language;
 * only what was given, the complaint's facts only for a complaint. `similar` names the linked request.
 */
export function readBack(d: Draft, similar: readonly Proposal[], t: Translate): ReadBackLine[] {
  const lines: ReadBackLine[] = []
  const add = (key: string, value: string) => lines.push({ key, label: t('intake.field.' + key), value })
  if (d.choice) add('caller', `${d.choice.customerName} ${d.choice.phone}`.trim())
  if (d.choice?.unit) add('unit', d.choice.unit.label ?? '')
  add('kind', t('kind.' + d.kind))
  if (d.category) add('category', t('category.' + d.category))
  add('description', d.description.trim())
  if (d.locationInUnit.trim()) add('locationInUnit', d.locationInUnit.trim())
  if (d.emergency) add('emergency', t('intake.yes'))
  if (d.kind === 'COMPLAINT') {
    add('complainantCount', String(d.complainantCount))
    if (d.lawsuit !== 'NONE') add('lawsuit', t('intake.lawsuit.' + d.lawsuit))
    if (d.media !== 'NONE') add('media', t('intake.media.' + d.media))
    if (d.needsSupport) add('needsSupport', t('intake.yes'))
  }
  add('channel', t('channel.' + d.channel))
  const related = similar.find((s) => s.id === d.relatedRequestId)
  if (related) add('related', related.number ?? String(related.id))
  return lines
}

/** The body of POST /api/v1/requests for a draft the caller confirmed: the read-back is its consent. */
export function toNewRequest(d: Draft): NewRequest {
  const body: NewRequest = {
    kind: d.kind,
    channel: d.channel,
    customerId: d.choice?.customerId,
    unitId: d.choice?.unit?.id,
    category: d.category ?? undefined,
    description: d.description.trim(),
    locationInUnit: d.locationInUnit.trim() || undefined,
    emergency: d.emergency,
    readBackConfirmed: true,
    relatedRequestId: d.relatedRequestId ?? undefined,
  }
  if (d.kind === 'COMPLAINT') {
    Object.assign(body, {
      complainantCount: d.complainantCount, lawsuit: d.lawsuit, media: d.media, needsSupport: d.needsSupport,
    })
  }
  return body
}

/** A fresh Idempotency-Key for one call's request: a retry (a second Enter) sends the same one. */
export function newIdempotencyKey(random: () => string = () => crypto.randomUUID()): string {
  return 'intake-' + random()
}
