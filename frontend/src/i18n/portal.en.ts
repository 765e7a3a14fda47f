import { en as activitiesEn } from './portal/activities'
import { enumsEn } from './enums'
import { commonEn } from './common'
import { en as ownerStepsEn } from './portal/requests'
import { en as waitingEn } from './portal/waiting'
import { en as warrantyEn } from './portal/warranty'
import { en as deliveryEn } from './portal/delivery'
import { en as contactEn } from './portal/channels'
import { en as surveysEn } from './portal/surveys'
import { en as purchaseEn } from './portal/purchase'
import { en as privacyEn } from './portal/privacy'
import { en as clubEn } from './portal/club'
import { en as merchantsEn } from './portal/merchants'
import type zh from './portal.zh-CN'

const en: typeof zh = {
  ...enumsEn,
  ...ownerStepsEn,
  ...waitingEn,
  ...warrantyEn,
  ...deliveryEn,
  ...contactEn,
  ...surveysEn,
  ...privacyEn,
  ...clubEn,
  ...merchantsEn,
  ...activitiesEn,
  ...purchaseEn,
  common: commonEn,
  app: { title: 'Owner service' },
  signIn: {
    title: 'Owner sign-in',
    phone: 'Mobile',
    phonePlaceholder: 'Your mobile number',
    sendCode: 'Send code',
    resendIn: 'Resend in {seconds} s',
    codeSent: 'Code sent to',
    code: 'Code',
    codePlaceholder: 'The 6-digit code',
    invalidPhone: 'Enter an 11-digit mobile number',
    invalidCode: 'The code is 6 digits',
    chooseCompany: 'You own homes with several companies: choose the one to sign in to',
    byPassword: 'Sign in with user name and password',
    byCode: 'Sign in with a code by text message',
    username: 'User name',
    password: 'Password',
    submit: 'Sign in',
    failed: 'Sign-in failed',
  },
  tabs: { requests: 'My requests', me: 'Me' },
  requests: {
    title: 'My requests',
    empty: 'You have no requests yet',
    more: 'Load more',
    end: 'No more',
    receivedAt: 'Submitted',
  },
  detail: {
    title: 'Request',
    description: 'Description',
    unit: 'Unit',
    progress: 'Progress',
    noProgress: 'No progress yet',
    notFound: 'This request does not exist or is not yours',
    back: 'Back to my requests',
  },
  me: { signOut: 'Sign out', language: 'Language', messages: 'My messages', unreadMessages: '{n} unread', noMessages: 'No messages yet', markRead: 'Mark as read', read: 'Read' },
  notFound: { title: 'Page not found', back: 'Back to the start' },
}
export default en
