import { describe, expect, it } from 'vitest'
import { codeOk, draftOf, freeKey, newQuestion, questionOfField, templateBody, withType } from './templateForm'

const DELIVERY = {
  code: 'delivery', name: '交付满意度', nameEn: 'Delivery satisfaction',
  questions: [
    { key: 'satisfaction', type: 'SCALE' as const, text: '总体满意度', textEn: 'Overall', required: true, measures: 'SATISFACTION' as const, options: [] },
    { key: 'recommend', type: 'CHOICE' as const, text: '是否推荐', textEn: 'Recommend?', required: false, measures: null,
      options: [{ key: 'yes', text: '会', textEn: 'Yes' }, { key: 'no', text: '不会', textEn: 'No' }] },
  ],
}

describe('the survey template editor', () => {
  it('edits a copy and sends back the same template unchanged', () => {
    const draft = draftOf(DELIVERY)
    draft.questions[1]!.options[0]!.text = '一定会'
    expect(DELIVERY.questions[1]!.options[0]!.text).toBe('会')
    draft.questions[1]!.options[0]!.text = '会'
    expect(templateBody(draft)).toEqual({ name: '交付满意度', nameEn: 'Delivery satisfaction', questions: [
      { key: 'satisfaction', type: 'SCALE', text: '总体满意度', textEn: 'Overall', required: true, options: [], measures: 'SATISFACTION' },
      { key: 'recommend', type: 'CHOICE', text: '是否推荐', textEn: 'Recommend?', required: false,
        options: [{ key: 'yes', text: '会', textEn: 'Yes' }, { key: 'no', text: '不会', textEn: 'No' }], measures: undefined },
    ] })
  })

  it('adds a question with a key no other has', () => {
    const draft = draftOf(DELIVERY)
    expect(newQuestion(draft.questions)).toMatchObject({ key: 'q3', type: 'SCALE', required: false })
    expect(freeKey(['q1', 'q2'], 'q')).toBe('q3')
    expect(freeKey(['q3', 'x'], 'q')).toBe('q4')
  })

  it('gives a new choice two options and takes options and the satisfaction mark off other kinds', () => {
    const rating = { ...newQuestion([]), satisfaction: true }
    const choice = withType(rating, 'CHOICE')
    expect(choice.options.map((o) => o.key)).toEqual(['o1', 'o2'])
    expect(choice.satisfaction).toBe(false)
    expect(withType(choice, 'TEXT').options).toEqual([])
    const body = templateBody({ code: 'x', name: ' n ', nameEn: 'e', questions: [{ ...choice, type: 'TEXT', satisfaction: true }] })
    expect(body.name).toBe('n')
    expect(body.questions[0]).toMatchObject({ options: [], measures: undefined })
  })

  it('checks a code as the server does and finds the question a problem names', () => {
    expect(codeOk('phone-2026')).toBe(true)
    expect(codeOk('Phone')).toBe(false)
    expect(codeOk('1abc')).toBe(false)
    expect(codeOk('a'.repeat(41))).toBe(false)
    expect(questionOfField('questions[2].options[0].textEn')).toBe(2)
    expect(questionOfField('nameEn')).toBeNull()
  })
})
