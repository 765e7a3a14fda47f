import { describe, expect, it } from 'vitest'
import { initialOf, matchesName, pinyinInitials, searchStaff } from './staffSearch'

describe('finding a colleague by name', () => {
  it('gives the pinyin initials of Chinese names from the browser collation', () => {
    expect(pinyinInitials('张强')).toBe('ZQ')
    expect(pinyinInitials('维修工程师 张强')).toBe('WXGCSZQ')
    expect(pinyinInitials('客服专员 林芳')).toBe('KFZYLF')
    // the first and last character of each initial's range, and the surnames of the Hundred Family list
    expect(pinyinInitials('阿八马妈七戚吕鲁柳罗杂')).toBe('ABMMQQLLLLZ')
    expect(pinyinInitials('赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨')).toBe('ZQSLZWZWFCCWJSHY')
    expect(pinyinInitials('欧阳 Li 3')).toBe('OYLI3')
  })

  it('keeps letters and digits and drops punctuation', () => {
    expect(initialOf('a')).toBe('A')
    expect(initialOf('·')).toBe('')
  })

  it('matches part of the name or part of its initials, any case, spaces ignored', () => {
    expect(matchesName('维修工程师 张强', '张')).toBe(true)
    expect(matchesName('维修工程师 张强', '工程师张')).toBe(true)
    expect(matchesName('维修工程师 张强', 'zq')).toBe(true)
    expect(matchesName('维修工程师 张强', 'Z Q')).toBe(true)
    expect(matchesName('维修工程师 张强', 'wxg')).toBe(true)
    expect(matchesName('维修工程师 张强', 'lf')).toBe(false)
    expect(matchesName('维修工程师 张强', '林')).toBe(false)
    expect(matchesName('Engineer Zhang', 'zhang')).toBe(true)
    expect(matchesName('维修工程师 张强', '  ')).toBe(true)
  })

  it('filters a list in its order', () => {
    const staff = [
      { id: 1, displayName: '维修工程师 张强' },
      { id: 2, displayName: '客服专员 林芳' },
      { id: 3, displayName: '张伟' },
    ]
    expect(searchStaff(staff, 'z').map((s) => s.id)).toEqual([1, 2, 3])
    expect(searchStaff(staff, 'zw').map((s) => s.id)).toEqual([3])
    expect(searchStaff(staff, '张').map((s) => s.id)).toEqual([1, 3])
    expect(searchStaff(staff, 'lf').map((s) => s.id)).toEqual([2])
  })
})
