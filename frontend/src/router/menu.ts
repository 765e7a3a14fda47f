import type { Role } from '@/api/types'

/** Every staff role: the workbench is for staff; owners use the portal at /m. */
export const STAFF: readonly Role[] = ['ADMIN', 'AGENT', 'ENGINEER', 'HANDLER', 'CONSULTANT', 'MANAGER', 'PROJECT_COMPANY', 'HQ']

/** Who takes calls and registers requests (电话受理): agents, their managers, headquarters, administrators. */
export const INTAKE: readonly Role[] = ['AGENT', 'MANAGER', 'HQ', 'ADMIN']
/** Who dispatches (the API's DISPATCH step): agents, managers (department heads), project companies, HQ, admins. */
export const DISPATCHERS: readonly Role[] = ['AGENT', 'MANAGER', 'PROJECT_COMPANY', 'HQ', 'ADMIN']

export interface MenuItem {
  /** i18n key under `menu.` */
  key: string
  /** the name of the route it opens */
  route: string
  /** who sees it (any of these roles) */
  roles: readonly Role[]
}

/**
 * The workbench menu. Only screens that exist appear here: add an item together with its route and screen.
 * Still to come (issue 9): dashboard, fines, consultations, special reports,
 * customer files, registry, administration — their i18n labels are ready under `menu.`.
 */
export const MENU: readonly MenuItem[] = [
  { key: 'requests', route: 'requests', roles: STAFF },
  { key: 'queues', route: 'queues', roles: STAFF },
  { key: 'intake', route: 'intake', roles: INTAKE },
  { key: 'inbox', route: 'inbox', roles: STAFF },
  { key: 'dispatch', route: 'dispatch', roles: DISPATCHERS },
  { key: 'myDay', route: 'my-day', roles: ['ENGINEER'] },
]

export function menuFor(roles: readonly Role[]): MenuItem[] {
  return MENU.filter((item) => item.roles.some((r) => roles.includes(r)))
}
