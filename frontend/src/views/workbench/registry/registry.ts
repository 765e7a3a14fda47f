// The registry screen's rules without Vue: who may change what, the tree of projects and buildings, units in
// order with their owners, and what an import answered (its counts, or the rejected rows) turned into rows.
import type { components } from '@/api/schema'
import type { Role } from '@/api/types'
import { ApiError } from '@/api/problem'

export type Project = components['schemas']['ProjectView']
export type Building = components['schemas']['BuildingView']
export type Unit = components['schemas']['UnitItem']
export type UnitOwner = components['schemas']['UnitOwnerItem']
export type ImportReport = components['schemas']['ImportReport']

/** Who adds buildings and units and imports files (the server's "staff writers" on those endpoints). */
export const REGISTRY_WRITERS: readonly Role[] = ['ADMIN', 'AGENT', 'MANAGER', 'PROJECT_COMPANY', 'HQ']
/** Who creates projects (POST /api/v1/projects). */
export const PROJECT_CREATORS: readonly Role[] = ['ADMIN', 'HQ', 'PROJECT_COMPANY']

/** The columns of an import file, in the template's order (the server's ImportColumn). */
export const IMPORT_COLUMNS = ['building', 'unitNo', 'floor', 'areaSqm', 'layout', 'deliveredOn', 'ownerName',
  'ownerPhone', 'ownerKind', 'ownershipRole'] as const

/** `3栋` before `10栋`, `2-501` before `10-101`: numbers in names compared as numbers. */
export function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, 'zh-CN', { numeric: true })
}

export interface TreeNode {
  /** `p-<id>` for a project, `b-<id>` for a building */
  key: string
  kind: 'project' | 'building'
  id: number
  label: string
  projectId: number
  isLeaf: boolean
}

export function projectNodes(projects: readonly Project[]): TreeNode[] {
  return projects
    .filter((p) => p.id !== undefined)
    .map((p) => ({ key: `p-${p.id}`, kind: 'project' as const, id: p.id!, label: p.name ?? '', projectId: p.id!, isLeaf: false }))
}

/** A project's buildings as tree leaves, in natural order of their names. */
export function buildingNodes(buildings: readonly Building[]): TreeNode[] {
  return [...buildings]
    .filter((b) => b.id !== undefined)
    .sort((a, b) => naturalCompare(a.name ?? '', b.name ?? ''))
    .map((b) => ({ key: `b-${b.id}`, kind: 'building' as const, id: b.id!, label: b.name ?? '', projectId: b.projectId!, isLeaf: true }))
}

/** What the address selects: `?project=1&building=3`; ids that are not whole positive numbers are ignored. */
export function selection(query: Record<string, unknown>): { project?: number; building?: number } {
  const id = (v: unknown) => (typeof v === 'string' && /^[1-9]\d{0,17}$/.test(v) ? Number(v) : undefined)
  return { project: id(query.project), building: id(query.building) }
}

/** Units by floor, then by number (natural order); units without a floor last. */
export function sortUnits(units: readonly Unit[]): Unit[] {
  return [...units].sort((a, b) => (a.floor ?? Infinity) - (b.floor ?? Infinity) || naturalCompare(a.unitNo ?? '', b.unitNo ?? ''))
}

/** The owners of each unit, in the server's order (owners before co-owners). */
export function ownersByUnit(owners: readonly UnitOwner[]): Map<number, UnitOwner[]> {
  const byUnit = new Map<number, UnitOwner[]>()
  for (const o of owners) {
    if (o.unitId === undefined) continue
    byUnit.set(o.unitId, [...(byUnit.get(o.unitId) ?? []), o])
  }
  return byUnit
}

/** One problem of one rejected row: the row number in the file (header = 1), the column, the reason. */
export interface Rejection {
  row: number
  field: string
  reason: string
}

export type ImportOutcome =
  | { kind: 'checked' | 'imported'; totalRows: number; units: number; buildings: number; customers: number }
  | { kind: 'rejected'; totalRows: number; rejectedRows: number; rejections: Rejection[] }

interface RejectedProblem {
  type?: string
  totalRows?: number
  rejectedRows?: { row?: number; errors?: { field?: string; reason?: string }[] }[]
}

/** A 200 (dry run) or 201 (written) report, as the counts the screen shows. */
export function reportOutcome(report: ImportReport): ImportOutcome {
  return {
    kind: report.dryRun ? 'checked' : 'imported',
    totalRows: report.totalRows ?? 0,
    units: report.imported ?? 0,
    buildings: report.buildingsCreated ?? 0,
    customers: report.customersCreated ?? 0,
  }
}

/** The 422 `import-rejected` problem as rows of the report (one per problem); any other failure: null. */
export function rejectedOutcome(error: unknown): ImportOutcome | null {
  if (!(error instanceof ApiError) || error.status !== 422) return null
  const p = error.problem as RejectedProblem | undefined
  if (p?.type !== 'urn:estatecare:problem:import-rejected') return null
  const rows = p.rejectedRows ?? []
  const rejections = rows.flatMap((r) => (r.errors ?? []).map((e) => ({ row: r.row ?? 0, field: e.field ?? '', reason: e.reason ?? '' })))
  return { kind: 'rejected', totalRows: p.totalRows ?? 0, rejectedRows: rows.length, rejections }
}

/** A CSV cell: quoted when it holds a comma, quote or line break; a leading =, +, - or @ is defused for Excel. */
function cell(value: string | number): string {
  let text = String(value)
  if (/^[=+\-@]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * The rejected rows as a CSV file Excel opens in either language (UTF-8 with a byte-order mark): the headers
 * given, then row, column (its label) and reason for each problem.
 */
export function rejectionsCsv(rejections: readonly Rejection[], headers: [string, string, string], label: (field: string) => string): string {
  const lines = [headers.map(cell).join(',')]
  for (const r of rejections) lines.push([r.row, label(r.field), r.reason].map(cell).join(','))
  return '\uFEFF' + lines.join('\r\n') + '\r\n'
}

/** The Chinese headers the server also reads (ImportColumn), for a template in Chinese. */
const CHINESE_HEADERS: Record<(typeof IMPORT_COLUMNS)[number], string> = {
  building: '楼栋', unitNo: '房号', floor: '楼层', areaSqm: '面积', layout: '户型', deliveredOn: '交付日期',
  ownerName: '业主姓名', ownerPhone: '业主电话', ownerKind: '客户类型', ownershipRole: '产权角色',
}

/** An empty import file: the header row, in Chinese or with the English column names (the server reads both). */
export function templateCsv(chinese: boolean): string {
  return '\uFEFF' + IMPORT_COLUMNS.map((c) => (chinese ? CHINESE_HEADERS[c] : c)).join(',') + '\r\n'
}
