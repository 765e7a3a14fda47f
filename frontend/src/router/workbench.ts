import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { useSession } from '@/stores/session'
import { ACCOUNT_ADMINS, OUTBOX_READERS, ORG_READERS, CONSULTATION_READERS, CUSTOMER_READERS, DISPATCHERS, FINE_DECIDERS, INTAKE, MANAGERS, MONTHLY_READERS, REPORT_READERS, RULE_READERS, STAFF, WARRANTY_READERS, DEFECT_READERS, DELIVERY_STAFF, GUIDE_EDITORS, TRIAGE_STAFF } from './menu'
import type { Role } from '@/api/types'
import { knowledgeRoutes } from '@/views/workbench/knowledge/routes'

declare module 'vue-router' {
  interface RouteMeta {
    /** roles that may open the screen; none: anyone, signed in or not */
    roles?: readonly Role[]
  }
}

// Each screen is its own chunk (route-level splitting keeps the first load small).
const routes: RouteRecordRaw[] = [
  { path: '/sign-in', name: 'sign-in', component: () => import('@/views/workbench/SignInView.vue') },
  // the engineer's day is a phone page of its own, without the desktop menu
  { path: '/my-day', name: 'my-day', component: () => import('@/views/workbench/MyDayView.vue'), meta: { roles: STAFF } },
  // the engineer's maintenance visits are a phone page of their own too
  { path: '/campaign-visits', name: 'campaign-visits', component: () => import('@/views/workbench/campaignVisits/CampaignVisitsView.vue'), meta: { roles: ['ENGINEER', 'AGENT', 'MANAGER', 'ADMIN'] } },
  { path: '/inspections/:id(\\d+)/walk', name: 'inspection-walk', component: () => import('@/views/workbench/inspection/InspectionWalkView.vue'), meta: { roles: DELIVERY_STAFF }, props: true },
  { path: '/requests/:id(\\d+)/print', name: 'complaint-sheet', component: () => import('@/views/workbench/ComplaintSheetView.vue'), meta: { roles: STAFF }, props: true },
  {
    path: '/',
    component: () => import('@/views/workbench/WorkbenchLayout.vue'),
    children: [
      { path: '', redirect: { name: 'requests' } },
      { path: 'requests', name: 'requests', component: () => import('@/views/workbench/RequestListView.vue'), meta: { roles: STAFF } },
      { path: 'requests/:id(\\d+)', name: 'request', component: () => import('@/views/workbench/RequestDetailView.vue'), meta: { roles: STAFF }, props: true },
      { path: 'intake', name: 'intake', component: () => import('@/views/workbench/IntakeView.vue'), meta: { roles: INTAKE } },
      { path: 'queues', name: 'queues', component: () => import('@/views/workbench/QueuesView.vue'), meta: { roles: STAFF } },
      { path: 'dashboard', name: 'dashboard', component: () => import('@/views/workbench/DashboardView.vue'), meta: { roles: MANAGERS } },
      { path: 'reports/monthly', name: 'monthly-report', component: () => import('@/views/workbench/MonthlyReportView.vue'), meta: { roles: MONTHLY_READERS } },
      { path: 'fines', name: 'fines', component: () => import('@/views/workbench/FinesView.vue'), meta: { roles: FINE_DECIDERS } },
      { path: 'revisits', name: 'revisits', component: () => import('@/views/workbench/RevisitsView.vue'), meta: { roles: DISPATCHERS } },
      { path: 'surveys', name: 'surveys', component: () => import('@/views/workbench/SurveysView.vue'), meta: { roles: DISPATCHERS } },
      { path: 'assessment', name: 'assessment', component: () => import('@/views/workbench/AssessmentView.vue'), meta: { roles: MANAGERS } },
      ...knowledgeRoutes,
      { path: 'defects', name: 'defects', component: () => import('@/views/workbench/DefectsView.vue'), meta: { roles: DEFECT_READERS } },
      { path: 'consultations', name: 'consultations', component: () => import('@/views/workbench/ConsultationsView.vue'), meta: { roles: CONSULTATION_READERS } },
      { path: 'hotline', name: 'hotline', component: () => import('@/views/workbench/hotline/HotlineView.vue'), meta: { roles: ['AGENT', 'HANDLER', 'MANAGER', 'HQ', 'ADMIN'] } },
      { path: 'special-reports', name: 'special-reports', component: () => import('@/views/workbench/SpecialReportsView.vue'), meta: { roles: REPORT_READERS } },
      { path: 'customers', name: 'customers', component: () => import('@/views/workbench/CustomersView.vue'), meta: { roles: CUSTOMER_READERS } },
      { path: 'sales', name: 'sales-prospects', component: () => import('@/views/workbench/sales/SalesProspectsView.vue'), meta: { roles: STAFF } },
      { path: 'sales/follow-ups', name: 'sales-follow-ups', component: () => import('@/views/workbench/sales/SalesFollowUpsView.vue'), meta: { roles: STAFF } },
      { path: 'sales/customers/:id(\\d+)', name: 'sales-customer', component: () => import('@/views/workbench/sales/SalesCustomerView.vue'), meta: { roles: STAFF }, props: true },
      { path: 'customers/:id(\\d+)', name: 'customer', component: () => import('@/views/workbench/CustomerFileView.vue'), meta: { roles: CUSTOMER_READERS }, props: true },
      { path: 'club/members', name: 'club-members', component: () => import('@/views/workbench/club/ClubMembersView.vue'), meta: { roles: STAFF } },
      { path: 'club/members/:id(\\d+)', name: 'club-member', component: () => import('@/views/workbench/club/ClubMemberView.vue'), meta: { roles: STAFF }, props: true },
      { path: 'club/gifts', name: 'club-gifts', component: () => import('@/views/workbench/club/ClubGiftsView.vue'), meta: { roles: STAFF } },
      { path: 'club/merchants', name: 'club-merchants', component: () => import('@/views/workbench/club/ClubMerchantsView.vue'), meta: { roles: STAFF } },
      { path: 'club/magazine', name: 'club-magazine', component: () => import('@/views/workbench/club/ClubMagazineView.vue'), meta: { roles: STAFF } },
      { path: 'club/activities', name: 'club-activities', component: () => import('@/views/workbench/club/ClubActivitiesView.vue'), meta: { roles: STAFF } },
      { path: 'club/vouchers', name: 'club-vouchers', component: () => import('@/views/workbench/club/ClubVoucherCheckView.vue'), meta: { roles: STAFF } },
      { path: 'club/plans', name: 'club-plans', component: () => import('@/views/workbench/club/ClubPlansView.vue'), meta: { roles: STAFF } },
      { path: 'warranty-certificate', name: 'warranty-certificate', component: () => import('@/views/workbench/WarrantyCertificateView.vue'), meta: { roles: WARRANTY_READERS } },
      { path: 'delivery', name: 'delivery', component: () => import('@/views/workbench/DeliveryBoardView.vue'), meta: { roles: DELIVERY_STAFF } },
      { path: 'delivery/checklist', name: 'checklist', component: () => import('@/views/workbench/checklist/ChecklistView.vue'), meta: { roles: ['AGENT', 'ENGINEER', 'MANAGER', 'HQ', 'ADMIN'] } },
      { path: 'delivery/site', name: 'delivery-site', component: () => import('@/views/workbench/deliverySite/DeliverySiteView.vue'), meta: { roles: ['AGENT', 'ENGINEER', 'MANAGER', 'PROJECT_COMPANY', 'ADMIN'] } },
      { path: 'care-guides', name: 'care-guides', component: () => import('@/views/workbench/CareGuideView.vue'), meta: { roles: GUIDE_EDITORS } },
      { path: 'campaigns', name: 'campaigns', component: () => import('@/views/workbench/CampaignsView.vue'), meta: { roles: DELIVERY_STAFF } },
      { path: 'privacy/requests', name: 'rights-requests', component: () => import('@/views/workbench/privacy/RightsRequestsView.vue'), meta: { roles: ['AGENT', 'MANAGER', 'HQ'] } },
      { path: 'registry', name: 'registry', component: () => import('@/views/workbench/RegistryView.vue'), meta: { roles: STAFF } },
      { path: 'inbox', name: 'inbox', component: () => import('@/views/workbench/InboxView.vue'), meta: { roles: STAFF } },
      { path: 'dispatch', name: 'dispatch', component: () => import('@/views/workbench/DispatchBoardView.vue'), meta: { roles: DISPATCHERS } },
      { path: 'admin/policies', name: 'admin-policies', component: () => import('@/views/workbench/admin/PoliciesView.vue'), meta: { roles: RULE_READERS } },
      { path: 'admin/calendar', name: 'admin-calendar', component: () => import('@/views/workbench/admin/CalendarView.vue'), meta: { roles: RULE_READERS } },
      { path: 'admin/org', name: 'admin-org', component: () => import('@/views/workbench/org/OrgTreeView.vue'), meta: { roles: ORG_READERS } },
      { path: 'admin/staff', name: 'admin-staff', component: () => import('@/views/workbench/org/StaffView.vue'), meta: { roles: ACCOUNT_ADMINS } },
      { path: 'admin/webhooks', name: 'admin-webhooks', component: () => import('@/views/workbench/webhooks/WebhooksView.vue'), meta: { roles: ACCOUNT_ADMINS } },
      { path: 'admin/mailboxes', name: 'admin-mailboxes', component: () => import('@/views/workbench/mailboxes/MailboxesView.vue'), meta: { roles: ACCOUNT_ADMINS } },
      { path: 'admin/wechat', name: 'admin-wechat', component: () => import('@/views/workbench/wechat/WechatAccountView.vue'), meta: { roles: ACCOUNT_ADMINS } },
      { path: 'wechat-media', name: 'wechat-media', component: () => import('@/views/workbench/wechat/WechatMediaView.vue'), meta: { roles: OUTBOX_READERS } },
      { path: 'triage', name: 'triage', component: () => import('@/views/workbench/triage/TriageView.vue'), meta: { roles: TRIAGE_STAFF } },
      { path: 'admin/outbox', name: 'admin-outbox', component: () => import('@/views/workbench/channels/OutboxView.vue'), meta: { roles: OUTBOX_READERS } },
      { path: 'admin/templates', name: 'admin-templates', component: () => import('@/views/workbench/channels/TemplatesView.vue'), meta: { roles: ACCOUNT_ADMINS } },
      { path: 'admin/audit', name: 'admin-audit', component: () => import('@/views/workbench/audit/AuditView.vue'), meta: { roles: ['ADMIN', 'AUDITOR'] } },
      { path: 'me/tokens', name: 'my-tokens', component: () => import('@/views/workbench/org/TokensView.vue'), meta: { roles: STAFF } },
      { path: 'me/security', name: 'my-security', component: () => import('@/views/workbench/account/SecurityView.vue'), meta: { roles: STAFF } },
      { path: ':unknown(.*)*', name: 'not-found', component: () => import('@/views/workbench/NotFoundView.vue') },
    ],
  },
]

export const router = createRouter({ history: createWebHistory('/'), routes })

router.beforeEach(async (to) => {
  const session = useSession()
  if (!session.checked) {
    await session.load()
  }
  if (to.name === 'sign-in') {
    return session.user && !session.isOwner ? { name: 'requests' } : true
  }
  if (!session.user) {
    return { name: 'sign-in', query: to.fullPath === '/' ? {} : { next: to.fullPath } }
  }
  if (session.isOwner) {
    window.location.assign('/m/')
    return false
  }
  if (to.name === 'requests' && !session.hasAnyRole(STAFF) && session.hasAnyRole(['AUDITOR'])) {
    return { name: 'admin-audit' } // an auditor's workbench is the audit log
  }
  if (to.meta.roles && !session.hasAnyRole(to.meta.roles)) {
    return { name: 'not-found', params: { unknown: to.path.substring(1).split('/') } }
  }
  return true
})
