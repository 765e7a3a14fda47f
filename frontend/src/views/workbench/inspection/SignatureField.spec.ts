// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createI18n } from 'vue-i18n'

// jsdom draws nothing on a canvas: signature_pad is replaced by a pad whose strokes the test makes.
const pads: FakePad[] = []
class FakePad {
  strokes = 0
  listeners: Record<string, () => void> = {}
  constructor() {
    pads.push(this)
  }
  isEmpty() {
    return this.strokes === 0
  }
  clear() {
    this.strokes = 0
  }
  addEventListener(name: string, listener: () => void) {
    this.listeners[name] = listener
  }
  off() {}
  toDataURL() {
    return 'data:image/png;base64,' + btoa('\x89PNG\r\n\x1a\nstroke')
  }
  draw() {
    this.strokes++
    this.listeners.endStroke?.()
  }
}
vi.mock('signature_pad', () => ({ default: FakePad }))

const { default: SignatureField } = await import('./SignatureField.vue')

const i18n = createI18n({ legacy: false, locale: 'en', messages: { en: { walk: { signHere: 'Sign here', signed: 'Signed', clearSignature: 'Clear' } } } })

/** jsdom's Blob has no arrayBuffer(); its FileReader reads it. */
function bytesOf(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve) => {
    const reader = new FileReader()
    reader.onload = () => resolve(reader.result as ArrayBuffer)
    reader.readAsArrayBuffer(blob)
  })
}

function mounted() {
  return mount(SignatureField, { global: { plugins: [i18n] } })
}

describe('SignatureField', () => {
  it('is empty until a stroke is drawn, and gives no file while empty', () => {
    const field = mounted()
    expect(field.text()).toContain('Sign here')
    expect((field.vm as unknown as { toBlob: () => Blob | null }).toBlob()).toBeNull()
    expect(field.emitted('change')?.at(-1)).toEqual([true])
    expect(field.find('button').attributes('disabled')).toBeDefined()
  })

  it('a drawn stroke makes it a PNG to send; clearing empties it again', async () => {
    const field = mounted()
    pads.at(-1)!.draw()
    await field.vm.$nextTick()
    expect(field.emitted('change')?.at(-1)).toEqual([false])
    expect(field.text()).toContain('Signed')
    const blob = (field.vm as unknown as { toBlob: () => Blob | null }).toBlob()
    expect(blob?.type).toBe('image/png')
    const head = new Uint8Array(await bytesOf(blob!)).slice(0, 4)
    expect(Array.from(head)).toEqual([0x89, 0x50, 0x4e, 0x47])

    await field.find('button').trigger('click')
    expect(field.emitted('change')?.at(-1)).toEqual([true])
    expect((field.vm as unknown as { toBlob: () => Blob | null }).toBlob()).toBeNull()
  })
})
