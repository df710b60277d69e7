import { aboutThisCues } from '../data/about-this.generated.js'
import { accordingToCues } from '../data/according-to.generated.js'
import { nameHeads } from '../data/name-heads.generated.js'
import { sentenceOpeners } from '../data/openers.generated.js'
import { organizationEntries } from '../entities/gazetteer.js'
import { nameForms } from '../script/name-forms.js'
import { sourceVerbs } from '../data/source-verbs.generated.js'
import { speechVerbs } from '../data/speech-verbs.generated.js'
import { personTitles } from '../data/titles.generated.js'
import { withoutSigns } from '../internal/without-signs.js'
import { lemmatize } from '../morphology/analyze-word.js'
import { droppedFinalLoanOf } from '../morphology/candidates.js'
import { isHeadInPossessive } from '../internal/head-in-possessive.js'

/** Word lists of the quote stage (data/quotes/), as lists of word arrays, longest first. */
function phrases(joined: string | undefined): string[][] {
  if (!joined) return []
  return joined
    .split('|')
    .map((p) => p.split(' '))
    .sort((a, b) => b.length - a.length)
}

/** Phrases by their first word, each bucket longest first: what matchPhrase looks up. */
export type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>

/**
 * A list of phrases (longest first) by first word. The rules try a list at every token, so
 * matchPhrase reads one bucket instead of the whole list (accordingTo alone has 100 phrases).
 */
export function phraseIndex(list: readonly (readonly string[])[]): PhraseIndex {
  const byFirst = new Map<string, (readonly string[])[]>()
  for (const phrase of list) {
    const bucket = byFirst.get(phrase[0]!)
    if (bucket) bucket.push(phrase)
    else byFirst.set(phrase[0]!, [phrase])
  }
  return byFirst
}

export const cueAlone = phraseIndex(phrases(speechVerbs.alone))
export const cueAfterDep = phraseIndex(phrases(speechVerbs['after-dep']))
/** Cues that say where a text was said, not who said it: "делінген", "деп жазылған". */
export const passiveCues: ReadonlySet<string> = new Set((speechVerbs.passive ?? '').split('|').filter(Boolean))
/** Lemmas of the statements a passive cue names ("хабарлама", "сайт", "арна"). */
export const documentNouns: ReadonlySet<string> = new Set((speechVerbs.documents ?? '').split('|').filter(Boolean))
export const accordingTo = phraseIndex(phrases(`${accordingToCues.all}|${accordingToCues['from-ablative']}|${accordingToCues['after-subject']}`))
/** The cues of accordingTo that need a name, a body or a title right before them: "… баспасөз қызметі хабарлағандай, …". */
export const accordingToAfterSubject: ReadonlySet<string> = new Set(accordingToCues['after-subject']!.split('|'))
/** The cues of accordingTo that need their source in the ablative: "Ведомстводан мәлім етілгендей, …". */
export const accordingToFromAblative: ReadonlySet<string> = new Set(accordingToCues['from-ablative']!.split('|'))
export const sourceCues = phraseIndex(phrases(sourceVerbs.all))
export const aboutThisOpeners = phraseIndex(phrases(aboutThisCues.openers))
export const aboutThisVerbs = phraseIndex(phrases(aboutThisCues.verbs))
const presidentTitleList = phrases(personTitles.president)
export const presidentTitles = phraseIndex(presidentTitleList)
const roleTitles = phrases(personTitles.roles)
/** Heads of names in guillemets («…» фильмі), with and without their signs (Latin spektakl). */
export const nameHeadSet: ReadonlySet<string> = withoutSignsToo(nameHeads.all?.split('|') ?? [])
/**
 * Title words, and those with a soft or hard sign also without it: Latin script does not write
 * them, so "Premer-mınıstr Oljas Bektenov" reads back as премер-министр, not премьер-министр.
 */
const titleWords = withoutSignsToo([...presidentTitleList, ...roleTitles].flat())
/** The words a title ends in: "бас директоры" ends in директоры; "бас", "мемлекет" end none. */
const titleHeads = withoutSignsToo([...presidentTitleList, ...roleTitles].map((t) => t.at(-1)!))

function withoutSignsToo(words: readonly string[]): Set<string> {
  return new Set([...words, ...words.map(withoutSigns)])
}

const bodyWords: ReadonlySet<string> = new Set(personTitles.bodies?.split('|') ?? [])
const anonymousSources: ReadonlySet<string> = new Set(personTitles.anonymous?.split('|') ?? [])
const openerWords: ReadonlySet<string> = new Set(sentenceOpeners.all?.split('|') ?? [])
/** The sentence openers as phrases: "атап айтқанда", "өз кезегінде" are two words. */
export const openerPhrases = phraseIndex(phrases(sentenceOpeners.all))

/**
 * Does this lower-case word open sentences with a capital but name no one (data/ner/openers.txt)?
 * "Кейін Тоқаев", "Бүгінде Қалдыровтар", "Алайда тұрғындардың айтуынша": both stages trim it.
 */
export function isSentenceOpener(lower: string): boolean {
  return openerWords.has(lower)
}

const outletWords: ReadonlySet<string> = new Set(personTitles.outlets?.split('|') ?? [])

/** Each trial side's title lemma → the side's number (data/quotes/titles.txt, [sides]). */
const sideOfTitle: ReadonlyMap<string, number> = new Map((personTitles.sides?.split('|') ?? []).flatMap((side, i) => side.split(' ').map((t) => [t, i] as const)))

/**
 * The trial side a title lemma names (адвокат and қорғаушы one, прокурор and айыптаушы another), or
 * -1: a lawyer is never the prosecutor.
 */
export function trialSideOf(titleLemma: string): number {
  return sideOfTitle.get(titleLemma) ?? -1
}

