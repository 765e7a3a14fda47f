// The legal hold section (法律冻结) of the request detail and the customer file, in both languages.
export const zh = {
  title: '法律冻结',
  none: '未冻结：到期后按留存期限清理或匿名化。',
  held: '已冻结：留存清理不会处理此记录。',
  since: '{by} 于 {at} 冻结',
  reason: '原因',
  hold: '冻结',
  release: '解除冻结',
  holdTitle: '冻结此记录',
  releaseTitle: '解除冻结',
  reasonPlaceholder: '请说明原因（必填，记入审计日志）',
  confirm: '确定',
  cancel: '取消',
}

export const en = {
  title: 'Legal hold',
  none: 'Not held: removed or anonymised when its retention period is over.',
  held: 'Held: the retention sweep leaves this record alone.',
  since: 'Held by {by} on {at}',
  reason: 'Reason',
  hold: 'Hold',
  release: 'Release',
  holdTitle: 'Put this record under legal hold',
  releaseTitle: 'Release the legal hold',
  reasonPlaceholder: 'Why (required, written to the audit log)',
  confirm: 'Confirm',
  cancel: 'Cancel',
}
