// The owner's requests that wait on them: the tab's badge, the list's first group, the detail's top line.
export const zh = {
  waiting: {
    title: '等我处理',
    others: '全部报事',
    steps: { confirmPlan: '请确认方案和报价', verify: '请确认维修结果' },
    step: '等您处理',
    top: '这件报事在等您处理：{step}',
  },
}

export const en: typeof zh = {
  waiting: {
    title: 'Waiting for me',
    others: 'All my requests',
    steps: { confirmPlan: 'Answer the plan and its price', verify: 'Confirm the work' },
    step: 'Waiting for you',
    top: 'This request is waiting for you: {step}',
  },
}
