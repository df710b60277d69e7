import { phraseHeads } from '../data/phrase-heads.generated.js'
import { assertString } from '../internal/assert-string.js'
import { LATIN_LETTER } from '../internal/script-letters.js'
import { inflectedSonOrDaughterLength, inflectedSurnameLength } from '../internal/surname.js'
import { toCyrillic, toLatin } from '../script/transliterate.js'
import { bestReading, lemmatize } from './analyze-word.js'

/**
 * The base form of a multi-word name: only the last word loses its case, and the head's
 * obligatory possessive stays (the izafet of Kazakh compounds):
 *
 * - Алматы облысында → Алматы облысы
 * - Қырғыз Республикасының → Қырғыз Республикасы
 * - Ұжымдық қауіпсіздік туралы шарт ұйымына → Ұжымдық қауіпсіздік туралы шарт ұйымы
 * - «Қазақ газеттерінің» → «Қазақ газеттері» (plural and possessive both stay)
 * - Құрама Штаттарда → Құрама Штаттар (a name's plural is part of it, possessive or not)
 * - Дихан Қамзабекұлына → Дихан Қамзабекұлы; Қасым-Жомарт Тоқаевтың → Қасым-Жомарт Тоқаев
 *
 * A single word is lemmatized fully (Ресейге → Ресей). White space between the words is kept
 * as written; an array of words is joined with single spaces.
 *
 * @example
 * lemmatizePhrase('Алматы облысында') // → 'Алматы облысы'
 * lemmatizePhrase(['Қырғыз', 'Республикасының']) // → 'Қырғыз Республикасы'
 */
export function lemmatizePhrase(words: string | readonly string[]): string {
  const text = typeof words === 'string' ? words : Array.isArray(words) && words.every((w) => typeof w === 'string') ? words.join(' ') : undefined
  assertString(text, 'lemmatizePhrase', 'words')
  return phraseLemma(text, lemmatize)
}

/**
 * lemmatizePhrase of a string, with a single word's lemma taken from `lemmaOf` (lemmatize, or a
 * cache of it: the entity stage has lemmatized most of its words already). With `marked`, a
 * single word is a name the text marks as one (in guillemets) and keeps its plural and
 * possessive, as a longer name's last word does: «Жастар» → Жастар, not Жас.
 */
