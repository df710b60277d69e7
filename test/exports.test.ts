import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'
import * as tokenizeEntry from '../src/tokenize.js'

describe('public API', () => {
  it('exports exactly these names (update README when this changes)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'analyze',
      'analyzeWord',
      'detectLanguage',
      'detectScript',
      'extractEntities',
      'extractQuotes',
      'lemmatize',
      'lemmatizePhrase',
      'normalize',
      'parseArticle',
      'parseKazakhDate',
      'quotesToRows',
      'readingTime',
      'readingTimeBadge',
      'readingTimeLabel',
      'splitParagraphs',
      'splitSentences',
      'toCyrillic',
      'toLatin',
      'tokenize',
    ])
  })
  it('kazakh-nlp/tokenize exports the segmentation stage', () => {
    expect(Object.keys(tokenizeEntry).sort()).toEqual(['normalize', 'splitParagraphs', 'splitSentences', 'tokenize'])
  })
  it('every export is a function', () => {
    for (const value of Object.values(api)) expect(typeof value).toBe('function')
  })
  it('every export is documented in the README API section (functions called, types listed)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    const api_ = readme.slice(readme.indexOf('## API'), readme.indexOf('## Command line'))
    const undocumented = Object.keys(api).filter((name) => !api_.includes(`${name}(`))
    expect(undocumented).toEqual([])
    const index = readFileSync(new URL('../src/index.ts', import.meta.url), 'utf8')
    const types = [...index.matchAll(/^export type \{([^}]*)\}/gm)].flatMap((m) => m[1]!.split(',').map((t) => t.trim()))
    const typesSection = api_.slice(api_.indexOf('### Types'))
    expect(types.length).toBeGreaterThan(20)
    expect(types.filter((t) => !typesSection.includes(`\`${t}\``))).toEqual([])
  })
})
