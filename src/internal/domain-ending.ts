/** A bare domain with a Kazakh case ending after a hyphen, as the tokenizer reads one token: "Kaspi.kz-тің". */
const DOMAIN_WITH_ENDING = /^([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})-[а-яәғқңөұүһі]{1,6}$/u

/** The domain without its case ending ("Zakon.kz-тің" → Zakon.kz), or undefined when the text is no such domain. */
export function domainWithoutEnding(text: string): string | undefined {
  return DOMAIN_WITH_ENDING.exec(text)?.[1]
}
