/** `agree-plan` (the API's path name of a step) → `AGREE_PLAN` (its i18n key under `action.`). */
export function actionKey(pathName: string): string {
  return pathName.toUpperCase().replace(/-/g, '_')
}
