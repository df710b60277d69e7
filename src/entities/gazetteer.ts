import { countryNames } from '../data/countries.generated.js'

let countries: Map<string, string> | undefined

/** Lower case without soft and hard signs, which Latin Kazakh does not write (Беларусь ≡ Belarýs → беларус). */
export function foldName(name: string): string {
  return name.toLowerCase().replace(/[ьъ]/g, '')
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
