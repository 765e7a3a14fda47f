import { enumsZh } from './enums'
import { commonZh } from './common'

export default {
  ...enumsZh,
  common: commonZh,
  app: { title: '业主服务' },
  signIn: { title: '业主登录', username: '用户名', password: '密码', submit: '登录', failed: '登录失败' },
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
  me: { signOut: '退出登录', language: '语言' },
  notFound: { title: '页面不存在', back: '返回首页' },
}
