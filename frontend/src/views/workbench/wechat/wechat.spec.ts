import { describe, expect, it } from 'vitest'
import { formOf, formProblems, reasonKey, wechatBody, type WechatAccountView } from './wechat'

const SAVED: WechatAccountView = {
  companyId: 2, accountId: 'gh_shanghai', tokenSet: true, encrypted: true, mode: 'SAFE', appId: 'wx5afe0de7e5700001',
  encodingAesKeyMasked: '*'.repeat(39) + 'Pq9R', relayUrl: 'https://relay.example.com/media', relayTokenSet: true, mediaFetched: true,
}
const KEY = 'Kx7Qm2Vb9Lc4Np8Rt1Wy6Za3Ed5Fg0Hj2Ks7Mn4Pq9R'

describe('the official-account settings', () => {
  it('never shows a saved token or key and keeps the stored ones when none is typed', () => {
    const form = formOf(SAVED)
    expect(form.token).toBe('')
    expect(form.encodingAesKey).toBe('')
    expect(wechatBody(form)).toEqual({ accountId: 'gh_shanghai', mode: 'SAFE', appId: 'wx5afe0de7e5700001', relayUrl: 'https://relay.example.com/media' })
    expect(formProblems(form, SAVED)).toEqual([])
  })

  it('sends the secrets typed, clears a relay token on request and leaves the safe fields out in plaintext mode', () => {
    const form = { ...formOf(SAVED), token: 'Token2026', encodingAesKey: KEY, relayToken: 's3cret' }
    expect(wechatBody(form)).toMatchObject({ token: 'Token2026', encodingAesKey: KEY, relayToken: 's3cret' })
    expect(wechatBody({ ...form, clearRelayToken: true })).toHaveProperty('relayToken', '')
    expect(wechatBody({ ...form, mode: 'PLAIN' })).not.toHaveProperty('encodingAesKey')
    expect(wechatBody({ ...form, mode: 'PLAIN' })).not.toHaveProperty('appId')
  })

  it('names the fields the server would refuse', () => {
    const empty = formOf(undefined)
    expect(formProblems(empty, undefined)).toEqual(['accountId', 'token', 'appId', 'encodingAesKey'])
    expect(formProblems({ ...empty, accountId: 'gh_a', token: 'Token2026', mode: 'PLAIN' }, undefined)).toEqual([])
    expect(formProblems({ ...formOf(SAVED), appId: 'wx<script>', encodingAesKey: KEY.slice(1), relayUrl: 'javascript:alert(1)' }, SAVED))
      .toEqual(['appId', 'encodingAesKey', 'relayUrl'])
    expect(formProblems({ ...formOf(SAVED), relayUrl: 'https://user:pw@relay.example.com/' }, SAVED)).toEqual(['relayUrl'])
    expect(formProblems({ ...formOf(SAVED), token: 'a b' }, SAVED)).toEqual(['token'])
  })

  it('reads a failed download\'s reason in words when the server names one', () => {
    expect(reasonKey('too-large')).toBe('wechat.reasons.too-large')
    expect(reasonKey('gateway-404')).toBe('wechat.reasons.gateway')
    expect(reasonKey('media gateway answered HTTP 503')).toBeNull()
    expect(reasonKey(null)).toBeNull()
  })
})
