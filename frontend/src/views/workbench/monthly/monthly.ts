import type { ChartOption } from '../dashboard/charts'
import { PALETTE } from '../dashboard/charts'

/** One line of a report table: a key, its label (in the reader's language, from the server) and a count. */
export interface Line {
  key?: string | null
  label?: string
  count?: number
}

export interface Kpi {
  code?: string
  label?: string
  unit?: 'RATE' | 'SCORE' | 'COUNT'
  value?: number | null
  numerator?: number | null
  denominator?: number | null
}

export interface LimitRate {
  limit?: string
  label?: string
  met?: number
  breached?: number
  rate?: number | null
}

/** The month before the one {@code today} (yyyy-MM-dd, Shanghai) lies in: the report read by default. */
export function previousMonth(today: string): string {
  const [year, month] = today.split('-').map(Number)
  const d = new Date(Date.UTC(year, month - 2, 1))
  return d.toISOString().slice(0, 7)
}

/** A month of the address (yyyy-MM, not after {@code today}'s), or the default. */
export function monthOf(value: unknown, today: string): string {
  const latest = today.slice(0, 7)
  return typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) && value <= latest ? value : previousMonth(today)
}

/** A KPI's value as the table shows it: a rate in per cent, a score with two decimals, a count; – without data. */
export function kpiValue(kpi: Kpi): string {
  if (kpi.value === null || kpi.value === undefined) {
    return '–'
  }
  if (kpi.unit === 'RATE') {
    return (kpi.value * 100).toFixed(1) + '%'
  }
  if (kpi.unit === 'SCORE') {
    return kpi.value.toFixed(2)
  }
  return String(Math.round(kpi.value))
}

/** The address of a download: the report of a node and month in Excel or PDF. */
export function downloadUrl(org: string, month: string, format: 'xlsx' | 'pdf'): string {
  const query = new URLSearchParams({ month, format })
  if (org) {
    query.set('org', org)
  }
  return '/api/v1/reports/monthly?' + query.toString()
}

/** Horizontal bars of counts, largest on top (the server orders lines largest first). */
export function countBars(lines: Line[], description: string, countName: string): ChartOption {
  const shown = [...lines].reverse()
  return {
    aria: { enabled: true, label: { description } },
    color: [PALETTE[0]],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: shown.map((l) => l.label ?? '') },
    series: [{ type: 'bar', name: countName, data: shown.map((l) => l.count ?? 0), label: { show: true, position: 'right' } }],
  }
}

/** The on-time rate of each limit as bars of per cent, with met and breached in the tooltip. */
export function rateBars(rates: LimitRate[], description: string, rateName: string): ChartOption {
  return {
    aria: { enabled: true, label: { description } },
    color: [PALETTE[2]],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: rates.map((r) => r.label ?? r.limit ?? '') },
    series: [{
      type: 'bar', name: rateName,
      data: rates.map((r) => (r.rate === null || r.rate === undefined ? 0 : Math.round(r.rate * 1000) / 10)),
      label: { show: true, position: 'right', formatter: '{c}%' },
    }],
  }
}
