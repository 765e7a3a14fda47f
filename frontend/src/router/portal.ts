import { createRouter, createWebHistory } from 'vue-router'
import { useSession } from '@/stores/session'
import { firstScreenWithoutTheCheck, readSessionHint } from '@/api/sessionHint'
// The two first screens come with the app, not as chunks of their own: one round trip less before either shows
// (562.5 ms on DevTools' "Fast 3G"); see docs/performance.md, "Web budgets".
import SignInView from '@/views/portal/SignInView.vue'
import MyRequestsView from '@/views/portal/MyRequestsView.vue'

export const router = createRouter({
  history: createWebHistory('/m/'),
  routes: [
    { path: '/sign-in', name: 'sign-in', component: SignInView },
    { path: '/', redirect: { name: 'requests' } },
    { path: '/requests', name: 'requests', component: MyRequestsView },
    { path: '/report', name: 'report', component: () => import('@/views/portal/ReportView.vue') },
    { path: '/requests/:id(\\d+)', name: 'request', component: () => import('@/views/portal/RequestDetailView.vue'), props: true },
    { path: '/warranty', name: 'warranty', component: () => import('@/views/portal/WarrantyView.vue') },
    { path: '/delivery', name: 'delivery', component: () => import('@/views/portal/DeliveryView.vue') },
    { path: '/surveys', name: 'surveys', component: () => import('@/views/portal/SurveysView.vue') },
    { path: '/club', name: 'club', component: () => import('@/views/portal/ClubView.vue') },
    { path: '/club/merchants', name: 'club-merchants', component: () => import('@/views/portal/ClubMerchantsView.vue') },
    { path: '/club/magazine', name: 'club-magazine', component: () => import('@/views/portal/ClubMagazineView.vue') },
    { path: '/club/activities', name: 'club-activities', component: () => import('@/views/portal/ClubActivitiesView.vue') },
    { path: '/purchase', name: 'purchase', component: () => import('@/views/portal/PurchaseView.vue') },
    { path: '/me', name: 'me', component: () => import('@/views/portal/MeView.vue') },
    { path: '/messages', name: 'messages', component: () => import('@/views/portal/MessagesView.vue') },
    { path: '/privacy', name: 'privacy', component: () => import('@/views/portal/PrivacyView.vue') },
    { path: '/:unknown(.*)*', name: 'not-found', component: () => import('@/views/portal/NotFoundView.vue') },
  ],
})

// The session check (GET /api/v1/me) answers one round trip after the app starts; the first screen need not wait
// for it when the signed-in hint tells what it will say (api/sessionHint.ts): the sign-in form at once for nobody,
// an owner's screen at once (its data asked for beside the check) for an owner. The check then decides.
let checking: Promise<unknown> | null = null

function check(session: ReturnType<typeof useSession>) {
  checking ??= session.load().finally(() => {
    checking = null
  })
  return checking
}

/** What the check says once the first screen shows without it: a session that was not there, or staff's. */
function afterTheCheck(session: ReturnType<typeof useSession>) {
  check(session)
    .then(() => {
      const now = router.currentRoute.value
      if (session.user && !session.isOwner) {
        window.location.assign('/')
      } else if (session.user && now.name === 'sign-in' && typeof now.query.next === 'string' && now.query.next.startsWith('/')) {
        router.replace(now.query.next)
      } else if (!session.user && now.name !== 'sign-in' && now.name !== 'not-found') {
        router.replace({ name: 'sign-in', query: { next: now.fullPath } })
      }
    })
    .catch(() => {
      // the server did not answer: the screen's own calls say so
    })
}

router.beforeEach(async (to) => {
  const session = useSession()
  if (!session.checked) {
    const first = firstScreenWithoutTheCheck(readSessionHint(), to.name as string | undefined)
    if (first === 'wait') {
      await check(session)
    } else {
      afterTheCheck(session)
      return first === 'show' ? true : { name: 'sign-in', query: { next: to.fullPath } }
    }
  }
  if (to.name === 'sign-in' || to.name === 'not-found') {
    return true
  }
  if (!session.user) {
    return { name: 'sign-in', query: { next: to.fullPath } }
  }
  if (!session.isOwner) {
    // staff work in the workbench
    window.location.assign('/')
    return false
  }
  return true
})
