import { suffixRows } from '../data/suffixes.generated.js'
import { droppedFinalLoans } from '../data/dropped-finals.generated.js'
import { vowelDropStems } from '../data/vowel-drop.generated.js'
import { harmonyOf, hasVowel, isVowel, soundClass } from './sounds.js'

/** One suffix as written in the word, with its grammatical tag (PL, POSS.3, DAT, LOC, ATTR …). */
export interface Suffix {
  text: string
  tag: string
}

/** A structurally valid reading of a word: where the stem ends and which suffixes follow. */
export interface Candidate {
  /** Lower-case lemma (after stem alternations: аймағ → аймақ). */
  lemma: string
  /** Length of the stem as written in the word (the lemma may differ in its last letter). */
  stemLength: number
  suffixes: Suffix[]
  /** The word's vowel harmony does not match a suffix (loan words: Гонконгте). */
  disharmonic: boolean
  /** The lemma was restored: қ/к/п from ғ/г/б, or a dropped vowel (халқы → халық). */
  restored: boolean
}

interface SuffixEntry {
  slot: number
  tag: string
  forms: { text: string; harmony: 'back' | 'front' | 'any' }[]
  after: string[]
}

const SLOT_ORDER = ['PL', 'POSS', 'CASE', 'ATTR']
const NO_FORMS: never[] = []
const entries: SuffixEntry[] = suffixRows.map(([slot, tag, back, front, after]) => ({
  slot: SLOT_ORDER.indexOf(slot),
  tag,
  forms: back === front ? [{ text: back, harmony: 'any' as const }] : [
    { text: back, harmony: 'back' as const },
    { text: front, harmony: 'front' as const },
  ],
  after: after.split(' '),
}))

/** Allomorphs by their last letter's char code: a step only tries suffixes the word can end in. */
const byLastLetter = new Map<number, { entry: SuffixEntry; form: SuffixEntry['forms'][number] }[]>()
for (const entry of entries) {
  for (const form of entry.forms) {
    const last = form.text.charCodeAt(form.text.length - 1)
    if (!byLastLetter.has(last)) byLastLetter.set(last, [])
    byLastLetter.get(last)!.push({ entry, form })
  }
}

/** A stem ending in a consonant, -ск and a buffer vowel (минскі-, томскі-, гданьскі-). */
const BUFFER_VOWEL = /[бвгджзйклмнпрстфхцчшщьъ]ск[іы]$/u

const vowelDrop = new Map(vowelDropStems.split('|').map((pair) => pair.split(':') as [string, string]))

/**
 * Loans whose last consonant drops before a suffix (data/morphology/dropped-finals.txt), by the
 * stem they leave: журналис → журналист, процес → процесс.
 */
export const DROPPED_FINAL_LOANS: ReadonlyMap<string, string> = new Map(
  Object.values(droppedFinalLoans).flatMap((group) => group.split('|').map((loan) => [loan.slice(0, -1), loan] as [string, string])),
)
/** The last letters of those stems (с, к, з) and their first two letters' codes: the only stems worth looking up (a test asked of every reading). */
const DROPPED_FINAL_STEM_ENDS: ReadonlySet<string> = new Set([...DROPPED_FINAL_LOANS.keys()].map((stem) => stem.at(-1)!))
const DROPPED_FINAL_STEM_STARTS: ReadonlySet<number> = new Set([...DROPPED_FINAL_LOANS.keys()].map((stem) => stem.charCodeAt(0) * 0x10000 + stem.charCodeAt(1)))

/** The listed loans' stems without their last consonant (журналис, процес), by their first letter's char code. */
let droppedFinalStems: ReadonlyMap<number, readonly string[]> | undefined

/**
 * The listed loan's stem without its last consonant that a lower-case word begins with and goes
 * on past (журналис|і, журналис|тер, процес|ке), or undefined. A few startsWith tests by the first
 * letter, no string made: the lemmatizer asks it of every word. (No listed stem starts another.)
 */
