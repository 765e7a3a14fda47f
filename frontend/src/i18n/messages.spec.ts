import { describe, expect, it } from 'vitest'
import workbenchZh from './workbench.zh-CN'
import workbenchEn from './workbench.en'
import portalZh from './portal.zh-CN'
import portalEn from './portal.en'
import { enumsZh } from './enums'
import openapi from '../../openapi.json'

/** Every key path of a message tree, e.g. `requests.title`. */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  )
}

function values(tree: object): string[] {
  return Object.values(tree).flatMap((v) => (typeof v === 'object' && v !== null ? values(v) : [String(v)]))
}

/** The values of an enum property of a schema in the API description. */
function apiEnum(schema: string, property: string): string[] {
  const parts = (openapi.components.schemas as Record<string, { allOf?: { properties?: Record<string, { enum?: string[] }> }[]; properties?: Record<string, { enum?: string[]; items?: { enum?: string[] } }> }>)[schema]
  const props = parts.properties ?? Object.assign({}, ...(parts.allOf ?? []).map((p) => p.properties ?? {}))
  const p = props[property]
  return p.enum ?? p.items?.enum ?? []
}

describe('messages', () => {
  it('the workbench has the same keys in Chinese and English', () => {
    expect(keys(workbenchEn).sort()).toEqual(keys(workbenchZh).sort())
  })

  it('the portal has the same keys in Chinese and English', () => {
    expect(keys(portalEn).sort()).toEqual(keys(portalZh).sort())
  })

  it('no message is empty, and the English ones contain no Chinese', () => {
    const cjk = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u
    for (const tree of [workbenchEn, portalEn]) {
      const shown = values({ ...tree, common: { ...tree.common, zh: 'named in itself' } })
      expect(shown.filter((v) => v.trim() === '')).toEqual([])
      expect(shown.filter((v) => cjk.test(v))).toEqual([])
    }
    expect(values(workbenchZh).filter((v) => v.trim() === '')).toEqual([])
  })

  it('every value of the enumerations in the API description has a label', () => {
    expect(Object.keys(enumsZh.status).sort()).toEqual(apiEnum('StaffRequestView', 'status').sort())
    expect(Object.keys(enumsZh.kind).sort()).toEqual(apiEnum('StaffRequestView', 'kind').sort())
    expect(Object.keys(enumsZh.category).sort()).toEqual(apiEnum('StaffRequestView', 'category').sort())
    expect(Object.keys(enumsZh.channel).sort()).toEqual(apiEnum('StaffRequestView', 'channel').sort())
    expect(Object.keys(enumsZh.role).sort()).toEqual(apiEnum('CurrentUser', 'roles').sort())
    // every step a user may take also has its past-tense label for the timeline
    for (const step of Object.keys(enumsZh.step)) {
      expect(Object.keys(enumsZh.action)).toContain(step)
    }
  })
})
