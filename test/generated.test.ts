import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { generateAll, generatedPath } from '../data/build.js'
import { modelFingerprint } from '../data/tools/feature-fingerprint.js'

describe('generated data modules', () => {
  for (const [name, content] of generateAll()) {
    it(`src/data/${name} is up to date with data/ (else run npm run build:data)`, () => {
      expect(readFileSync(generatedPath(name), 'utf8')).toBe(content)
      expect(content.startsWith('// generated — do not edit.')).toBe(true)
    })
  }
})

describe('the entity tagger model', () => {
  it('records the fingerprint of the features it was trained on (npm run eval compares it with the code’s)', () => {
    const model = readFileSync(new URL('../data/ner/model.txt', import.meta.url), 'utf8')
    expect(modelFingerprint(model)).toMatch(/^[0-9a-f]{40}$/)
    expect(modelFingerprint('# features sha1 nothing\n')).toBeUndefined()
  })
})
