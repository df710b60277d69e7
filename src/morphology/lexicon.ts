import { countryNames } from '../data/countries.generated.js'
import { lexiconByWeight } from '../data/lexicon.generated.js'
import { protectedStems } from '../data/stems.generated.js'

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

