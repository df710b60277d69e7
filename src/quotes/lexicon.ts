import { aboutThisCues } from '../data/about-this.generated.js'
import { accordingToCues } from '../data/according-to.generated.js'
import { nameHeads } from '../data/name-heads.generated.js'
import { sourceVerbs } from '../data/source-verbs.generated.js'
import { speechVerbs } from '../data/speech-verbs.generated.js'
import { personTitles } from '../data/titles.generated.js'

/** Word lists of the quote stage (data/quotes/), as lists of word arrays, longest first. */
function phrases(joined: string | undefined): string[][] {
  if (!joined) return []
  return joined
    .split('|')
    .map((p) => p.split(' '))
    .sort((a, b) => b.length - a.length)
}

export const cueAlone = phrases(speechVerbs.alone)
export const cueAfterDep = phrases(speechVerbs['after-dep'])
export const accordingTo = phrases(accordingToCues.all)
export const sourceCues = phrases(sourceVerbs.all)
export const aboutThisOpeners = phrases(aboutThisCues.openers)
export const aboutThisVerbs = phrases(aboutThisCues.verbs)
export const presidentTitles = phrases(personTitles.president)
export const roleTitles = phrases(personTitles.roles)
export const nameHeadSet: ReadonlySet<string> = new Set(nameHeads.all?.split('|') ?? [])
const titleWords = new Set([...presidentTitles, ...roleTitles].flat())

/** Is this lower-case word (or its lemma) part of a title? министр, басшысы, вице-министрі … */
export function isTitleWord(lower: string, lemma: string): boolean {
  return titleWords.has(lower) || titleWords.has(lemma)
}

/** The longest phrase of `list` that the words at `k` start with; its length or 0. */
export function matchPhrase(words: readonly string[], k: number, list: readonly string[][]): number {
  for (const phrase of list) {
    if (k + phrase.length > words.length) continue
    let ok = true
    for (let j = 0; j < phrase.length; j++) {
      if (words[k + j] !== phrase[j]) {
        ok = false
        break
      }
    }
    if (ok) return phrase.length
  }
  return 0
}
