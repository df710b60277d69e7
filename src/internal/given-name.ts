import { givenNames } from '../data/given-names.generated.js'

let givenNameSet: Set<string> | undefined

/**
 * Is a folded word (lower case, no soft or hard sign) a listed given name (data/gazetteer/given-names*.txt)?
 * э and ё are read as е: Latin Kazakh writes all three "e", so "Emmanıýel" comes back from
 * toCyrillic as "Емманюел", not the listed "Эмманюэль".
 */
export function isListedGivenName(folded: string): boolean {
  givenNameSet ??= new Set(givenNames.split('|').map(withPlainE))
  return givenNameSet.has(withPlainE(folded))
}

function withPlainE(folded: string): string {
  return folded.includes('э') || folded.includes('ё') ? folded.replace(/[эё]/gu, 'е') : folded
}

/** Given names that also name organizations: "Қайрат" is a football club as often as a man. */
const NAMES_OF_CLUBS = new Set(['қайрат'])

/** A listed given name (folded lemma), but for the names of clubs. */
export function isGivenName(foldedLemma: string): boolean {
  return isListedGivenName(foldedLemma) && !NAMES_OF_CLUBS.has(foldedLemma)
}
