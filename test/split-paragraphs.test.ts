import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitParagraphs } from '../src/index.js'

/** The definition, plainly: lines cut at every break (\r\n once), trimmed of blanks; by blank line, runs of lines with text. */
function reference(text: string, blankLine: boolean): { start: number; end: number; text: string }[] {
  const lines: [number, number][] = []
  const breaks = /\r\n|[\n\v\f\r\x85\u2028\u2029]/g
  let at = 0
  for (const m of text.matchAll(breaks)) {
    lines.push([at, m.index])
    at = m.index + m[0].length
  }
  lines.push([at, text.length])
  const blank = /^[\s\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e]$/u
  const trimmed = lines.map(([a, b]) => {
    while (a < b && blank.test(text[a]!)) a++
    while (b > a && blank.test(text[b - 1]!)) b--
    return [a, b] as [number, number]
  })
  const out: [number, number][] = []
  let open: [number, number] | undefined
  for (const [a, b] of trimmed) {
    if (a === b) {
      if (open) out.push(open)
      open = undefined
    } else if (blankLine && open) open[1] = b
    else {
      if (open) out.push(open)
      open = [a, b]
    }
  }
  if (open) out.push(open)
  return out.map(([start, end]) => ({ start, end, text: text.slice(start, end) }))
}

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
  it('agrees with the plain definition on random mixes of every line break, blank and letter', () => {
    const pieces = ['\n', '\r', '\r\n', '\v', '\f', '\x85', '\u2028', '\u2029', ' ', '\t', '\u00a0', '\u00ad', '\u200b', '\ufeff', 'а', 'Б', '.', 'x', '\n\n']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.boolean(), (parts, blankLine) => {
        const text = parts.join('')
        expect(splitParagraphs(text, blankLine ? { by: 'blank-line' } : {})).toEqual(reference(text, blankLine))
      }),
      { numRuns: 3000 },
    )
  })
  it('throws a TypeError naming itself', () => {
    expect(() => splitParagraphs(undefined as unknown as string)).toThrow(/^splitParagraphs:/)
  })
})
