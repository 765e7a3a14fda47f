import { describe, expect, it } from 'vitest'
import {
  categoriesFor,
  checkDraft,
  fitWithin,
  idempotencyKey,
  newRequestBody,
  sendReport,
  uploadName,
  type Photo,
  type ReportCalls,
  type ReportDraft,
} from './report'

const draft = (over: Partial<ReportDraft> = {}): ReportDraft => ({
  kind: 'REPAIR',
  unitId: 7,
  category: 'HOUSING_QUALITY',
  description: ' 卫生间漏水 ',
  ...over,
})

const photo = (name: string): Photo => ({ blob: new Blob(['x'], { type: 'image/jpeg' }), name, uploaded: false })

/** The server as the report sees it: counts registrations by key, and fails the uploads it is told to. */
function fakeServer(failing: Set<string> = new Set()) {
  const registered = new Map<string, number>()
  const uploaded: string[] = []
  const calls: ReportCalls = {
    async register(_body, key) {
      if (!registered.has(key)) {
        registered.set(key, 100 + registered.size)
      }
      return { id: registered.get(key)! }
    },
    async attach(id, p) {
      if (failing.has(p.name)) {
        throw new TypeError('network')
      }
      uploaded.push(`${id}:${p.name}`)
    },
  }
  return { calls, registered, uploaded }
}

describe('the report form', () => {
  it('offers the categories that fit the kind, and none for a question', () => {
    expect(categoriesFor('REPAIR')).toContain('HOUSING_QUALITY')
    expect(categoriesFor('REPAIR')).not.toContain('ENGINEERING_QUALITY')
    expect(categoriesFor('COMPLAINT')).toContain('ENGINEERING_QUALITY')
    expect(categoriesFor('CONSULTATION')).toEqual([])
  })

  it('names every missing field before anything is sent', () => {
    expect(checkDraft(draft({ unitId: null, category: null, description: '  ' }))).toEqual({
      unitId: 'report.unitRequired',
      category: 'report.categoryRequired',
      description: 'report.descriptionRequired',
    })
    expect(checkDraft(draft({ kind: 'CONSULTATION', category: null }))).toEqual({})
  })

  it('sends the portal channel, the trimmed description, and no category that does not fit', () => {
    expect(newRequestBody(draft())).toEqual({
      kind: 'REPAIR',
      channel: 'PORTAL',
      unitId: 7,
      category: 'HOUSING_QUALITY',
      description: '卫生间漏水',
    })
    expect(newRequestBody(draft({ kind: 'CONSULTATION' })).category).toBeUndefined()
  })
})

describe('photos', () => {
  it('are scaled down to 1600 pixels on the longer side, keeping their shape', () => {
    expect(fitWithin(4032, 3024)).toEqual({ width: 1600, height: 1200 })
    expect(fitWithin(3024, 4032)).toEqual({ width: 1200, height: 1600 })
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 })
    expect(fitWithin(10000, 3)).toEqual({ width: 1600, height: 1 })
  })

  it('keep their name and end in .jpg once compressed', () => {
    expect(uploadName('IMG_0001.HEIC', new Blob([], { type: 'image/jpeg' }))).toBe('IMG_0001.jpg')
    expect(uploadName('shot.png', new Blob([], { type: 'image/png' }))).toBe('shot.png')
  })
})

describe('sending a report', () => {
  it('makes a fresh key each time, from random bytes', () => {
    const a = idempotencyKey()
    expect(a).toMatch(/^portal-[0-9a-f]{32}$/)
    expect(idempotencyKey()).not.toBe(a)
  })

  it('registers once and uploads each photo, in order', async () => {
    const server = fakeServer()
    const seen: string[] = []
    const result = await sendReport(draft(), 'k1', [photo('a.jpg'), photo('b.jpg')], server.calls, null, (d, t) =>
      seen.push(`${d}/${t}`),
    )
    expect(result).toEqual({ id: 100, failed: 0 })
    expect(server.uploaded).toEqual(['100:a.jpg', '100:b.jpg'])
    expect(seen).toEqual(['0/2', '1/2', '2/2'])
  })

  it('a second tap with the same key registers nothing new', async () => {
    const server = fakeServer()
    const [first, second] = await Promise.all([
      sendReport(draft(), 'same', [], server.calls, null),
      sendReport(draft(), 'same', [], server.calls, null),
    ])
    expect(first.id).toBe(second.id)
    expect(server.registered.size).toBe(1)
  })

  it('after a failed upload, the retry uploads only the photos still missing to the same request', async () => {
    const failing = new Set(['b.jpg'])
    const server = fakeServer(failing)
    const photos = [photo('a.jpg'), photo('b.jpg')]
    const first = await sendReport(draft(), 'k2', photos, server.calls, null)
    expect(first.failed).toBe(1)

    failing.clear()
    const retry = await sendReport(draft(), 'k2', photos, server.calls, first.id)
    expect(retry).toEqual({ id: first.id, failed: 0 })
    expect(server.uploaded).toEqual([`${first.id}:a.jpg`, `${first.id}:b.jpg`])
    expect(server.registered.size).toBe(1)
  })
})
