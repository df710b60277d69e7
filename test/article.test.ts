import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hasAtLeastWords } from '../src/internal/has-at-least-words.js'
import { parseArticle, parseKazakhDate } from '../src/index.js'

const dir = new URL('./fixtures/seed/', import.meta.url)
const page = readFileSync(new URL('000_c7d509376adc05ed.txt', dir), 'utf8')
const expected = JSON.parse(readFileSync(new URL('000_c7d509376adc05ed.expected.json', dir), 'utf8')) as {
  page: { category: string; date: string; title: string; views: number; statedReadingMinutes: number; bodyStartsWith: string; bodyEndsWith: string; relatedHeadlines: string[] }
}

describe('parseArticle: the seed page', () => {
  const a = parseArticle(page)
  it('reads the page block of the expectations', () => {
    expect(a.category?.text).toBe(expected.page.category)
    expect(a.date?.value).toBe(expected.page.date)
    expect(a.title?.text).toBe(expected.page.title)
    expect(a.views).toBe(expected.page.views)
    expect(a.statedReadingMinutes).toBe(expected.page.statedReadingMinutes)
    expect(a.body!.text.startsWith(expected.page.bodyStartsWith)).toBe(true)
    expect(a.body!.text.endsWith(expected.page.bodyEndsWith)).toBe(true)
    expect(a.related.map((r) => r.title.text)).toEqual(expected.page.relatedHeadlines)
  })
  it('gives every span as an exact slice of the page', () => {
    for (const span of [a.title, a.category, a.date, a.body, ...a.paragraphs, ...a.related.flatMap((r) => [r.title, r.category, r.date])]) {
      if (span) expect(page.slice(span.start, span.end)).toBe(span.text)
    }
  })
  it('leaves the repeated headline out of the body paragraphs and dates the related items', () => {
    expect(a.paragraphs.some((p) => p.text === a.title!.text)).toBe(false)
    expect(a.related.map((r) => [r.category?.text, r.date?.value])).toEqual([
      ['Денсаулық', '2024-05-05'],
      ['Аймақтар', '2024-05-04'],
    ])
  })
  it('returns empty lists for a plain text and throws on non-strings', () => {
    expect(parseArticle('')).toEqual({ paragraphs: [], related: [] })
    expect(() => parseArticle(1 as unknown as string)).toThrow(/^parseArticle:/)
  })
})

describe('parseKazakhDate', () => {
  it.each([
    ['03 Қаңтар, 2024', '2024-01-03'],
    ['3 қаңтар 2024 ж.', '2024-01-03'],
    ['2024 жылғы 3 қаңтарда', '2024-01-03'],
    ['03.01.2024', '2024-01-03'],
    ['5 МАМЫР 2024', '2024-05-05'],
    ['2024 жылғы желтоқсан', '2024-12'],
    ['3 qańtar 2024', '2024-01-03'],
  ])('%s → %s', (text, iso) => {
    expect(parseKazakhDate(text)).toBe(iso)
  })
  it.each(['қаңтарда', '2024', 'ертең', ''])('%j has no full date', (text) => {
    expect(parseKazakhDate(text)).toBeUndefined()
  })
})

describe('hasAtLeastWords', () => {
  it('answers text.split(/\\s+/).length >= n on any text, every kind of white space included', () => {
    // every character \s matches, a few it does not (ZWSP, soft hyphen, U+0085), and words
    const pieces = ['сөз', 'a', ' ', '  ', '\t', '\n', '\r\n', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u00ad', '\u0085', '.']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), fc.integer({ min: 0, max: 12 }), (parts, n) => {
        const text = parts.join('')
        expect(hasAtLeastWords(text, n)).toBe(text.split(/\s+/).length >= n)
      }),
      { numRuns: 5000 },
    )
  })
})
