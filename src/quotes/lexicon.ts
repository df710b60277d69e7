import { aboutThisCues } from '../data/about-this.generated.js'
import { accordingToCues } from '../data/according-to.generated.js'
import { nameHeads } from '../data/name-heads.generated.js'
import { sentenceOpeners } from '../data/openers.generated.js'
import { organizationRows } from '../data/organizations.generated.js'
import { nameForms } from '../script/name-forms.js'
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

const bodyWords: ReadonlySet<string> = new Set(personTitles.bodies?.split('|') ?? [])
const openerWords: ReadonlySet<string> = new Set(sentenceOpeners.all?.split('|') ?? [])

/**
 * Does this lower-case word open sentences with a capital but name no one (data/ner/openers.txt)?
 * "Кейін Тоқаев", "Бүгінде Қалдыровтар", "Алайда тұрғындардың айтуынша": both stages trim it.
 */
export function isSentenceOpener(lower: string): boolean {
  return openerWords.has(lower)
}

/** Is this lemma the head noun of an organization's name? министрлік, комитет, агенттік … (data/quotes/titles.txt, [bodies]) */
export function isBodyWord(lemma: string): boolean {
  return bodyWords.has(lemma)
}

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

let media: Map<string, string[][]> | undefined

/**
 * The news outlets of data/gazetteer/organizations.tsv (kind media) as lower-case word lists by
 * their first word, longest first, in every form Latin-script text takes in the working text
 * (nameForms). Made on first use.
 */
export function mediaNames(): ReadonlyMap<string, readonly string[][]> {
  if (media) return media
  const names = new Set<string>()
  for (const row of organizationRows.split('|')) {
    const [abbr, full, kind] = row.split('\t') as [string, string, string]
    if (kind !== 'media') continue
    for (const name of [abbr, full]) if (name !== '-') for (const form of [name, ...nameForms(name)]) names.add(form.toLowerCase())
  }
  const byFirst = new Map<string, string[][]>()
  for (const phrase of phrases([...names].join('|'))) {
    const list = byFirst.get(phrase[0]!) ?? []
    list.push(phrase)
    byFirst.set(phrase[0]!, list)
  }
  return (media = byFirst)
}
