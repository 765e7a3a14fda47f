import { describe, expect, it } from 'vitest'
import { bodyOf, canKeepInternal, departmentsOf, fieldsOf, pathName, problemsOf, toNumber } from './actionForms'
import openapi from '../../../../openapi.json'

const schemas = openapi.components.schemas as Record<string, { properties?: Record<string, unknown> }>

/** `AGREE_PLAN` → `AgreePlanCommand`, the schema of its body in the API description. */
function schemaOf(action: string) {
  const name = action.toLowerCase().replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase()) + 'Command'
  return schemas[name]
}

const ACTIONS = ['CLASSIFY', 'DISPATCH', 'RESPOND', 'INVESTIGATE', 'AGREE_PLAN', 'COMPLETE', 'ANSWER', 'VERIFY', 'REVISIT',
  'ARCHIVE', 'REOPEN', 'CANCEL', 'LINK', 'NOTE', 'NOTIFY_PROGRESS', 'UPDATE_FACTS', 'RESCHEDULE']

describe('the form of a step', () => {
  it('has only fields its command in the API description takes (the yuan become chargeFen)', () => {
    for (const action of ACTIONS) {
      for (const kind of ['REPAIR', 'COMPLAINT', 'CONSULTATION'] as const) {
        const properties = Object.keys(schemaOf(action)?.properties ?? {})
        expect(properties, action).toContain('version')
        for (const category of [undefined, 'CHECK_OUT']) {
          const names = fieldsOf(action, kind, category).map((f) => f.sends ?? f.name)
          expect(properties, `${action} of a ${kind} ${category ?? ''}`).toEqual(expect.arrayContaining(names))
        }
      }
    }
  })

  it('asks a repair for its schedule and a complaint for its measures when the plan is agreed', () => {
    expect(problemsOf('AGREE_PLAN', 'REPAIR', {})).toEqual([{ field: 'scheduledAt', reason: 'required' }])
    expect(problemsOf('AGREE_PLAN', 'COMPLAINT', { measures: '  ' })).toEqual([{ field: 'measures', reason: 'required' }])
    expect(problemsOf('AGREE_PLAN', 'COMPLAINT', { measures: '更换防水层' })).toEqual([])
  })

  it('sends a plan\'s quote in fen and moves a visit to a new time or engineer, at least one', () => {
    const at = new Date('2026-11-26T10:00:00+08:00')
    expect(bodyOf('AGREE_PLAN', 'REPAIR', { scheduledAt: at, quotedYuan: '120.5' }, 3)).toEqual({
      version: 3,
      scheduledAt: '2026-11-26T02:00:00.000Z',
      quotedFen: 12050,
    })
    expect(problemsOf('AGREE_PLAN', 'REPAIR', { scheduledAt: at, quotedYuan: '12,0' })).toEqual([{ field: 'quotedYuan', reason: 'notANumber' }])
    expect(problemsOf('RESCHEDULE', 'REPAIR', {})).toEqual([{ field: 'scheduledAt', reason: 'oneOf' }])
    expect(problemsOf('RESCHEDULE', 'REPAIR', { assigneeId: 7 })).toEqual([])
    expect(bodyOf('RESCHEDULE', 'REPAIR', { assigneeId: 7, acceptConflicts: true }, 4)).toEqual({ version: 4, assigneeId: 7, acceptConflicts: true })
  })

  it('needs a category to classify a repair or complaint, not a question', () => {
    expect(problemsOf('CLASSIFY', 'REPAIR', {})).toEqual([{ field: 'category', reason: 'required' }])
    expect(problemsOf('CLASSIFY', 'CONSULTATION', {})).toEqual([])
  })

  it('dispatches to a person or a department, at least one', () => {
    expect(problemsOf('DISPATCH', 'REPAIR', {})).toEqual([{ field: 'assigneeId', reason: 'oneOf' }])
    expect(problemsOf('DISPATCH', 'REPAIR', { department: '工程部' })).toEqual([])
    expect(problemsOf('DISPATCH', 'REPAIR', { assigneeId: 12 })).toEqual([])
  })

  it('needs the note of an answer, a reopening, a cancellation, a note and a message, and keeps it at 4000', () => {
    for (const action of ['ANSWER', 'REOPEN', 'CANCEL', 'NOTE', 'NOTIFY_PROGRESS']) {
      expect(problemsOf(action, 'COMPLAINT', { note: '' }), action).toEqual([{ field: 'note', reason: 'required' }])
    }
    expect(problemsOf('NOTE', 'REPAIR', { note: 'x'.repeat(4001) })).toEqual([{ field: 'note', reason: 'tooLong' }])
    expect(problemsOf('NOTE', 'REPAIR', { note: 'x'.repeat(4000) })).toEqual([])
  })

  it('answers a check-out request with its outcome, granted or refused, and no other answer with one', () => {
    expect(problemsOf('ANSWER', 'CONSULTATION', { note: '同意退房' }, 'CHECK_OUT')).toEqual([{ field: 'granted', reason: 'required' }])
    expect(bodyOf('ANSWER', 'CONSULTATION', { note: '不符合退房条件', granted: false }, 3, 'CHECK_OUT')).toEqual({
      version: 3, note: '不符合退房条件', granted: false,
    })
    expect(fieldsOf('ANSWER', 'CONSULTATION', 'OTHER').map((f) => f.name)).toEqual(['note'])
  })

  it('needs at least one of the facts of a complaint, and a whole number of complainants', () => {
    expect(problemsOf('UPDATE_FACTS', 'COMPLAINT', {})).toEqual([{ field: 'complainantCount', reason: 'oneOf' }])
    expect(problemsOf('UPDATE_FACTS', 'COMPLAINT', { complainantCount: '2.5' })).toEqual([
      { field: 'complainantCount', reason: 'notANumber' },
    ])
    expect(problemsOf('UPDATE_FACTS', 'COMPLAINT', { needsSupport: false })).toEqual([])
  })

  it('reads a charge in yuan as whole fen and refuses what is not money', () => {
    expect(toNumber('yuan', '12.5')).toBe(1250)
    expect(toNumber('yuan', ' 0.07 ')).toBe(7)
    expect(toNumber('yuan', '300')).toBe(30000)
    for (const bad of ['-1', '1.234', 'abc', '1e3', '']) {
      expect(toNumber('yuan', bad), bad).toBeUndefined()
    }
    expect(toNumber('integer', '0')).toBeUndefined()
    expect(toNumber('integer', '15')).toBe(15)
  })
})