export function droppedFinalStemOf(lower: string): string | undefined {
  if (!droppedFinalStems) {
    const byFirst = new Map<number, string[]>()
    for (const stem of DROPPED_FINAL_LOANS.keys()) byFirst.set(stem.charCodeAt(0), [...(byFirst.get(stem.charCodeAt(0)) ?? []), stem])
    droppedFinalStems = byFirst
  }
  const stems = droppedFinalStems.get(lower.charCodeAt(0))
  if (stems) for (const stem of stems) if (lower.length > stem.length && lower.startsWith(stem)) return stem
  return undefined
}

/**
 * The listed loan a lower-case word is a form of after dropping its last consonant, or undefined:
 * журналисі, журналиске → журналист (a title the quote lists hold as "журналист"); not the loan
 * whole with a suffix (журналистер), whose lemma the caller reads as it is.
 */
export function droppedFinalLoanOf(lower: string): string | undefined {
  const stem = droppedFinalStemOf(lower)
  const loan = stem === undefined ? undefined : DROPPED_FINAL_LOANS.get(stem)
  return loan !== undefined && !lower.startsWith(loan) ? loan : undefined
}

/** Smallest stem kept: "үй", "ой", "іш" are real two-letter stems. */
const MIN_STEM = 2
/** Suffix chains longer than this are not Kazakh nouns (PL + POSS + CASE + ATTR = 4). */
const MAX_SUFFIXES = 4

/**
 * Every analysis of a lower-case word `w` as stem + PL + POSS + CASE (+ ATTR), the zero
 * analysis first. Each allomorph is checked against the stem's last sound and vowel harmony;
 * the special forms after a possessive (-н, -на, -нда, -нан; -а after -м/-ң) require it.
 *
 * Work is bounded: each slot is visited once per path and a word has at most 4 suffixes, so
 * a 200-letter nonsense word costs a few dozen string comparisons.
 */
export function candidates(w: string, restoreDropped = false): Candidate[] {
  const out: Candidate[] = [{ lemma: w, stemLength: w.length, suffixes: [], disharmonic: false, restored: false }]
  strip(w, w.length, SLOT_ORDER.length - 1, undefined, [], false, restoreDropped, out)
  return out
}

/**
 * Strips one suffix from w[0, end), trying slots from `maxSlot` down to PL.
 * `required` is what the suffix just stripped needs right before it ('P3', 'P12', 'LOC').
 * `chain` holds the suffixes stripped so far, innermost first; `restoreDropped` restores a
 * listed loan's dropped last consonant (see emit).
 */
function strip(
  w: string,
  end: number,
  maxSlot: number,
  required: string | undefined,
  chain: Suffix[],
  disharmonic: boolean,
  restoreDropped: boolean,
  out: Candidate[],
): void {
  if (chain.length >= MAX_SUFFIXES || end < 1) return
  for (const { entry: e, form } of byLastLetter.get(w.charCodeAt(end - 1)) ?? NO_FORMS) {
    if (e.slot > maxSlot) continue
    if (required !== undefined && !satisfies(e, required)) continue
    // after a possessive the cases take their own forms: the 3rd person wants -н -на -нда -нан
    // (ағыны is ағын + -ы, never ағ + -ы + -ны), the 1st/2nd singular wants the dative -а/-е
    if (required === undefined && chain.length > 0 && !compatibleWithOuter(e.tag, chain[0]!.tag)) continue
    {
      const stemEnd = end - form.text.length
      if (stemEnd < MIN_STEM || !w.startsWith(form.text, stemEnd)) continue
      const last = w[stemEnd - 1]!
      // a loan with back vowels that ends in к or г takes front suffixes (банкке, банктің,
      // полковнигі, педагогке: native back stems end in қ, ғ), and is written with back ones too
      const harmony = last === 'к' || last === 'г' ? 'none' : harmonyOf(w, stemEnd)
      const clash = form.harmony !== 'any' && harmony !== 'none' && harmony !== form.harmony
      // a Russian loan's soft or hard sign is silent: the letter before it decides the suffix
      // (Израильмен, Кремльде, модельдің: л takes -мен, -де, -дің)
      const sounding = (last === 'ь' || last === 'ъ') && stemEnd >= 2 ? w[stemEnd - 2]! : last
      for (const context of e.after) {
        let needs: string | undefined
        if (context === 'P3' || context === 'P12' || context === 'LOC') needs = context
        else if (soundClass(sounding) !== context) continue
        if (needs === 'P3' && !(last === 'ы' || last === 'і')) continue
        if (needs === 'P12' && !((last === 'м' || last === 'ң') && isVowel(w[stemEnd - 2] ?? ''))) continue
        if (needs === 'LOC' && !(last === 'а' || last === 'е')) continue
        const next = [{ text: form.text, tag: e.tag }, ...chain]
        if (needs === undefined) emit(w, stemEnd, next, disharmonic || clash, restoreDropped, out)
        strip(w, stemEnd, e.slot - 1, needs, next, disharmonic || clash, restoreDropped, out)
        break
      }
    }
  }
}

