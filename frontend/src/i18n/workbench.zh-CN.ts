import * as activities from './workbench/activities'
import * as activityEvaluation from './workbench/activityEvaluation'
import * as clubExtras from './workbench/clubExtras'
import * as clubPlans from './workbench/clubPlans'
import { enumsZh } from './enums'
import { commonZh } from './common'
import { zh as intakeZh } from './workbench/intake'
import { zh as dispatchZh } from './workbench/dispatch'
import { zh as queues } from './workbench/queues'
import { zh as managerZh } from './workbench/dashboard'
import { zh as work } from './workbench/detail'
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

export default {
  ...enumsZh,
  ...managerZh,
  common: commonZh,
  app: { title: 'EstateCare 客服工作台', skip: '跳到正文', menu: '菜单' },
  signIn: {
    title: '登录客服工作台',
    username: '用户名',
    password: '密码',
    submit: '登录',
    failed: '登录失败',
  },
  menu: {
    hotline: '12345 热线工单',
    requests: '工单',
    inbox: '站内消息',
    intake: '电话受理',
    queues: '工作队列',
    dispatch: '派工看板',
    myDay: '我的今日',
    campaignVisits: '保养上门',
    dashboard: '管理看板',
    monthlyReport: '客服月报',
    fines: '待审批处罚',
    consultations: '顾问咨询',
    revisits: '回访队列',
    surveys: '满意度调查',
    assessment: '员工考核',
    ...knowledge.menuZh,
    defects: '项目缺陷反馈',
    specialReports: '专题报告',
    customers: '客户档案',
    clubMembers: '客户会会员',
    clubGifts: '礼品目录',
    clubMerchants: '联盟商家',
    clubMagazine: '会刊',
    clubActivities: '会员活动',
    clubVouchers: '优惠券核销',
    clubPlans: '活动计划',
    salesProspects: '来访客户',
    salesFollowUps: '销售跟进',
    registry: '房产资料',
    admin: '系统管理',
    policies: '规则与时限',
    calendar: '节假日与调休',
    org: '组织架构',
    staff: '员工与角色',
    audit: '审计日志',
    webhooks: 'Webhook 订阅',
    mailboxes: '邮箱设置',
    wechat: '公众号设置',
    wechatMedia: '媒体下载失败',
    outbox: '消息发送记录',
    triage: '待分拣消息',
    templates: '消息模板',
    warranty: '保修证书',
    delivery: '交付看板',
    deliverySite: '施工与开放日',
    careGuide: '养护指南',
    campaigns: '定期保养',
    checklist: '验房标准',
    rightsRequests: '个人信息请求',
  },
  user: { signOut: '退出登录', language: '语言', tokens: '访问令牌' },
  requests: {
    title: '工单列表',
    number: '工单号',
    kind: '类型',
    status: '状态',
    category: '类别',
    channel: '渠道',
    unit: '房号',
    customer: '客户',
    assignee: '处理人',
    receivedAt: '受理时间',
    search: '关键字',
    searchPlaceholder: '工单号、房号、客户或描述',
    createdFrom: '登记自',
    createdTo: '登记至',
    any: '全部',
    apply: '查询',
    reset: '重置',
    more: '加载更多',
    end: '没有更多工单',
    empty: '没有符合条件的工单',
    emergency: '紧急',
  },
  detail: {
    back: '返回列表',
    description: '问题描述',
    location: '位置',
    reporter: '报告人',
    department: '处理部门',
    round: '处理轮次',
    allowedActions: '我现在可执行的操作',
    noActions: '当前没有可执行的操作',
    timeline: '处理记录',
    notFound: '找不到该工单，或您无权查看',
    by: '操作人',
    system: '系统',
  },
  inbox: {
    title: '站内消息',
    unreadOnly: '只看未读',
    markRead: '标为已读',
    read: '已读',
    empty: '没有消息',
    open: '查看工单',
    unreadBadge: '{n} 条未读',
  },
  intake: intakeZh,
  queues,
  work,
  notFound: { title: '页面不存在', back: '回到首页' },
  ...dispatchZh,
  admin: admin.zh,
  customers: customers.zh,
  registry: registry.zh,
  ...org.zh,
  ...audit.zh,
  ...security.zh,
  ...webhooks.zh,
  ...mailboxes.zh,
  ...wechat.zh,
  ...triage.zh,
  ...channels.zh,
  ...monthly.zh,
  revisits: revisits.zh,
  surveys: surveys.zh,
  assessment: assessment.zh,
  knowledge: knowledge.zh,
  ...warranty.zh,
  ...delivery.zh,
  ...careGuide.zh,
  ...deliverySite.zh,
  ...campaigns.zh,
  ...inspection.zh,
  ...hotline.zh,
  legalHold: retention.zh,
  ...privacy.zh,
  ...club.zh,
  ...merchants.zh,
  ...activities.zh,
  ...activityEvaluation.zh,
  ...clubExtras.zh,
  ...clubPlans.zh,
  ...sales.zh,
}
