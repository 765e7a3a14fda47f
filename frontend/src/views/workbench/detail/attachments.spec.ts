import { describe, expect, it } from 'vitest'
import { filesOf, isImage, MAX_BYTES, refusal, sizeText } from './attachments'

describe('attachments', () => {
  it('sends photos and PDFs up to 10 MiB, and says why another file is not sent', () => {
    expect(refusal({ type: 'image/png', size: 1000 })).toBeNull()
    expect(refusal({ type: 'application/pdf', size: MAX_BYTES })).toBeNull()
    expect(refusal({ type: 'image/png', size: MAX_BYTES + 1 })).toBe('size')
    expect(refusal({ type: 'application/x-msdownload', size: 10 })).toBe('type')
    expect(refusal({ type: '', size: 10 })).toBe('type')
  })

  it('shows images inline and offers the rest as a download', () => {
    expect(isImage('image/webp')).toBe(true)
    expect(isImage('application/pdf')).toBe(false)
    expect(isImage(undefined)).toBe(false)
  })

  it('takes the files of a drop, or the file items of a paste', () => {
    const file = new File(['x'], 'a.png', { type: 'image/png' })
    const dropped = { files: [file] as unknown as FileList, items: [] as unknown as DataTransferItemList }
    expect(filesOf(dropped)).toEqual([file])
    const pasted = {
      files: [] as unknown as FileList,
      items: [
        { kind: 'string', getAsFile: () => null },
        { kind: 'file', getAsFile: () => file },
      ] as unknown as DataTransferItemList,
    }
    expect(filesOf(pasted)).toEqual([file])
    expect(filesOf(null)).toEqual([])
  })

  it('writes sizes for people', () => {
    expect(sizeText(512)).toBe('512 B')
    expect(sizeText(1536)).toBe('1.5 KB')
    expect(sizeText(3 * 1024 * 1024)).toBe('3.0 MB')
  })
})
