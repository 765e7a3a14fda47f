import * as activities from './workbench/activities'
import * as activityEvaluation from './workbench/activityEvaluation'
import * as clubExtras from './workbench/clubExtras'
import * as clubPlans from './workbench/clubPlans'
import { enumsEn } from './enums'
import { commonEn } from './common'
import { en as intakeEn } from './workbench/intake'
import { en as dispatchEn } from './workbench/dispatch'
import { en as managerEn } from './workbench/dashboard'
import * as admin from './workbench/admin'
import * as customers from './workbench/customers'
import * as registry from './workbench/registry'
import * as org from './workbench/org'
import * as audit from './workbench/audit'
import * as security from './workbench/security'
import * as webhooks from './workbench/webhooks'
import * as mailboxes from './workbench/mailboxes'
import * as wechat from './workbench/wechat'
import * as triage from './workbench/triage'
import * as channels from './workbench/channels'
import * as monthly from './workbench/monthly'
import * as revisits from './workbench/revisits'
import * as surveys from './workbench/surveys'
import * as assessment from './workbench/assessment'
import * as knowledge from './workbench/knowledge'
import * as warranty from './workbench/warranty'
import * as delivery from './workbench/delivery'
import * as careGuide from './workbench/careGuide'
import * as deliverySite from './workbench/deliverySite'
import * as campaigns from './workbench/campaigns'
import * as inspection from './workbench/inspection'
import * as hotline from './workbench/hotline'
import * as retention from './workbench/retention'
import * as privacy from './workbench/privacy'
import * as club from './workbench/club'
import * as merchants from './workbench/merchants'
import * as sales from './workbench/sales'
import type zh from './workbench.zh-CN'
import { en as queues } from './workbench/queues'
import { en as work } from './workbench/detail'

const en: typeof zh = {
  ...enumsEn,
  ...managerEn,
  common: commonEn,
  app: { title: 'EstateCare workbench', skip: 'Skip to content', menu: 'Menu' },
  signIn: {
    title: 'Sign in to the workbench',
    username: 'User name',
    password: 'Password',
    submit: 'Sign in',
    failed: 'Sign-in failed',
  },
  menu: {
    hotline: '12345 hotline',
    requests: 'Requests',
    inbox: 'Inbox',
    intake: 'Phone intake',
    queues: 'Queues',
    dispatch: 'Dispatch board',
    myDay: 'My day',
    campaignVisits: 'Maintenance visits',
    dashboard: 'Dashboard',
    monthlyReport: 'Monthly report',
    fines: 'Fines to approve',
    consultations: 'Consultations',
    revisits: 'Revisits',
    surveys: 'Surveys',
    assessment: 'Staff assessment',
    ...knowledge.menuEn,
    defects: 'Defect feedback',
    specialReports: 'Special reports',
    customers: 'Customer files',
    clubMembers: 'Club members',
    clubGifts: 'Gift catalogue',
    clubMerchants: 'Partner merchants',
    clubMagazine: 'Member magazine',
    clubActivities: 'Club activities',
    clubVouchers: 'Voucher check',
    clubPlans: 'Activity plans',
    salesProspects: 'Sales visitors',
    salesFollowUps: 'Sales follow-ups',
    registry: 'Registry',
    admin: 'Administration',
    policies: 'Rules and time limits',
    calendar: 'Holidays and make-up days',
    org: 'Organisation',
    staff: 'Staff and roles',
    audit: 'Audit log',
    webhooks: 'Webhooks',
    mailboxes: 'Mailbox settings',
    wechat: 'WeChat account',
    wechatMedia: 'Failed media downloads',
    outbox: 'Message log',
    triage: 'Triage',
    templates: 'Message templates',
    warranty: 'Warranty certificates',
    delivery: 'Delivery board',
    deliverySite: 'Site and open days',
    careGuide: 'Care guide',
    campaigns: 'Maintenance campaigns',
    checklist: 'Inspection checklist',
    rightsRequests: 'Rights requests',
  },
  user: { signOut: 'Sign out', language: 'Language', tokens: 'Access tokens' },
  requests: {
    title: 'Requests',
    number: 'Number',
    kind: 'Kind',
    status: 'Status',
    category: 'Category',
    channel: 'Channel',
    unit: 'Unit',
    customer: 'Customer',
    assignee: 'Assignee',
    receivedAt: 'Received',
    search: 'Search',
    searchPlaceholder: 'Number, unit, customer or description',
    createdFrom: 'Registered from',
    createdTo: 'Registered until',
    any: 'Any',
    apply: 'Search',
    reset: 'Reset',
    more: 'Load more',
    end: 'No more requests',
    empty: 'No request matches',
    emergency: 'Emergency',
  },
  detail: {
    back: 'Back to the list',
    description: 'Description',
    location: 'Location',
    reporter: 'Reported by',
    department: 'Department',
    round: 'Handling round',
    allowedActions: 'Steps I may take now',
    noActions: 'No step is open to you now',
    timeline: 'Timeline',
    notFound: 'This request does not exist or you may not see it',
    by: 'By',
    system: 'System',
  },
  inbox: {
    title: 'Inbox',
    unreadOnly: 'Unread only',
    markRead: 'Mark as read',
    read: 'Read',
    empty: 'No notifications',
    open: 'Open the request',
    unreadBadge: '{n} unread',
  },
  intake: intakeEn,
  queues,
  work,
  notFound: { title: 'Page not found', back: 'Back to the start' },
  ...dispatchEn,
  admin: admin.en,
  customers: customers.en,
  registry: registry.en,
  ...org.en,
  ...audit.en,
  ...security.en,
  ...webhooks.en,
  ...mailboxes.en,
  ...wechat.en,
  ...triage.en,
  ...channels.en,
  ...monthly.en,
  revisits: revisits.en,
  surveys: surveys.en,
  assessment: assessment.en,
  knowledge: knowledge.en,
  ...warranty.en,
  ...delivery.en,
  ...careGuide.en,
  ...deliverySite.en,
  ...campaigns.en,
  ...inspection.en,
  ...hotline.en,
  legalHold: retention.en,
  ...privacy.en,
  ...club.en,
  ...merchants.en,
  ...activities.en,
  ...activityEvaluation.en,
  ...clubExtras.en,
  ...clubPlans.en,
  ...sales.en,
}
export default en
