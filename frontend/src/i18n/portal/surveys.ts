// The owner's surveys page (问卷) in the portal.
export const zh = {
  surveys: {
    tab: '问卷',
    title: '满意度问卷',
    empty: '暂无需要填写的问卷',
    dueOn: '请在 {day} 前填写',
    answered: '已填写',
    closed: '已截止',
    open: '填写',
    submit: '提交',
    thanks: '感谢您的反馈！',
    missing: '请回答所有必答题',
    loadFailed: '加载失败，请稍后重试',
    scale: { 1: '非常不满意', 2: '不满意', 3: '一般', 4: '满意', 5: '非常满意' },
    back: '返回问卷列表',
  },
}

export const en: typeof zh = {
  surveys: {
    tab: 'Surveys',
    title: 'Satisfaction surveys',
    empty: 'No survey waits for you',
    dueOn: 'Please answer by {day}',
    answered: 'Answered',
    closed: 'Closed',
    open: 'Answer',
    submit: 'Submit',
    thanks: 'Thank you for your feedback!',
    missing: 'Please answer every required question',
    loadFailed: 'Could not load, please try again later',
    scale: { 1: 'Very dissatisfied', 2: 'Dissatisfied', 3: 'Neutral', 4: 'Satisfied', 5: 'Very satisfied' },
    back: 'Back to the surveys',
  },
}
