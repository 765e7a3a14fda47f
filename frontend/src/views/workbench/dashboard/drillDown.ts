import type { LocationQueryRaw } from 'vue-router'
import type { BucketView, DrillDown, FineChart, GradeChart, HotspotChart, VolumeChart } from './types'
import { FINE_STATUSES } from './charts'

/** A screen of the workbench and the query it opens with: where a click on a chart leads. */
export interface DrillTarget {
  name: 'requests' | 'fines'
  query: LocationQueryRaw
}

/** The screens behind the lists the dashboard's aggregates name (`drillDown.path`). */
const SCREENS: Record<string, DrillTarget['name']> = {
  '/api/v1/requests': 'requests',
  '/api/v1/fines': 'fines',
}

/**
 * The list behind one cell of a chart, as a route of the workbench: the drill-down's fixed params, the
 * bucket's instants as its from/to params and the series key as its key param (server's contract:
 * docs/api.md, "Drill-down"). `buckets` is the cell's column, or all of them for a total over the period
 * (a slice of a pie). None when the list cannot show exactly that cell: an unknown list, or the group of
 * rows without a value (a request without category), which the list cannot filter on.
 */
export function drillTarget(drill: DrillDown | undefined, buckets: BucketView[], key: string | null | undefined): DrillTarget | null {
  const name = drill?.path ? SCREENS[drill.path] : undefined
  if (!drill || !name) {
    return null
  }
  if (drill.keyParam && (key === null || key === undefined || key === '')) {
    return null
  }
  const query: LocationQueryRaw = {}
  for (const [param, value] of Object.entries(drill.params ?? {})) {
    if (value !== null && value !== undefined) {
      query[param] = String(value)
    }
  }
  if (buckets.length && drill.fromParam && buckets[0].from) {
    query[drill.fromParam] = buckets[0].from
  }
  if (buckets.length && drill.toParam && buckets[buckets.length - 1].to) {
    query[drill.toParam] = buckets[buckets.length - 1].to!
  }
  if (drill.keyParam) {
    query[drill.keyParam] = String(key)
  }
  return { name, query }
}

/** The open hotspot complaints of one project, by their ids (the request list takes at most 100). */
export function hotspotTarget(newest: { requestId?: number; projectId?: number | null }[], projectKey: string | null): DrillTarget | null {
  const ids = newest
    .filter((h) => (projectKey === null ? h.projectId == null : String(h.projectId) === projectKey))
    .map((h) => h.requestId)
    .filter((id): id is number => typeof id === 'number')
    .slice(0, 100)
  return ids.length ? { name: 'requests', query: { ids: ids.join(',') } } : null
}

/** Bar (series, bucket) of the volumes chart: exactly the requests it counts. */
export function volumeCell(chart: VolumeChart, seriesIndex: number, dataIndex: number): DrillTarget | null {
  const bucket = chart.buckets?.[dataIndex]
  const series = chart.series?.[seriesIndex]
  return bucket && series ? drillTarget(chart.drillDown, [bucket], series.key) : null
}

/**
 * A grade's slice: the complaints received in the period. The list has no grade filter, so it lists the
 * period's complaints of every grade (the screen says so).
 */
export function gradeSlice(chart: GradeChart, dataIndex: number): DrillTarget | null {
  const series = chart.series?.[dataIndex]
  return series ? drillTarget(chart.drillDown, chart.buckets ?? [], series.key) : null
}

/** A project's bar of the hotspots: its open hotspot complaints among the newest 100. */
export function hotspotBar(chart: HotspotChart, dataIndex: number): DrillTarget | null {
  const project = chart.byProject?.[dataIndex]
  return project ? hotspotTarget(chart.newest ?? [], project.key ?? null) : null
}

/** A status of the fines chart (series i = FINE_STATUSES[i]): the fines of that status in the caller's scope. */
export function fineBar(chart: FineChart, seriesIndex: number): DrillTarget | null {
  const status = FINE_STATUSES[seriesIndex]
  return status ? drillTarget(chart.drillDown, [], status) : null
}
