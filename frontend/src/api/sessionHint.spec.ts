import { describe, expect, it } from 'vitest'
import { firstScreenWithoutTheCheck, readSessionHint, sessionHintCookie } from './sessionHint'

describe('the signed-in hint', () => {
  it('is read from the cookies, ours only and only with a known value', () => {
    expect(readSessionHint('XSRF-TOKEN=abc; estatecare-signed-in=owner')).toBe('owner')
    expect(readSessionHint('estatecare-signed-in=staff')).toBe('staff')
    expect(readSessionHint('estatecare-signed-in=admin; x=1')).toBeNull()
    expect(readSessionHint('other-estatecare-signed-in=owner')).toBeNull()
    expect(readSessionHint('')).toBeNull()
  })

  it('is a cookie of the browser session, for both apps, removed at once when nobody is signed in', () => {
    expect(sessionHintCookie('owner')).toBe('estatecare-signed-in=owner; Path=/; SameSite=Strict')
    expect(sessionHintCookie('owner')).not.toMatch(/Max-Age|Expires/)
    expect(sessionHintCookie(null)).toContain('Max-Age=0')
  })

  it('lets the portal show its first screen before the session check answers', () => {
    expect(firstScreenWithoutTheCheck('owner', 'requests')).toBe('show')
    expect(firstScreenWithoutTheCheck(null, 'requests')).toBe('sign-in')
    expect(firstScreenWithoutTheCheck(null, 'request')).toBe('sign-in')
    expect(firstScreenWithoutTheCheck(null, 'sign-in')).toBe('show')
    expect(firstScreenWithoutTheCheck('staff', 'sign-in')).toBe('show')
    expect(firstScreenWithoutTheCheck(null, 'not-found')).toBe('show')
    // staff in the portal: the check sends them to the workbench
    expect(firstScreenWithoutTheCheck('staff', 'requests')).toBe('wait')
  })
})
