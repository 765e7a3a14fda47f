// 活动评估: an activity's evaluation survey to its attendees, in the activity's detail.
export const zh = {
  activityEvaluation: {
    title: '活动评估',
    survey: '评估问卷',
    answered: '答卷',
    answeredOf: '{answered} / {targets} 人',
    satisfaction: '总体满意度',
    average: '平均 {avg} 分（{n} 人评分）',
    noAnswers: '尚无答卷',
    dueOn: '截止日期',
    template: '问卷模板',
    send: '向参加者发送评估问卷',
    sent: '评估问卷已发给 {n} 位参加者',
    sendHint: '评估问卷只发给已签到的参加者，每个活动发一次；业主在业主端的“问卷调查”中作答。',
    afterHeld: '活动举办后，可向签到的参加者发送评估问卷。',
    resultsHint: '各题的答案见',
    toSurveys: '满意度调查',
  },
}

export const en: typeof zh = {
  activityEvaluation: {
    title: 'Evaluation',
    survey: 'Evaluation survey',
    answered: 'Answers',
    answeredOf: '{answered} of {targets}',
    satisfaction: 'Overall satisfaction',
    average: 'average {avg} ({n} ratings)',
    noAnswers: 'No answers yet',
    dueOn: 'Due on',
    template: 'Survey template',
    send: 'Send the attendees an evaluation survey',
    sent: 'Evaluation survey sent to {n} attendees',
    sendHint: 'The survey goes to the members who checked in, once per activity; owners answer it under Surveys in the owner portal.',
    afterHeld: 'Once the activity has been held, its attendees can be sent an evaluation survey.',
    resultsHint: 'The answers to each question are under',
    toSurveys: 'Satisfaction surveys',
  },
}
