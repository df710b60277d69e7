import { lemmatize } from './analyze-word.js'

/**
 * lemmatize(word) through `lemmas`, a cache by the word as written that belongs to one call:
 * analyze() hands the same one to the entity stage (viewOf, entity lemmas) and the quote stage
 * (lowerLemma), so a word is lemmatized once per text. Nothing is kept between calls.
 */
export function lemmatizeCached(lemmas: Map<string, string>, word: string): string {
  let raw = lemmas.get(word)
  if (raw === undefined) lemmas.set(word, (raw = lemmatize(word)))
  return raw
}
