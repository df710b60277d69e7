/**
 * The letters of a Kazakh case ending after a hyphen, in Cyrillic or Latin script: ке, тің, тағы,
 * нан; tiń, ke, taǵy (2018), tıñ, tağy (2021). Latin text keeps its domain as written, ending and
 * all, when it is read in Cyrillic ("Kaspi.kz-tiń dıvıdend" read "Каспі.кз-тің" before).
 */
const ENDING = '(?:[а-яәғқңөұүһі]{1,6}|[a-zıáǵńóúýäğñöūüşç]{1,6})'

/** A Kazakh case ending written after a hyphen (the part after it): the tokenizer keeps it with a domain before it, "Kaspi.kz-тің". */
export const CASE_ENDING = new RegExp(`^${ENDING}$`, 'u')

/** A bare domain with a Kazakh case ending after a hyphen, as the tokenizer reads one token: "Kaspi.kz-тің". */
const DOMAIN_WITH_ENDING = new RegExp(`^([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})-${ENDING}$`, 'u')

/** The domain without its case ending ("Zakon.kz-тің" → Zakon.kz), or undefined when the text is no such domain. */
export function domainWithoutEnding(text: string): string | undefined {
  return DOMAIN_WITH_ENDING.exec(text)?.[1]
}

/**
 * Is a URL token a site named as a name, capitalized with no path and no "www.": "Kaspi.kz",
 * "Zakon.kz-тің" (the entity stage's organization, the quote stage's subject).
 */
export function isNamedSite(text: string): boolean {
  return !text.includes('/') && !/^www\./i.test(text) && /^\p{Lu}/u.test(text)
}
