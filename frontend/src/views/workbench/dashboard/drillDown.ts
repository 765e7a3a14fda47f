import type { LocationQueryRaw } from 'vue-router'
import type { BucketView, DrillDown, EscalationChart, FineChart, GradeChart, HotspotChart, OnTimeChart, RateSeries, VolumeChart } from './types'
import { FINE_STATUSES, LIABLE_PARTIES } from './charts'

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
 * bucket's instants as its from/to params, the series key as its key param and the part of the bar clicked
 * as its segment param (server's contract: docs/api.md, "Drill-down"). `buckets` is the cell's column, or all
 * of them for a total over the period (a slice of a ring). None when the list cannot show exactly that cell:
 * an unknown list, or the group of rows without a value (a request without category), which the list cannot
 * filter on.
 */
export function drillTarget(drill: DrillDown | null | undefined, buckets: BucketView[], key: string | null | undefined,
  segment?: string): DrillTarget | null {
  const name = drill?.path ? SCREENS[drill.path] : undefined
  if (!drill || !name) {
    return null
  }
  if ((drill.keyParam && (key === null || key === undefined || key === '')) || (drill.segmentParam && !segment)) {
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
  if (drill.segmentParam) {
    query[drill.segmentParam] = segment!
  }
  return { name, query }
}

/** Bar (series, bucket) of a chart over time (volumes, escalations): exactly the requests it counts. */
export function bucketCell(chart: VolumeChart | EscalationChart, seriesIndex: number, dataIndex: number): DrillTarget | null {
  const bucket = chart.buckets?.[dataIndex]
  const series = chart.series?.[seriesIndex]
  return bucket && series ? drillTarget(chart.drillDown, [bucket], series.key) : null
}

/** The limit the on-time chart shows first: the one with the most clocks decided in the period. */
export function busiestLimit(chart: OnTimeChart | null | undefined): string {
  const decided = (s: RateSeries) => (s.totalMet ?? 0) + (s.totalBreached ?? 0)
  return [...(chart?.series ?? [])].sort((a, b) => decided(b) - decided(a))[0]?.key ?? ''
}

/**
 * A bar of the on-time chart, which shows one limit: bar 0 met, bar 1 breached, in a bucket — the requests
 * whose clock of that limit was decided so in the bucket (one clock per limit and request: the same count).
 */
export function onTimeBar(chart: OnTimeChart, limit: string, seriesIndex: number, dataIndex: number): DrillTarget | null {
  const bucket = chart.buckets?.[dataIndex]
  const outcome = (['MET', 'BREACHED'] as const)[seriesIndex]
  return bucket && outcome ? drillTarget(chart.drillDown, [bucket], limit, outcome) : null
}

/** A grade's slice: the complaints received in the period whose grade it is now. */
export function gradeSlice(chart: GradeChart, dataIndex: number): DrillTarget | null {
  const series = chart.series?.[dataIndex]
  return series ? drillTarget(chart.drillDown, chart.buckets ?? [], series.key) : null
}

/** A project's bar of the hotspots: its open hotspot complaints. */
export function hotspotBar(chart: HotspotChart, dataIndex: number): DrillTarget | null {
  const project = chart.byProject?.[dataIndex]
  return project ? drillTarget(chart.drillDown, [], project.key) : null
}

/**
 * A bar of the fines chart: series i = FINE_STATUSES[i], column j = LIABLE_PARTIES[j] — the fines of that
 * status against that party proposed in the period, under the node.
 */
export function fineBar(chart: FineChart, seriesIndex: number, dataIndex: number): DrillTarget | null {
  const status = FINE_STATUSES[seriesIndex]
  const party = LIABLE_PARTIES[dataIndex]
  return status && party ? drillTarget(chart.drillDown, [], status, party) : null
}
