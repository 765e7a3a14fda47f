// The revisit queue's rules without a screen: how long until a revisit is due, what a questionnaire sends.

/** How a due time reads now: days and hours left, or overdue by them. */
export interface DueReading {
  overdue: boolean
  days: number
  hours: number
  /** 'danger' when overdue, 'warning' on the last day, else 'info' */
  tone: 'danger' | 'warning' | 'info'
}

const HOUR = 3_600_000

export function readDue(dueAt: string, now: number): DueReading {
  const diff = Date.parse(dueAt) - now
  const overdue = diff < 0
  const hoursTotal = Math.floor(Math.abs(diff) / HOUR)
  return {
    overdue,
    days: Math.floor(hoursTotal / 24),
    hours: hoursTotal % 24,
    tone: overdue ? 'danger' : diff < 24 * HOUR ? 'warning' : 'info',
  }
}

/** A question of a template as the API answers it. */
export interface Question {
  key?: string
  type?: 'SCALE' | 'YES_NO' | 'TEXT'
  required?: boolean
}

/**
 * The answers to send: only the template's questions, blank texts and unanswered questions left out (the
 * server names what is missing); the required ones still unanswered, to say before sending.
 */
export function answersToSend(questions: readonly Question[], values: Record<string, unknown>) {
  const answers: Record<string, unknown> = {}
  const missing: string[] = []
  for (const q of questions) {
    if (!q.key) continue
    const value = values[q.key]
    const blank = value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
    if (blank) {
      if (q.required) missing.push(q.key)
      continue
    }
    answers[q.key] = typeof value === 'string' ? value.trim() : value
  }
  return { answers, missing }
}

/** Coverage as a percentage with one decimal, or null when nothing was due. */
export function percent(rate: number | null | undefined): string | null {
  return rate == null ? null : (Math.round(rate * 1000) / 10).toFixed(1) + '%'
}
