import { createI18n } from 'vue-i18n'

export type Locale = 'zh-CN' | 'en'
export const LOCALES: Locale[] = ['zh-CN', 'en']
const STORAGE_KEY = 'estatecare.locale'

/** The language chosen before on this device, else Chinese (the product's default). */
export function rememberedLocale(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Locale {
  const saved = storage?.getItem(STORAGE_KEY)
  return saved === 'en' ? 'en' : 'zh-CN'
}

export function rememberLocale(locale: Locale, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage) {
  storage?.setItem(STORAGE_KEY, locale)
}

/** One i18n instance per app; the API client reads its locale for Accept-Language. */
export function makeI18n<M extends object>(zh: M, en: M) {
  const i18n = createI18n({
    legacy: false as const,
    locale: rememberedLocale(),
    fallbackLocale: 'zh-CN',
    missingWarn: false,
    fallbackWarn: false,
    messages: { 'zh-CN': zh, en } as unknown as Record<Locale, Record<string, string>>,
  })
  currentLocale = () => i18n.global.locale.value as Locale
  return i18n
}

let currentLocale: () => Locale = () => rememberedLocale()

/** The language the user reads now (for Accept-Language and date formats). */
export function locale(): Locale {
  return currentLocale()
}

export function setLocale(i18n: { global: { locale: { value: string } } }, next: Locale) {
  i18n.global.locale.value = next
  rememberLocale(next)
  document.documentElement.lang = next
}
