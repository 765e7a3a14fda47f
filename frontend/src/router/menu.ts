import type { Role } from '@/api/types'

/** Every staff role: the workbench is for staff; owners use the portal at /m. */
export const STAFF: readonly Role[] = ['ADMIN', 'AGENT', 'ENGINEER', 'HANDLER', 'CONSULTANT', 'MANAGER', 'PROJECT_COMPANY', 'HQ']

/** Who reads the rules and the calendar in the menu (every staff member may through the API; only ADMIN changes them). */
export const RULE_READERS: readonly Role[] = ['ADMIN', 'MANAGER', 'PROJECT_COMPANY', 'HQ']

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
 * Still to come (issue 9): intake, queues, dispatch, dashboard, fines, consultations, special reports,
 * customer files, registry, administration — their i18n labels are ready under `menu.`.
 */
export const MENU: readonly MenuItem[] = [
  { key: 'requests', route: 'requests', roles: STAFF },
  { key: 'inbox', route: 'inbox', roles: STAFF },
  { key: 'policies', route: 'admin-policies', roles: RULE_READERS },
  { key: 'calendar', route: 'admin-calendar', roles: RULE_READERS },
]

export function menuFor(roles: readonly Role[]): MenuItem[] {
  return MENU.filter((item) => item.roles.some((r) => roles.includes(r)))
}
