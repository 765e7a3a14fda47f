import type { components } from './schema'

// Names for the generated schemas the screens use.
export type CurrentUser = components['schemas']['CurrentUser']
export type Role = NonNullable<CurrentUser['roles']>[number]
export type StaffRequestView = components['schemas']['StaffRequestView']
export type CustomerRequestView = components['schemas']['CustomerRequestView']
export type Notification = components['schemas']['Notification']
export type RequestStatus = NonNullable<StaffRequestView['status']>
export type RequestKind = NonNullable<StaffRequestView['kind']>
export type Category = NonNullable<StaffRequestView['category']>
export type VersionedPolicy = components['schemas']['VersionedObject']
export type CalendarDay = components['schemas']['Day']
export type CalendarImport = components['schemas']['CalendarImportReport']

// The request list and the timeline are declared untyped in the API description (`CursorPage<?>`, `List<?>`:
// the staff's and the owner's rows differ). Until the description names their schemas, these two shapes
// mirror RequestQueries.Item / CustomerItem and Timeline.Entry / CustomerEntry on the server.
export interface RequestRow {
  id: number
  number: string
  kind: RequestKind
  status: RequestStatus
  category?: Category | null
  channel?: string | null
  emergency: boolean
  unit?: string | null
  customerName?: string | null
  reporterName?: string | null
  assigneeName?: string | null
  department?: string | null
  receivedAt?: string | null
  createdAt: string
  /** an owner's rows only: the steps they may take now (a plan to answer, finished work to confirm) */
  allowedActions?: string[]
}

export interface TimelineEntry {
  id: number
  at: string
  actorName?: string | null
  action: string
  fromStatus?: RequestStatus | null
  toStatus?: RequestStatus | null
  note?: string | null
  /** the step's facts, e.g. a verification's `satisfied` and `rating`, a plan's `quotedFen` */
  details?: Record<string, unknown> | null
  visibility: 'CUSTOMER' | 'INTERNAL'
}

// The dispatch board and the engineer's day (GET /api/v1/appointments). The description marks no property of
// a record as required; these the server always sends.
type AppointmentSchema = components['schemas']['Appointment']
export type Appointment = AppointmentSchema &
  Required<Pick<AppointmentSchema, 'id' | 'number' | 'kind' | 'status' | 'emergency' | 'version' | 'allowedActions'>>
export interface AppointmentBoard {
  from: string
  to: string
  appointments: Appointment[]
  awaitingAppointment: Appointment[]
  waitingForDispatch: Appointment[]
  truncated: boolean
}
