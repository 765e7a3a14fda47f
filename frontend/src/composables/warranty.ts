// A unit's warranty and a project's certificate, without Vue or a component library: both apps use it.

export type WarrantyState = 'IN_WARRANTY' | 'ENDING_SOON' | 'ENDED' | 'NOT_HANDED_OVER'

export interface ComponentWarranty {
  componentCode: string
  nameZh: string
  nameEn: string
  warrantyGroup: string
  months: number
  startsOn?: string | null
  endsOn?: string | null
  state: WarrantyState
  careGuide?: { checks: string; care: string } | null
}

export interface CertificatePeriod {
  componentCode: string
  nameZh: string
  nameEn: string
  warrantyGroup: string
  floorMonths?: number | null
  months?: number | null
}

const ORDER: Record<WarrantyState, number> = { ENDING_SOON: 0, IN_WARRANTY: 1, NOT_HANDED_OVER: 2, ENDED: 3 }

/** Ending soon first, then in warranty by the nearest last day, then the ended ones. */
export function ordered(components: readonly ComponentWarranty[]): ComponentWarranty[] {
  return [...components].sort(
    (a, b) => ORDER[a.state] - ORDER[b.state] || (a.endsOn ?? '').localeCompare(b.endsOn ?? '') || a.componentCode.localeCompare(b.componentCode),
  )
}

/** A component's name in the app's language. */
export function componentName(c: { nameZh: string; nameEn: string }, locale: string): string {
  return locale === 'en' ? c.nameEn : c.nameZh
}

/** How a state looks: Element Plus tag types, which Vant's tags share but for `info`, shown as `primary`. */
export function tone(state: WarrantyState): 'success' | 'warning' | 'info' | 'danger' {
  return state === 'IN_WARRANTY' ? 'success' : state === 'ENDING_SOON' ? 'warning' : state === 'ENDED' ? 'danger' : 'info'
}

/** A period in whole years when it is one, else in months: `{ key, n }` for `warranty.years` or `.months`. */
export function period(months: number): { key: 'years' | 'months'; n: number } {
  return months > 0 && months % 12 === 0 ? { key: 'years', n: months / 12 } : { key: 'months', n: months }
}

/** The component a certificate's field error names (`periods.WINDOW.months` → `WINDOW`), else null. */
export function componentOfField(field: string): string | null {
  const match = /^periods\.([A-Z_]+)(\.months)?$/.exec(field)
  return match ? match[1] : null
}

/** Whether a stated period is below its statutory floor (the server refuses it). */
export function belowFloor(p: CertificatePeriod): boolean {
  return p.floorMonths != null && p.months != null && p.months < p.floorMonths
}

/** The periods an edit changes, by component code: what the certificate's PUT sends. */
export function changedPeriods(before: readonly CertificatePeriod[], after: readonly CertificatePeriod[]): Record<string, number> {
  const was = new Map(before.map((p) => [p.componentCode, p.months ?? null]))
  const changed: Record<string, number> = {}
  for (const p of after) {
    if (p.months != null && p.months !== was.get(p.componentCode)) {
      changed[p.componentCode] = p.months
    }
  }
  return changed
}

/**
 * An owner's units for the warranty tab: the homes handed over first, the one handed over longest ago first
 * (the one most of its warranty has run on), then those not yet handed over (no warranty has begun), newest
 * first as the list gave them.
 */
export function homesFirst<T extends { deliveredOn?: string | null }>(units: readonly T[]): T[] {
  const handedOver = units.filter((u) => u.deliveredOn).sort((a, b) => a.deliveredOn!.localeCompare(b.deliveredOn!))
  return [...handedOver, ...units.filter((u) => !u.deliveredOn)]
}
