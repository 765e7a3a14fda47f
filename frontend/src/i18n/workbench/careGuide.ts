// The care guide editor (养护指南).
export const zh = {
  careGuide: {
    title: '养护指南',
    intro: '每个部位告诉业主要检查什么、如何养护；业主在“保修”页看到本公司的内容，未填写时显示集团的默认内容。',
    component: '部位',
    checks: '检查要点',
    care: '养护方法',
    save: '保存',
    saved: '已保存（版本 {version}）',
    groupText: '集团默认',
    updatedBy: '修改人',
    readOnly: '只有客服专员、主管/经理、总部和系统管理员可以修改养护指南。',
  },
}

export const en = {
  careGuide: {
    title: 'Care guide',
    intro: 'For each component, what owners should check and how to care for it; owners read the company\'s text on their warranty page, or the group\'s default where the company wrote none.',
    component: 'Component',
    checks: 'What to check',
    care: 'How to care',
    save: 'Save',
    saved: 'Saved (version {version})',
    groupText: 'Group default',
    updatedBy: 'changed by',
    readOnly: 'Only agents, managers, headquarters and administrators change the care guide.',
  },
}
