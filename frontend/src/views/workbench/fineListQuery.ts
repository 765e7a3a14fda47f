import type { LocationQuery } from 'vue-router'
import { LIABLE_PARTIES } from './dashboard/charts'

type Party = (typeof LIABLE_PARTIES)[number]
const NUMBER = /^\d{1,18}$/
const INSTANT = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/

/** The fine list's filters from a dashboard's drill-down in the address; a malformed value is left out. */
export function fineQuery(q: LocationQuery) {
  const text = (v: unknown) => (typeof v === 'string' ? v : '')
  return {
    party: LIABLE_PARTIES.includes(text(q.party) as Party) ? (text(q.party) as Party) : undefined,
    orgNodeId: NUMBER.test(text(q.orgNodeId)) ? Number(q.orgNodeId) : undefined,
    proposedFrom: INSTANT.test(text(q.proposedFrom)) ? text(q.proposedFrom) : undefined,
    proposedTo: INSTANT.test(text(q.proposedTo)) ? text(q.proposedTo) : undefined,
  }
}

/** Those filters as short labels for tags (the status has its own buttons). */
export function drilledFines(q: LocationQuery, t: (key: string, values?: Record<string, unknown>) => string,
  dateTime: (iso: string) => string): string[] {
  const f = fineQuery(q)
  const shown: string[] = []
  if (f.party) {
    shown.push(t('fines.party') + ': ' + t('dashboard.terms.party.' + f.party))
  }
  if (f.orgNodeId !== undefined) {
    shown.push(t('drill.orgNode', { id: f.orgNodeId }))
  }
  if (f.proposedFrom || f.proposedTo) {
    shown.push(t('drill.proposed', { from: f.proposedFrom ? dateTime(f.proposedFrom) : '…', to: f.proposedTo ? dateTime(f.proposedTo) : '…' }))
  }
  return shown
}
