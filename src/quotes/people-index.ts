import { countBelow } from '../internal/count-below.js'
import type { Person, QuoteDocument } from './document.js'

/**
 * The questions speaker resolution asks about a text's people, answered without scanning them
 * all each time: a text with thousands of names and quotes ("Министр: «…»" after each) took
 * time growing with the square of its size (the cube, for "the most named"), 92 s for 1 MB.
 * Built once per text, when a speaker first needs it; every answer is what a scan would give.
 *
 * Names have at most 5 words (findPeople), so every set of a name's words can be counted.
 */
export interface PeopleIndex {
  /** Per set of name words (setKey): how many names hold all of them, and the fullest such name (the first with the most words). */
  sets: Map<string, { count: number; fullest: Person }>
  /** Each person's mentions (see mentions), counted once. */
  mentions: Map<Person, number>
  /** Per title word: the people named with it (in text order) and, at each, the most named of them so far. */
  byTitle: Map<string, { people: Person[]; mostNamed: Person[] }>
  /** The most named person of the text. */
  main: Person | undefined
}

/** The text's index, made on first use and kept with the document. */
export function peopleIndex(doc: QuoteDocument): PeopleIndex {
  return (doc.peopleIndex.value ??= buildIndex(doc.people))
}

function buildIndex(people: readonly Person[]): PeopleIndex {
  const sets = new Map<string, { count: number; fullest: Person }>()
  for (const p of people) {
    const words = distinctSorted(p.lemmas)
    // mask 0, the empty set, is held by every name
    for (let mask = 0; mask < 1 << words.length; mask++) {
      const key = setKey(words, mask)
      const entry = sets.get(key)
      if (!entry) sets.set(key, { count: 1, fullest: p })
      else {
        entry.count++
        if (p.lemmas.length > entry.fullest.lemmas.length) entry.fullest = p
      }
    }
  }
  const counts = new Map<Person, number>()
  for (const p of people) counts.set(p, countMentions(sets, p))
  const index: PeopleIndex = { sets, mentions: counts, byTitle: new Map(), main: undefined }
  for (const p of people) {
    if (index.main === undefined || counts.get(p)! > counts.get(index.main)!) index.main = p
    for (const t of new Set(p.title)) {
      let entry = index.byTitle.get(t)
      if (!entry) index.byTitle.set(t, (entry = { people: [], mostNamed: [] }))
      const so = entry.mostNamed.at(-1)
      entry.people.push(p)
      entry.mostNamed.push(so === undefined || counts.get(p)! > counts.get(so)! ? p : so)
    }
  }
  return index
}

/**
 * Mentions of a person: the names in the text sharing a word with it (Болатбек, Қалдыров and
 * Болатбек Қалдыров all mention Болатбек Қалдыров). By inclusion–exclusion over the subsets of
 * its words: names holding at least one = Σ ± names holding the subset.
 */
export function mentions(index: PeopleIndex, c: Person): number {
  return index.mentions.get(c) ?? countMentions(index.sets, c)
}

function countMentions(sets: PeopleIndex['sets'], c: Person): number {
  const words = distinctSorted(c.lemmas)
  let total = 0
  for (let mask = 1; mask < 1 << words.length; mask++) {
    const n = sets.get(setKey(words, mask))?.count ?? 0
    total += bitCount(mask) % 2 === 1 ? n : -n
  }
  return total
}

/** The fullest name holding all of `words` (the first with the most words), if any. */
export function fullestWith(index: PeopleIndex, words: readonly string[]): Person | undefined {
  const distinct = distinctSorted(words)
  return distinct.length > 5 ? undefined : index.sets.get(setKey(distinct, (1 << distinct.length) - 1))?.fullest
}

/**
 * Among the people with one of `titles` in their title and whose name ends by `before`
 * (Infinity: anywhere), the most named; the first in the text wins ties.
 */
export function mostNamedWithTitle(index: PeopleIndex, titles: readonly string[], before: number): Person | undefined {
  let best: Person | undefined
  for (const t of new Set(titles)) {
    const entry = index.byTitle.get(t)
    if (!entry) continue
    const i = lastEndingBy(entry.people, before)
    if (i < 0) continue
    const c = entry.mostNamed[i]!
    if (best === undefined) best = c
    else {
      const [mc, mb] = [mentions(index, c), mentions(index, best)]
      if (mc > mb || (mc === mb && c.first < best.first)) best = c
    }
  }
  return best
}

/** The index of the last of `people` (in text order) whose name ends by token `at`, or -1. */
export function lastEndingBy(people: readonly Person[], at: number): number {
  return countUpTo(people, 'last', at) - 1
}

/** Does a person's name start at token k? */
export function startsName(people: readonly Person[], k: number): boolean {
  return people[countUpTo(people, 'first', k) - 1]?.first === k
}

/** Is tokens [first, last) inside one person's name? */
export function insideName(people: readonly Person[], first: number, last: number): boolean {
  // names do not overlap: the last one starting at or before `first` is the only one that can hold the range
  const p = people[countUpTo(people, 'first', first) - 1]
  return p !== undefined && last <= p.last
}

/** How many of `people` (in text order, so `first` and `last` both ascend) have `edge` ≤ `at`: a binary search. */
function countUpTo(people: readonly Person[], edge: 'first' | 'last', at: number): number {
  return countBelow(people, at + 1, (p) => p[edge])
}

function distinctSorted(words: readonly string[]): string[] {
  return [...new Set(words)].sort()
}

function setKey(words: readonly string[], mask: number): string {
  let key = ''
  for (let i = 0; i < words.length; i++) if ((mask & (1 << i)) !== 0) key += `${words[i]}\u0000`
  return key
}

function bitCount(mask: number): number {
  let n = 0
  for (let m = mask; m !== 0; m &= m - 1) n++
  return n
}
