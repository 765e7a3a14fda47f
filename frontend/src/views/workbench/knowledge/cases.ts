// The cases suggested at intake (相似案例): what of the description is worth asking about, and how a case reads.

/** Fewer characters than this say too little to look for similar cases. */
export const MIN_CHARS = 4
/** The most characters sent (the API takes 4,000). */
export const MAX_CHARS = 4000

/** The text to ask about, or null when the description is too short to be worth a request. */
export function askable(description: string | null | undefined): string | null {
  const text = (description ?? '').trim()
  if (text.length < MIN_CHARS) return null
  return text.slice(0, MAX_CHARS)
}

/** A long text cut to its first `max` characters with an ellipsis, for a line in the suggestion list. */
export function excerpt(text: string | null | undefined, max = 60): string {
  const t = (text ?? '').trim()
  return t.length <= max ? t : t.slice(0, max) + '…'
}
