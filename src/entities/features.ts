import { caseByCode } from '../internal/letter-case.js'
import { withoutSigns } from '../internal/without-signs.js'
import { lemmatizeAsTrainedCached } from '../morphology/lemmatize-cached.js'
import { lexiconWeight } from '../morphology/lexicon.js'
import { countryCodeOfFolded } from './gazetteer.js'

/**
 * Features of the entity tagger. Most depend on one word seen from some offset (the word itself,
 * the one before, the one after …): `wordFeatures` names them, so a decoder can look up a word's
 * weights once per text and reuse them. `pairFeatures` are the few that join two positions.
 * Training (data/tools/train-ner.ts) and tagging both build on these two functions.
 */
export interface WordView {
  lower: string
  lemma: string
  shape: string
}

/** Offsets a word is seen from: itself, then as the previous / next / second previous / second next word. */
export const OFFSETS = ['0', '-1', '+1', '-2', '+2'] as const
export type Offset = (typeof OFFSETS)[number]

export const SENTENCE_START: WordView = { lower: '<s>', lemma: '<s>', shape: '<s>' }
export const SENTENCE_END: WordView = { lower: '</s>', lemma: '</s>', shape: '</s>' }

const LETTER = /\p{L}/u

/**
 * The tagger's view of a word. Soft and hard signs are left out of `lower` and `lemma`: Latin
 * Kazakh does not write them, so "Donald" (→ Доналд) and "Дональд" look alike to the model.
 * `lemmas` caches lemmatize(word) by the word as written; analyze() shares it with the quote stage.
 */
export function viewOf(word: string, lemmas: Map<string, string>): WordView {
  const lower = withoutSigns(word.toLowerCase())
  // lemmatize the word as written: ҰҚШҰ-дан is an abbreviation with a suffix, ұқшұ-дан is not
  let lemma = lower
  // (as the model was trained on it: lemmatizeAsTrained)
  if (LETTER.test(word)) lemma = withoutSigns(lemmatizeAsTrainedCached(lemmas, word).toLowerCase())
  return { lower, lemma, shape: shape(word) }
}

/** Feature names of a word seen from `offset`. The decoder's wordRows (perceptron.ts) follows this list. */
export function wordFeatures(v: WordView, offset: Offset, word: string): string[] {
  switch (offset) {
    case '0': {
      const f = [`w=${v.lower}`, `l=${v.lemma}`, `s2=${v.lower.slice(-2)}`, `s3=${v.lower.slice(-3)}`, `s4=${v.lower.slice(-4)}`, `p3=${v.lower.slice(0, 3)}`, `sh=${v.shape}`]
      if (v.lower !== v.lemma) f.push(`sfx=${v.lower.slice(v.lemma.length)}`)
      if (isCountryLemma(v)) f.push('gaz=country')
      if (isUnknownCapital(v, word)) f.push('unknown-cap')
      return f
    }
    case '-1':
      return [`w-1=${v.lower}`, `l-1=${v.lemma}`, `sh-1=${v.shape}`]
    case '+1':
      return [`w+1=${v.lower}`, `l+1=${v.lemma}`, `sh+1=${v.shape}`]
    case '-2':
      return [`w-2=${v.lower}`]
    case '+2':
      return [`w+2=${v.lower}`]
  }
}

/** The "gaz=country" feature: the lemma is a country's name. */
export function isCountryLemma(v: WordView): boolean {
  return countryCodeOfFolded(v.lemma) !== undefined
}

/** The "unknown-cap" feature: a capitalized word whose lemma the lexicon does not know. */
export function isUnknownCapital(v: WordView, word: string): boolean {
  return /^\p{Lu}/u.test(word) && lexiconWeight(v.lemma) === 0
}

/** Features joining positions, for token i of the sentence views. */
export function pairFeatures(views: readonly WordView[], i: number): string[] {
  const prev = views[i - 1] ?? SENTENCE_START
  const cur = views[i]!
  const next = views[i + 1] ?? SENTENCE_END
  const f = ['b', `sh-1,0=${prev.shape},${cur.shape}`, `sh0,+1=${cur.shape},${next.shape}`, `l0,+1=${cur.lemma},${next.lemma}`]
  if (i === 0) f.push('first')
  return f
}

/** All feature names of every token (what training sees). */
export function tokenFeatures(words: readonly string[], lemmaCache: Map<string, string> = new Map()): string[][] {
  const views = words.map((w) => viewOf(w, lemmaCache))
  const at = (i: number): [WordView, string] => [views[i] ?? (i < 0 ? SENTENCE_START : SENTENCE_END), words[i] ?? '']
  return words.map((w, i) => [
    ...pairFeatures(views, i),
    ...wordFeatures(views[i]!, '0', w),
    ...wordFeatures(at(i - 1)[0], '-1', at(i - 1)[1]),
    ...wordFeatures(at(i + 1)[0], '+1', at(i + 1)[1]),
    ...wordFeatures(at(i - 2)[0], '-2', at(i - 2)[1]),
    ...wordFeatures(at(i + 2)[0], '+2', at(i + 2)[1]),
  ])
}

/** Word shape: Қазақстан → Xx, ҰҚШҰ-ға → X-x, 2024 → d, «» → the mark itself. */
export function shape(word: string): string {
  let out = ''
  let last = ''
  for (let i = 0; i < word.length && out.length < 6; i++) {
    const c = shapeClass(word, i)
    if (c !== last) out += c
    last = c
  }
  return out
}

/** 'X', 'x', 'd', or the character itself; the common alphabets without a case conversion (caseByCode). */
function shapeClass(word: string, i: number): string {
  const code = word.charCodeAt(i)
  const letterCase = caseByCode(code)
  if (letterCase !== 0) return letterCase === 1 ? 'X' : 'x'
  if (code >= 0x30 && code <= 0x39) return 'd'
  const ch = word[i]!
  const lower = ch.toLowerCase()
  const upper = ch.toUpperCase()
  return lower !== upper ? (ch === upper ? 'X' : 'x') : ch
}
