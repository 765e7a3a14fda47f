import type { Role } from '@/api/types'
import { knowledgeMenu } from '@/views/workbench/knowledge/routes'

/** Every staff role: the workbench is for staff; owners use the portal at /m. */
export const STAFF: readonly Role[] = ['ADMIN', 'AGENT', 'ENGINEER', 'HANDLER', 'CONSULTANT', 'MANAGER', 'PROJECT_COMPANY', 'HQ']

/** Who takes calls and registers requests (电话受理): agents, their managers, headquarters, administrators. */
export const INTAKE: readonly Role[] = ['AGENT', 'MANAGER', 'HQ', 'ADMIN']
/** Who dispatches (the API's DISPATCH step): agents, managers (department heads), project companies, HQ, admins. */
export const DISPATCHERS: readonly Role[] = ['AGENT', 'MANAGER', 'PROJECT_COMPANY', 'HQ', 'ADMIN']
/** Who sees the manager's dashboard (管理看板). */
export const MANAGERS: readonly Role[] = ['MANAGER', 'PROJECT_COMPANY', 'HQ', 'ADMIN']
/** Who reads the monthly report (客服月报; the server's rule on /api/v1/reports/monthly). */
export const MONTHLY_READERS: readonly Role[] = ['MANAGER', 'HQ', 'ADMIN']
/** Who approves or waives fines (the server's rule on /api/v1/fines/{id}/approve). */
export const FINE_DECIDERS: readonly Role[] = ['MANAGER', 'HQ', 'ADMIN']
/** Who reads special reports (the server's rule on /api/v1/special-reports). */
export const REPORT_READERS: readonly Role[] = ['ADMIN', 'HQ', 'MANAGER', 'AGENT', 'PROJECT_COMPANY', 'HANDLER']
/** Who asks consultants or answers as one. */
export const CONSULTATION_READERS: readonly Role[] = ['CONSULTANT', 'ADMIN', 'HQ', 'MANAGER', 'AGENT', 'PROJECT_COMPANY', 'HANDLER']
/** Who reads customers and their files (the server lets every staff role read them within its scope). */
export const CUSTOMER_READERS: readonly Role[] = STAFF
/** Who corrects a customer's details (the server's rule on PATCH /api/v1/customers/{id}). */
export const CUSTOMER_EDITORS: readonly Role[] = ['ADMIN', 'AGENT', 'MANAGER', 'PROJECT_COMPANY', 'HQ']
/** Who works the sales stage in the menu (来访, 跟进, 认购, 签约: the server's writers; every staff member may read). */
export const SALES_STAFF: readonly Role[] = ['ADMIN', 'AGENT', 'MANAGER', 'PROJECT_COMPANY', 'HQ']
/** Who reads the rules and the calendar in the menu (every staff member may through the API; only ADMIN changes them). */
export const RULE_READERS: readonly Role[] = ['ADMIN', 'MANAGER', 'PROJECT_COMPANY', 'HQ']
/** Who reads the organisation tree in the menu (only ADMIN adds nodes). */
export const ORG_READERS: readonly Role[] = ['ADMIN', 'HQ']
/** Who reads the projects' warranty certificates in the menu (only MANAGER and ADMIN change them). */
export const WARRANTY_READERS: readonly Role[] = ['MANAGER', 'ADMIN', 'HQ', 'PROJECT_COMPANY']
/** Who reads the defect feedback (项目缺陷反馈; every staff member may through the API). */
export const DEFECT_READERS: readonly Role[] = ['MANAGER', 'ENGINEER', 'PROJECT_COMPANY', 'HQ', 'ADMIN']
/** Who works the delivery board (交付看板): appoints inspections, records findings, hands over keys. */
export const DELIVERY_STAFF: readonly Role[] = ['AGENT', 'ENGINEER', 'MANAGER', 'ADMIN']
/** Who writes the care guide (养护指南; the server's rule on PUT /api/v1/care-guides/{componentCode}). */
export const GUIDE_EDITORS: readonly Role[] = ['AGENT', 'MANAGER', 'HQ', 'ADMIN']
/** Who manages accounts: creates them, changes their roles, disables them, sets a new password. */
export const ACCOUNT_ADMINS: readonly Role[] = ['ADMIN']
/** Who works the triage list of unmatched e-mail and WeChat messages (the server's rule on /api/v1/triage). */
export const TRIAGE_STAFF: readonly Role[] = ['AGENT', 'MANAGER', 'HQ']
/** Who works the customer club in the menu (every staff member may read members through the API; these handle them). */
export const CLUB_READERS: readonly Role[] = ['ADMIN', 'AGENT', 'MANAGER', 'PROJECT_COMPANY', 'HQ']
/** Who reads the owners' message delivery log in the menu (the server also lets agents and project companies read it). */
export const OUTBOX_READERS: readonly Role[] = ['ADMIN', 'MANAGER', 'HQ']

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
 */
