import { describe, expect, it } from 'vitest'
import { ApiError, showProblem } from './problem'
import { xsrfToken } from './client'
import { actionKey } from './actions'

const t = (key: string) => `[${key}]`

describe('a failed call is shown as the problem the server wrote', () => {
  it('its detail and each field with its reason', () => {
    const error = new ApiError(400, {
      type: 'urn:estatecare:problem:invalid',
      title: '请求无效',
      status: 400,
      detail: '有字段不符合要求',
      errors: [{ field: 'phone', reason: '不是有效的手机号码' }],
    })
    expect(showProblem(error, t)).toEqual({
      message: '有字段不符合要求',
      fields: [{ field: 'phone', reason: '不是有效的手机号码' }],
      status: 400,
    })
  })

  it('its title when it has no detail', () => {
    expect(showProblem(new ApiError(404, { title: 'Not found', status: 404 }), t).message).toBe('Not found')
  })

  it("the app's own words when the server said nothing (a proxy's bare 502)", () => {
    expect(showProblem(new ApiError(502, undefined), t)).toEqual({ message: '[common.error]', fields: [], status: 502 })
  })

  it('no connection', () => {
    expect(showProblem(new TypeError('Failed to fetch'), t).message).toBe('[common.networkError]')
  })
})

describe('the session', () => {
  it('reads the CSRF token from the XSRF-TOKEN cookie', () => {
    expect(xsrfToken('JSESSIONID=abc; XSRF-TOKEN=1a2b%3D; other=x')).toBe('1a2b=')
    expect(xsrfToken('JSESSIONID=abc')).toBeUndefined()
  })

  it("names a step by the API's path name", () => {
    expect(actionKey('agree-plan')).toBe('AGREE_PLAN')
    expect(actionKey('notify-progress')).toBe('NOTIFY_PROGRESS')
  })
})
