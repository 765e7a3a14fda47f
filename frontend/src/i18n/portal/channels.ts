// The owner's choice of channels (消息通知) on the portal's 我的 page, in both languages.
export const zh = {
  contact: {
    title: '消息通知',
    intro: '工单受理、派工、预约、完工和回访时，我们会通过以下方式通知您。关闭即退订该渠道。',
    channel: { EMAIL: '电子邮件', SMS: '短信', WECHAT: '微信' },
    noAddress: '未登记',
    since: '{time} 起',
    language: '通知语言',
    languages: { 'zh-CN': '中文', en: 'English' },
    saved: '已保存',
  },
}

export const en = {
  contact: {
    title: 'Notifications',
    intro: 'We tell you when your request is received, assigned, scheduled, done and revisited, by the channels below. Switch one off to opt out of it.',
    channel: { EMAIL: 'E-mail', SMS: 'Text message', WECHAT: 'WeChat' },
    noAddress: 'not on file',
    since: 'since {time}',
    language: 'Language of messages',
    languages: { 'zh-CN': 'Chinese', en: 'English' },
    saved: 'Saved',
  },
}
