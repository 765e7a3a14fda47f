import { describe, expect, it } from 'vitest'
import { formOf, formProblems, mailboxBody } from './mailboxes'

describe('the mailbox settings', () => {
  it('never shows a saved password and keeps the stored one when none is typed', () => {
    const form = formOf({ companyId: 2, host: 'imap.example.com', port: 993, security: 'TLS', username: 'kefu', folder: 'INBOX', enabled: true, passwordSet: true })
    expect(form.password).toBe('')
    expect(mailboxBody(form)).not.toHaveProperty('password')
    expect(mailboxBody({ ...form, password: 's3cret' })).toHaveProperty('password', 's3cret')
  })

  it('trims what it sends and takes INBOX for an empty folder', () => {
    const body = mailboxBody({ host: ' imap.example.com ', port: 143, security: 'STARTTLS', username: ' kefu ', password: '', folder: ' ', enabled: false })
    expect(body).toEqual({ host: 'imap.example.com', port: 143, security: 'STARTTLS', username: 'kefu', folder: 'INBOX', enabled: false })
  })

  it('names the fields the server would refuse', () => {
    const form = formOf(undefined)
    expect(formProblems(form, false)).toEqual(['host', 'username', 'password'])
    expect(formProblems({ ...form, host: 'a\r\nb', port: 70000, username: 'u' }, true)).toEqual(['host', 'port'])
    expect(formProblems({ ...form, host: 'imap.example.com', username: 'u', port: -1 }, true)).toEqual(['port'])
    expect(formProblems({ ...form, host: 'imap.example.com', username: 'u' }, true)).toEqual([])
  })
})
