import { describe, expect, it } from 'vitest'
import { fieldErrors, mayPublish, mayRecordAttendance, openDayBody, photoProblems, places, shanghaiMonth, signedUpRefusal, slotBody, slotChangeBody, slotFormOf } from './deliverySite'

describe('the delivery site screen', () => {
  it('shows each field its first reason', () => {
    const errors = fieldErrors({ message: 'x', fields: [{ field: 'name', reason: '必填' }, { field: 'name', reason: '已存在' }, { field: 'trade', reason: '过长' }] })
    expect(errors).toEqual({ name: '必填', trade: '过长' })
    expect(fieldErrors(null)).toEqual({})
  })

  it('refuses photos the server would refuse before sending anything', () => {
    const jpeg = { name: 'a.jpg', type: 'image/jpeg', size: 1000 }
    expect(photoProblems([jpeg, { name: 'b.pdf', type: 'application/pdf', size: 10 }, { name: 'c.png', type: 'image/png', size: 11 * 1024 * 1024 }]))
      .toEqual([{ name: 'b.pdf', reason: 'type' }, { name: 'c.png', reason: 'size' }])
    expect(photoProblems([jpeg, { ...jpeg, name: 'tenth.jpg' }], 8)).toEqual([{ name: 'tenth.jpg', reason: 'count' }])
    expect(photoProblems([{ ...jpeg, size: 0 }])).toEqual([{ name: 'a.jpg', reason: 'size' }])
  })

  it('takes the month in Shanghai, where a new month begins eight hours before UTC', () => {
    expect(shanghaiMonth(new Date('2026-11-30T16:30:00Z'))).toBe('2026-12')
    expect(shanghaiMonth(new Date('2026-11-30T15:30:00Z'))).toBe('2026-11')
  })

  it('publishes a notice with its month, title and text written and no photo refused', () => {
    const form = { month: '2026-11', title: '主体结构封顶', body: '3栋封顶' }
    expect(mayPublish(form, [])).toBe(true)
    expect(mayPublish({ ...form, title: ' ' }, [])).toBe(false)
    expect(mayPublish({ ...form, month: '2026-1' }, [])).toBe(false)
    expect(mayPublish(form, [{ name: 'x', reason: 'type' }])).toBe(false)
  })

  it('reads an open day in Shanghai time', () => {
    const body = openDayBody({ title: ' 工地开放日 ', place: ' 售楼处 ', day: '2026-12-05', from: '09:00', to: '13:00', capacity: 30 })
    expect(body).toEqual({ title: '工地开放日', place: '售楼处', startsAt: '2026-12-05T01:00:00.000Z', endsAt: '2026-12-05T05:00:00.000Z', capacity: 30 })
    expect(openDayBody({ title: 't', place: ' ', day: '', from: '09:00', to: '', capacity: null })).toMatchObject({ place: undefined, startsAt: '', capacity: 0 })
  })

  it('records attendance only of owners with a confirmed place', () => {
    expect(mayRecordAttendance({ status: 'CONFIRMED' })).toBe(true)
    expect(mayRecordAttendance({ status: 'WAITING' })).toBe(false)
    expect(mayRecordAttendance({ status: 'CANCELLED' })).toBe(false)
  })

  it('counts free places, never below none', () => {
    expect(places({ capacity: 30, confirmed: 12 })).toEqual({ taken: '12/30', free: 18 })
    expect(places({ capacity: 2, confirmed: 3 })).toEqual({ taken: '3/2', free: 0 })
  })
})

describe('slotBody', () => {
  it('reads the times on the open day\'s own day in Shanghai', () => {
    expect(slotBody('2026-12-05T01:00:00Z', { from: '09:00', to: '10:00', capacity: 25 })).toEqual({
      startsAt: '2026-12-05T01:00:00.000Z',
      endsAt: '2026-12-05T02:00:00.000Z',
      capacity: 25,
    })
  })

  it('takes the Shanghai day of a day starting just after midnight there', () => {
    expect(slotBody('2026-12-04T16:30:00Z', { from: '00:30', to: '01:00', capacity: null }).startsAt)
      .toBe('2026-12-04T16:30:00.000Z')
  })
})

describe('changing and removing a slot', () => {
  it('fills the form with the slot\'s own Shanghai hours and places', () => {
    expect(slotFormOf({ startsAt: '2026-12-05T01:00:00Z', endsAt: '2026-12-05T02:30:00Z', capacity: 12 }))
      .toEqual({ from: '09:00', to: '10:30', capacity: 12 })
  })

  it('sends the new time on the day of the open day, with whether to cancel the owners it takes', () => {
    expect(slotChangeBody('2026-12-05T01:00:00Z', { from: '10:00', to: '11:00', capacity: 5 }, true)).toEqual({
      startsAt: '2026-12-05T02:00:00.000Z',
      endsAt: '2026-12-05T03:00:00.000Z',
      capacity: 5,
      cancelSignUps: true,
    })
  })

  it('asks before cancelling owners only when the server refused for their sake, in the server\'s words', () => {
    const refusal = { type: 'urn:estatecare:problem:open-day-slot-signed-up', title: '该时段已有业主报名', detail: '有 2 位业主报名了该时段' }
    expect(signedUpRefusal(refusal, 409)).toBe('有 2 位业主报名了该时段')
    expect(signedUpRefusal({ type: 'urn:estatecare:problem:open-day-started', detail: '开放日已开始' }, 409)).toBeNull()
    expect(signedUpRefusal(refusal, 400)).toBeNull()
    expect(signedUpRefusal(undefined, 409)).toBeNull()
  })
})
