// A staff member's mail address and mail language, as the staff screen and their own account page edit them.

export const MAIL_LANGUAGES = ['zh-CN', 'en'] as const
export type MailLanguage = (typeof MAIL_LANGUAGES)[number]

/** The server's rule (OrganisationController.ContactRequest): no spaces, controls, <>,;" before the @; a dotted domain. */
const ADDRESS = /^[^\s\p{Cc}<>,;"]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/u
export const MAX_ADDRESS = 320

/** What is wrong with an address as typed (the i18n key under contact.), or null; blank is allowed: no mail. */
export function addressProblem(email: string): 'tooLong' | 'malformed' | null {
  const address = email.trim()
  if (!address) return null
  if (address.length > MAX_ADDRESS) return 'tooLong'
  return ADDRESS.test(address) ? null : 'malformed'
}

/** The body the server takes: the address trimmed (empty: none), the language one of the two. */
export function contactBody(email: string, language: string): { email: string; language: MailLanguage } {
  return { email: email.trim(), language: (MAIL_LANGUAGES as readonly string[]).includes(language) ? (language as MailLanguage) : 'zh-CN' }
}
