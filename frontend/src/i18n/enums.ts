// Labels of the API's enumerations and codes, in both languages. The Chinese terms are the manuals' own
// (and those of the server's messages.properties); a code missing here shows as i18n's fallback, which the
// Vitest and browser tests catch.
export const enumsZh = {
  status: {
    RECEIVED: '已受理', CLASSIFIED: '已分类', DISPATCHED: '已派单', RESPONDED: '已响应', PLAN_AGREED: '方案确认',
    DONE: '已完成', VERIFIED: '业主确认', REVISITED: '已回访', ARCHIVED: '已归档', CANCELLED: '已撤销',
  },
  kind: { CONSULTATION: '咨询', REPAIR: '报修', COMPLAINT: '投诉', SUGGESTION: '建议', PRAISE: '表扬' },
  category: {
    FACILITY_FAILURE: '设施故障', HOUSING_QUALITY: '房屋质量', PROPERTY_SERVICE: '物业服务',
    ENGINEERING_QUALITY: '工程质量', PLANNING_DESIGN: '规划设计', SALES_MANAGEMENT: '销售管理',
    PROPERTY_MANAGEMENT: '物业管理', CUSTOMER_SERVICE: '客户服务', CHECK_OUT: '退房申请', OTHER: '其他',
  },
  channel: {
    PHONE: '电话', WALK_IN: '来访', EMAIL: '邮件', PORTAL: '业主门户', WECHAT: '微信', NIGHT_INTERCOM: '夜间对讲',
    DEPARTMENT: '部门转入', CITY_HOTLINE: '12345 热线',
  },
  role: {
    ADMIN: '系统管理员', AGENT: '客服专员', ENGINEER: '维修人员', HANDLER: '处理部门', CONSULTANT: '专业顾问',
    MANAGER: '主管/经理', PROJECT_COMPANY: '项目公司', HQ: '总部客户关系中心', OWNER: '业主', AUDITOR: '审计员',
  },
  action: {
    REGISTER: '受理登记', CLASSIFY: '分类', DISPATCH: '派单', RESPOND: '响应', INVESTIGATE: '调查',
    AGREE_PLAN: '方案确认', CONFIRM_PLAN: '业主答复方案', COMPLETE: '完成', ANSWER: '答复', VERIFY: '业主确认', REVISIT: '回访', ARCHIVE: '归档',
    REOPEN: '重新打开', CANCEL: '撤销', LINK: '关联', NOTE: '备注', NOTIFY_PROGRESS: '告知进度',
    UPDATE_FACTS: '更新投诉情况', RESCHEDULE: '改约', ATTACH: '添加附件', GRADE: '投诉定级', ESCALATE: '升级',
    ESCALATE_AT_TOP: '已在最高级别', ESCALATE_NO_COMPLAINT: '非投诉不升级', PAUSE_TIME_LIMITS: '暂停计时',
    RESUME_TIME_LIMITS: '恢复计时', TIME_LIMIT_BREACHED: '超时', CONSULTATION_REQUESTED: '请求顾问支持',
    CONSULTANT_OPINION: '顾问意见', CONSULTATION_OVERDUE: '顾问意见逾期', FINE_PROPOSED: '拟处罚',
    FINE_APPROVED: '处罚已批准', FINE_WAIVED: '处罚已免除', PERSONAL_DATA_REMOVED: '个人信息已按留存期限清理',
    CUSTOMER_MESSAGE: '业主留言', HOTLINE_CASE: '12345 转办', HOTLINE_REPLY: '12345 回复', WECHAT_REPLY: '微信回复',
    WECHAT_REPLY_UNDELIVERED: '微信回复未送达：发送时已超过客服消息时限，请改发模板消息',
  },
  /** A step the user may take now (the request's allowedActions), as a command. */
  step: {
    CLASSIFY: '分类', DISPATCH: '派单', RESPOND: '响应', INVESTIGATE: '调查', AGREE_PLAN: '方案确认', CONFIRM_PLAN: '业主答复方案', COMPLETE: '完成',
    ANSWER: '答复', VERIFY: '业主确认', REVISIT: '回访', ARCHIVE: '归档', REOPEN: '重新打开', CANCEL: '撤销', LINK: '关联',
    NOTE: '备注', NOTIFY_PROGRESS: '告知进度', UPDATE_FACTS: '更新投诉情况', RESCHEDULE: '改约',
  },
  visibility: { CUSTOMER: '告知业主', INTERNAL: '内部记录' },
  notification: {
    APPROVAL_NEEDED: '待审批', ASSIGNED: '已指派给我', CONSULTATION_OVERDUE: '顾问意见逾期',
    CONSULTATION_REQUESTED: '请求顾问支持', ESCALATED: '已升级', MAJOR_COMPLAINT: '重大投诉', SPECIAL_REPORT: '专题报告',
    TIME_LIMIT_BREACHED: '已超时', TIME_LIMIT_WARNING: '即将超时', WARRANTY_ENDING: '保修即将到期',
    KEYS_NOT_COLLECTED: '钥匙待领取',
    PROGRESS_NOTICE: '工程进度通知',
    CLUB_MAGAZINE: '会刊',
    CLUB_ACTIVITY_CONFIRMED: '活动候补转正',
    CLUB_ACTIVITY_CANCELLED: '活动取消',
    OPEN_DAY_SLOT_CANCELLED: '开放日时段调整',
  },
  warrantyState: { IN_WARRANTY: '保修期内', ENDING_SOON: '即将到期', ENDED: '已过保修期', NOT_HANDED_OVER: '未交付' },
  warrantyGroup: {
    STRUCTURE: '地基基础和主体结构', WATERPROOFING: '防水、防渗漏', HEATING_COOLING: '供热与供冷',
    PIPES_ELECTRICAL_FITOUT: '管线、设备与装修', PLASTER_FLOOR: '墙地面抹灰', DOORS_WINDOWS: '门窗',
    SANITARY: '卫生洁具', BLOCKED_PIPES: '管道堵塞', LAMPS_SWITCHES: '灯具、开关', OTHER: '其他',
  },
}

