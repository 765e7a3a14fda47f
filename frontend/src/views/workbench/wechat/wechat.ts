// The official-account settings' and the failed media list's rules without a screen, for Vitest: what the form
// sends, what it refuses first, and how a failed download reads. The server checks every field again.

export const MODES = ['SAFE', 'PLAIN'] as const
export type Mode = (typeof MODES)[number]

export interface WechatForm {
  accountId: string
  token: string
  mode: Mode
  appId: string
  encodingAesKey: string
  relayUrl: string
  relayToken: string
  /** forget the stored relay token */
  clearRelayToken: boolean
}

export interface WechatAccountView {
  companyId: number
  accountId?: string | null
  tokenSet: boolean
  encrypted: boolean
  mode: Mode
  appId?: string | null
  encodingAesKeyMasked?: string | null
  relayUrl?: string | null
  relayTokenSet: boolean
  mediaFetched: boolean
  updatedAt?: string | null
}

export interface MediaFailure {
  id: number
  messageType: string
  mediaId?: string | null
  state: 'RETRYING' | 'FAILED' | 'DONE' | 'PENDING'
  attempts: number
  reason?: string | null
  nextAttemptAt?: string | null
  receivedAt: string
  requestId?: number | null
  requestNumber?: string | null
  triageId?: number | null
  sender?: string | null
}

/** The reasons the server gives for a download that will not be retried by itself, with words on screen. */
export const KNOWN_REASONS = ['too-large', 'not-media', 'empty', 'unsupported-type', 'not-attached', 'owner-gone',
  'no-relay', 'triage-discarded', 'resolver-gone', 'no-target'] as const

/** An empty form, or the saved account's settings: never a token or a key (the server never answers them). */
export function formOf(saved: WechatAccountView | undefined): WechatForm {
  return {
    accountId: saved?.accountId ?? '', token: '', mode: saved?.mode ?? 'SAFE', appId: saved?.appId ?? '',
    encodingAesKey: '', relayUrl: saved?.relayUrl ?? '', relayToken: '', clearRelayToken: false,
  }
}

/** The body of PUT /api/v1/inbound/wechat-accounts/{company}: secrets only when typed (the stored ones stay). */
export function wechatBody(form: WechatForm): Record<string, unknown> {
  const body: Record<string, unknown> = { accountId: form.accountId.trim(), mode: form.mode, relayUrl: form.relayUrl.trim() }
  if (form.token) body.token = form.token
  if (form.mode === 'SAFE') {
    body.appId = form.appId.trim()
    if (form.encodingAesKey) body.encodingAesKey = form.encodingAesKey.trim()
  }
  if (form.clearRelayToken) body.relayToken = ''
  else if (form.relayToken) body.relayToken = form.relayToken
  return body
}

/** The fields the server would refuse, found before asking it. */
export function formProblems(form: WechatForm, saved: WechatAccountView | undefined): string[] {
  const problems: string[] = []
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(form.accountId.trim())) problems.push('accountId')
  if (form.token ? !/^[A-Za-z0-9]{3,32}$/.test(form.token) : !saved?.tokenSet) problems.push('token')
  if (form.mode === 'SAFE') {
    if (!/^wx[0-9a-fA-F]{16}$/.test(form.appId.trim())) problems.push('appId')
    const keySaved = saved?.mode === 'SAFE'
    if (form.encodingAesKey ? !/^[A-Za-z0-9+/]{43}$/.test(form.encodingAesKey.trim()) : !keySaved) problems.push('encodingAesKey')
  }
  const relay = form.relayUrl.trim()
  if (relay && (relay.length > 500 || !/^https?:\/\/[^\s/@#]+(\/[^\s#]*)?$/i.test(relay))) problems.push('relayUrl')
  if (form.relayToken && !/^[\x21-\x7e]{1,200}$/.test(form.relayToken)) problems.push('relayToken')
  return problems
}

/** A failed download's reason as an i18n key, or null when it is the relay's own words (shown as they are). */
export function reasonKey(reason: string | null | undefined): string | null {
  if (!reason) return null
  if ((KNOWN_REASONS as readonly string[]).includes(reason)) return 'wechat.reasons.' + reason
  if (/^gateway-\d{3}$/.test(reason)) return 'wechat.reasons.gateway'
  return null
}
