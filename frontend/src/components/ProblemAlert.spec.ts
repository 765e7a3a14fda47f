// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ProblemAlert from './ProblemAlert.vue'
import { ApiError, showProblem } from '@/api/problem'

describe('ProblemAlert', () => {
  it("shows the server's message and every field with its reason, as an alert", () => {
    const problem = showProblem(
      new ApiError(400, {
        title: 'Invalid input',
        detail: 'Some fields are not valid',
        errors: [
          { field: 'reporter.phone', reason: 'not a mobile number' },
          { field: 'description', reason: 'must not be blank' },
        ],
      }),
      (k) => k,
    )
    const alert = mount(ProblemAlert, { props: { problem } })

    expect(alert.get('[role=alert]').text()).toContain('Some fields are not valid')
    expect(alert.findAll('li').map((li) => li.text())).toEqual([
      'reporter.phone: not a mobile number',
      'description: must not be blank',
    ])
  })

  it('shows nothing without a problem', () => {
    expect(mount(ProblemAlert, { props: { problem: null } }).find('[role=alert]').exists()).toBe(false)
  })
})
