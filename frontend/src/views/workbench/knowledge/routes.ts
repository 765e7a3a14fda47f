// The case library's routes and menu items (客服案例库, 投诉预案, 同义词组), spread into the workbench's router and menu with
// one line each. The roles are written out here (not imported from router/menu.ts, which imports this file).
import type { RouteRecordRaw } from 'vue-router'
import type { Role } from '@/api/types'

/** Every staff role may read the library and the plans (the server's @StaffOnly). */
const READERS: readonly Role[] = ['ADMIN', 'AGENT', 'ENGINEER', 'HANDLER', 'CONSULTANT', 'MANAGER', 'PROJECT_COMPANY', 'HQ']
/** Who sees the synonym sets in the menu: the administrators who keep them (everyone on staff may read them). */
const SYNONYM_MENU: readonly Role[] = ['ADMIN']
/** Who sees the plans in the menu: those who write them or act on them. */
const PLAN_MENU: readonly Role[] = ['MANAGER', 'ADMIN', 'HQ', 'HANDLER']

export const knowledgeRoutes: RouteRecordRaw[] = [
  { path: 'cases', name: 'cases', component: () => import('./CaseLibraryView.vue'), meta: { roles: READERS } },
  { path: 'cases/:id(\\d+)', name: 'case', component: () => import('./CaseView.vue'), meta: { roles: READERS }, props: true },
  { path: 'contingency-plans', name: 'contingency-plans', component: () => import('./PlansView.vue'), meta: { roles: READERS } },
  { path: 'case-synonyms', name: 'case-synonyms', component: () => import('./SynonymsView.vue'), meta: { roles: READERS } },
]

export const knowledgeMenu = [
  { key: 'cases', route: 'cases', roles: READERS },
  { key: 'contingencyPlans', route: 'contingency-plans', roles: PLAN_MENU },
  { key: 'caseSynonyms', route: 'case-synonyms', roles: SYNONYM_MENU },
]
