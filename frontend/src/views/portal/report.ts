import type { Category } from '@/api/types'

/** What an owner reports from the portal: a repair, a complaint or a question. */
export type ReportKind = 'REPAIR' | 'COMPLAINT' | 'CONSULTATION'
export const REPORT_KINDS: ReportKind[] = ['REPAIR', 'COMPLAINT', 'CONSULTATION']

/** The categories that fit a kind, as the server's Category.appliesTo decides; a question needs none. */
export function categoriesFor(kind: ReportKind): Category[] {
  switch (kind) {
    case 'REPAIR':
      return ['FACILITY_FAILURE', 'HOUSING_QUALITY', 'PROPERTY_SERVICE', 'OTHER']
    case 'COMPLAINT':
      return ['ENGINEERING_QUALITY', 'PLANNING_DESIGN', 'SALES_MANAGEMENT', 'PROPERTY_MANAGEMENT', 'CUSTOMER_SERVICE', 'OTHER']
    default:
      return []
  }
}

export interface ReportDraft {
  kind: ReportKind
  unitId: number | null
  category: Category | null
  description: string
}

/** The form's own checks before sending (the server checks the same and more): each failing field with its message key. */
export function checkDraft(draft: ReportDraft): Record<string, string> {
  const problems: Record<string, string> = {}
  if (draft.unitId === null) {
    problems.unitId = 'report.unitRequired'
  }
  if (categoriesFor(draft.kind).length && !draft.category) {
    problems.category = 'report.categoryRequired'
  }
  if (!draft.description.trim()) {
    problems.description = 'report.descriptionRequired'
  }
  return problems
}

/** The body of POST /api/v1/requests for the draft: the owner's own channel; the server sets the time and the customer. */
export function newRequestBody(draft: ReportDraft) {
  return {
    kind: draft.kind,
    channel: 'PORTAL' as const,
    unitId: draft.unitId ?? undefined,
    category: categoriesFor(draft.kind).includes(draft.category as Category) ? (draft.category as Category) : undefined,
    description: draft.description.trim(),
  }
}

/** How many photos a report carries at most. */
export const MAX_PHOTOS = 6
/** The longer side of a photo as uploaded, in pixels: enough to see a crack or a stain, small on a phone's data plan. */
export const MAX_EDGE = 1600
export const JPEG_QUALITY = 0.8
/** What the server accepts for one attachment. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

/** The size to draw an image at: its own when it fits within `maxEdge`, else scaled down keeping its shape. */
export function fitWithin(width: number, height: number, maxEdge = MAX_EDGE): { width: number; height: number } {
  const longer = Math.max(width, height)
  if (longer <= maxEdge) {
    return { width, height }
  }
  const scale = maxEdge / longer
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}

/**
 * A fresh Idempotency-Key for one report: sent again with every retry of the same report, so that a double tap
 * or a retry after a lost answer never registers it twice. `crypto.randomUUID` needs a secure context, which a
 * plain-HTTP deployment opened in WeChat is not; the random bytes are there everywhere.
 */
export function idempotencyKey(random: Pick<Crypto, 'getRandomValues'> = crypto): string {
  const bytes = random.getRandomValues(new Uint8Array(16))
  return 'portal-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

/** One photo of a report: what is sent, and whether it has reached the server. */
export interface Photo {
  blob: Blob
  name: string
  uploaded: boolean
}

/** The two calls a report makes, given by the screen (the API) or by a test. */
export interface ReportCalls {
  register(body: ReturnType<typeof newRequestBody>, key: string): Promise<{ id: number }>
  attach(requestId: number, photo: Photo): Promise<void>
}

/**
 * Sends a report: registers it once (the same key on every attempt; a request already registered by an earlier
 * attempt is not registered again), then uploads each photo not yet uploaded, one after the other (a phone's
 * uplink is narrow). A photo that fails stays not uploaded, for the next attempt; the count of those is answered.
 */
export async function sendReport(
  draft: ReportDraft,
  key: string,
  photos: Photo[],
  calls: ReportCalls,
  registered: number | null,
  progress: (done: number, total: number) => void = () => {},
): Promise<{ id: number; failed: number }> {
  const id = registered ?? (await calls.register(newRequestBody(draft), key)).id
  const total = photos.length
  let failed = 0
  for (const [index, photo] of photos.entries()) {
    if (!photo.uploaded) {
      progress(index, total)
      try {
        await calls.attach(id, photo)
        photo.uploaded = true
      } catch {
        failed++
      }
    }
  }
  progress(total, total)
  return { id, failed }
}

/**
 * A photo made small enough for a phone's data plan: drawn at most MAX_EDGE pixels on its longer side and
 * encoded as JPEG, or the original when that is not smaller (a small PNG screenshot). The browser turns the
 * picture upright from its EXIF orientation while decoding it (`imageOrientation: 'from-image'`). Throws when
 * the image cannot be decoded.
 */
export async function compressPhoto(file: File): Promise<Blob> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
  try {
    const size = fitWithin(bitmap.width, bitmap.height)
    const canvas = document.createElement('canvas')
    canvas.width = size.width
    canvas.height = size.height
    const context = canvas.getContext('2d')
    if (!context) {
      throw new Error('no 2d canvas')
    }
    context.fillStyle = '#fff' // a transparent PNG turns white, not black, as a JPEG
    context.fillRect(0, 0, size.width, size.height)
    context.drawImage(bitmap, 0, 0, size.width, size.height)
    const jpeg = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY))
    if (!jpeg) {
      throw new Error('the image could not be encoded')
    }
    return jpeg.size < file.size ? jpeg : file
  } finally {
    bitmap.close()
  }
}

/** The file name a compressed photo is uploaded under: the original's, ending in .jpg when it became a JPEG. */
export function uploadName(original: string, blob: Blob): string {
  const base = original.replace(/\.[^.]*$/, '') || 'photo'
  return blob.type === 'image/jpeg' ? `${base}.jpg` : original || 'photo'
}
