import { bestReading } from '../morphology/analyze-word.js'
import { lexiconWeight } from '../morphology/lexicon.js'
import { LOCATIVE_ENDING } from './locative-ending.js'

/**
 * Does a capitalized word read only as a stem the lexicon does not know and a locative ending
 * (Адесида → Адеси + -да)? A person's name after a title is in no locative: such a word is a
 * foreign surname whole ("Университет провосты Илесанми Адесида").
 */
export function readsOnlyAsLocative(word: string): boolean {
  // (the ending first, by its letters: most words fail on it, and a reading costs)
  if (!LOCATIVE_ENDING.test(word)) return false
  const reading = bestReading(word)
  return reading !== undefined && reading.suffixes.length === 1 && reading.suffixes[0]!.tag === 'LOC' && lexiconWeight(reading.lemma.toLowerCase()) === 0
}
