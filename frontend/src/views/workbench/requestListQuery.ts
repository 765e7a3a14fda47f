import type { components } from '@/api/schema'
import { shanghaiDayStart } from '@/i18n/format'

export type Channel = NonNullable<components['schemas']['StaffRequestView']['channel']>

/**
 * The filters a dashboard's drill-down adds to the address and the form does not show: the node, the project,
 * the ids, and what the chart counted — created, received, a grade, open, a clock met or breached, a step up
 * the ladder, each with its period as instants.
 */
export const DRILL_KEYS = [
  'channel', 'orgNodeId', 'projectId', 'createdFrom', 'createdTo', 'ids', 'receivedFrom', 'receivedTo', 'grade',
  'open', 'clock', 'clockOutcome', 'decidedFrom', 'decidedTo', 'escalationLevel', 'escalatedFrom', 'escalatedTo',
] as const
export type DrillKey = (typeof DRILL_KEYS)[number]

/** The request list's filters as they stand in the address (all strings, '' = not set). */
export type ListFilters = { q: string; from: string; to: string } & Record<DrillKey, string>

/** No drill-down filter: what "clear these filters" sets. */
export const NO_DRILL = Object.fromEntries(DRILL_KEYS.map((k) => [k, ''])) as Record<DrillKey, string>

const DAY = 24 * 3600 * 1000
const NUMBER = /^\d{1,18}$/
const INSTANT = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/
const CODE = /^[A-Z0-9_]{1,60}$/

/**
 * The API's query for the filters that are not the form's codes: the days `from`/`to` (Shanghai, `to` included)
 * or, from a dashboard's drill-down, the instants `createdFrom`/`createdTo` (which win), the node, the project,
 * the ids and the recorded facts. A malformed value in the address is left out rather than sent.
 */
export function listQuery(f: ListFilters) {
  const instant = (v: string) => (INSTANT.test(v) ? v : undefined)
  const id = (v: string) => (NUMBER.test(v) ? Number(v) : undefined)
  const code = (v: string) => (CODE.test(v) ? v : undefined)
  const ids = f.ids.split(',').filter((v) => NUMBER.test(v)).map(Number).slice(0, 100)
  return {
    q: f.q || undefined,
    createdFrom: instant(f.createdFrom) ?? (f.from ? shanghaiDayStart(f.from) : undefined),
    createdTo: instant(f.createdTo) ?? (f.to ? new Date(Date.parse(shanghaiDayStart(f.to)) + DAY).toISOString() : undefined),
    orgNodeId: id(f.orgNodeId),
    projectId: id(f.projectId),
    ids: ids.length ? ids : undefined,
    receivedFrom: instant(f.receivedFrom),
    receivedTo: instant(f.receivedTo),
    grade: /^[1-4]$/.test(f.grade) ? Number(f.grade) : undefined,
    open: f.open === 'true' ? true : f.open === 'false' ? false : undefined,
    clock: code(f.clock),
    clockOutcome: f.clockOutcome === 'MET' || f.clockOutcome === 'BREACHED' ? f.clockOutcome : undefined,
    decidedFrom: instant(f.decidedFrom),
    decidedTo: instant(f.decidedTo),
    escalationLevel: code(f.escalationLevel),
    escalatedFrom: instant(f.escalatedFrom),
    escalatedTo: instant(f.escalatedTo),
  } as const
}

type T = (key: string, values?: Record<string, unknown>) => string

/** The drill-down's filters, which the form does not show, as short labels for tags. */
export function drilledFilters(f: ListFilters, t: T, dateTime: (iso: string) => string): string[] {
  const span = (from: string, to: string) => ({ from: from ? dateTime(from) : '…', to: to ? dateTime(to) : '…' })
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
    shown.push(t('drill.created', span(f.createdFrom, f.createdTo)))
  }
  if (f.receivedFrom || f.receivedTo) {
    shown.push(t('drill.received', span(f.receivedFrom, f.receivedTo)))
  }
  if (f.grade) {
    shown.push(t('dashboard.gradeNames.' + f.grade))
  }
  if (f.open === 'true') {
    shown.push(t('drill.open'))
  }
  if (f.clock || f.clockOutcome) {
    shown.push(t('drill.clock', { limit: f.clock ? t('dashboard.limits.' + f.clock) : '', outcome: f.clockOutcome ? t('dashboard.terms.' + (f.clockOutcome === 'MET' ? 'met' : 'breached')) : '' }).trim())
  }
  if (f.decidedFrom || f.decidedTo) {
    shown.push(t('drill.decided', span(f.decidedFrom, f.decidedTo)))
  }
  if (f.escalationLevel) {
    shown.push(t('drill.escalation', { level: t('dashboard.levels.' + f.escalationLevel) }))
  }
  if (f.escalatedFrom || f.escalatedTo) {
    shown.push(t('drill.escalated', span(f.escalatedFrom, f.escalatedTo)))
  }
  if (f.ids) {
    shown.push(t('drill.ids', { n: f.ids.split(',').filter(Boolean).length }))
  }
  return shown
}
