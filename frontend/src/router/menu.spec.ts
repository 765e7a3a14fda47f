import { describe, expect, it } from 'vitest'
import { MENU, menuFor } from './menu'
import zh from '@/i18n/workbench.zh-CN'

describe('the workbench menu', () => {
  it('shows staff the screens that exist', () => {
    expect(menuFor(['AGENT']).map((i) => i.key)).toEqual(['requests', 'queues', 'intake', 'dispatch', 'revisits', 'surveys', 'cases', 'consultations', 'hotline', 'specialReports', 'customers', 'clubMembers', 'clubGifts', 'clubMerchants', 'clubMagazine', 'clubActivities', 'clubPlans', 'clubVouchers', 'salesProspects', 'salesFollowUps', 'registry', 'delivery', 'checklist', 'deliverySite', 'careGuide', 'campaigns', 'inbox', 'triage', 'rightsRequests'])
    expect(menuFor(['MANAGER']).map((i) => i.key)).toEqual(['requests', 'queues', 'intake', 'dispatch', 'dashboard', 'monthlyReport', 'fines', 'revisits', 'surveys', 'assessment', 'defects', 'cases', 'contingencyPlans', 'consultations', 'hotline', 'specialReports', 'customers', 'clubMembers', 'clubGifts', 'clubMerchants', 'clubMagazine', 'clubActivities', 'clubPlans', 'clubVouchers', 'salesProspects', 'salesFollowUps', 'registry', 'warranty', 'delivery', 'checklist', 'deliverySite', 'careGuide', 'campaigns', 'inbox', 'triage', 'policies', 'calendar', 'rightsRequests', 'outbox', 'wechatMedia'])
    expect(menuFor(['ENGINEER']).map((i) => i.key)).toEqual(['requests', 'queues', 'myDay', 'campaignVisits', 'defects', 'cases', 'customers', 'registry', 'delivery', 'checklist', 'deliverySite', 'campaigns', 'inbox'])
    expect(menuFor(['HANDLER']).map((i) => i.key)).toEqual(['requests', 'queues', 'cases', 'contingencyPlans', 'consultations', 'hotline', 'specialReports', 'customers', 'registry', 'inbox'])
    expect(menuFor(['HQ']).map((i) => i.key)).toContain('intake')
  })

  it("shows managers the dashboard and the fines to approve, a consultant the consultations", () => {
    expect(menuFor(['MANAGER']).map((i) => i.key)).toContain('dashboard')
    expect(menuFor(['PROJECT_COMPANY']).map((i) => i.key)).toContain('dashboard')
    expect(menuFor(['PROJECT_COMPANY']).map((i) => i.key)).not.toContain('fines')
    expect(menuFor(['CONSULTANT']).map((i) => i.key)).toEqual(['requests', 'queues', 'cases', 'consultations', 'customers', 'registry', 'inbox'])
  })

  it('shows the organisation tree to administrators and headquarters, the staff administration to administrators alone', () => {
    expect(menuFor(['ADMIN']).map((i) => i.key)).toEqual(expect.arrayContaining(['org', 'staff']))
    expect(menuFor(['HQ']).map((i) => i.key)).toContain('org')
    expect(menuFor(['HQ']).map((i) => i.key)).not.toContain('staff')
    for (const role of ['AGENT', 'MANAGER', 'ENGINEER', 'HANDLER', 'CONSULTANT', 'PROJECT_COMPANY'] as const) {
      expect(menuFor([role]).map((i) => i.key)).not.toContain('org')
      expect(menuFor([role]).map((i) => i.key)).not.toContain('staff')
    }
  })

  it('shows an auditor the audit log alone, and administrators the audit log among the rest', () => {
    expect(menuFor(['AUDITOR']).map((i) => i.key)).toEqual(['audit'])
    expect(menuFor(['ADMIN']).map((i) => i.key)).toContain('audit')
    for (const role of ['AGENT', 'MANAGER', 'ENGINEER', 'HANDLER', 'CONSULTANT', 'PROJECT_COMPANY', 'HQ'] as const) {
      expect(menuFor([role]).map((i) => i.key)).not.toContain('audit')
    }
  })

  it("shows the official account's settings to administrators, its failed media to those who read the outbox", () => {
    expect(menuFor(['ADMIN']).map((i) => i.key)).toEqual(expect.arrayContaining(['wechat', 'wechatMedia']))
    for (const role of ['MANAGER', 'HQ'] as const) {
      expect(menuFor([role]).map((i) => i.key)).toContain('wechatMedia')
      expect(menuFor([role]).map((i) => i.key)).not.toContain('wechat')
    }
    for (const role of ['AGENT', 'ENGINEER', 'HANDLER', 'CONSULTANT', 'PROJECT_COMPANY', 'AUDITOR'] as const) {
      expect(menuFor([role]).map((i) => i.key)).not.toContain('wechatMedia')
    }
  })

  it("shows the owners' rights requests to those who make or decide them", () => {
    for (const role of ['AGENT', 'MANAGER', 'HQ'] as const) {
      expect(menuFor([role]).map((i) => i.key)).toContain('rightsRequests')
    }
    for (const role of ['ENGINEER', 'HANDLER', 'CONSULTANT', 'PROJECT_COMPANY', 'ADMIN', 'AUDITOR'] as const) {
      expect(menuFor([role]).map((i) => i.key)).not.toContain('rightsRequests')
    }
  })

  it('shows the customer club to those who handle members, not to engineers, handlers or consultants', () => {
    for (const role of ['ADMIN', 'AGENT', 'MANAGER', 'PROJECT_COMPANY', 'HQ'] as const) {
      expect(menuFor([role]).map((i) => i.key)).toEqual(expect.arrayContaining(['clubMembers', 'clubGifts', 'clubMerchants', 'clubMagazine', 'clubActivities', 'clubPlans', 'clubVouchers']))
    }
    for (const role of ['ENGINEER', 'HANDLER', 'CONSULTANT', 'AUDITOR'] as const) {
      expect(menuFor([role]).map((i) => i.key)).not.toContain('clubMembers')
    }
  })

  it('shows the sales stage to those who record it', () => {
    for (const role of ['AGENT', 'MANAGER', 'PROJECT_COMPANY', 'HQ', 'ADMIN'] as const) {
      expect(menuFor([role]).map((i) => i.key)).toEqual(expect.arrayContaining(['salesProspects', 'salesFollowUps']))
    }
    for (const role of ['ENGINEER', 'HANDLER', 'CONSULTANT', 'AUDITOR'] as const) {
      expect(menuFor([role]).map((i) => i.key)).not.toContain('salesProspects')
    }
  })

  it('shows an owner nothing (owners use the portal)', () => {
    expect(menuFor(['OWNER'])).toEqual([])
  })

  it('labels every item', () => {
    for (const item of MENU) {
      expect(Object.keys(zh.menu)).toContain(item.key)
    }
  })
})
