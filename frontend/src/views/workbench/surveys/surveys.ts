// The rules of the surveys screens without a screen: how a campaign's sample reads, which answers are sent and
// which required ones are missing (workbench and portal), the results chart.
import type { ComposeOption } from 'echarts/core'
import type { BarSeriesOption } from 'echarts/charts'
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components'

export type BarOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>

export interface SampleOf {
  sampling?: 'ALL' | 'COUNT' | 'PERCENT'
  sampleSize?: number | null
  candidates?: number
}

/** The message key and values describing a campaign's sample: all N, k of N, p % of N. */
export function sampleText(c: SampleOf): { key: string; values: Record<string, number> } {
  const n = c.candidates ?? 0
  if (c.sampling === 'COUNT') return { key: 'surveys.sampleCount', values: { size: c.sampleSize ?? 0, n } }
  if (c.sampling === 'PERCENT') return { key: 'surveys.samplePercent', values: { size: c.sampleSize ?? 0, n } }
  return { key: 'surveys.sampleAll', values: { n } }
}

export interface AskedQuestion {
  key?: string
  type?: 'SCALE' | 'CHOICE' | 'TEXT'
  required?: boolean
}

/** The answers worth sending (blank text and unset choices left out) and the required questions without one. */
export function surveyAnswers(questions: readonly AskedQuestion[], values: Record<string, unknown>) {
  const answers: Record<string, unknown> = {}
  const missing: string[] = []
  for (const q of questions) {
    const value = values[q.key!]
    const blank = value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
      || (q.type === 'SCALE' && value === 0)
    if (blank) {
      if (q.required) missing.push(q.key!)
    } else {
      answers[q.key!] = typeof value === 'string' ? value.trim() : value
    }
  }
  return { answers, missing }
}

export interface ProjectFigures {
  projectName?: string | null
  figures?: { responseRate?: number | null; satisfiedRate?: number | null }
}

/** Per project, the response rate and the satisfied rate as percentages side by side (no data: no bar). */
export function resultsChart(projects: readonly ProjectFigures[], labels: { response: string; satisfied: string }): BarOption | null {
  if (projects.length === 0) return null
  const pct = (r: number | null | undefined) => (r == null ? null : Math.round(r * 1000) / 10)
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => (v == null ? '—' : `${v}%`) },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 36, bottom: 32 },
    xAxis: { type: 'category', data: projects.map((p) => p.projectName ?? '—') },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      { name: labels.response, type: 'bar', data: projects.map((p) => pct(p.figures?.responseRate)) },
      { name: labels.satisfied, type: 'bar', data: projects.map((p) => pct(p.figures?.satisfiedRate)) },
    ],
  }
}

/** The current month as yyyy-MM in Shanghai, and the quarter holding it as yyyy-Qn. */
export function currentPeriods(now: number): { month: string; quarter: string } {
  const shanghai = new Date(now + 8 * 3_600_000).toISOString()
  const year = shanghai.slice(0, 4)
  const month = Number(shanghai.slice(5, 7))
  return { month: `${year}-${shanghai.slice(5, 7)}`, quarter: `${year}-Q${Math.ceil(month / 3)}` }
}

/** Fen as yuan with two decimals. */
export function yuan(fen: number | undefined): string {
  return ((fen ?? 0) / 100).toFixed(2)
}
