import { analyzeWord } from './analyze-word.js'

/**
 * Does the best reading of a lower-case word carry one of these suffix tags? The quote stage asks
 * it of a subject's words ("Астанада" is LOC: no subject), the entity stage of the words before
 * an organization's head ("… министрлігіне" may end a name, "жеңіске" may not sit inside one).
 */
export function hasCaseSuffix(lower: string, tags: ReadonlySet<string>): boolean {
  const suffixes = analyzeWord(lower)[0]?.suffixes ?? []
  return suffixes.some((x) => tags.has(x.tag))
}