export const MENU: readonly MenuItem[] = [
  { key: 'requests', route: 'requests', roles: STAFF },
  { key: 'queues', route: 'queues', roles: STAFF },
  { key: 'intake', route: 'intake', roles: INTAKE },
  { key: 'dispatch', route: 'dispatch', roles: DISPATCHERS },
  { key: 'myDay', route: 'my-day', roles: ['ENGINEER'] },
  { key: 'campaignVisits', route: 'campaign-visits', roles: ['ENGINEER'] },
  { key: 'dashboard', route: 'dashboard', roles: MANAGERS },
  { key: 'monthlyReport', route: 'monthly-report', roles: MONTHLY_READERS },
  { key: 'fines', route: 'fines', roles: FINE_DECIDERS },
  { key: 'revisits', route: 'revisits', roles: DISPATCHERS },
  { key: 'surveys', route: 'surveys', roles: DISPATCHERS },
  { key: 'assessment', route: 'assessment', roles: MANAGERS },
  { key: 'defects', route: 'defects', roles: DEFECT_READERS },
  ...knowledgeMenu,
  { key: 'consultations', route: 'consultations', roles: CONSULTATION_READERS },
  { key: 'hotline', route: 'hotline', roles: ['AGENT', 'HANDLER', 'MANAGER', 'HQ', 'ADMIN'] },
  { key: 'specialReports', route: 'special-reports', roles: REPORT_READERS },
  { key: 'customers', route: 'customers', roles: CUSTOMER_READERS },
  { key: 'clubMembers', route: 'club-members', roles: CLUB_READERS },
  { key: 'clubGifts', route: 'club-gifts', roles: CLUB_READERS },
  { key: 'clubMerchants', route: 'club-merchants', roles: CLUB_READERS },
  { key: 'clubMagazine', route: 'club-magazine', roles: CLUB_READERS },
  { key: 'clubActivities', route: 'club-activities', roles: CLUB_READERS },
  { key: 'clubPlans', route: 'club-plans', roles: CLUB_READERS },
  { key: 'clubVouchers', route: 'club-vouchers', roles: CLUB_READERS },
  { key: 'salesProspects', route: 'sales-prospects', roles: SALES_STAFF },
  { key: 'salesFollowUps', route: 'sales-follow-ups', roles: SALES_STAFF },
  { key: 'registry', route: 'registry', roles: STAFF },
  { key: 'warranty', route: 'warranty-certificate', roles: WARRANTY_READERS },
  { key: 'delivery', route: 'delivery', roles: DELIVERY_STAFF },
  { key: 'checklist', route: 'checklist', roles: ['AGENT', 'ENGINEER', 'MANAGER', 'HQ', 'ADMIN'] },
  { key: 'deliverySite', route: 'delivery-site', roles: ['AGENT', 'ENGINEER', 'MANAGER', 'PROJECT_COMPANY', 'ADMIN'] },
  { key: 'careGuide', route: 'care-guides', roles: GUIDE_EDITORS },
  { key: 'campaigns', route: 'campaigns', roles: DELIVERY_STAFF },
  { key: 'inbox', route: 'inbox', roles: STAFF },
  { key: 'triage', route: 'triage', roles: TRIAGE_STAFF },
  { key: 'webhooks', route: 'admin-webhooks', roles: ACCOUNT_ADMINS },
  { key: 'policies', route: 'admin-policies', roles: RULE_READERS },
  { key: 'calendar', route: 'admin-calendar', roles: RULE_READERS },
  { key: 'org', route: 'admin-org', roles: ORG_READERS },
  { key: 'staff', route: 'admin-staff', roles: ACCOUNT_ADMINS },
  { key: 'rightsRequests', route: 'rights-requests', roles: ['AGENT', 'MANAGER', 'HQ'] },
  { key: 'audit', route: 'admin-audit', roles: ['ADMIN', 'AUDITOR'] },
  { key: 'outbox', route: 'admin-outbox', roles: OUTBOX_READERS },
  { key: 'wechatMedia', route: 'wechat-media', roles: OUTBOX_READERS },
  { key: 'templates', route: 'admin-templates', roles: ACCOUNT_ADMINS },
  { key: 'mailboxes', route: 'admin-mailboxes', roles: ACCOUNT_ADMINS },
  { key: 'wechat', route: 'admin-wechat', roles: ACCOUNT_ADMINS },
]

export function menuFor(roles: readonly Role[]): MenuItem[] {
  return MENU.filter((item) => item.roles.some((r) => roles.includes(r)))
}
