// The rules of the triage screen without a screen: which actions an item offers, and what a discard needs.

export interface TriageFile {
  id: number
  filename: string
  contentType: string
  sizeBytes: number
  kept: boolean
}

export interface TriageItem {
  id: number
  channel: string
  sender: string
  senderName?: string | null
  subject?: string | null
  preview?: string | null
  reason: string
  receivedAt: string
  state: string
  requestId?: number | null
  resolvedBy?: string | null
  resolvedAt?: string | null
  discardReason?: string | null
  attachments: TriageFile[]
}

export const STATES = ['OPEN', 'REQUEST_MADE', 'ATTACHED', 'DISCARDED'] as const
export const MAX_DISCARD_REASON = 500

/** Only a waiting item is made a request, attached or discarded; the server answers 409 for any other. */
export function canResolve(item: Pick<TriageItem, 'state'>): boolean {
  return item.state === 'OPEN'
}

/** A reason the server takes: not blank, at most 500 characters. */
export function discardReasonValid(reason: string): boolean {
  const trimmed = reason.trim()
  return trimmed.length > 0 && reason.length <= MAX_DISCARD_REASON
}

/** A file's size for people: bytes, KB or MB with one decimal. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) {
    return `${bytes} B`
  }
  if (bytes < 1024 * 1024) {
    return `${(bytes / 1024).toFixed(1)} KB`
  }
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** A file the list shows as a picture (a WeChat image, a photo sent by mail): the types the server takes. */
export function isPicture(file: Pick<TriageFile, 'contentType'>): boolean {
  return ['image/jpeg', 'image/png', 'image/webp'].includes(file.contentType)
}
