/** Every date and time is shown in China's time zone, whatever the browser's zone. */
export const ZONE = 'Asia/Shanghai'

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>()

function dateTimeFormat(locale: string): Intl.DateTimeFormat {
  let format = dateTimeFormats.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
      timeZone: ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
    dateTimeFormats.set(locale, format)
  }
  return format
}

/** `2026-11-25 08:30` in Shanghai, in both languages (ISO order reads the same in Chinese and English). */
export function formatDateTime(iso: string | null | undefined, locale = 'zh-CN'): string {
  if (!iso) {
    return ''
  }
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) {
    return ''
  }
  const parts = Object.fromEntries(dateTimeFormat(locale).formatToParts(date).map((p) => [p.type, p.value]))
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`
}

/** The start of a Shanghai calendar day (`2026-11-25`) as an instant, for the API's date-time filters. */
export function shanghaiDayStart(day: string): string {
  return new Date(`${day}T00:00:00+08:00`).toISOString()
}

/** A list as each language writes one: `甲、乙` in Chinese, `a, b` in English. */
export function formatList(items: readonly string[], locale = 'zh-CN'): string {
  return items.join(locale === 'en' ? ', ' : '、')
}
