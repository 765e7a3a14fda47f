import { ZONE } from '@/i18n/format'
import type { Bucket } from './types'

/** A period of the dashboard: days in Asia/Shanghai (both included) and the bucket of its charts. */
export interface Period {
  from: string
  to: string
  bucket: Bucket
}

const DAY_FORMAT = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })

/** Today in Shanghai as `yyyy-MM-dd`, whatever the browser's zone. */
export function shanghaiToday(now: Date = new Date()): string {
  return DAY_FORMAT.format(now)
}

/** The default period: the current month and the five before it, by month. */
export function defaultPeriod(today: string): Period {
  const [year, month] = today.split('-').map(Number)
  const start = new Date(Date.UTC(year, month - 1 - 5, 1))
  return { from: start.toISOString().slice(0, 10), to: today, bucket: 'MONTH' }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/
const BUCKETS: Bucket[] = ['DAY', 'WEEK', 'MONTH']

/** The period in the address (`from`, `to`, `bucket`), each part that is missing or malformed from the default. */
export function periodOf(query: Record<string, unknown>, fallback: Period): Period {
  const day = (v: unknown, d: string) => (typeof v === 'string' && DAY.test(v) ? v : d)
  const bucket = BUCKETS.includes(query.bucket as Bucket) ? (query.bucket as Bucket) : fallback.bucket
  return { from: day(query.from, fallback.from), to: day(query.to, fallback.to), bucket }
}
