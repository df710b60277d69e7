/** Invariants of extractQuotes on random Kazakh-like text with quote marks, dashes and paragraphs. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractQuotes } from '../src/index.js'

const pieces = ['«', '»', '"', '„', '“', ', – деді ', 'деп атап өтті ', 'Қасым-Жомарт Тоқаев', 'министр', 'ол', 'Президент', 'айтуынша, ', ', деп хабарлайды Kazinform', 'атпағанын баса айтты', '\n\n', '\n', '– ', '- ', ': ', '. ', 'сөз ', 'Біз ', 'бар', 'Reseıge ', 'dedi ', '«Ақсай» нан зауыты ', 'ЖШС ']
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''))

describe('extractQuotes invariants', () => {
  it('spans and speakers are inside the text and round-trip; direct quotes never overlap', () => {
    fc.assert(
      fc.property(text, (t) => {
        const quotes = extractQuotes(t)
        const direct = quotes.filter((q) => q.kind === 'direct')
        for (const q of quotes) {
          for (const span of [q, q.speaker, q.cue]) {
            if (!span) continue
            expect(span.start).toBeGreaterThanOrEqual(0)
            expect(span.end).toBeLessThanOrEqual(t.length)
            expect(t.slice(span.start, span.end)).toBe(span.text)
          }
          expect(q.end).toBeGreaterThan(q.start)
        }
        for (let i = 1; i < direct.length; i++) expect(direct[i]!.start).toBeGreaterThanOrEqual(direct[i - 1]!.end)
        expect(JSON.parse(JSON.stringify(quotes))).toEqual(quotes)
      }),
      { numRuns: 20_000 },
    )
  })
})