/** Cases whose form after a 3rd-person possessive differs from the plain one. */
const P3_CASES = new Set(['ACC', 'DAT', 'LOC', 'ABL', 'SIM'])

/** May `inner` stand right before a suffix tagged `outer` that did not ask for it? */
function compatibleWithOuter(inner: string, outer: string): boolean {
  if (inner === 'POSS.3') return !P3_CASES.has(outer)
  if (inner === 'POSS.1SG' || inner === 'POSS.2SG') return outer !== 'DAT'
  return true
}

function satisfies(e: SuffixEntry, required: string): boolean {
  if (required === 'P3') return e.tag === 'POSS.3'
  if (required === 'P12') return e.tag === 'POSS.1SG' || e.tag === 'POSS.2SG'
  return e.tag === 'LOC'
}

function emit(w: string, stemEnd: number, suffixes: Suffix[], disharmonic: boolean, restoreDropped: boolean, out: Candidate[]): void {
  const stem = w.slice(0, stemEnd)
  if (!hasVowel(stem, stem.length)) return
  // a vowel-initial suffix may drop the stem's last vowel (халық → халқы, орын → орны: listed
  // in data/morphology/vowel-drop.tsv, so only the restored lemma is a reading) …
  const vowelSuffix = isVowel(suffixes[0]!.text[0]!)
  const dropped = vowelSuffix ? vowelDrop.get(stem) : undefined
  if (dropped !== undefined) {
    out.push({ lemma: dropped, stemLength: stemEnd, suffixes, disharmonic, restored: true })
    return
  }
  // … or voice its last consonant: аймақ → аймағы, кітап → кітабы, күшік → күшігі. Native stems
  // do not end in ғ, г or б, so the restored reading comes first (the written one stays for
  // loans: диалогы, Гонконгы).
  const last = stem[stem.length - 1]!
  // … or drop the buffer vowel a loan's final -ск takes before a consonant: Минскіге, Томскіде,
  // Иркутскіден are Минск, Томск, Иркутск (a consonant before -ск: ескіге is ескі)
  if (!vowelSuffix && BUFFER_VOWEL.test(stem)) out.push({ lemma: stem.slice(0, -1), stemLength: stemEnd, suffixes, disharmonic, restored: true })
  const devoiced = !vowelSuffix ? undefined : last === 'ғ' ? 'қ' : last === 'б' ? 'п' : last === 'г' ? 'к' : undefined
  if (devoiced !== undefined) {
    out.push({ lemma: stem.slice(0, -1) + devoiced, stemLength: stemEnd, suffixes, disharmonic, restored: true })
  }
  out.push({ lemma: stem, stemLength: stemEnd, suffixes, disharmonic, restored: false })
  // … or drop a listed loan's last consonant before any suffix: журналисі, журналиске,
  // журналистер (журналис + -тер) are журналист's, процеске процесс's (журналист's и takes front
  // suffixes after а: no clash)
  const loan = restoreDropped && DROPPED_FINAL_STEM_ENDS.has(last) && DROPPED_FINAL_STEM_STARTS.has(stem.charCodeAt(0) * 0x10000 + stem.charCodeAt(1)) ? DROPPED_FINAL_LOANS.get(stem) : undefined
  if (loan !== undefined) out.push({ lemma: loan, stemLength: stemEnd, suffixes, disharmonic: false, restored: true })
  // Russian loans lose their soft sign before a vowel suffix: модель → моделін, король → королі
  if (vowelSuffix && 'лнтсдрзк'.includes(last)) {
    out.push({ lemma: `${stem}ь`, stemLength: stemEnd, suffixes, disharmonic, restored: true })
  }
}