export type Enums = typeof enumsZh

export const enumsEn: Enums = {
  status: {
    RECEIVED: 'Received', CLASSIFIED: 'Classified', DISPATCHED: 'Dispatched', RESPONDED: 'Responded',
    PLAN_AGREED: 'Plan agreed', DONE: 'Done', VERIFIED: 'Verified by owner', REVISITED: 'Revisited',
    ARCHIVED: 'Archived', CANCELLED: 'Cancelled',
  },
  kind: { CONSULTATION: 'Question', REPAIR: 'Repair', COMPLAINT: 'Complaint', SUGGESTION: 'Suggestion', PRAISE: 'Praise' },
  category: {
    FACILITY_FAILURE: 'Facility failure', HOUSING_QUALITY: 'Housing quality', PROPERTY_SERVICE: 'Property service',
    ENGINEERING_QUALITY: 'Engineering quality', PLANNING_DESIGN: 'Planning and design',
    SALES_MANAGEMENT: 'Sales management', PROPERTY_MANAGEMENT: 'Property management',
    CUSTOMER_SERVICE: 'Customer service', CHECK_OUT: 'Check-out request', OTHER: 'Other',
  },
  channel: {
    PHONE: 'Phone', WALK_IN: 'Walk-in', EMAIL: 'E-mail', PORTAL: 'Owner portal', WECHAT: 'WeChat',
    NIGHT_INTERCOM: 'Night intercom', DEPARTMENT: 'From a department', CITY_HOTLINE: '12345 city hotline',
  },
  role: {
    ADMIN: 'Administrator', AGENT: 'Service specialist', ENGINEER: 'Repair engineer', HANDLER: 'Handling department',
    CONSULTANT: 'Consultant', MANAGER: 'Supervisor / manager', PROJECT_COMPANY: 'Project company',
    HQ: 'Headquarters', OWNER: 'Owner', AUDITOR: 'Auditor',
  },
  action: {
    REGISTER: 'Registered', CLASSIFY: 'Classified', DISPATCH: 'Dispatched', RESPOND: 'Responded',
    INVESTIGATE: 'Investigated', AGREE_PLAN: 'Plan agreed', CONFIRM_PLAN: 'Plan answered by the owner', COMPLETE: 'Completed', ANSWER: 'Answered',
    VERIFY: 'Verified by the owner', REVISIT: 'Revisited', ARCHIVE: 'Archived', REOPEN: 'Reopened',
    CANCEL: 'Cancelled', LINK: 'Linked', NOTE: 'Note', NOTIFY_PROGRESS: 'Progress told',
    UPDATE_FACTS: 'Complaint facts updated', RESCHEDULE: 'Visit moved', ATTACH: 'Attachment added', GRADE: 'Complaint graded',
    ESCALATE: 'Escalated', ESCALATE_AT_TOP: 'Already at the top', ESCALATE_NO_COMPLAINT: 'Not a complaint: not escalated',
    PAUSE_TIME_LIMITS: 'Clocks paused', RESUME_TIME_LIMITS: 'Clocks resumed', TIME_LIMIT_BREACHED: 'Time limit breached',
    CONSULTATION_REQUESTED: 'Consultant asked', CONSULTANT_OPINION: 'Consultant opinion',
    CONSULTATION_OVERDUE: 'Consultant opinion overdue', FINE_PROPOSED: 'Fine proposed', FINE_APPROVED: 'Fine approved',
    FINE_WAIVED: 'Fine waived', PERSONAL_DATA_REMOVED: 'Personal data removed (retention)',
    CUSTOMER_MESSAGE: "Owner's message", HOTLINE_CASE: '12345 case forwarded', HOTLINE_REPLY: 'Reply to 12345', WECHAT_REPLY: 'WeChat reply',
    WECHAT_REPLY_UNDELIVERED: 'WeChat reply not delivered: the reply window had closed when it was to be sent; send a template message',
  },
  step: {
    CLASSIFY: 'Classify', DISPATCH: 'Dispatch', RESPOND: 'Respond', INVESTIGATE: 'Investigate', AGREE_PLAN: 'Agree the plan', CONFIRM_PLAN: 'Answer the plan',
    COMPLETE: 'Complete', ANSWER: 'Answer', VERIFY: "Owner's verification", REVISIT: 'Revisit', ARCHIVE: 'Archive',
    REOPEN: 'Reopen', CANCEL: 'Cancel', LINK: 'Link', NOTE: 'Add a note', NOTIFY_PROGRESS: 'Tell the progress',
    UPDATE_FACTS: 'Update the complaint facts', RESCHEDULE: 'Move the visit',
  },
  visibility: { CUSTOMER: 'Told to the owner', INTERNAL: 'Internal' },
  notification: {
    APPROVAL_NEEDED: 'Approval needed', ASSIGNED: 'Assigned to me', CONSULTATION_OVERDUE: 'Consultant opinion overdue',
    CONSULTATION_REQUESTED: 'Consultant asked', ESCALATED: 'Escalated', MAJOR_COMPLAINT: 'Major complaint',
    SPECIAL_REPORT: 'Special report', TIME_LIMIT_BREACHED: 'Time limit breached',
    TIME_LIMIT_WARNING: 'Time limit approaching', WARRANTY_ENDING: 'Warranty ending soon',
    KEYS_NOT_COLLECTED: 'Keys waiting to be collected',
    PROGRESS_NOTICE: 'Construction progress notice',
    CLUB_MAGAZINE: 'Member magazine',
    CLUB_ACTIVITY_CONFIRMED: 'Activity place confirmed',
    CLUB_ACTIVITY_CANCELLED: 'Activity cancelled',
    OPEN_DAY_SLOT_CANCELLED: 'Open day slot changed',
  },
  warrantyState: { IN_WARRANTY: 'In warranty', ENDING_SOON: 'Ending soon', ENDED: 'Ended', NOT_HANDED_OVER: 'Not handed over' },
  warrantyGroup: {
    STRUCTURE: 'Foundation and structure', WATERPROOFING: 'Waterproofing and leaks', HEATING_COOLING: 'Heating and cooling',
    PIPES_ELECTRICAL_FITOUT: 'Pipes, wiring, equipment, fit-out', PLASTER_FLOOR: 'Plaster and floors',
    DOORS_WINDOWS: 'Doors and windows', SANITARY: 'Sanitary ware', BLOCKED_PIPES: 'Blocked pipes',
    LAMPS_SWITCHES: 'Lamps and switches', OTHER: 'Other',
  },
}
