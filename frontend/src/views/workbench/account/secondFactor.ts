// The logic of the second factor's screens (the security page and the sign-in's second step), without components.

export { stepAfterPassword, type SignInStep } from '@/api/signInStep'

/** Six digits, as an authenticator app shows them; spaces typed between the groups are dropped. */
export function cleanCode(typed: string): string {
  return typed.replace(/\s+/g, '')
}

export function isTotpCode(typed: string): boolean {
  return /^\d{6}$/.test(cleanCode(typed))
}

/** A recovery code's shape: ten letters and digits, with or without the dash. */
export function isRecoveryCode(typed: string): boolean {
  return /^[a-z2-9]{5}-?[a-z2-9]{5}$/i.test(typed.trim())
}

export { qrPath } from '@/composables/qrCode'

/** The secret in groups of four, easier to type into an app by hand. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ')
}

/** A browser's user agent as a person recognises it: the browser and the system, else the start of the text. */
export function describeAgent(agent: string | null | undefined): string {
  if (!agent) {
    return ''
  }
  const browser = /Edg\//.test(agent) ? 'Edge' : /MicroMessenger/.test(agent) ? 'WeChat'
    : /Chrome\//.test(agent) ? 'Chrome' : /Firefox\//.test(agent) ? 'Firefox' : /Safari\//.test(agent) ? 'Safari' : ''
  const system = /Windows/.test(agent) ? 'Windows' : /Android/.test(agent) ? 'Android'
    : /iPhone|iPad/.test(agent) ? 'iOS' : /Mac OS X/.test(agent) ? 'macOS' : /Linux/.test(agent) ? 'Linux' : ''
  const known = [browser, system].filter(Boolean).join(' · ')
  return known || agent.slice(0, 60)
}
