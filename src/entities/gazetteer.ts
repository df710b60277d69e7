import { countryNames } from '../data/countries.generated.js'
import { countrySpellings } from '../data/country-spellings.generated.js'
import { placeRows } from '../data/places.generated.js'
import { withoutSigns } from '../internal/without-signs.js'

let countries: Map<string, string> | undefined

/** Lower case without soft and hard signs, which Latin Kazakh does not write (Беларусь ≡ Belarýs → беларус). */
export function foldName(name: string): string {
  return withoutSigns(name.toLowerCase())
}

/** ISO 3166-1 alpha-2 code of a country name or its lemma, any case (ресей → RU, қырғыз республикасы → KG). */
export function countryCodeOf(name: string): string | undefined {
  return countryCodeOfFolded(foldName(name))
}

/** countryCodeOf for a name already folded by foldName (the tagger's lemmas are). */
export function countryCodeOfFolded(folded: string): string | undefined {
  if (!countries) {
    countries = new Map()
    for (const pair of countryNames.split('|')) countries.set(foldName(pair.slice(3)), pair.slice(0, 2))
  }
  return countries.get(folded)
}

let spellings: Map<string, string> | undefined

/**
 * countryCodeOfFolded, and the other spellings the press uses (data/gazetteer/country-spellings.tsv:
 * Әзербайжан beside CLDR's Әзірбайжан). Not for the tagger's features, which know countries.tsv's.
 */
export function countryCodeOfAnySpelling(folded: string): string | undefined {
  if (!spellings) {
    spellings = new Map()
    for (const pair of countrySpellings.split('|')) spellings.set(foldName(pair.slice(3)), pair.slice(0, 2))
  }
  return countryCodeOfFolded(folded) ?? spellings.get(folded)
}

let places: Set<string> | undefined

/** Is a name folded by foldName one word of data/gazetteer/places.tsv (астана, алматы, мәскеу)? */
export function isPlaceFolded(folded: string): boolean {
  if (!places) {
    places = new Set()
    for (const row of placeRows.split('|')) {
      const name = row.slice(0, row.indexOf('\t'))
      if (!name.includes(' ')) places.add(foldName(name))
    }
  }
  return places.has(folded)
}
