import { mayEndAbbreviations, noBreakAbbreviations } from '../data/abbreviations.generated.js'
import { topLevelDomains } from '../data/tlds.generated.js'

/** Abbreviations after which a capital does not start a sentence: "1939 ж. Қ. Жұмалиев". */
export const noBreakAbbreviationSet: ReadonlySet<string> = new Set(noBreakAbbreviations.split('|'))

/** Abbreviations that may close a sentence: "…еврейлер, т.б." / "3,5 млн. адам". */
export const mayEndAbbreviationSet: ReadonlySet<string> = new Set(mayEndAbbreviations.split('|'))

/** Top-level domains that make "Egemen.kz" one token. */
export const topLevelDomainSet: ReadonlySet<string> = new Set(topLevelDomains.split('|'))

/** Length of the longest listed abbreviation: longer words skip the lookup. */
export const maxAbbreviationLength: number = Math.max(...[...noBreakAbbreviationSet, ...mayEndAbbreviationSet].map((a) => a.length))

/** True when `word` (without its final period, any case) is a listed abbreviation. */
export function isKnownAbbreviation(word: string): boolean {
  const lower = word.toLowerCase()
  return noBreakAbbreviationSet.has(lower) || mayEndAbbreviationSet.has(lower)
}
