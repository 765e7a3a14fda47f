import { zh as activitiesZh } from './portal/activities'
import { enumsZh } from './enums'
import { commonZh } from './common'
import { zh as ownerStepsZh } from './portal/requests'
import { zh as waitingZh } from './portal/waiting'
import { zh as warrantyZh } from './portal/warranty'
import { zh as deliveryZh } from './portal/delivery'
import { zh as contactZh } from './portal/channels'
import { zh as surveysZh } from './portal/surveys'
import { zh as purchaseZh } from './portal/purchase'
import { zh as privacyZh } from './portal/privacy'
import { zh as clubZh } from './portal/club'
import { zh as merchantsZh } from './portal/merchants'

export default {
  ...enumsZh,
  ...ownerStepsZh,
  ...waitingZh,
  ...warrantyZh,
  ...deliveryZh,
  ...contactZh,
  ...surveysZh,
  ...privacyZh,
  ...clubZh,
  ...merchantsZh,
  ...activitiesZh,
  ...purchaseZh,
  common: commonZh,
  app: { title: '业主服务' },
  signIn: {
    title: '业主登录',
    phone: '手机号',
    phonePlaceholder: '请输入手机号',
    sendCode: '获取验证码',
    resendIn: '{seconds} 秒后重发',
    codeSent: '验证码已发送至',
    code: '验证码',
    codePlaceholder: '请输入 6 位验证码',
    invalidPhone: '请输入正确的 11 位手机号',
    invalidCode: '验证码为 6 位数字',
    chooseCompany: '您在多家物业公司有房产，请选择要登录的公司',
    byPassword: '使用用户名和密码登录',
    byCode: '使用手机验证码登录',
    username: '用户名',
    password: '密码',
    submit: '登录',
    failed: '登录失败',
  },
  tabs: { requests: '我的报事', me: '我的' },
  requests: {
    title: '我的报事',
    empty: '您还没有报事记录',
    more: '加载更多',
    end: '没有更多了',
    receivedAt: '提交时间',
  },
  detail: {
    title: '报事详情',
    description: '问题描述',
    unit: '房号',
    progress: '处理进度',
    noProgress: '暂无进度',
    notFound: '找不到该报事，或它不属于您',
    back: '返回我的报事',
  },
  me: { signOut: '退出登录', language: '语言', messages: '我的消息', unreadMessages: '{n} 条未读', noMessages: '暂无消息', markRead: '标为已读', read: '已读' },
  notFound: { title: '页面不存在', back: '返回首页' },
}
