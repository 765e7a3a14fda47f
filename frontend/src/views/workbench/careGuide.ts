// The care guide editor's rules on the page: one row per component, the company's own text or the group's.

export interface GuideRow {
  componentCode: string
  checks: string
  care: string
  /** the version read: 0 while the company has no text of its own */
  version: number
  updatedBy?: string | null
}

interface Guide {
  componentCode?: string
  checks?: string
  care?: string
  version?: number
  updatedBy?: string
}

/** Every component in the registry's order, with its guide where one is written, else empty at version 0. */
export function guideRows(components: { code?: string }[], guides: Guide[]): GuideRow[] {
  const byCode = new Map(guides.map((g) => [g.componentCode, g]))
  return components
    .filter((c): c is { code: string } => !!c.code)
    .map((c) => {
      const g = byCode.get(c.code)
      return { componentCode: c.code, checks: g?.checks ?? '', care: g?.care ?? '', version: g?.version ?? 0, updatedBy: g?.updatedBy ?? null }
    })
}

/** A row may be saved when both texts are written (the server wants both) and something changed. */
export function maySave(row: GuideRow, original: GuideRow | undefined): boolean {
  const written = row.checks.trim() !== '' && row.care.trim() !== ''
  return written && (!original || original.checks !== row.checks || original.care !== row.care)
}
