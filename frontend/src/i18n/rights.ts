// Words of the owner's rights requests (个人信息权利请求) shared by the portal's privacy page and the workbench's
// rights-requests screen: kinds, states, answers, the fields a correction names, and what an erasure kept and why.
export const rightsZh = {
  kind: { CORRECTION: '更正', ERASURE: '删除' },
  state: { OPEN: '处理中', DONE: '已办理', REFUSED: '未予办理' },
  answer: {
    CORRECTED: '已按您的请求更正',
    ERASED: '已删除（匿名化）您的个人信息',
    REFUSED: '未予办理',
    OPEN_REQUESTS: '您还有未办结的报事，服务尚在进行，暂不能删除；办结后可再次申请',
  },
  field: { name: '姓名', phone: '手机号', email: '电子邮箱', wechat: '微信号' },
  kept: {
    OWNERSHIP: '房产及购房合同记录',
    WARRANTY: '房屋保修记录',
    REQUESTS: '报事的编号、日期、分类等服务记录（不含您的姓名和电话）',
    CONSENTS: '同意与撤回同意的记录',
    AUDIT_LOG: '系统审计日志',
  },
  basis: {
    CONTRACT: '购房合同与不动产登记需要',
    WARRANTY_LAW: '《建设工程质量管理条例》规定的保修期内须履行保修责任',
    SERVICE_RECORDS: '服务与质量统计需要，已去除个人身份信息',
    PROOF_OF_CONSENT: '证明您曾同意或撤回同意（《个人信息保护法》第十四条）',
    CYBERSECURITY_LAW: '《网络安全法》第二十一条要求留存网络日志不少于六个月',
  },
  dueOn: '答复期限',
  daysLeft: '剩 {days} 天',
  daysOver: '逾期 {days} 天',
  receivedAt: '提出时间',
  keptTitle: '依法保留的信息',
  count: '{count} 项',
  problem: {
    field: '请选择要更正的信息',
    name: '姓名不能为空，且不超过 100 个字',
    phone: '请输入正确的手机号或带区号的固定电话',
    email: '请输入正确的电子邮箱',
    long: '内容太长（不超过 100 个字）',
  },
}

export const rightsEn: typeof rightsZh = {
  kind: { CORRECTION: 'Correction', ERASURE: 'Erasure' },
  state: { OPEN: 'In progress', DONE: 'Done', REFUSED: 'Not granted' },
  answer: {
    CORRECTED: 'Corrected as you asked',
    ERASED: 'Your personal data was erased (anonymised)',
    REFUSED: 'Not granted',
    OPEN_REQUESTS: 'You still have requests in progress, so the service is not over: ask again once they are closed',
  },
  field: { name: 'Name', phone: 'Mobile number', email: 'E-mail', wechat: 'WeChat ID' },
  kept: {
    OWNERSHIP: 'Your homes and the purchase contract records',
    WARRANTY: 'The warranty records of your homes',
    REQUESTS: 'Service records of your requests (number, dates, category), without your name or phone',
    CONSENTS: 'The records of consents given and withdrawn',
    AUDIT_LOG: 'The system audit log',
  },
  basis: {
    CONTRACT: 'Required by the purchase contract and the property register',
    WARRANTY_LAW: 'The developer owes the statutory warranty periods (Construction Quality Regulation)',
    SERVICE_RECORDS: 'Kept for service and quality figures, without personal identifiers',
    PROOF_OF_CONSENT: 'Proof of what you agreed to or withdrew (PIPL art. 14)',
    CYBERSECURITY_LAW: 'The Cybersecurity Law (art. 21) requires network logs kept for at least six months',
  },
  dueOn: 'Answer by',
  daysLeft: '{days} days left',
  daysOver: '{days} days overdue',
  receivedAt: 'Made on',
  keptTitle: 'Kept as the law requires',
  count: '{count}',
  problem: {
    field: 'Choose what to correct',
    name: 'A name is required, at most 100 characters',
    phone: 'Enter a valid mobile number, or a landline with its area code',
    email: 'Enter a valid e-mail address',
    long: 'Too long (at most 100 characters)',
  },
}
