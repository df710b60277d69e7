import { describe, expect, it } from 'vitest'
import { splitParagraphs } from '../src/index.js'

const texts = (s: string, by?: 'line' | 'blank-line'): string[] =>
  splitParagraphs(s, by ? { by } : {}).map((p) => p.text)

describe('splitParagraphs', () => {
  it('splits at every line break by default, skipping blank lines', () => {
    expect(texts('347 рет\nкөрсетілді\n\n\n2 мин\r\nоқу үшін')).toEqual(['347 рет', 'көрсетілді', '2 мин', 'оқу үшін'])
  })
  it('splits only at blank lines with { by: "blank-line" }', () => {
    expect(texts('бір\nекі\n \nүш\r\n\r\nтөрт', 'blank-line')).toEqual(['бір\nекі', 'үш', 'төрт'])
  })
  it('knows Unicode line and paragraph separators', () => {
    expect(texts('бір\u2028екі\u2029үш')).toEqual(['бір', 'екі', 'үш'])
  })
  it('trims white space, NBSP and zero-width characters', () => {
    const text = ' \u00a0\u200b Мәтін.\u00a0 \n'
    expect(splitParagraphs(text)).toEqual([{ start: 4, end: 10, text: 'Мәтін.' }])
  })
  it('returns nothing for empty or blank text', () => {
    expect(splitParagraphs('')).toEqual([])
    expect(splitParagraphs(' \n\n\t')).toEqual([])
  })
  it('throws a TypeError naming itself', () => {
    expect(() => splitParagraphs(undefined as unknown as string)).toThrow(/^splitParagraphs:/)
  })
})
