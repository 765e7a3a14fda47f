import type { components } from '@/api/schema'
import { shanghaiDayStart } from '@/i18n/format'

export type Channel = NonNullable<components['schemas']['StaffRequestView']['channel']>

/** The request list's filters as they stand in the address (all strings, '' = not set). */
export interface ListFilters {
  q: string
  from: string
  to: string
  channel: string
  orgNodeId: string
  projectId: string
  createdFrom: string
  createdTo: string
  ids: string
}

const DAY = 24 * 3600 * 1000
const NUMBER = /^\d{1,18}$/
const INSTANT = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/

/**
 * The API's query for the filters that are not plain codes: the days `from`/`to` (Shanghai, `to` included)
 * or, from a dashboard's drill-down, the instants `createdFrom`/`createdTo` (which win), the node, the project
 * and the ids. A malformed value in the address is left out rather than sent.
 */
export function listQuery(f: ListFilters) {
  const instant = (v: string) => (INSTANT.test(v) ? v : undefined)
  const id = (v: string) => (NUMBER.test(v) ? Number(v) : undefined)
  const ids = f.ids.split(',').filter((v) => NUMBER.test(v)).map(Number).slice(0, 100)
  return {
    q: f.q || undefined,
    createdFrom: instant(f.createdFrom) ?? (f.from ? shanghaiDayStart(f.from) : undefined),
    createdTo: instant(f.createdTo) ?? (f.to ? new Date(Date.parse(shanghaiDayStart(f.to)) + DAY).toISOString() : undefined),
    orgNodeId: id(f.orgNodeId),
    projectId: id(f.projectId),
    ids: ids.length ? ids : undefined,
  }
}

/** The drill-down's filters, which the form does not show, as short labels for tags. */
export function drilledFilters(f: ListFilters, t: (key: string, values?: Record<string, unknown>) => string,
  dateTime: (iso: string) => string): string[] {
  const shown: string[] = []
  if (f.channel) {
    shown.push(t('requests.channel') + ': ' + t('channel.' + f.channel))
  }
  if (f.orgNodeId) {
    shown.push(t('drill.orgNode', { id: f.orgNodeId }))
  }
  if (f.projectId) {
    shown.push(t('drill.project', { id: f.projectId }))
  }
  if (f.createdFrom || f.createdTo) {
    shown.push(t('drill.created', { from: f.createdFrom ? dateTime(f.createdFrom) : '…', to: f.createdTo ? dateTime(f.createdTo) : '…' }))
  }
  if (f.ids) {
    shown.push(t('drill.ids', { n: f.ids.split(',').filter(Boolean).length }))
  }
  return shown
}
