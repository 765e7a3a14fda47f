// The workbench's rights-requests screen (个人信息权利请求) in both languages.
import { rightsEn, rightsZh } from '../rights'

export const zh = {
  rights: rightsZh,
  rightsScreen: {
    title: '个人信息权利请求',
    intro: '业主提出的更正、删除请求，须在答复期限内办理。批准后更正即写入客户资料；删除将匿名化客户，依法保留的记录照常保留。',
    stateFilter: '状态',
    all: '全部',
    overdueOnly: '只看逾期',
    customer: '客户',
    kind: '类型',
    detail: '内容',
    maker: '提出人',
    answer: '答复',
    approve: '批准',
    refuse: '拒绝',
    reason: '理由',
    reasonRequired: '拒绝时须填写理由',
    decideTitle: '办理请求',
    confirm: '确定',
    cancel: '取消',
    more: '加载更多',
    empty: '没有请求',
    decided: '已办理',
  },
}

export const en: typeof zh = {
  rights: rightsEn,
  rightsScreen: {
    title: 'Rights requests',
    intro: 'Owners’ requests to correct or erase their data, to be answered by their day. An approved correction is written to the customer record; an erasure anonymises the customer, keeping what the law requires.',
    stateFilter: 'State',
    all: 'All',
    overdueOnly: 'Overdue only',
    customer: 'Customer',
    kind: 'Kind',
    detail: 'Detail',
    maker: 'Made by',
    answer: 'Answer',
    approve: 'Approve',
    refuse: 'Refuse',
    reason: 'Reason',
    reasonRequired: 'A refusal needs a reason',
    decideTitle: 'Decide the request',
    confirm: 'Confirm',
    cancel: 'Cancel',
    more: 'Load more',
    empty: 'No requests',
    decided: 'Decided',
  },
}
