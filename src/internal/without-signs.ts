const SIGNS = /[ьъ]/g

/**
 * A lower-case word without soft and hard signs, which Latin script does not write: the tagger's
 * views and the word lists compared with them use this form, so "Donald" (→ Доналд) and
 * "Дональд", "Premer-mınıstr" (→ премер-министр) and "премьер-министр" look alike. Most words
 * have none, so no regular expression runs.
 */
export function withoutSigns(lower: string): string {
  return lower.includes('ь') || lower.includes('ъ') ? lower.replace(SIGNS, '') : lower
}
