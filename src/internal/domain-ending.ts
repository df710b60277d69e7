/** The letters of a Kazakh case ending after a hyphen: ке, тің, тағы, нан … */
const ENDING = '[а-яәғқңөұүһі]{1,6}'

/** A Kazakh case ending written after a hyphen (the part after it): the tokenizer keeps it with a domain before it, "Kaspi.kz-тің". */
export const CASE_ENDING = new RegExp(`^${ENDING}$`, 'u')

/** A bare domain with a Kazakh case ending after a hyphen, as the tokenizer reads one token: "Kaspi.kz-тің". */
const DOMAIN_WITH_ENDING = new RegExp(`^([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})-${ENDING}$`, 'u')

/** The domain without its case ending ("Zakon.kz-тің" → Zakon.kz), or undefined when the text is no such domain. */
export function domainWithoutEnding(text: string): string | undefined {
  return DOMAIN_WITH_ENDING.exec(text)?.[1]
}