describe('the body of a step', () => {
  it('carries the version read, the fields given trimmed, and leaves blanks out', () => {
    expect(bodyOf('INVESTIGATE', 'COMPLAINT', { cause: ' 防水层老化 ', severity: 'HIGH', scope: '', note: undefined }, 7)).toEqual({
      version: 7,
      cause: '防水层老化',
      severity: 'HIGH',
    })
  })

  it('sends a charge as fen, a time as an instant, a count as a number', () => {
    const at = new Date('2026-11-26T02:00:00Z')
    expect(bodyOf('COMPLETE', 'REPAIR', { warranty: 'OUT_OF_WARRANTY', chargeYuan: '88.80' }, 3)).toEqual({
      version: 3, warranty: 'OUT_OF_WARRANTY', chargeFen: 8880,
    })
    expect(bodyOf('AGREE_PLAN', 'REPAIR', { scheduledAt: at }, 1)).toEqual({ version: 1, scheduledAt: '2026-11-26T02:00:00.000Z' })
    expect(bodyOf('UPDATE_FACTS', 'COMPLAINT', { complainantCount: '12' }, 1)).toEqual({ version: 1, complainantCount: 12 })
  })

  it('keeps a note internal always, a message to the owner never, and other told steps when asked', () => {
    expect(bodyOf('NOTE', 'REPAIR', { note: '内部' }, 2)).toEqual({ version: 2, note: '内部', internal: true })
    expect(bodyOf('NOTIFY_PROGRESS', 'REPAIR', { note: '师傅明天上门', internal: true }, 2)).toEqual({
      version: 2, note: '师傅明天上门',
    })
    expect(bodyOf('RESPOND', 'REPAIR', { internal: true }, 2)).toEqual({ version: 2, internal: true })
    expect(bodyOf('DISPATCH', 'REPAIR', { department: '工程部', internal: true }, 2)).toEqual({ version: 2, department: '工程部' })
    expect(canKeepInternal('RESPOND')).toBe(true)
    expect(canKeepInternal('NOTIFY_PROGRESS')).toBe(false)
    expect(canKeepInternal('CLASSIFY')).toBe(false)
  })

  it('goes to the step path the API names, and lists each department once', () => {
    expect(pathName('AGREE_PLAN')).toBe('agree-plan')
    expect(departmentsOf([{ department: '工程部' }, { department: null }, { department: ' 工程部 ' }, { department: '客服部' }])).toEqual([
      '客服部', '工程部',
    ].sort())
  })
})
