import { countryNames } from '../data/countries.generated.js'
import { countrySpellings } from '../data/country-spellings.generated.js'
import { organizationRows } from '../data/organizations.generated.js'
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

/** The one-word places of data/gazetteer/places.tsv, folded, with their country's code ("-" when none). */
let places: Map<string, string> | undefined

function placeCountries(): Map<string, string> {
  if (!places) {
    places = new Map()
    for (const row of placeRows.split('|')) {
      const [name, , , country] = row.split('\t') as [string, string, string, string]
      if (!name.includes(' ')) places.set(foldName(name), country)
    }
  }
  return places
}

/** The places of data/gazetteer/places.tsv of more than one word, folded: "орталық азия". */
let placePhrases: Set<string> | undefined

/** Is a phrase folded by foldName a listed place of two words or more (орталық азия, каспий теңізі)? */
export function isPlacePhraseFolded(folded: string): boolean {
  if (!placePhrases) {
    placePhrases = new Set()
    for (const row of placeRows.split('|')) {
      const name = row.slice(0, row.indexOf('\t'))
      if (name.includes(' ')) placePhrases.add(foldName(name))
    }
  }
  return placePhrases.has(folded)
}

/** Is a name folded by foldName one word of data/gazetteer/places.tsv (астана, алматы, мәскеу)? */
export function isPlaceFolded(folded: string): boolean {
  return placeCountries().has(folded)
}

/** The country of a listed one-word place, folded (ташкент → UZ), or undefined. */
export function countryOfPlaceFolded(folded: string): string | undefined {
  const country = placeCountries().get(folded)
  return country === undefined || country === '-' ? undefined : country
}

/** A row of data/gazetteer/organizations.tsv: its abbreviation and full name ("-" when none) and kind ("-" when unknown). */
export interface OrganizationEntry {
  abbr: string
  full: string
  kind: string
}

let organizations: readonly OrganizationEntry[] | undefined

/** The rows of data/gazetteer/organizations.tsv, read once for the entity gazetteer and the quote stage's lists. */
export function organizationEntries(): readonly OrganizationEntry[] {
  return (organizations ??= organizationRows.split('|').map((row) => {
    const [abbr, full, kind] = row.split('\t') as [string, string, string]
    return { abbr, full, kind }
  }))
}

/** Is a folded name a listed place or country (CLDR's names: the tagger's features know those)? */
export function isListedPlaceOrCountry(folded: string): boolean {
  return isPlaceFolded(folded) || countryCodeOfFolded(folded) !== undefined
}

/** The suffixes of a demonym. */
const DEMONYM_SUFFIXES = new Set(['лық', 'лік', 'дық', 'дік', 'тық', 'тік'])

/**
 * Is a folded lemma a listed country's or place's name (three letters or more) with a demonym's
 * suffix (қостанайлық, жапониялық)? Its last letter settles most words: a regular expression on
 * every distinct word cost 4 % of analyze. The entity stage reads a place's people by it, the
 * quote stage a subject's ("Жапониялық аудармашы …").
 */
export function isDemonymLemma(lemma: string): boolean {
  const last = lemma.charCodeAt(lemma.length - 1)
  if ((last !== 0x49b && last !== 0x43a) || lemma.length < 6 || !DEMONYM_SUFFIXES.has(lemma.slice(-3))) return false
  return isListedPlaceOrCountry(lemma.slice(0, -3))
}
