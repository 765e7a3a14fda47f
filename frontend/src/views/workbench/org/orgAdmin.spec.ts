import { describe, expect, it } from 'vitest'
import { branchIds, buildTree, canManage, childKind, flatten, grantableRoles, keepGrantable, parseRoles, tokenState, type OrgNode } from './orgAdmin'

const node = (id: number, parentId: number | null, kind: OrgNode['kind'], code: string): OrgNode => ({
  id, parentId, kind, code, name: code, path: '/',
})

describe('the organisation tree', () => {
  it('hangs each node under its parent, siblings by code, whatever the order of the list', () => {
    const tree = buildTree([node(3, 1, 'COMPANY', 'SH'), node(5, 3, 'PROJECT', 'CHY'), node(1, null, 'GROUP', 'G'), node(2, 1, 'COMPANY', 'HZ')])
    expect(tree.map((n) => n.code)).toEqual(['G'])
    expect(tree[0]!.children.map((n) => n.code)).toEqual(['HZ', 'SH'])
    expect(tree[0]!.children[1]!.children.map((n) => n.id)).toEqual([5])
    expect(branchIds(tree)).toEqual([1, 3])
  })

  it('makes a root of a node whose parent lies above the caller’s branch', () => {
    const tree = buildTree([node(2, 1, 'COMPANY', 'HZ'), node(7, 2, 'PROJECT', 'XXY')])
    expect(tree.map((n) => n.id)).toEqual([2])
    expect(flatten(tree).map((f) => [f.node.id, f.depth])).toEqual([[2, 0], [7, 1]])
  })

  it('gives a new node the one kind below its parent, and none below a building', () => {
    expect(childKind('GROUP')).toBe('COMPANY')
    expect(childKind('COMPANY')).toBe('PROJECT')
    expect(childKind('PROJECT')).toBe('BUILDING')
    expect(childKind('BUILDING')).toBeNull()
  })
})

describe('the roles an administrator may give', () => {
  it('offers HQ only at the group’s node, and never OWNER', () => {
    expect(grantableRoles('GROUP')).toContain('HQ')
    expect(grantableRoles('COMPANY')).not.toContain('HQ')
    expect(grantableRoles('PROJECT')).toContain('ENGINEER')
    expect(grantableRoles(undefined)).not.toContain('HQ')
    expect(grantableRoles('GROUP')).not.toContain('OWNER')
    expect(grantableRoles('COMPANY')).toContain('AUDITOR')
  })

  it('drops the roles a newly chosen node cannot hold', () => {
    expect(keepGrantable(['HQ', 'AGENT'], 'COMPANY')).toEqual(['AGENT'])
    expect(keepGrantable(['HQ', 'AGENT'], 'GROUP')).toEqual(['HQ', 'AGENT'])
  })

  it('reads the list’s roles column', () => {
    expect(parseRoles('HANDLER,MANAGER')).toEqual(['HANDLER', 'MANAGER'])
    expect(parseRoles('')).toEqual([])
    expect(parseRoles(null)).toEqual([])
  })

  it('lets an administrator change accounts of their branch only, and not their own', () => {
    const visible = new Set([2, 7])
    expect(canManage({ id: 10, orgNodeId: 7 }, visible, 1)).toBe(true)
    expect(canManage({ id: 11, orgNodeId: 3 }, visible, 1)).toBe(false)
    expect(canManage({ id: 1, orgNodeId: 2 }, visible, 1)).toBe(false)
  })
})

describe('a token’s state', () => {
  const now = Date.parse('2026-11-26T08:00:00Z')
  it('is revoked, expired or active', () => {
    expect(tokenState({ revokedAt: '2026-11-01T00:00:00Z' }, now)).toBe('revoked')
    expect(tokenState({ expiresAt: '2026-11-26T08:00:00Z' }, now)).toBe('expired')
    expect(tokenState({ expiresAt: '2026-12-01T00:00:00Z' }, now)).toBe('active')
    expect(tokenState({}, now)).toBe('active')
  })
})
