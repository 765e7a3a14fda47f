import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/problem'
import { menuFor } from '@/router/menu'
import {
  buildingNodes,
  IMPORT_COLUMNS,
  ownersByUnit,
  PROJECT_CREATORS,
  projectNodes,
  REGISTRY_WRITERS,
  rejectedOutcome,
  rejectionsCsv,
  reportOutcome,
  selection,
  sortUnits,
  templateCsv,
} from './registry'

describe('the tree of projects and buildings', () => {
  it('has a project node per project, opening onto its buildings', () => {
    expect(projectNodes([{ id: 1, name: '翠湖苑' }, { id: 2, name: '锦澜园' }])).toEqual([
      { key: 'p-1', kind: 'project', id: 1, label: '翠湖苑', projectId: 1, isLeaf: false },
      { key: 'p-2', kind: 'project', id: 2, label: '锦澜园', projectId: 2, isLeaf: false },
    ])
  })

  it('lists buildings as leaves in natural order: 2栋 before 10栋', () => {
    const nodes = buildingNodes([
      { id: 7, projectId: 1, name: '10栋' },
      { id: 5, projectId: 1, name: '2栋' },
      { id: 6, projectId: 1, name: 'A座' },
    ])
    expect(nodes.map((n) => n.label)).toEqual(['2栋', '10栋', 'A座'])
    expect(nodes[0]).toEqual({ key: 'b-5', kind: 'building', id: 5, label: '2栋', projectId: 1, isLeaf: true })
  })

  it('reads the chosen project and building from the address, ignoring what is not an id', () => {
    expect(selection({ project: '3', building: '12' })).toEqual({ project: 3, building: 12 })
    expect(selection({ project: '-1', building: '1e3' })).toEqual({ project: undefined, building: undefined })
    expect(selection({ project: ['3'] })).toEqual({ project: undefined, building: undefined })
  })
})

describe('units and their owners', () => {
  it('orders units by floor, then number, units without a floor last', () => {
    const units = sortUnits([
      { id: 1, unitNo: '1002', floor: 10 },
      { id: 2, unitNo: '车位 3' },
      { id: 3, unitNo: '202', floor: 2 },
      { id: 4, unitNo: '201', floor: 2 },
    ])
    expect(units.map((u) => u.unitNo)).toEqual(['201', '202', '1002', '车位 3'])
  })

  it('groups the owners of a page of units by unit, keeping the server order', () => {
    const byUnit = ownersByUnit([
      { unitId: 5, customerId: 1, name: '王建国', role: 'OWNER' },
      { unitId: 5, customerId: 2, name: '李梅', role: 'CO_OWNER' },
      { unitId: 6, customerId: 3, name: '赵一鸣', role: 'OWNER' },
    ])
    expect(byUnit.get(5)?.map((o) => o.name)).toEqual(['王建国', '李梅'])
    expect(byUnit.get(6)).toHaveLength(1)
    expect(byUnit.get(7)).toBeUndefined()
  })
})

describe('an import', () => {
  it('shows a dry run as what it would write, and a commit as what it wrote', () => {
    const report = { totalRows: 3, imported: 3, buildingsCreated: 1, customersCreated: 2, rejectedRows: [] }
    expect(reportOutcome({ ...report, dryRun: true })).toEqual({ kind: 'checked', totalRows: 3, units: 3, buildings: 1, customers: 2 })
    expect(reportOutcome({ ...report, dryRun: false }).kind).toBe('imported')
  })

  it('turns the 422 import-rejected problem into one line per problem with its row and column', () => {
    const problem = {
      type: 'urn:estatecare:problem:import-rejected',
      title: '导入未执行',
      totalRows: 6,
      rejectedRows: [
        { row: 3, errors: [{ field: 'floor', reason: '格式不正确' }, { field: 'ownerPhone', reason: '不是有效的电话号码' }] },
        { row: 7, errors: [{ field: 'unitNo', reason: '与文件第 2 行的房号重复' }] },
      ],
    }
    expect(rejectedOutcome(new ApiError(422, problem))).toEqual({
      kind: 'rejected',
      totalRows: 6,
      rejectedRows: 2,
      rejections: [
        { row: 3, field: 'floor', reason: '格式不正确' },
        { row: 3, field: 'ownerPhone', reason: '不是有效的电话号码' },
        { row: 7, field: 'unitNo', reason: '与文件第 2 行的房号重复' },
      ],
    })
  })

  it('leaves any other failure to the problem alert', () => {
    expect(rejectedOutcome(new ApiError(400, { type: 'urn:estatecare:problem:invalid-field', errors: [{ field: 'file' }] }))).toBeNull()
    expect(rejectedOutcome(new ApiError(404, { title: 'Not found' }))).toBeNull()
    expect(rejectedOutcome(new TypeError('offline'))).toBeNull()
  })

  it('writes the rejected rows as a CSV Excel opens: BOM, quoted cells, formulas defused', () => {
    const csv = rejectionsCsv(
      [
        { row: 3, field: 'ownerPhone', reason: 'is not a valid phone number' },
        { row: 4, field: 'ownerKind', reason: 'must be one of "A", B' },
        { row: 5, field: 'layout', reason: '=HYPERLINK("x")' },
      ],
      ['Row', 'Column', 'Reason'],
      (f) => ({ ownerPhone: 'Owner phone', ownerKind: 'Customer kind' })[f] ?? f,
    )
    expect(csv).toBe('\uFEFFRow,Column,Reason\r\n3,Owner phone,is not a valid phone number\r\n'
      + '4,Customer kind,"must be one of ""A"", B"\r\n5,layout,"\'=HYPERLINK(""x"")"\r\n')
  })

  it('offers a template with the headers the server reads, in Chinese or English', () => {
    expect(templateCsv(true)).toBe('\uFEFF楼栋,房号,楼层,面积,户型,交付日期,业主姓名,业主电话,客户类型,产权角色\r\n')
    expect(templateCsv(false)).toBe('\uFEFF' + IMPORT_COLUMNS.join(',') + '\r\n')
  })
})

describe('who does what', () => {
  it('shows the registry to all staff (the API lets every staff member read it), never to owners', () => {
    expect(menuFor(['ENGINEER']).map((m) => m.key)).toContain('registry')
    expect(menuFor(['OWNER']).map((m) => m.key)).not.toContain('registry')
  })

  it('lets only those the API lets create projects see the button: every project creator may also write units', () => {
    expect(PROJECT_CREATORS.every((r) => REGISTRY_WRITERS.includes(r))).toBe(true)
    expect(REGISTRY_WRITERS).not.toContain('ENGINEER')
    expect(REGISTRY_WRITERS).not.toContain('HANDLER')
  })
})
