import { type Person, type QuoteDocument, isCapitalized, isPronoun, lowerLemma } from './document.js'
import { isTitleWord, matchPhrase, presidentTitles } from './lexicon.js'

/** Who a mention refers to: a token range of the fullest name for it, or the mention itself. */
export interface Referent {
  first: number
  last: number
  /** True when the referent is a person named elsewhere in the text. */
  person: boolean
}

/**
 * Resolves a speaker mention (token range) to the person the article means:
 * - a name → the fullest name in the text with the same words (Тоқаев → Қасым-Жомарт Тоқаев,
 *   Болатбек → Болатбек Қалдыров);
 * - ол / оның → the last speaker, or else the last person named before it;
 * - a title → the person the text names with that title (министр → "министр Ерлан Ақкенженов");
 *   Президент / Мемлекет басшысы → Қасым-Жомарт Тоқаев when the text names him and no other
 *   holder; any other title with no named holder → the person the article names most, if any;
 * - anything else (Ақорда, DW, агенттік дереккөзі) → itself.
 */
export function resolveSpeaker(doc: QuoteDocument, first: number, last: number, lastSpeaker: Referent | undefined): Referent {
  const self: Referent = { first, last, person: false }
  const words = doc.words.slice(first, last)
  if (words.length === 0) return self
  if (words.length <= 2 && isPronoun(words.join(' '))) {
    if (lastSpeaker) return lastSpeaker
    const before = [...doc.people].reverse().find((p) => p.last <= first)
    return before ? asReferent(before) : self
  }
  const lemmas = words.map((w) => lowerLemma(doc.lemmas, w))
  const capitalized = doc.tokens.slice(first, last).filter((t) => isCapitalized(t))
  const hasTitle = words.some((w, j) => isTitleWord(w, lemmas[j]!))
  // a name: the fullest person with the words of the mention's last capitalized run (the head of
  // "Тоқаевтың кеңесшісі Айбек Серіков" is Айбек Серіков)
  const run = lastCapitalizedRun(doc, first, last)
  if (run && !(hasTitle && capitalized.length === words.length && words.length <= 2 && !isNameLike(doc, first, last))) {
    const nameLemmas = doc.tokens.slice(run[0], run[1]).map((t) => lowerLemma(doc.lemmas, t.text))
    const match = fullest(doc.people.filter((p) => nameLemmas.every((l) => p.lemmas.includes(l))))
    if (match) return asReferent(match)
    if (!hasTitle) return run[0] > first ? { first: run[0], last: run[1], person: false } : self
  }
  if (hasTitle) {
    const titleLemmas = lemmas.filter((l, j) => isTitleWord(words[j]!, l))
    // a title points back to the holder named before it (the one named most among them); with
    // none before, to the article's main person ("шебер" is the craftsman the story is about,
    // not the other one a closing note mentions)
    const holders = doc.people.filter((p) => p.title.some((t) => titleLemmas.includes(t)))
    const before = holders.filter((p) => p.last <= first)
    const best = mostNamed(doc.people, before)
    if (best) return asReferent(best)
    const main = mostNamed(doc.people)
    if (main && !isPresidential(words, lemmas)) return asReferent(main)
    const after = mostNamed(doc.people, holders)
    if (after) return asReferent(after)
    if (isPresidential(words, lemmas)) {
      const tokayev = fullest(doc.people.filter((p) => p.lemmas.includes('тоқаев')))
      if (tokayev) return asReferent(tokayev)
      return self
    }
  }
  return self
}

/** The last run of capitalized words in tokens [first, last). */
function lastCapitalizedRun(doc: QuoteDocument, first: number, last: number): [number, number] | undefined {
  let end = last
  while (end > first && !isCapitalized(doc.tokens[end - 1]!)) end--
  if (end === first) return undefined
  let start = end - 1
  while (start > first && isCapitalized(doc.tokens[start - 1]!)) start--
  return [start, end]
}

function isPresidential(words: string[], lemmas: string[]): boolean {
  return matchPhrase(lemmas, 0, presidentTitles) > 0 || matchPhrase(words, 0, presidentTitles) > 0 || lemmas.includes('президент')
}

/** Mentions of a person: every name in the text sharing a word with it. */
function mentions(people: Person[], c: Person): number {
  return people.filter((p) => p.lemmas.some((l) => c.lemmas.includes(l))).length
}

function isNameLike(doc: QuoteDocument, first: number, last: number): boolean {
  return doc.people.some((p) => p.first <= first && last <= p.last)
}

function asReferent(p: Person): Referent {
  return { first: p.first, last: p.last, person: true }
}

function fullest(people: Person[]): Person | undefined {
  let best: Person | undefined
  for (const p of people) if (!best || p.lemmas.length > best.lemmas.length) best = p
  return best
}

/**
 * Among `candidates` (all people by default), the one the article mentions most, counting every
 * mention that shares a word with the name (Болатбек, Қалдыров, Болатбек Қалдыров); the first wins ties.
 */
function mostNamed(people: Person[], candidates: Person[] = people): Person | undefined {
  let best: Person | undefined
  let bestCount = 0
  for (const c of candidates) {
    const count = mentions(people, c)
    if (count > bestCount) {
      best = c
      bestCount = count
    }
  }
  return best ? fullest(people.filter((p) => best!.lemmas.every((l) => p.lemmas.includes(l)))) ?? best : undefined
}
