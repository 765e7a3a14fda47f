// The owner's delivery page: construction progress notices and the delivery inspection of their units.
export const zh = {
  delivery: {
    tab: '交付',
    title: '交付进度',
    notices: '工程进度通知',
    noNotices: '暂无工程进度通知',
    inspections: '交付验房',
    noInspections: '暂无验房记录',
    appointedAt: '验房时间 {at}',
    inspectedAt: '验房完成 {at}',
    handedOverOn: '已交付 {day}',
    photo: '现场照片 {n}',
    request: '报修单 {number}',
    findingState: { RECORDED: '待转报修', REPAIRING: '整改中', CLOSED: '已整改' },
    room_: { ENTRANCE: '入户门厅', LIVING_ROOM: '客厅', DINING_ROOM: '餐厅', BEDROOM: '卧室', STUDY: '书房', KITCHEN: '厨房', BATHROOM: '卫生间', BALCONY: '阳台', OTHER: '其他' },
    loadFailed: '加载失败，请稍后重试',
  },
}

export const en = {
  delivery: {
    tab: 'Delivery',
    title: 'On the way to your keys',
    notices: 'Construction progress',
    noNotices: 'No progress notices yet',
    inspections: 'Delivery inspection',
    noInspections: 'No inspection yet',
    appointedAt: 'Inspection at {at}',
    inspectedAt: 'Inspected {at}',
    handedOverOn: 'Handed over {day}',
    photo: 'Site photo {n}',
    request: 'Repair {number}',
    findingState: { RECORDED: 'To be repaired', REPAIRING: 'Being repaired', CLOSED: 'Repaired' },
    room_: { ENTRANCE: 'Entrance', LIVING_ROOM: 'Living room', DINING_ROOM: 'Dining room', BEDROOM: 'Bedroom', STUDY: 'Study', KITCHEN: 'Kitchen', BATHROOM: 'Bathroom', BALCONY: 'Balcony', OTHER: 'Other' },
    loadFailed: 'Could not load, please try again later',
  },
}
