import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { generateAll, generatedPath } from '../data/build.js'

describe('generated data modules', () => {
  for (const [name, content] of generateAll()) {
    it(`src/data/${name} is up to date with data/ (else run npm run build:data)`, () => {
      expect(readFileSync(generatedPath(name), 'utf8')).toBe(content)
      expect(content.startsWith('// generated — do not edit.')).toBe(true)
    })
  }
})