export function phraseLemma(text: string, lemmaOf: (word: string) => string, marked = false): string {
  const trimmed = text.trimEnd()
  const lastSpace = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\u00a0'), trimmed.lastIndexOf('\n'), trimmed.lastIndexOf('\t'))
  const head = trimmed.slice(0, lastSpace + 1)
  const last = trimmed.slice(lastSpace + 1)
  if (last === '') return trimmed
  // closing marks stay outside the word: «Қазақ газеттерінің» → газеттерінің + »
  const wordEnd = last.search(/[^\p{L}\p{M}\p{N}'’-]+$/u)
  const word = wordEnd >= 0 ? last.slice(0, wordEnd) : last
  const tail = wordEnd >= 0 ? last.slice(wordEnd) : ''
  // one word: lemmatize(word) is the first reading's lemma, or the word when it has none
  if (head.trim() === '' && !marked) return withoutSurnameCase(word, lemmaOf(word)) + tail
  const best = bestReading(word)
  const misread = misreadHead(word)
  if (misread !== undefined) return head + misread + tail
  if (!best || best.suffixes.length === 0) return head + withoutSurnameCase(word, best?.lemma ?? word) + tail
  // a name made from a verb's past tense is no accusative: Дархан Сатыбалды, Ерлан Құдайберді
  if (best.suffixes.length === 1 && best.suffixes[0]!.tag === 'ACC' && NAME_FROM_VERB.test(word)) return head + word + tail
  // keep everything up to and including the possessive or the plural, whichever is last; drop
  // what follows it
  let keep = -1
  best.suffixes.forEach((s, i) => {
    if (s.tag === 'PL' || s.tag.startsWith('POSS')) keep = i
  })
  if (keep < 0) return head + best.lemma + tail
  const written = word.slice(0, word.length - best.suffixes.slice(keep + 1).reduce((n, s) => n + s.text.length, 0))
  return head + written + tail
}

let headStems: readonly string[] | undefined
let latinInitials: Set<string> | undefined

/**
 * A head the word lemmatizer misreads (data/morphology/phrase-heads.txt), with its possessive and
 * without its case: "стадионда" → стадион, "стадионының" → стадионы, "Сарайында" → Сарайы; else
 * undefined.
 */
function misreadHead(word: string): string | undefined {
  headStems ??= (phraseHeads.all ?? '').split('|').filter(Boolean)
  // (a Latin word is matched in Cyrillic, from whichever alphabet spells a head, and cut where its
  // Cyrillic would be: "stadıonda", "stadiyonda" → stadıon, stadiyon)
  if (!LATIN_LETTER.test(word)) return headOf(word.toLowerCase(), (keep) => word.slice(0, keep))
  // (a cheap test first: a head's first letter in Latin, s for стадион)
  latinInitials ??= new Set(headStems.flatMap((stem) => (['2018', '2021'] as const).map((alphabet) => toLatin(stem, { alphabet }).text[0]!)))
  if (!latinInitials.has(word[0]!.toLowerCase())) return undefined
  for (const from of LATIN_ALPHABETS) {
    const cyrillic = (latin: string): string => toCyrillic(latin, { from }).text.toLowerCase()
    const lower = cyrillic(word)
    const found = headOf(lower, (keep) => {
      const kept = lower.slice(0, keep)
      const n0 = word.length - (lower.length - keep)
      for (let n = n0; n >= n0 - 2 && n > 0; n--) if (cyrillic(word.slice(0, n)) === kept) return word.slice(0, n)
      return undefined
    })
    if (found !== undefined) return found
  }
  return undefined
}

const LATIN_ALPHABETS = ['2018', '2021', '2017'] as const

/** The head of `lower` (Cyrillic) as `cut` makes it from the length to keep, or undefined. */
function headOf(lower: string, cut: (keep: number) => string | undefined): string | undefined {
  for (const stem of headStems!) {
    if (!lower.startsWith(stem)) continue
    const m = HEAD_ENDING.exec(lower.slice(stem.length))
    return m ? cut(stem.length + (m[1] ?? '').length) : undefined
  }
  return undefined
}

/** What follows a head: its possessive, then a case (-ы + -ның, -да, -на …), or nothing. */
const HEAD_ENDING = /^([ыі])?(?:н?(?:ың|ің|ның|нің|дың|дің|тың|тің|ды|ді|ны|ні|н|да|де|та|те|нда|нде|ға|ге|қа|ке|на|не|а|е|дан|ден|тан|тен|нан|нен|мен|бен|пен|менен))?$/u

/** Names made from a verb in the past tense (-берді "gave", -келді "came", -балды, -болды, -тұрды), capitalized. */
const NAME_FROM_VERB = /^\p{Lu}\p{Ll}+(?:берді|келді|балды|болды|тұрды)$/u

/**
 * A name's surname in a case that the lemmatizer kept whole, its case ending dropped: the lexicon,
 * derived from KazNERD, lists some surnames in the one case form KazNERD has (Мирзиёевпен,
 * Мишустиннің), and the tagger is trained on those lemmas, so the lemmatizer keeps them.
 */
function withoutSurnameCase(word: string, lemma: string): string {
  if (lemma !== word || word === '' || word[0] === word[0]!.toLowerCase()) return lemma
  if (!LATIN_LETTER.test(word)) return word.slice(0, surnameLength(word.toLowerCase()) || word.length)
  // (a Latin word is read in Cyrillic, and the surname's end mapped back: Mırzııoevpen → Mırzııoev;
  // in either alphabet, since one word seldom says which: "Dusmatovtı" is 2021's Дусматовты and
  // 2018's Дұсматовти)
  for (const from of LATIN_ALPHABETS) {
    const latin = toCyrillic(word, { from })
    const length = surnameLength(latin.text.toLowerCase())
    if (length > 0) return word.slice(0, latin.map(length))
  }
  return lemma
}

/** The length of a surname with a case ending after it (a Kazakh patronymic one too: Құнанбайұлының), or 0. */
function surnameLength(lower: string): number {
  return Math.max(inflectedSurnameLength(lower), inflectedSonOrDaughterLength(lower), 0)
}

