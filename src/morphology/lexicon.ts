import { countryNames } from '../data/countries.generated.js'
import { lexiconByWeight } from '../data/lexicon.generated.js'
import { protectedStems } from '../data/stems.generated.js'
import { candidates } from './candidates.js'

/**
 * How much the lexicon believes a lower-case word is a lemma, in bits: 0 (unknown) to 30.
 * - 0.5–20: derived from KazNERD (data/morphology/lexicon.tsv): log2 of 1 + its attested paradigm size;
 * - 30: curated stems (data/morphology/stems.txt) and country names: never stripped further.
 */
const PROTECTED_WEIGHT = 30

/**
 * The weight of a word KazNERD has in one form only, that form itself (2·log2 2 / 2): many such
 * are inflected names the derivation took whole ("ердоғанның").
 */
export const HAPAX_WEIGHT = 1

let weights: Map<string, number> | undefined

function build(): Map<string, number> {
  const m = new Map<string, number>()
  lexiconByWeight.forEach((group, weight) => {
    if (group !== '') for (const word of group.split('|')) m.set(word, weight / 2)
  })
  for (const word of protectedStems.split('|')) m.set(word, PROTECTED_WEIGHT)
  for (const pair of countryNames.split('|')) {
    const name = pair.slice(3).toLowerCase()
    // multi-word names protect their last word (Қырғыз Республикасы → республикасы stays whole here;
    // the phrase lemmatizer handles the head's possessive)
    if (!name.includes(' ')) m.set(name, PROTECTED_WEIGHT)
  }
  return m
}

export function lexiconWeight(lowerWord: string): number {
  weights ??= build()
  return weights.get(lowerWord) ?? 0
}

export function isProtected(lowerWord: string): boolean {
  return lexiconWeight(lowerWord) >= PROTECTED_WEIGHT
}

/** The plural's allomorphs, which a lemma the lexicon lists may end in. */
const PLURAL_ENDING = /(?:лар|лер|дар|дер|тар|тер)$/u

/** The shortest singular, and its least weight, that make a listed plural (not қатар: "қа", гектар: "гек"). */
const MIN_SINGULAR = 3
const MIN_SINGULAR_WEIGHT = 1.5

let listedPlurals: ReadonlySet<string> | undefined

/**
 * Is a lower-case word a plural the derived lexicon lists as a lemma of its own, beside its
 * singular: балалар (бала), сарапшылар (сарапшы)? The derivation took such a plural whole when
 * KazNERD had it in several forms (сарапшылары, сарапшыларының), so the lexicon ranks
 * "сарапшылар + -ы" above "сарапшы + -лар + -ы". A curated stem is never one.
 */
export function isListedPlural(lower: string): boolean {
  // (every one ends in р: a test of one letter before the set's)
  if (lower.charCodeAt(lower.length - 1) !== 0x440) return false
  if (!listedPlurals) {
    weights ??= build()
    const found = new Set<string>()
    for (const [word, weight] of weights) {
      if (weight >= PROTECTED_WEIGHT || !PLURAL_ENDING.test(word)) continue
      const singular = word.slice(0, -3)
      if (singular.length < MIN_SINGULAR || (weights.get(singular) ?? 0) < MIN_SINGULAR_WEIGHT) continue
      // (a plural's allomorph after that singular, as the analyzer reads it: not бағдар, "бағ" takes -тар)
      if (candidates(word).some((c) => c.lemma === singular && c.suffixes.length === 1 && c.suffixes[0]!.tag === 'PL' && !c.disharmonic)) found.add(word)
    }
    listedPlurals = found
  }
  return listedPlurals.has(lower)
}

