// The portal's privacy page (隐私与个人信息) in both languages.
import { rightsEn, rightsZh } from '../rights'

export const zh = {
  rights: rightsZh,
  privacy: {
    entry: '隐私与个人信息',
    title: '隐私与个人信息',
    consents: '我的授权',
    consentsIntro: '您可以随时撤回授权；撤回不影响撤回前基于授权已进行的处理。',
    purpose: {
      SERVICE: '处理我的报修、投诉并回电', MARKETING: '接收营销信息', CLUB: '加入客户会', MAGAZINE: '订阅会刊',
      CALL_RECORDING: '通话录音', HOME_PHOTOS: '拍摄房屋照片',
    },
    download: '下载我的数据',
    downloadIntro: '包括您的资料、房产、授权记录、服务档案和客户会资料，电话等信息已部分隐藏。',
    format: { xlsx: 'Excel 表格', json: 'JSON', csv: 'CSV' },
    ask: '更正或删除我的信息',
    askIntro: '我们会在 15 个工作日内答复。',
    kindLabel: '请求类型',
    fieldLabel: '要更正的信息',
    valueLabel: '正确的内容',
    noteLabel: '补充说明（选填）',
    submit: '提交请求',
    eraseConfirm: '删除后，您的姓名、电话、邮箱、微信和证件号码将被匿名化，将无法再用手机号登录。法律要求保留的记录（如购房合同、保修记录）会保留。确定提交吗？',
    submitted: '已提交，答复期限 {due}',
    mine: '我的请求',
    none: '暂无请求',
    answerText: '说明：',
  },
}

export const en: typeof zh = {
  rights: rightsEn,
  privacy: {
    entry: 'Privacy and my data',
    title: 'Privacy and my data',
    consents: 'My consents',
    consentsIntro: 'You may withdraw a consent at any time; what was done under it before stays lawful.',
    purpose: {
      SERVICE: 'Handle my repairs and complaints and call me back', MARKETING: 'Marketing messages', CLUB: 'Customer club', MAGAZINE: 'Member magazine',
      CALL_RECORDING: 'Record calls with me', HOME_PHOTOS: 'Photos of my home',
    },
    download: 'Download my data',
    downloadIntro: 'Your record, homes, consents, customer file and club data; phone numbers and the like partly hidden.',
    format: { xlsx: 'Excel workbook', json: 'JSON', csv: 'CSV' },
    ask: 'Correct or erase my data',
    askIntro: 'We answer within 15 working days.',
    kindLabel: 'Request',
    fieldLabel: 'What to correct',
    valueLabel: 'The correct value',
    noteLabel: 'Note (optional)',
    submit: 'Send request',
    eraseConfirm: 'Erasure anonymises your name, phone, e-mail, WeChat and identity number; you will no longer sign in with your phone. Records the law requires (purchase contract, warranty) are kept. Send it?',
    submitted: 'Sent; to be answered by {due}',
    mine: 'My requests',
    none: 'No requests yet',
    answerText: 'Note:',
  },
}
