// The owner's purchase progress (购房进度): the contract, the payments, the loan and the title certificate, step by step.
export const zh = {
  purchase: {
    title: '购房进度',
    entry: '购房进度',
    none: '暂无购房记录',
    failed: '购房进度加载失败',
    contract: '合同 {number}，签约日期 {day}',
    subscribed: '认购日期 {day}',
    price: '总价 {amount} 元',
    paid: '已付 {paid} 元 / {price} 元',
    schedule: '付款计划',
    instalment: '第 {seq} 期 · {day} 到期',
    amount: '{amount} 元',
    loan: '按揭进度',
    certificate: '产权证进度',
    pending: '待办理',
    status: { SUBSCRIBED: '已认购', CONTRACTED: '已签约', HANDED_OVER: '已交付' },
    state: { PAID: '已付清', PARTLY_PAID: '部分已付', DUE: '待付', OVERDUE: '已逾期' },
    step: {
      LOAN_APPLIED: '按揭资料已提交银行', LOAN_APPROVED: '银行审批通过', LOAN_CONTRACT_SIGNED: '借款合同已签订',
      LOAN_DISBURSED: '银行已放款', CERTIFICATE_FILED: '购房合同已备案', CERTIFICATE_ACCEPTED: '产权登记已受理',
      CERTIFICATE_ISSUED: '产权证已办出', CERTIFICATE_COLLECTED: '产权证已领取',
    },
  },
}

export const en: typeof zh = {
  purchase: {
    title: 'Purchase progress',
    entry: 'Purchase progress',
    none: 'No purchase yet',
    failed: 'The purchase progress could not be loaded',
    contract: 'Contract {number}, signed on {day}',
    subscribed: 'Subscribed on {day}',
    price: 'Price {amount} yuan',
    paid: '{paid} of {price} yuan paid',
    schedule: 'Payment schedule',
    instalment: 'Instalment {seq} · due on {day}',
    amount: '{amount} yuan',
    loan: 'Loan',
    certificate: 'Title certificate',
    pending: 'Not yet',
    status: { SUBSCRIBED: 'Subscribed', CONTRACTED: 'Under contract', HANDED_OVER: 'Handed over' },
    state: { PAID: 'Paid', PARTLY_PAID: 'Partly paid', DUE: 'Due', OVERDUE: 'Overdue' },
    step: {
      LOAN_APPLIED: 'Loan papers handed to the bank', LOAN_APPROVED: 'Loan approved', LOAN_CONTRACT_SIGNED: 'Loan contract signed',
      LOAN_DISBURSED: 'Loan paid out', CERTIFICATE_FILED: 'Purchase contract filed', CERTIFICATE_ACCEPTED: 'Title registration accepted',
      CERTIFICATE_ISSUED: 'Title certificate issued', CERTIFICATE_COLLECTED: 'Title certificate collected',
    },
  },
}
