import type { ChartOption } from '../dashboard/charts'
import { PALETTE } from '../dashboard/charts'
import { ApiError, isProblem } from '@/api/problem'

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

const QUARTER = /^(\d{4})-Q([1-4])$/

/** The quarter {@code today} (yyyy-MM-dd) lies in, as 2026-Q4. */
export function quarterOfDay(today: string): string {
  const [year, month] = today.split('-').map(Number)
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`
}

/** The quarter before the one {@code today} lies in: the quarterly report read by default. */
export function previousQuarter(today: string): string {
  const [year, quarter] = quarterOfDay(today).split('-Q').map(Number)
  return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`
}

/** The {@code count} quarters up to today's, newest first: what the quarter switch offers. */
export function recentQuarters(today: string, count = 8): string[] {
  let [year, quarter] = quarterOfDay(today).split('-Q').map(Number)
  const quarters: string[] = []
  for (let i = 0; i < count; i++) {
    quarters.push(`${year}-Q${quarter}`)
    quarter -= 1
    if (quarter === 0) {
      quarter = 4
      year -= 1
    }
  }
  return quarters
}

/** A quarter of the address (yyyy-Qn, not after today's), or the default. */
export function quarterOf(value: unknown, today: string): string {
  return typeof value === 'string' && QUARTER.test(value) && value <= quarterOfDay(today) ? value : previousQuarter(today)
}

/** Whether a period is a quarter (2026-Q4) rather than a month (2026-10). */
export function isQuarter(period: string): boolean {
  return QUARTER.test(period)
}

/** The address of a download: the monthly report of a month, or the quarterly one of a quarter, in Excel or PDF. */
export function downloadUrl(org: string, period: string, format: 'xlsx' | 'pdf'): string {
  const query = isQuarter(period) ? new URLSearchParams({ period, format }) : new URLSearchParams({ month: period, format })
  if (org) {
    query.set('org', org)
  }
  return (isQuarter(period) ? '/api/v1/reports/quarterly?' : '/api/v1/reports/monthly?') + query.toString()
}

/** The address of the product-defect report (项目缺陷反馈) of a month or quarter, in Excel or PDF. */
export function defectReportUrl(period: string, format: 'xlsx' | 'pdf', org = ''): string {
  const query = new URLSearchParams({ period, format })
  if (org) {
    query.set('org', org)
  }
  return '/api/v1/reports/defects?' + query.toString()
}

/** The periods the defect report offers: the last twelve months and the last four quarters, newest first. */
export function defectPeriods(today: string): string[] {
  const months: string[] = []
  let month = today.slice(0, 7)
  for (let i = 0; i < 12; i++) {
    months.push(month)
    month = previousMonth(month + '-01')
  }
  return [...months, ...recentQuarters(today, 4)]
}

/**
 * Fetches a report file with the session in the reader's language and hands it to the browser as a download named
 * {@code name}; a refusal is thrown as the server's problem.
 */
export async function downloadFile(url: string, language: string, name: string): Promise<void> {
  const response = await fetch(url, {
    credentials: 'same-origin',
    headers: { 'Accept-Language': language === 'en' ? 'en' : 'zh-CN', 'X-Requested-With': 'XMLHttpRequest' },
  })
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined)
    throw new ApiError(response.status, isProblem(body) ? body : undefined)
  }
  const link = document.createElement('a')
  link.href = URL.createObjectURL(await response.blob())
  link.download = name
  link.click()
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000)
}

/** A survey line's satisfied rate in per cent and its average with two decimals; – without ratings. */
export function surveyRate(rate?: number | null): string {
  return rate === null || rate === undefined ? '–' : (rate * 100).toFixed(1) + '%'
}

export function surveyScore(score?: number | null): string {
  return score === null || score === undefined ? '–' : score.toFixed(2)
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
