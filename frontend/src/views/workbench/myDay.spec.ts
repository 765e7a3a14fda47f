import { describe, expect, it } from 'vitest'
import { completion, MAX_PHOTO_BYTES, planOf, proposedVisitTime, yuanToFen } from './myDay'

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

describe('the repair plan on the phone', () => {
  const form = { time: '2027-02-16T14:00', materials: ' 地漏密封圈 ', workers: '张强', outOfWarranty: false, quote: '', note: '' }

  it('is the agree-plan step of the request detail, the time read in Shanghai', () => {
    expect(planOf(form, 4)).toEqual({
      body: { version: 4, scheduledAt: '2027-02-16T06:00:00.000Z', materials: '地漏密封圈', workers: '张强' },
      problems: [],
    })
  })

  it('needs the time, and outside warranty a quote in yuan, sent in fen', () => {
    expect(planOf({ ...form, time: '' }, 4).problems).toEqual([{ field: 'scheduledAt', reason: 'required' }])
    expect(planOf({ ...form, outOfWarranty: true }, 4).problems).toEqual([{ field: 'quotedYuan', reason: 'required' }])
    expect(planOf({ ...form, outOfWarranty: true, quote: '12,5' }, 4).problems).toEqual([{ field: 'quotedYuan', reason: 'notANumber' }])
    expect(planOf({ ...form, outOfWarranty: true, quote: '180.5' }, 4).body.quotedFen).toBe(18050)
    expect(planOf({ ...form, outOfWarranty: false, quote: '180' }, 4).body).not.toHaveProperty('quotedFen')
  })
})

describe('the time a new plan proposes', () => {
  it('proposes the next whole hour today, at most 23:00, and 09:00 on another day', () => {
    const at = (iso: string) => new Date(iso)
    expect(proposedVisitTime('2026-11-26', at('2026-11-26T02:20:00Z'))).toBe('2026-11-26T11:00')
    expect(proposedVisitTime('2026-11-26', at('2026-11-26T15:40:00Z'))).toBe('2026-11-26T23:00')
    // 23:30 on the 25th in UTC is already the 26th in Shanghai
    expect(proposedVisitTime('2026-11-26', at('2026-11-25T23:30:00Z'))).toBe('2026-11-26T08:00')
    expect(proposedVisitTime('2026-11-27', at('2026-11-26T02:20:00Z'))).toBe('2026-11-27T09:00')
  })
})
