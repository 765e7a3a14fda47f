// The delivery board's rules on the page: where a unit stands, and which step it offers next.

export type FindingState = 'RECORDED' | 'REPAIRING' | 'CLOSED'

export interface BoardUnit {
  unitId: number
  inspectionId?: number | null
  appointedAt?: string | null
  inspectedAt?: string | null
  findings: number
  openFindings: number
  handedOverOn?: string | null
}

/** The step the board offers a unit: appoint its inspection, inspect, or nothing more once handed over. */
export type NextStep = 'appoint' | 'inspect' | 'none'

export function nextStep(unit: BoardUnit): NextStep {
  if (unit.inspectionId == null) return unit.handedOverOn ? 'none' : 'appoint'
  return 'inspect'
}

/** Keys may be handed over while the unit has none yet; open findings do not stop it (they are repaired after). */
export function mayHandOver(unit: BoardUnit): boolean {
  return !unit.handedOverOn
}

/** "open/all" for the findings column, or empty when the unit was not inspected. */
export function findingsText(unit: BoardUnit): string {
  return unit.inspectionId == null ? '' : `${unit.openFindings}/${unit.findings}`
}

/** Today in Asia/Shanghai as yyyy-MM-dd, the handover's default. */
export function shanghaiToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}

/** How many findings an answer of deliver handed to repair: those with a request number. */
export function handedToRepair(findings: { requestNumber?: string | null }[]): number {
  return findings.filter((f) => !!f.requestNumber).length
}