/** The title lemmas of any trial side (what trialSideOf knows). */
export const trialSideTitles: readonly string[] = [...sideOfTitle.keys()]

/** Is this lemma a noun that names a news outlet by what it is? басылым, газет, телеарна … (data/quotes/titles.txt, [outlets]) */
export function isOutletWord(lemma: string): boolean {
  return outletWords.has(lemma)
}

/** Is this lemma the head noun of an organization's name? министрлік, комитет, агенттік … (data/quotes/titles.txt, [bodies]) */
export function isBodyWord(lemma: string): boolean {
  // (or its possessed form, which the lexicon lists as a word of its own: "департаменті" of
  // "Полиция департаментінің", "агенттігі")
  return bodyWords.has(lemma) || isHeadInPossessive(lemma, bodyWords)
}

/**
 * Do a speaker's last words, as lower-case lemmas, name a source the text does not identify?
 * "агенттік дереккөзі", "ақпарат көзі" (data/quotes/titles.txt, [anonymous]).
 */
export function isAnonymousSource(lemmas: readonly string[]): boolean {
  const n = lemmas.length
  return n > 0 && (anonymousSources.has(lemmas[n - 1]!) || (n > 1 && anonymousSources.has(`${lemmas[n - 2]} ${lemmas[n - 1]}`)))
}

const unnamedPhrases = phraseIndex(phrases(personTitles.unnamed ?? ''))

/**
 * Do a speaker's words, lower case as written, say the text withholds the name? "атын атамауды
 * өтінген шенеунік", "есімін жасырған дереккөз" (data/quotes/titles.txt, [unnamed]).
 */
export function withholdsName(words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (matchPhrase(words, k, unnamedPhrases) > 0) return true
  return false
}

/**
 * Is this lower-case word (or its lemma) a title's last word, a title of its own? министр,
 * басшысы, but not the "бас" of "бас директоры" (isTitleWord: any word of a title).
 */
export function isTitleHead(lower: string, lemma: string): boolean {
  return titleHeads.has(lower) || titleHeads.has(lemma) || isTitleCompound(lower)
}

/**
 * A hyphenated word whose first part is a title of its own names a title too, whatever the
 * second part: "дәрігер-инфекционисі Гүлнар Омарова" (a doctor, an infectious disease
 * specialist), "инженер-құрылысшы".
 */
function isTitleCompound(lower: string): boolean {
  const hyphen = lower.indexOf('-')
  return hyphen > 0 && titleHeads.has(lower.slice(0, hyphen))
}

/** Is this lower-case word (or its lemma) part of a title? министр, басшысы, вице-министрі … */
export function isTitleWord(lower: string, lemma: string): boolean {
  // (a loan title that dropped its last consonant, whatever lemma the caller has: "журналисі", the
  // entity stage's trained lemma keeps the word whole)
  return titleWords.has(lower) || titleWords.has(lemma) || isTitleCompound(lower) || titleWords.has(droppedFinalLoanOf(lower) ?? '')
}

/** The longest phrase of `index` that the words at `k` start with; its length or 0. */
export function matchPhrase(words: readonly string[], k: number, index: PhraseIndex): number {
  const bucket = k < words.length ? index.get(words[k]!) : undefined
  if (!bucket) return 0
  for (const phrase of bucket) {
    if (k + phrase.length > words.length) continue
    let ok = true
    for (let j = 1; j < phrase.length; j++) {
      if (words[k + j] !== phrase[j]) {
        ok = false
        break
      }
    }
    if (ok) return phrase.length
  }
  return 0
}

let media: PhraseIndex | undefined

/**
 * The news outlets of data/gazetteer/organizations.tsv (kind media) as lower-case word lists by
 * their first word, longest first, in every form Latin-script text takes in the working text
 * (nameForms). Made on first use.
 */
export function mediaNames(): PhraseIndex {
  if (media) return media
  const names = new Set<string>()
  for (const { abbr, full, kind } of organizationEntries()) {
    if (kind !== 'media') continue
    for (const name of [abbr, full]) if (name !== '-') for (const form of [name, ...nameForms(name)]) names.add(form.toLowerCase())
  }
  return (media = phraseIndex(phrases([...names].join('|'))))
}

let bodies: ReadonlySet<string> | undefined

/**
 * Is a lower-case lemma a state body that is one word (Мәжіліс, Сенат, Үкімет, Ақорда — data/
 * gazetteer/organizations.tsv, kind government)? No one's name runs on into it: "министр Саясат
 * Нұрбек | Мәжіліс депутаттарымен кездесті". Made on first use.
 */
export function isOneWordBody(lemma: string): boolean {
  if (!bodies) {
    const names = new Set<string>()
    for (const { abbr, full, kind } of organizationEntries()) {
      if (kind !== 'government') continue
      for (const name of [abbr, full]) if (name !== '-' && !name.includes(' ') && name !== name.toUpperCase()) names.add(name.toLowerCase())
    }
    bodies = names
  }
  return bodies.has(lemma)
}

let organizations: PhraseIndex | undefined

/**
 * The organizations of data/gazetteer/organizations.tsv whose full name has more than one word
 * (but the outlets, mediaNames), as lower-case lemma lists by their first lemma, longest first:
 * a subject runs over such a name though its words are no body's head ("Қазақстан темір жолы
 * … хабарлады"). Made on first use.
 */
export function organizationLemmas(): PhraseIndex {
  if (organizations) return organizations
  const names: string[][] = []
  for (const { full, kind } of organizationEntries()) {
    if (kind === 'media' || full === '-' || !full.includes(' ')) continue
    names.push(full.split(' ').map((w) => lemmatize(w).toLowerCase()))
  }
  return (organizations = phraseIndex(names.sort((a, b) => b.length - a.length)))
}
