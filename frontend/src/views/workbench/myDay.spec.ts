import { describe, expect, it } from 'vitest'
import { completion, MAX_PHOTO_BYTES, planOf, proposedVisitTime, shanghaiInstant, yuanToFen } from './myDay'

function file(type: string, size: number): File {
  return new File([new Uint8Array(size)], 'photo', { type })
}

describe('completing a visit on the phone', () => {
  it('a charge in yuan is whole fen', () => {
    expect(yuanToFen('128')).toBe(12800)
    expect(yuanToFen(' 128.5 ')).toBe(12850)
    expect(yuanToFen('0.05')).toBe(5)
    expect(yuanToFen('128.505')).toBeUndefined()
    expect(yuanToFen('-3')).toBeUndefined()
    expect(yuanToFen('1e3')).toBeUndefined()
    expect(yuanToFen('')).toBeUndefined()
  })

  it('the charge goes only with work outside warranty', () => {
    expect(completion({ note: ' 更换密封条 ', warranty: 'IN_WARRANTY', charge: '50' }, undefined).value).toEqual({
      note: '更换密封条',
      warranty: 'IN_WARRANTY',
    })
    expect(completion({ note: '', warranty: 'OUT_OF_WARRANTY', charge: '50' }, undefined).value.chargeFen).toBe(5000)
  })

  it('a photo goes along when it is an image the server takes, of at most 10 MiB', () => {
    const ok = file('image/png', 100)
    expect(completion({ note: '', warranty: 'IN_WARRANTY', charge: '' }, ok)).toEqual({
      value: { note: '', warranty: 'IN_WARRANTY', photo: ok },
      photoProblem: null,
    })
    expect(completion({ note: '', warranty: 'IN_WARRANTY', charge: '' }, file('application/pdf', 100)).photoProblem).toBe('type')
    const big = completion({ note: '', warranty: 'IN_WARRANTY', charge: '' }, file('image/jpeg', MAX_PHOTO_BYTES + 1))
    expect(big.photoProblem).toBe('size')
    expect(big.value.photo).toBeUndefined()
  })
})

describe('agreeing the plan of a visit on the phone', () => {
  const form = { time: '2026-11-26T14:00', workers: ' 张强 ', materials: '', quote: '', note: '' }

  it('a time on Shanghai’s clock is the instant eight hours before in UTC', () => {
    expect(shanghaiInstant('2026-11-26T14:00')).toBe('2026-11-26T06:00:00.000Z')
    expect(shanghaiInstant('2026-11-26T07:30')).toBe('2026-11-25T23:30:00.000Z')
    expect(shanghaiInstant('2026-02-30T10:00')).toBeUndefined()
    expect(shanghaiInstant('2026-11-26T24:00')).toBeUndefined()
    expect(shanghaiInstant('14:00')).toBeUndefined()
    expect(shanghaiInstant('')).toBeUndefined()
  })

  it('proposes the next whole hour today, at most 23:00, and 09:00 on another day', () => {
    const at = (iso: string) => new Date(iso)
    expect(proposedVisitTime('2026-11-26', at('2026-11-26T02:20:00Z'))).toBe('2026-11-26T11:00')
    expect(proposedVisitTime('2026-11-26', at('2026-11-26T15:40:00Z'))).toBe('2026-11-26T23:00')
    // 23:30 on the 25th in UTC is already the 26th in Shanghai
    expect(proposedVisitTime('2026-11-26', at('2026-11-25T23:30:00Z'))).toBe('2026-11-26T08:00')
    expect(proposedVisitTime('2026-11-27', at('2026-11-26T02:20:00Z'))).toBe('2026-11-27T09:00')
  })

  it('sends the time, the quote in fen and only the texts filled in', () => {
    expect(planOf(form)).toEqual({ value: { scheduledAt: '2026-11-26T06:00:00.000Z', workers: '张强' }, problems: [] })
    expect(planOf({ ...form, quote: '350', materials: '地漏密封圈', note: ' 上门前电话联系 ' }).value).toEqual({
      scheduledAt: '2026-11-26T06:00:00.000Z',
      workers: '张强',
      materials: '地漏密封圈',
      note: '上门前电话联系',
      quotedFen: 35000,
    })
  })

  it('names the time and the quote when they cannot be sent', () => {
    expect(planOf({ ...form, time: '' })).toEqual({ problems: ['time'] })
    expect(planOf({ ...form, time: 'tomorrow', quote: '-5' })).toEqual({ problems: ['time', 'quote'] })
    expect(planOf({ ...form, quote: '12.345' }).value).toBeUndefined()
  })
})
