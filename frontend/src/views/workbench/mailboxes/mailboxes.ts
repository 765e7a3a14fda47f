// The mailbox settings' rules without a screen, for Vitest: what the form sends and what it refuses first.

export const SECURITIES = ['TLS', 'STARTTLS', 'NONE'] as const
export type Security = (typeof SECURITIES)[number]

/** The port each security usually takes (IMAP over TLS 993, IMAP 143). */
export const DEFAULT_PORT: Record<Security, number> = { TLS: 993, STARTTLS: 143, NONE: 143 }

export interface MailboxForm {
  host: string
  port: number | null
  security: Security
  username: string
  password: string
  folder: string
  enabled: boolean
}

export interface MailboxView {
  companyId: number
  host: string
  port: number
  security: Security
  username: string
  folder: string
  enabled: boolean
  passwordSet: boolean
  lastPolledAt?: string
  lastError?: string
}

/** An empty form, or the saved mailbox's settings: never a password (the server never answers it). */
export function formOf(saved: MailboxView | undefined): MailboxForm {
  if (!saved) return { host: '', port: 993, security: 'TLS', username: '', password: '', folder: 'INBOX', enabled: true }
  return {
    host: saved.host, port: saved.port, security: saved.security, username: saved.username, password: '',
    folder: saved.folder, enabled: saved.enabled,
  }
}

/** The body of PUT /api/v1/mailboxes/{company}: trimmed; without a password when none was typed (the stored one stays). */
export function mailboxBody(form: MailboxForm): Record<string, unknown> {
  const body: Record<string, unknown> = {
    host: form.host.trim(), port: form.port, security: form.security, username: form.username.trim(),
    folder: form.folder.trim() || 'INBOX', enabled: form.enabled,
  }
  if (form.password) body.password = form.password
  return body
}

/** The fields the server would refuse, found before asking it (it checks them again). */
export function formProblems(form: MailboxForm, passwordSet: boolean): string[] {
  const problems: string[] = []
  if (!/^[A-Za-z0-9.:\-[\]]{1,255}$/.test(form.host.trim())) problems.push('host')
  if (form.port === null || !Number.isInteger(form.port) || form.port < 1 || form.port > 65535) problems.push('port')
  if (!form.username.trim() || form.username.length > 320) problems.push('username')
  if (!passwordSet && !form.password) problems.push('password')
  if (form.password.length > 500) problems.push('password')
  return problems
}
