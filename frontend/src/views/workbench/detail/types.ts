import type { components } from '@/api/schema'
import type { StaffRequestView } from '@/api/types'

// What other modules add to GET /api/v1/requests/{id} (RequestDetailsContributor: untyped in the description)
// and the answers of the endpoints the detail's panels call.

/** TimeLimits.ClockView */
export interface Clock {
  limit: string
  name: string
  status: 'RUNNING' | 'WARNING' | 'PAUSED' | 'BREACHED' | 'MET' | 'CANCELLED'
  startedAt?: string | null
  warnAt?: string | null
  dueAt?: string | null
  remainingSeconds?: number | null
  workingTime: boolean
  stoppedAt?: string | null
}

export interface GradeReason {
  code: string
  text: string
}

export type EscalationView = components['schemas']['View']
export type Attachment = components['schemas']['Attachment']
export type Fine = components['schemas']['Fine']
export type StaffRow = components['schemas']['StaffRow']
export type Similar = components['schemas']['Similar']

/** Consultations.View */
export interface Consultation {
  id: number
  field: string
  question: string
  requestedBy?: string | null
  requestedAt: string
  dueAt?: string | null
  status: 'REQUESTED' | 'OVERDUE' | 'ANSWERED'
  opinion?: string | null
  opinionBy?: string | null
  opinionAt?: string | null
  late: boolean
}

/** A request as staff read it, with the details of the grading, time-limits and escalation modules. */
export type WorkedRequest = StaffRequestView & {
  grade?: number
  gradeReasons?: GradeReason[]
  gradePolicyVersion?: number
  timeLimits?: Clock[]
  escalation?: EscalationView
  /** the city hotline case (12345) the request was registered from */
  hotlineCase?: { id: number; caseNumber: string }
  /** the contingency plans (投诉预案) linked to a graded collective complaint, best first */
  contingencyPlans?: components['schemas']['Plan'][]
  /** the case of the library made of this complaint, if any */
  knowledgeCase?: { id: number; status: 'PROPOSED' | 'APPROVED' | 'REJECTED'; reviewNote?: string | null }
}
