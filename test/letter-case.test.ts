import { describe, expect, it } from 'vitest'
import { caseByCode } from '../src/internal/letter-case.js'

describe('caseByCode', () => {
  it('agrees with the case conversions on every code it decides, and decides the Kazakh letters', () => {
    let decided = 0
    for (let code = 0; code <= 0xffff; code++) {
      const c = caseByCode(code)
      if (c === 0) continue
      decided++
      const ch = String.fromCharCode(code)
      const capital = ch !== ch.toLowerCase() && ch === ch.toUpperCase()
      const small = ch !== ch.toUpperCase() && ch === ch.toLowerCase()
      expect([code.toString(16), c]).toEqual([code.toString(16), capital ? 1 : small ? -1 : 'neither'])
    }
    expect(decided).toBeGreaterThan(200)
    for (const ch of 'ӘҒҚҢӨҰҮҺІ') expect(caseByCode(ch.charCodeAt(0))).toBe(1)
    for (const ch of 'әғқңөұүһі') expect(caseByCode(ch.charCodeAt(0))).toBe(-1)
  })
})
