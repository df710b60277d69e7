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
})
