/**
 * Finding a colleague by name in a short list as one types: part of the name (`张`, `强`, `工程师`), or the
 * pinyin initials of a Chinese name (`zq` for 张强, `wxgcszq` for 维修工程师 张强), any case, spaces ignored.
 *
 * The initials come from the browser's own pinyin collation (`Intl.Collator('zh-CN-u-co-pinyin')`, ICU's
 * Chinese sort order): a character's initial is the letter of the last boundary character it sorts after.
 * No pinyin dictionary is shipped (a library such as pinyin-pro adds some 100 KB to the workbench for a
 * list of a few dozen names); the price is that a character read two ways (多音字, e.g. 曾 zēng/céng) gets
 * the initial of its first reading in the collation, and a name can always be found by its characters.
 */

/** The first character (in pinyin order) of each initial A…Z; I, U and V start no syllable. */
const BOUNDARIES = '阿八嚓哒妸发旮哈讥咔垃妈拏噢妑七呥仨他穵夕丫帀'
const LETTERS = 'ABCDEFGHJKLMNOPQRSTWXYZ'
const HAN = /[\u4e00-\u9fff]/

let collator: Intl.Collator | undefined

/** The pinyin initial of one character, upper case; a letter or digit is itself; other characters nothing. */
export function initialOf(ch: string): string {
  if (!HAN.test(ch)) {
    return /[\p{L}\p{N}]/u.test(ch) ? ch.toUpperCase() : ''
  }
  collator ??= new Intl.Collator('zh-CN-u-co-pinyin')
  let letter = ''
  for (let i = 0; i < BOUNDARIES.length && collator.compare(ch, BOUNDARIES[i]) >= 0; i++) {
    letter = LETTERS[i]
  }
  return letter
}

/** `维修工程师 张强` → `WXGCSZQ`. */
export function pinyinInitials(name: string): string {
  return [...name].map(initialOf).join('')
}

const cache = new Map<string, string>()

/**
 * Whether `name` matches what was typed: blank matches all; otherwise the text (spaces ignored, any case)
 * is part of the name, or part of its pinyin initials.
 */
export function matchesName(name: string, typed: string): boolean {
  const query = typed.replace(/\s+/g, '').toLowerCase()
  if (!query) {
    return true
  }
  if (name.replace(/\s+/g, '').toLowerCase().includes(query)) {
    return true
  }
  if (!/^[a-z]+$/.test(query)) {
    return false
  }
  let initials = cache.get(name)
  if (initials === undefined) {
    initials = pinyinInitials(name).toLowerCase()
    cache.set(name, initials)
  }
  return initials.includes(query)
}

/** The people whose name matches, in the order given. */
export function searchStaff<T extends { displayName: string }>(staff: T[], typed: string): T[] {
  return staff.filter((s) => matchesName(s.displayName, typed))
}
