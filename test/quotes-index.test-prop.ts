/**
 * The quote stage's indexes (people-index.ts, drop-overlaps.ts) answer in linear time what a
 * scan over every person or every find used to answer in quadratic time or worse. These
 * properties check each answer against that plain scan, on random people and finds.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Person, QuoteDocument } from '../src/quotes/document.js'
import { dropOverlaps, type Overlapping } from '../src/quotes/drop-overlaps.js'
import { fullestWith, insideName, lastEndingBy, mostNamedWithTitle, mentions, peopleIndex } from '../src/quotes/people-index.js'

// a few words, so that names share them often
const word = fc.constantFrom<string>('асқар', 'бекет', 'тоқаев', 'ерлан', 'серік', 'ов')
const title = fc.constantFrom<string>('министр', 'президент', 'басшы', 'әкім')

/** People as findPeople makes them: in text order, not overlapping, names of 1–5 words. */
const people = fc
  .array(fc.record({ gap: fc.nat(3), lemmas: fc.array(word, { minLength: 1, maxLength: 5 }), title: fc.array(title, { maxLength: 2 }) }), { maxLength: 25 })
  .map((rows) => {
    let at = 0
    return rows.map(({ gap, lemmas, title }): Person => {
      const first = at + gap
      at = first + lemmas.length
      return { first, last: at, lemmas, title }
    })
  })

const docOf = (list: Person[]): QuoteDocument => ({ people: list, peopleIndex: {} }) as unknown as QuoteDocument

// the scans the index replaced, as resolve-speaker.ts had them
const scanMentions = (list: Person[], c: Person): number => list.filter((p) => p.lemmas.some((l) => c.lemmas.includes(l))).length
const scanFullest = (list: Person[]): Person | undefined => {
  let best: Person | undefined
  for (const p of list) if (!best || p.lemmas.length > best.lemmas.length) best = p
  return best
}
const scanFullestWith = (list: Person[], words: string[]): Person | undefined => scanFullest(list.filter((p) => words.every((l) => p.lemmas.includes(l))))
const scanMostNamed = (list: Person[], candidates: Person[]): Person | undefined => {
  let best: Person | undefined
  let bestCount = 0
  for (const c of candidates) {
    const count = scanMentions(list, c)
    if (count > bestCount) {
      best = c
      bestCount = count
    }
  }
  return best
}

describe('people index', () => {
  it('gives the answers of a scan over every person', () => {
    fc.assert(
      fc.property(people, fc.array(word, { minLength: 1, maxLength: 3 }), fc.array(title, { minLength: 1, maxLength: 2 }), fc.nat(60), (list, words, titles, at) => {
        const index = peopleIndex(docOf(list))
        for (const c of list) expect(mentions(index, c)).toBe(scanMentions(list, c))
        expect(fullestWith(index, words)).toBe(scanFullestWith(list, words))
        expect(index.main).toBe(scanMostNamed(list, list))
        const holders = list.filter((p) => p.title.some((t) => titles.includes(t)))
        expect(mostNamedWithTitle(index, titles, at)).toBe(scanMostNamed(list, holders.filter((p) => p.last <= at)))
        expect(mostNamedWithTitle(index, titles, Infinity)).toBe(scanMostNamed(list, holders))
        expect(list[lastEndingBy(list, at)]).toBe([...list].reverse().find((p) => p.last <= at))
        for (let len = 1; len <= 3; len++) expect(insideName(list, at, at + len)).toBe(list.some((p) => p.first <= at && at + len <= p.last))
      }),
      { numRuns: 3000 },
    )
  })
})

/** dropOverlaps as it was written before: every find against every other. */
function scanDropOverlaps<F extends Overlapping>(found: F[]): F[] {
  const direct = found.filter((f) => f.kind === 'direct')
  const outer = found.filter((f) => !(f.kind === 'direct' && direct.some((d) => d !== f && d.start <= f.start && f.end <= d.end && d.end - d.start > f.end - f.start)))
  const kept: F[] = []
  for (const f of outer.sort((a, b) => a.rank - b.rank || a.start - b.start)) {
    if (kept.some((k) => f.start < k.end && k.start < f.end)) continue
    kept.push(f)
  }
  return kept.sort((a, b) => a.start - b.start)
}

describe('dropOverlaps', () => {
  it('keeps what comparing every pair keeps', () => {
    const find = fc
      .record({ kind: fc.constantFrom('direct', 'indirect', 'source'), start: fc.nat(40), length: fc.nat(12), rank: fc.nat(4), id: fc.nat() })
      .map(({ length, ...f }) => ({ ...f, end: f.start + length }))
    fc.assert(
      fc.property(fc.array(find, { maxLength: 30 }), (found) => {
        expect(dropOverlaps(found)).toEqual(scanDropOverlaps([...found]))
      }),
      { numRuns: 5000 },
    )
  })
})
