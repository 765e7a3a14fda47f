import { describe, expect, it } from 'vitest'
import openapi from '../../../../openapi.json'
import { zh as surveysZh } from '@/i18n/workbench/surveys'
import { zh as assessmentZh } from '@/i18n/workbench/assessment'
import { currentPeriods, resultsChart, sampleText, surveyAnswers, yuan } from './surveys'

describe('surveys', () => {
  it('reads a campaign sample', () => {
    expect(sampleText({ sampling: 'ALL', candidates: 120 })).toEqual({ key: 'surveys.sampleAll', values: { n: 120 } })
    expect(sampleText({ sampling: 'COUNT', sampleSize: 20, candidates: 120 }).values).toEqual({ size: 20, n: 120 })
    expect(sampleText({ sampling: 'PERCENT', sampleSize: 10, candidates: 120 }).key).toBe('surveys.samplePercent')
  })

  it('sends only answered questions and names the missing required ones', () => {
    const questions = [
      { key: 'satisfaction', type: 'SCALE' as const, required: true },
      { key: 'recommend', type: 'CHOICE' as const, required: true },
      { key: 'comment', type: 'TEXT' as const, required: false },
    ]
    expect(surveyAnswers(questions, { satisfaction: 0, comment: '  ' })).toEqual({ answers: {}, missing: ['satisfaction', 'recommend'] })
    expect(surveyAnswers(questions, { satisfaction: 4, recommend: 'yes', comment: ' 好 ' }))
      .toEqual({ answers: { satisfaction: 4, recommend: 'yes', comment: '好' }, missing: [] })
  })

  it('charts the rates per project as percentages, no data as no bar', () => {
    const option = resultsChart([{ projectName: '翠湖苑', figures: { responseRate: 0.7143, satisfiedRate: null } }],
      { response: 'R', satisfied: 'S' })!
    const series = option.series as { data: (number | null)[] }[]
    expect(series[0].data).toEqual([71.4])
    expect(series[1].data).toEqual([null])
    expect(resultsChart([], { response: 'R', satisfied: 'S' })).toBeNull()
  })

  it('names the current month and quarter in Shanghai', () => {
    // 2026-09-30 20:00 UTC is already 1 October in Shanghai
    expect(currentPeriods(Date.UTC(2026, 8, 30, 20))).toEqual({ month: '2026-10', quarter: '2026-Q4' })
    expect(yuan(123456)).toBe('1234.56')
  })

  it('labels every milestone, audience, sampling and training result of the API', () => {
    const schemas = openapi.components.schemas as unknown as Record<string, { properties: Record<string, { enum?: string[] }> }>
    const values = (schema: string, property: string) => [...(schemas[schema].properties[property].enum ?? [])].sort()
    expect(Object.keys(surveysZh.milestones).sort()).toEqual(values('SurveyCampaign', 'milestone'))
    expect(Object.keys(surveysZh.audiences).sort()).toEqual(values('SurveyCampaign', 'audience'))
    expect(Object.keys(surveysZh.samplings).sort()).toEqual(values('SurveyCampaign', 'sampling'))
    expect(Object.keys(assessmentZh.results).sort()).toEqual(values('TrainingRecord', 'result'))
  })
})
