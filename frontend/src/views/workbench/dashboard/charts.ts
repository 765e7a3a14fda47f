import type { ComposeOption } from 'echarts/core'
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts'
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components'
import type { Bucket, BucketView, EscalationChart, FineChart, HotspotChart, OnTimeChart, Series } from './types'

/** The one option type of the dashboard's charts: only the series and components it registers. */
export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | PieSeriesOption | GridComponentOption | TooltipComponentOption
  | LegendComponentOption | AriaComponentOption
>

/** Series colours, in order (Element Plus' blue first); dark enough to tell apart on white. */
export const PALETTE = ['#1f5fbf', '#e6a23c', '#3f9e2f', '#d9363e', '#7a5bbf', '#13898f', '#b8652a', '#5a6270', '#c2408a', '#2f8fd8']

/** What a chart's words are: a series key's label, and the chart's own terms. */
export interface Words {
  /** the label of a series key (an enum code, a grade, a project id; null = without one) */
  key: (key: string | null | undefined) => string
  /** a term of the chart: 'met', 'breached', 'rate', 'count', 'amount' … */
  term: (name: string) => string
}

/** A bucket's label on the axis: `2026-06` for a month, `06-09` for a week (its Monday) or a day. */
export function bucketLabel(start: string | undefined, bucket: Bucket, spansYears = false): string {
  if (!start) {
    return ''
  }
  if (bucket === 'MONTH') {
    return start.slice(0, 7)
  }
  return spansYears ? start : start.slice(5)
}

function axisLabels(buckets: BucketView[], bucket: Bucket): string[] {
  const years = new Set(buckets.map((b) => (b.start ?? '').slice(0, 4)))
  return buckets.map((b) => bucketLabel(b.start, bucket, years.size > 1))
}

function frame(description: string): ChartOption {
  return {
    color: PALETTE,
    aria: { enabled: true, label: { description } },
    // rich text, drawn by ECharts itself: its HTML tooltips carry inline style attributes, which the
    // Content-Security-Policy (no 'unsafe-inline') refuses
    tooltip: { trigger: 'item', confine: true, renderMode: 'richText' },
    legend: { top: 0, type: 'scroll' },
    grid: { top: 40, left: 8, right: 16, bottom: 8, containLabel: true },
    animation: false,
  }
}

/** Counts per bucket, one stacked bar per series (volumes, escalations): bar (i, j) = series i in bucket j. */
export function stackedBars(chart: { buckets?: BucketView[]; series?: Series[] }, bucket: Bucket, words: Words,
  description: string): ChartOption {
  const buckets = chart.buckets ?? []
  return {
    ...frame(description),
    xAxis: { type: 'category', data: axisLabels(buckets, bucket) },
    yAxis: { type: 'value', minInterval: 1 },
    series: (chart.series ?? []).map((s) => ({
      type: 'bar',
      stack: 'total',
      name: words.key(s.key),
      data: s.counts ?? [],
      emphasis: { focus: 'series' },
    })),
  }
}

/**
 * The on-time rate of one limit's clocks (or of all, without a limit), per bucket: met / (met + breached), null
 * where none was decided.
 */
export function ratePerBucket(chart: OnTimeChart, limit?: string): { met: number[]; breached: number[]; rate: (number | null)[] } {
  const n = chart.buckets?.length ?? 0
  const met = new Array<number>(n).fill(0)
  const breached = new Array<number>(n).fill(0)
  for (const s of (chart.series ?? []).filter((s) => limit === undefined || s.key === limit)) {
    s.met?.forEach((v, i) => (met[i] += v))
    s.breached?.forEach((v, i) => (breached[i] += v))
  }
  const rate = met.map((m, i) => (m + breached[i] === 0 ? null : Math.round((m * 10_000) / (m + breached[i])) / 100))
  return { met, breached, rate }
}

/**
 * One limit's met and breached clocks as bars (series 0 and 1), its rate in % as a line on a second axis (0–100).
 * One limit at a time: a request has one clock per limit, so a bar counts requests, the list behind it.
 */
export function onTime(chart: OnTimeChart, limit: string, bucket: Bucket, words: Words, description: string): ChartOption {
  const { met, breached, rate } = ratePerBucket(chart, limit)
  return {
    ...frame(description),
    tooltip: { trigger: 'axis', confine: true, renderMode: 'richText' },
    color: [PALETTE[2], PALETTE[3], PALETTE[0]],
    xAxis: { type: 'category', data: axisLabels(chart.buckets ?? [], bucket) },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    ],
    series: [
      { type: 'bar', stack: 'clocks', name: words.term('met'), data: met },
      { type: 'bar', stack: 'clocks', name: words.term('breached'), data: breached },
      { type: 'line', yAxisIndex: 1, name: words.term('rate'), data: rate, connectNulls: true },
    ],
  }
}

/** The period's totals per series as slices (grades): slice i = series i. */
export function slices(series: Series[] | undefined, words: Words, description: string): ChartOption {
  return {
    ...frame(description),
    series: [{
      type: 'pie',
      radius: ['35%', '65%'],
      top: 24,
      data: (series ?? []).map((s) => ({ name: words.key(s.key), value: s.total ?? 0 })),
      label: { formatter: '{b}: {c}' },
    }],
  }
}

/** Open hotspot complaints per project, as horizontal bars: bar i = byProject[i]. */
export function hotspots(chart: HotspotChart, words: Words, description: string): ChartOption {
  const rows = chart.byProject ?? []
  return {
    ...frame(description),
    legend: { show: false },
    grid: { top: 8, left: 8, right: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((s) => words.key(s.key)), inverse: true },
    series: [{ type: 'bar', name: words.term('count'), data: rows.map((s) => s.total ?? 0) }],
  }
}

export const FINE_STATUSES = ['PROPOSED', 'APPROVED', 'WAIVED'] as const
export const LIABLE_PARTIES = ['CONTRACTOR', 'PROPERTY_MAINTENANCE', 'REPAIR_PERSON', 'RESPONSIBLE_SPECIALIST'] as const

/** Fines per liable party (the axis), stacked by status (series i = FINE_STATUSES[i]), counting fines. */
export function fines(chart: FineChart, words: Words, description: string): ChartOption {
  const cells = chart.cells ?? []
  const count = (status: string, party: string) =>
    cells.filter((c) => c.status === status && c.party === party).reduce((sum, c) => sum + (c.count ?? 0), 0)
  return {
    ...frame(description),
    color: [PALETTE[1], PALETTE[3], PALETTE[7]],
    xAxis: { type: 'category', data: LIABLE_PARTIES.map((p) => words.term('party.' + p)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: FINE_STATUSES.map((status) => ({
      type: 'bar',
      stack: 'fines',
      name: words.term('fineStatus.' + status),
      data: LIABLE_PARTIES.map((party) => count(status, party)),
    })),
  }
}

/** Escalation steps per bucket, stacked by the level reached. */
export function escalations(chart: EscalationChart, bucket: Bucket, words: Words, description: string): ChartOption {
  return stackedBars(chart, bucket, words, description)
}

/** A sum of fen as yuan, two decimals: 60000 → "600.00". */
export function yuan(fen: number | undefined): string {
  return ((fen ?? 0) / 100).toFixed(2)
}
