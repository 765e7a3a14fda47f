// The owner's warranty page (保修与养护): each component of their home, its last day and state, and its care guide.
export const zh = {
  warranty: {
    title: '保修与养护',
    tab: '保修',
    noUnits: '您名下还没有房产',
    handedOverOn: '交付日期 {day}',
    notHandedOver: '房屋尚未交付，保修期自交付之日起计算',
    endsOn: '保修至 {day}',
    years: '{n} 年',
    months: '{n} 个月',
    checks: '自检要点',
    care: '养护方法',
    noGuide: '暂无养护指南',
    endingSoon: '{n} 个部位的保修即将到期，请及时自检，发现问题请报修。',
    failed: '保修信息加载失败',
  },
}

export const en: typeof zh = {
  warranty: {
    title: 'Warranty and care',
    tab: 'Warranty',
    noUnits: 'You have no home with us yet',
    handedOverOn: 'Handed over on {day}',
    notHandedOver: 'Your home has not been handed over yet; warranties run from the handover',
    endsOn: 'Covered until {day}',
    years: '{n} year | {n} years',
    months: '{n} month | {n} months',
    checks: 'What to check',
    care: 'How to care for it',
    noGuide: 'No care guide yet',
    endingSoon: 'The warranty of {n} parts ends soon: check them and report any problem.',
    failed: 'The warranty could not be loaded',
  },
}
