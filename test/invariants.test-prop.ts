/**
 * Invariants of every span-producing function, on random strings: full Unicode (lone
 * surrogates included), CRLF, NBSP, emoji sequences and Kazakh text with its punctuation.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalize, splitParagraphs, splitSentences, tokenize } from '../src/index.js'
import type { Span } from '../src/index.js'

// 10⁵ random strings for the tokenizer, as the foundation issue asks; PROP_RUNS overrides
const RUNS = Number(process.env.PROP_RUNS ?? 100_000)

const pieces = [
  'Қазақстан', 'ҰҚШҰ-ға', 'бірде-бір', 'Egemen.kz', 'Reseıge', 'ж.', 'т.б.', 'Қ.', '2024', '1,7', '14:30',
  '«', '»', '"', '„', '“', '–', '—', '-', '.', '...', '…', '?', '!', ',', ':', '%', '№', '•', '@', '#',
  ' ', ' ', '\u00a0', '\r\n', '\n', '\n\n', '\t', '\u00ad', '\u200d', '👨‍👩‍👧', '🇰🇿', '\ud800', '\udc00', 'бiлiм', 'ə',
  'https://egemen.kz/a', 'a@b.kz', '1 500', '°С', "'",
]
const kazakhish = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''))
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  kazakhish,
)

function checkSpans(text: string, spans: readonly Span[]): void {
  let previousEnd = 0
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(previousEnd)
    expect(s.end).toBeGreaterThan(s.start)
    expect(s.end).toBeLessThanOrEqual(text.length)
    expect(text.slice(s.start, s.end)).toBe(s.text)
    previousEnd = s.end
  }
}

describe('invariants', () => {
  it('tokens: ordered, non-overlapping, in bounds, exact round-trip, no white space token', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tokens = tokenize(text)
        checkSpans(text, tokens)
        for (const t of tokens) expect(t.text.trim()).not.toBe('')
      }),
      { numRuns: RUNS },
    )
  })

  it('tokens cover every character that is not white space or invisible', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const covered = new Uint8Array(text.length)
        for (const t of tokenize(text)) covered.fill(1, t.start, t.end)
        for (let i = 0; i < text.length; i++) {
          // \p{White_Space}, not \s: NEL (U+0085) is white space in Unicode but not in JavaScript's \s
          if (!covered[i]) expect(text[i]).toMatch(/[\p{White_Space}\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e]/u)
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('sentences and paragraphs: ordered, trimmed, exact round-trip; sentences inside paragraphs', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const paragraphs = splitParagraphs(text)
        const sentences = splitSentences(text)
        checkSpans(text, paragraphs)
        checkSpans(text, sentences)
        for (const s of sentences) {
          expect(paragraphs.some((p) => p.start <= s.start && s.end <= p.end)).toBe(true)
          expect(s.text).toBe(s.text.trim())
        }
      }),
      { numRuns: RUNS / 10 },
    )
  })

  it('normalize keeps the length, is idempotent, and results are plain JSON', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normalize(text)
        expect(once.length).toBe(text.length)
        expect(normalize(once)).toBe(once)
        const tokens = tokenize(text)
        expect(JSON.parse(JSON.stringify(tokens))).toEqual(tokens)
      }),
      { numRuns: RUNS / 10 },
    )
  })
})
