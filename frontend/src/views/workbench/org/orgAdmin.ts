// The plain rules of the organisation screens: the tree of nodes, the kind a new node takes, the roles an
// administrator may give at a node, and what an administrator may do to an account. The server decides in the
// end (RoleGrantRule, StaffAdministration); these keep the screens from offering what it would refuse.
import type { Role } from '@/api/types'

export type OrgKind = 'GROUP' | 'COMPANY' | 'PROJECT' | 'BUILDING'

/** A node as GET /api/v1/org-nodes lists it. */
export interface OrgNode {
  id: number
  parentId?: number | null
  kind: OrgKind
  code: string
  name: string
  path: string
}

export interface TreeNode extends OrgNode {
  children: TreeNode[]
}

const KINDS: readonly OrgKind[] = ['GROUP', 'COMPANY', 'PROJECT', 'BUILDING']

/**
 * The flat list as a tree: a node whose parent is not in the list (above the caller's branch) is a root;
 * siblings in the order of their codes. Each node appears once, whatever order the list came in.
 */
export function buildTree(nodes: readonly OrgNode[]): TreeNode[] {
  const byId = new Map<number, TreeNode>()
  for (const node of nodes) {
    byId.set(node.id, { ...node, children: [] })
  }
  const roots: TreeNode[] = []
  for (const node of byId.values()) {
    const parent = node.parentId == null ? undefined : byId.get(node.parentId)
    if (parent && parent !== node) {
      parent.children.push(node)
    } else {
      roots.push(node)
    }
  }
  const sort = (list: TreeNode[]) => {
    list.sort((a, b) => a.code.localeCompare(b.code))
    list.forEach((n) => sort(n.children))
  }
  sort(roots)
  return roots
}

/** The ids of every node with children, for "expand all". */
export function branchIds(tree: readonly TreeNode[]): number[] {
  return tree.flatMap((n) => (n.children.length ? [n.id, ...branchIds(n.children)] : []))
}

/** The one kind a node under `kind` takes (group → company → project → building); none under a building. */
export function childKind(kind: OrgKind): OrgKind | null {
  return KINDS[KINDS.indexOf(kind) + 1] ?? null
}

/**
 * Every role an administrator gives here, in the order the screens list them; OWNER is the portal's, never given
 * here. AUDITOR reads the audit log and nothing else, so the server refuses it beside any other role.
 */
export const STAFF_ROLES: readonly Role[] = ['AGENT', 'MANAGER', 'HANDLER', 'ENGINEER', 'CONSULTANT', 'PROJECT_COMPANY', 'HQ', 'ADMIN', 'AUDITOR']

/** The roles an account at a node of this kind may hold: HQ only at the group's node. */
export function grantableRoles(kind: OrgKind | undefined): Role[] {
  return STAFF_ROLES.filter((role) => role !== 'HQ' || kind === 'GROUP')
}

/** The roles kept when the node changes: those the new node cannot hold are dropped. */
export function keepGrantable(roles: readonly Role[], kind: OrgKind | undefined): Role[] {
  const allowed = grantableRoles(kind)
  return roles.filter((r) => allowed.includes(r))
}

/** The account list's `roles` column ("HANDLER,MANAGER") as roles. */
export function parseRoles(roles: string | null | undefined): Role[] {
  return (roles ?? '').split(',').map((r) => r.trim()).filter((r): r is Role => r.length > 0)
}

/**
 * Whether the signed-in administrator may change an account: its node is in their branch (one of the nodes
 * they can see) and it is not their own.
 */
export function canManage(account: { id: number; orgNodeId: number }, visibleNodeIds: ReadonlySet<number>, selfId: number | undefined): boolean {
  return account.id !== selfId && visibleNodeIds.has(account.orgNodeId)
}

/** What a token's row says: revoked, expired (by `now`) or active. */
export function tokenState(token: { revokedAt?: string | null; expiresAt?: string | null }, now: number): 'revoked' | 'expired' | 'active' {
  if (token.revokedAt) {
    return 'revoked'
  }
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) {
    return 'expired'
  }
  return 'active'
}

/** A node's label in a picker: indented by its depth, so a flat select shows the tree. */
export function flatten(tree: readonly TreeNode[], depth = 0): { node: TreeNode; depth: number }[] {
  return tree.flatMap((node) => [{ node, depth }, ...flatten(node.children, depth + 1)])
}
