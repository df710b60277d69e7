import { givenNames } from '../data/given-names.generated.js'

let givenNameSet: Set<string> | undefined

/** Is a folded word (lower case, no soft or hard sign) a listed given name (data/gazetteer/given-names*.txt)? */
export function isListedGivenName(folded: string): boolean {
  givenNameSet ??= new Set(givenNames.split('|'))
  return givenNameSet.has(folded)
}

/** Given names that also name organizations: "Қайрат" is a football club as often as a man. */
const NAMES_OF_CLUBS = new Set(['қайрат'])

/** A listed given name (folded lemma), but for the names of clubs. */
export function isGivenName(foldedLemma: string): boolean {
  return isListedGivenName(foldedLemma) && !NAMES_OF_CLUBS.has(foldedLemma)
}
