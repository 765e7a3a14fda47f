// Editing a survey template on screen (问卷模板): its questions as a form holds them, a new question, the body of the
// new version (PUT /api/v1/survey-templates/{code}), and a template's code as the server accepts it.
export type QuestionType = 'SCALE' | 'CHOICE' | 'TEXT'
export const TYPES: readonly QuestionType[] = ['SCALE', 'CHOICE', 'TEXT']

export interface OptionDraft { key: string; text: string; textEn: string }
export interface QuestionDraft {
  key: string
  type: QuestionType
  text: string
  textEn: string
  required: boolean
  satisfaction: boolean
  options: OptionDraft[]
}
export interface TemplateDraft { code: string; name: string; nameEn: string; questions: QuestionDraft[] }

interface QuestionIn {
  key?: string
  type?: QuestionType
  text?: string
  textEn?: string
  required?: boolean
  measures?: 'SATISFACTION' | null
  options?: { key?: string; text?: string; textEn?: string }[] | null
}

/** A template as the form edits it (a copy: the list shown stays as the server sent it). */
export function draftOf(t: { code?: string; name?: string; nameEn?: string; questions?: QuestionIn[] } | null): TemplateDraft {
  return {
    code: t?.code ?? '',
    name: t?.name ?? '',
    nameEn: t?.nameEn ?? '',
    questions: (t?.questions ?? []).map((q) => ({
      key: q.key ?? '', type: q.type ?? 'SCALE', text: q.text ?? '', textEn: q.textEn ?? '', required: !!q.required,
      satisfaction: q.measures === 'SATISFACTION',
      options: (q.options ?? []).map((o) => ({ key: o.key ?? '', text: o.text ?? '', textEn: o.textEn ?? '' })),
    })),
  }
}

/** The first free key of the form `prefix` + n (q1, q2 … or o1, o2 …). */
export function freeKey(taken: readonly string[], prefix: string): string {
  let n = taken.length + 1
  while (taken.includes(prefix + n)) n++
  return prefix + n
}

/** A new question at the end: a rating, not required, with a key no other question has. */
export function newQuestion(questions: readonly QuestionDraft[]): QuestionDraft {
  return { key: freeKey(questions.map((q) => q.key), 'q'), type: 'SCALE', text: '', textEn: '', required: false,
    satisfaction: false, options: [] }
}

/** Changes a question's kind: a choice gets two options to start with; other kinds have none. */
export function withType(q: QuestionDraft, type: QuestionType): QuestionDraft {
  const options = type === 'CHOICE'
    ? (q.options.length ? q.options : [{ key: 'o1', text: '', textEn: '' }, { key: 'o2', text: '', textEn: '' }])
    : []
  return { ...q, type, options, satisfaction: type === 'SCALE' && q.satisfaction }
}

/** The new version's body: texts trimmed, options only on a choice, the satisfaction mark only on a rating. */
export function templateBody(d: TemplateDraft) {
  return {
    name: d.name.trim(),
    nameEn: d.nameEn.trim(),
    questions: d.questions.map((q) => ({
      key: q.key.trim(), type: q.type, text: q.text.trim(), textEn: q.textEn.trim(), required: q.required,
      options: q.type === 'CHOICE' ? q.options.map((o) => ({ key: o.key.trim(), text: o.text.trim(), textEn: o.textEn.trim() })) : [],
      measures: q.type === 'SCALE' && q.satisfaction ? ('SATISFACTION' as const) : undefined,
    })),
  }
}

/** Whether a new template's code is one the server takes: a lower-case letter, then letters, digits, dashes (≤ 40). */
export function codeOk(code: string): boolean {
  return /^[a-z][a-z0-9-]{0,39}$/.test(code)
}

/** The question of a field the server named (`questions[2].textEn` → 2), to mark it; null for the template's own. */
export function questionOfField(field: string): number | null {
  const m = /^questions\[(\d+)]/.exec(field)
  return m ? Number(m[1]) : null
}
