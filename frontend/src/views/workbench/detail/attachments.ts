/** What the server takes (Attachments on the server): JPEG, PNG, WebP photos and PDF documents, at most 10 MiB. */
export const ACCEPTED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const
export const MAX_BYTES = 10 * 1024 * 1024

/** Why a file is not sent: its type or its size; null when it can go. */
export function refusal(file: { type: string; size: number }): 'type' | 'size' | null {
  if (!(ACCEPTED_TYPES as readonly string[]).includes(file.type)) {
    return 'type'
  }
  return file.size > MAX_BYTES ? 'size' : null
}

/** An attachment the browser can show inline (a photo); others are offered as a download. */
export function isImage(contentType: string | undefined | null): boolean {
  return !!contentType && contentType.startsWith('image/')
}

/** The files a drop or a paste carries (a pasted screenshot comes as a file item). */
export function filesOf(transfer: Pick<DataTransfer, 'files' | 'items'> | null | undefined): File[] {
  if (!transfer) {
    return []
  }
  if (transfer.files && transfer.files.length) {
    return Array.from(transfer.files)
  }
  return Array.from(transfer.items ?? [])
    .filter((i) => i.kind === 'file')
    .map((i) => i.getAsFile())
    .filter((f): f is File => f !== null)
}

/** 1536 → `1.5 KB`, for the list. */
export function sizeText(bytes: number | undefined): string {
  if (bytes === undefined) {
    return ''
  }
  if (bytes < 1024) {
    return `${bytes} B`
  }
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
