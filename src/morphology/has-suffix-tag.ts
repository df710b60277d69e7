import { bestReading } from './analyze-word.js'

/**
 * Does the best reading of a lower-case word carry one of these suffix tags? The quote stage asks
 * it of a subject's words ("Астанада" is LOC: no subject) and of a speaker ("мамандар" is PL), the
 * entity stage of the words before an organization's head ("жеңіске" may not sit inside a name).
 */
export function hasSuffixTag(lower: string, tags: ReadonlySet<string>): boolean {
  const suffixes = bestReading(lower)?.suffixes ?? []
  return suffixes.some((x) => tags.has(x.tag))
}
