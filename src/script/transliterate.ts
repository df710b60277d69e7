import { eLoanPrefixes } from '../data/e-loans.generated.js'
import { iaStems } from '../data/ia-stems.generated.js'
import { latinAcronyms } from '../data/latin-acronyms.generated.js'
import { foreignAcronyms } from '../data/foreign-acronyms.generated.js'
import { assertString } from '../internal/assert-string.js'
import { caseByCode } from '../internal/letter-case.js'
import { CYRILLIC_LETTER } from '../internal/script-letters.js'
import { tokenize } from '../segment/tokenize.js'
import type { Token } from '../types.js'
import {
  CYRILLIC_TO_LATIN_2018,
  CYRILLIC_TO_LATIN_2021,
  LATIN_TO_CYRILLIC,
  type LatinAlphabet,
  MARKS_2018,
  MARKS_2021,
} from './alphabets.js'

export type Script = 'cyrillic' | 'latin-2017' | 'latin-2018' | 'latin-2021' | 'mixed' | 'other'

/** A transliteration: the new text, and `map(offset in text) → offset in the input`. */
export interface Transliteration {
  text: string
  /** Maps an offset into `text` to the offset of the input character it came from (0…text.length). */
  map: (offset: number) => number
}

/** [A-Za-zÀ-ɏ]: the letters of the Latin alphabets (NaN, past the end, is none). */
/**
 * detectScript's answer from its two letter counts alone, when they settle it (no letters,
 * 'mixed', 'cyrillic'); undefined for Latin, whose alphabet its marks tell. analyze() counts
 * them with the paragraphs' languages and so reads a Cyrillic text once.
 */
export function scriptOfLetters(latin: number, cyrillic: number): Script | undefined {
  const letters = latin + cyrillic
  if (letters === 0) return 'other'
  if (cyrillic >= letters * 0.2 && latin >= letters * 0.2) return 'mixed'
  if (cyrillic > latin) return 'cyrillic'
  return undefined
}

/** What detectScript counts as a Latin letter: ASCII letters and U+00C0–U+024F. */
export function isLatinLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0x24f)
}

/**
 * Which script a Kazakh text is written in: Cyrillic, one of the three Latin alphabets,
 * a mix (each script has at least a fifth of the letters), or something else.
 * The Latin alphabet is told by the letters only it has: á ǵ ń ó ú ý (2018), ä ğ ñ ö ū ü ş ç
 * (2021), letter + apostrophe (2017). ı is in both 2018 (и, й) and 2021 (ы), so it only tells
 * Latin Kazakh from other Latin: text with none of the marks but with ı or q (Prezıdent,
 * Qazaqstan) is taken as 2018; anything else Latin is 'other' (English, say).
 *
 * @example
 * detectScript('Qazaqstan Reseıge') // → 'latin-2018'
 * detectScript('Қазақстан') // → 'cyrillic'
 */
export function detectScript(text: string): Script {
  assertString(text, 'detectScript')
  let latin = 0
  let cyrillic = 0
  let marks2018 = 0
  let marks2021 = 0
  let apostrophes = 0
  // q and ı: Latin Kazakh writes them, English hardly does
  let qOrDotless = 0
  // code ranges, not a regular expression per character: this reads whole articles
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x400 && code <= 0x52f) cyrillic++
    else if (isLatinLetter(code)) {
      latin++
      if (code >= 0xc0) {
        const mark = MARK_OF[code - 0xc0]
        if (mark === 2018) marks2018++
        else if (mark === 2021) marks2021++
        else if (code === 0x131) qOrDotless++
      } else if (code === 0x71 || code === 0x51) qOrDotless++
      else if (APOSTROPHE_LETTERS[code] === 1) {
        const next = text.charCodeAt(i + 1)
        if ((next === 0x27 || next === 0x2019) && isLatinLetter(text.charCodeAt(i + 2))) apostrophes++
      }
    }
  }
  const byLetters = scriptOfLetters(latin, cyrillic)
  if (byLetters !== undefined) return byLetters
  if (marks2018 === 0 && marks2021 === 0 && apostrophes === 0) return qOrDotless > 0 ? 'latin-2018' : 'other'
  if (apostrophes > marks2018 && apostrophes > marks2021) return 'latin-2017'
  return marks2021 > marks2018 ? 'latin-2021' : 'latin-2018'
}

/** 2018 or 2021 by code − 0xC0, for the letters only that alphabet has (MARKS_2018, MARKS_2021). */
const MARK_OF = new Uint16Array(0x250 - 0xc0)
for (const ch of MARKS_2021) MARK_OF[ch.charCodeAt(0) - 0xc0] = 2021
for (const ch of MARKS_2018) MARK_OF[ch.charCodeAt(0) - 0xc0] = 2018

/** Has the text a letter only 2018 or only 2021 writes (MARKS_2018, MARKS_2021)? Without one, a Latin word may be read either way. */
export function hasAlphabetMark(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0xc0 && code < 0x250 && MARK_OF[code - 0xc0] !== 0) return true
  }
  return false
}

/** 1 for the ASCII letters 2017 writes with an apostrophe after them (a' g' n' o' u' y' s' c' i'). */
const APOSTROPHE_LETTERS = new Uint8Array(0x80)
for (const ch of 'agnouyscAGNOUYSC') APOSTROPHE_LETTERS[ch.charCodeAt(0)] = 1

/** The Latin alphabet a script names ('latin-2021' → '2021'); undefined for Cyrillic, mixed and other text. */
export function latinAlphabetOf(script: Script): LatinAlphabet | undefined {
  return script === 'latin-2017' ? '2017' : script === 'latin-2018' ? '2018' : script === 'latin-2021' ? '2021' : undefined
}

function alphabetOf(text: string): LatinAlphabet {
  return latinAlphabetOf(detectScript(text)) ?? '2018'
}

/** Builds a text unit by unit, remembering the input offset of every output unit. */
class Builder {
  private codes: Uint16Array
  private sources: Int32Array
  private length = 0
  /** The last unit added, or -1 after an empty piece (lastSound reads it). */
  private last = -1
  constructor(capacity: number) {
    this.codes = new Uint16Array(Math.max(capacity, 16))
    this.sources = new Int32Array(Math.max(capacity, 16))
  }
  private room(n: number): void {
    if (this.length + n <= this.codes.length) return
    const size = Math.max(this.length + n, this.codes.length * 2)
    const codes = new Uint16Array(size)
    codes.set(this.codes.subarray(0, this.length))
    const sources = new Int32Array(size)
    sources.set(this.sources.subarray(0, this.length))
    this.codes = codes
    this.sources = sources
  }
  /** One UTF-16 unit. */
  addCode(code: number, source: number): void {
    this.room(1)
    this.codes[this.length] = code
    this.sources[this.length++] = source
    this.last = code
  }
  add(piece: string, source: number): void {
    this.room(piece.length)
    for (let k = 0; k < piece.length; k++) {
      this.codes[this.length] = piece.charCodeAt(k)
      this.sources[this.length++] = source
    }
    this.last = piece.length > 0 ? piece.charCodeAt(piece.length - 1) : -1
  }
  /**
   * The last output character so far as a Cyrillic sound: VOWEL, CONSONANT, or 0 for anything
   * else (no character yet, an empty piece, a mark, a Latin letter kept as it is).
   */
  lastSound(): number {
    return this.last < 0 ? 0 : cyrillicSound(this.last)
  }
  finish(inputLength: number): Transliteration {
    const length = this.length
    const sources = this.sources.slice(0, length)
    // String.fromCharCode, not TextDecoder: a lone surrogate must come out as itself
    let text = ''
    for (let at = 0; at < length; at += 8192) text += String.fromCharCode.apply(null, this.codes.subarray(at, Math.min(at + 8192, length)) as unknown as number[])
    return {
      text,
      map: (offset) => {
        if (!Number.isInteger(offset) || offset < 0) return 0
        return offset >= length ? inputLength : sources[offset]!
      },
    }
  }
}

const VOWEL = 1
const CONSONANT = 2

/** VOWEL or CONSONANT by code − 0x400, for the small Cyrillic letters (capitals are looked up by their small letter). */
const SOUNDS = new Uint8Array(0x100)
for (const ch of 'аәеёиоөұүыіэюяу') SOUNDS[ch.charCodeAt(0) - 0x400] = VOWEL
for (const ch of 'бвгғджзйкқлмнңпрстфхһцчшщ') SOUNDS[ch.charCodeAt(0) - 0x400] = CONSONANT

/** A Cyrillic letter's sound (VOWEL, CONSONANT), either case; 0 for any other character. */
function cyrillicSound(code: number): number {
  if (code < 0x400 || code > 0x4ff) return 0
  // to the small letter: А–Я are 0x20 below а–я, Ѐ–Џ 0x50 below ѐ–џ, and the pairs (Ғ ғ, Қ қ, Ә ә …) are capital at the even code
  if (caseByCode(code) === 1) code += code <= 0x40f ? 0x50 : code <= 0x42f ? 0x20 : 1
  return SOUNDS[code - 0x400]!
}

/**
 * Latin-script Kazakh to Cyrillic, with a map from output offsets back to the input's.
 * The alphabet is detected (detectScript) unless `options.from` names it. Cyrillic, digits and
 * punctuation pass through; URLs, e-mails, @mentions and #hashtags are left in Latin, and so
 * are listed all-capital foreign names (NDTV, NATO: data/script/foreign-acronyms.txt) and capital
 * words with C, W or X; Kazakh acronyms convert (KSRO → КСРО, AQSh → АҚШ).
 *
 * Ambiguities, and how they are settled:
 * - 2018 ı and 2017 i' are й after a vowel (Reseıge → Ресейге, boıynsha → бойынша) and и
 *   elsewhere (bıznes → бизнес, Iran → Иран); ıı is ий (Iýrıı → Юрий).
 * - ıa is я at a word's start or after a vowel (ıaǵnı → яғни); after a consonant it is ия at the
 *   end or before a case suffix (Armenıaǵa → Арменияға) and иа inside a stem (mıllıard → миллиард).
 *   ıo after a consonant is ио (mıllıon → миллион); ıý/ıu is ю (bıýdjet → бюджет).
 * - ts before ı or e is ц (operatsıa → операция, Tsentr → Центр), else т + с (úmitsiz → үмітсіз).
 * - e after a vowel is э (aerodrom → аэродром); э at a word's start cannot be told from е.
 * - A capital I (2018 writes it for both ı and i) is І when the rest of the word is front
 *   (Ishki → Ішкі), И when it is back (Iran → Иран).
 * - sh and ch are ш and ч; s + h never meet in native words. h is х (һ only in a few Arabic loans).
 * - Foreign names are transliterated letter by letter (Donald Tramp → Доналд Трамп, Detroıt → Детройт).
 *
 * @example
 * const { text, map } = toCyrillic('Reseıge')
 * text // → 'Ресейге'; map(5) → 5 (the end of "Ресей" is the end of "Reseı")
 */
export function toCyrillic(text: string, options: { from?: LatinAlphabet } = {}): Transliteration {
  assertString(text, 'toCyrillic')
  return cyrillicOf(text, options.from ?? alphabetOf(text))
}

/**
 * toCyrillic from a known alphabet; `tokens`, when the caller has tokenized the text already
 * (analyze has), spare it a second tokenization.
 */
export function cyrillicOf(text: string, alphabet: LatinAlphabet, tokens?: readonly Token[]): Transliteration {
  const byFirst = PAIRS_BY_FIRST[alphabet]
  const out = new Builder(text.length + (text.length >> 3))
  // spans to copy as they are: web addresses, handles (tokenized only when the text may hold one:
  // the lemmatizer sends single Latin words here)
  const keep: [number, number][] = []
  if (mayHoldKeptSpan(text)) for (const t of tokens ?? tokenize(text)) {
    if (t.type === 'url' || t.type === 'email' || t.type === 'mention' || t.type === 'hashtag') keep.push([t.start, t.end])
    else if (t.type === 'word' && isForeignAcronym(t.text)) keep.push([t.start, t.end])
  }
  const lowered = lowerCodes(text)
  const run = latinRuns(text)
  let k = 0
  let i = 0
  while (i < text.length) {
    if (k < keep.length && i === keep[k]![0]) {
      out.add(text.slice(i, keep[k]![1]), i)
      i = keep[k]![1]
      k++
      continue
    }
    const code = text.charCodeAt(i)
    if (!isLatinLetter(code)) {
      out.addCode(code, i)
      i++
      continue
    }
    // a listed acronym of capitals at a word's start is its Cyrillic whole: IIM → ІІМ, not ІИМ
    // (data/script/latin-acronyms.tsv)
    if (alphabet === '2018' && code >= 0x41 && code <= 0x5a && !isLatinLetter(text.charCodeAt(i - 1))) {
      const acronym = listedAcronymAt(text, i)
      if (acronym !== undefined) {
        out.add(acronym[1], i)
        i += acronym[0]
        continue
      }
    }
    // the word this letter belongs to, for case and for the capital I
    const upper = code >= 0x61 && code <= 0x7a ? false : code >= 0x41 && code <= 0x5a ? true : lowered[i] !== code
    const wordUpper = upper && run.isUpper(i)
    // 2018 writes I for the capital of both ı and i: try ı first (IA → я, only a digraph), then i;
    // 2021 writes I for ı's capital alone (İ is i's): "OTIRIÑIZ" → ОТЫРЫҢЫЗ, "Istıq" → Ыстық
    let match = alphabet === '2018' && code === 0x49 ? longestPair(byFirst, lowered, i, DOTLESS_I, 2) : alphabet === '2021' && code === 0x49 ? longestPair(byFirst, lowered, i, DOTLESS_I, 1) : undefined
    match ??= longestPair(byFirst, lowered, i, lowered[i]!, 1)
    if (!match) {
      out.addCode(code, i)
      i++
      continue
    }
    const latin = match.latin
    let cyr = match.cyrillic
    if (code === 0x49 && alphabet === '2018' && latin === 'i') cyr = frontWord(text, i, run.lastDotless(i)) ? 'і' : 'и'
    if (code === 0x130 && latin === 'i') cyr = 'і'
    if (cyr === 'ı') cyr = resolveI(out)
    // after a consonant, ıa/ıo are и + а/о (операцıa → операция, mıllıon → миллион); я and ё
    // stand at a word's start or after a vowel (ıaǵnı → яғни)
    const afterConsonant = out.lastSound() === CONSONANT
    const next = i + latin.length
    // ıa after a consonant: ия at a word's end or before a case suffix (Armenıa → Армения,
    // Azıada → Азияда), иа inside a stem (mıllıard → миллиард); ıo is ио (mıllıon → миллион)
    // (but for a listed stem's noun in -иада: Olımpıada → Олимпиада, data/script/ia-stems.txt)
    if (afterConsonant && (latin === 'ıa' || latin === 'ia')) cyr = endsInSuffix(text, next) && !isIaStem(text, i) ? 'ия' : 'иа'
    if (afterConsonant && (latin === 'ıo' || latin === 'io')) cyr = 'ио'
    // a listed loan starting with э: ekonomıka → экономика (data/script/e-loans.txt)
    if (latin === 'e' && !isLatinLetter(text.charCodeAt(i - 1)) && startsWithELoan(text, i)) cyr = 'э'
    // ts before ı, e (or 2021's iy) is the ц of Russian loans (operatsıa, Tsentr, operatsiyia);
    // elsewhere т + с (atsyz, úmitsiz)
    if (latin === 't' && lowered[i + 1] === 0x73) {
      const after = lowered[i + 2]
      if (after === DOTLESS_I || after === 0x65 || (alphabet === '2021' && after === 0x69 && lowered[i + 3] === 0x79)) {
        out.add(upper ? 'Ц' : 'ц', i)
        i += 2
        continue
      }
    }
    const cased = wordUpper ? cyr.toUpperCase() : upper ? cyr[0]!.toUpperCase() + cyr.slice(1) : cyr
    out.add(cased, i)
    i += latin.length
  }
  return out.finish(text.length)
}

const DOTLESS_I = 0x131

let acronymsByLatin: Map<string, string> | undefined
let acronymFirstLetters: Set<number> | undefined

/**
 * The listed acronym (data/script/latin-acronyms.tsv) that the word at i is, all of it, as
 * [its length, its Cyrillic]; else undefined. The word ends at a non-letter (a hyphen before a
 * case ending goes on as usual). Most capitals fail on their first letter.
 */
function listedAcronymAt(text: string, i: number): [number, string] | undefined {
  if (!acronymsByLatin) {
    acronymsByLatin = new Map(latinAcronyms.split('|').map((pair) => pair.split(' ') as [string, string]))
    acronymFirstLetters = new Set([...acronymsByLatin.keys()].map((l) => l.charCodeAt(0)))
  }
  if (!acronymFirstLetters!.has(text.charCodeAt(i))) return undefined
  let j = i + 1
  while (j < text.length && j - i <= 8 && isLatinLetter(text.charCodeAt(j))) j++
  const cyrillic = acronymsByLatin.get(text.slice(i, j))
  if (cyrillic === undefined) return undefined
  // (a compound's first part is no acronym: "SIM-kartasy" is a SIM card, not СІМ with a case ending,
  // which is at most four letters: IIM-niń, SIM-ge)
  if (text.charCodeAt(j) === 0x2d) {
    let e = j + 1
    while (e < text.length && isLatinLetter(text.charCodeAt(e))) e++
    if (e - j - 1 > 4) return undefined
  }
  return [j - i, cyrillic]
}

/**
 * Can the text hold a span toCyrillic keeps as it is? Addresses and handles need . / @ # (and a
 * URL's : comes with /); a foreign acronym is a word of capitals and digits (NATO, G7): two of
 * them in a row, one a capital.
 */
function mayHoldKeptSpan(text: string): boolean {
  let previous = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x2e || code === 0x2f || code === 0x40 || code === 0x23) return true
    // 1 a digit, 2 a capital
    const kind = code >= 0x30 && code <= 0x39 ? 1 : code >= 0x41 && code <= 0x5a ? 2 : 0
    if (kind !== 0 && previous !== 0 && (kind === 2 || previous === 2)) return true
    previous = kind
  }
  return false
}

/** The lower case of each code in U+00C0…U+024F (the Latin letters besides ASCII), made once. */
const LATIN_LOWER = Uint16Array.from({ length: 0x250 - 0xc0 }, (_, k) => String.fromCharCode(0xc0 + k).toLowerCase().charCodeAt(0))

/**
 * The text's UTF-16 units in lower case, as toLowerCase gives them one by one, with İ read as i
 * (JavaScript lower-cases it to i + a combining dot), and four zeros after the end (the longest
 * pair, shch, reads four units). By code, not by toLowerCase on the text: that takes its slow path
 * for strings with a non-ASCII letter (á, ı: most Kazakh Latin words).
 */
function lowerCodes(text: string): Uint16Array {
  const out = new Uint16Array(text.length + 4)
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k)
    if (code >= 0x41 && code <= 0x5a) out[k] = code + 0x20
    else if (code < 0xc0) out[k] = code
    else if (code === 0x130) out[k] = 0x69
    else if (code < 0x250) out[k] = LATIN_LOWER[code - 0xc0]!
    // Cyrillic and punctuation (’ «) never lower-case to a Latin letter, so no pair can start there
    else if ((code >= 0x400 && code <= 0x52f) || (code >= 0x2000 && code <= 0x206f)) out[k] = code
    else {
      const lower = text[k]!.toLowerCase()
      out[k] = lower.length === 1 ? lower.charCodeAt(0) : code
    }
  }
  return out
}

/** A LATIN_TO_CYRILLIC pair, with the Latin side's codes. */
interface Pair {
  latin: string
  cyrillic: string
  codes: readonly number[]
}

/** Each alphabet's LATIN_TO_CYRILLIC pairs by the code of their first letter, in the table's order (longest first). */
const PAIRS_BY_FIRST: Readonly<Record<LatinAlphabet, readonly (readonly Pair[] | undefined)[]>> = {
  '2017': pairsByFirst(LATIN_TO_CYRILLIC['2017']),
  '2018': pairsByFirst(LATIN_TO_CYRILLIC['2018']),
  '2021': pairsByFirst(LATIN_TO_CYRILLIC['2021']),
}

function pairsByFirst(pairs: readonly (readonly [string, string])[]): Pair[][] {
  const out: Pair[][] = new Array(0x250)
  for (const [latin, cyrillic] of pairs) {
    const codes = Array.from(latin, (c) => c.charCodeAt(0))
    ;(out[codes[0]!] ??= []).push({ latin, cyrillic, codes })
  }
  return out
}

/**
 * The first pair (in table order: the longest) of at least `minLength` letters that matches the
 * lower-cased text at `i`, its first letter read as `first`.
 */
function longestPair(byFirst: readonly (readonly Pair[] | undefined)[], lowered: Uint16Array, i: number, first: number, minLength: number): Pair | undefined {
  const pairs = byFirst[first]
  if (pairs === undefined) return undefined
  for (const pair of pairs) {
    const codes = pair.codes
    if (codes.length < minLength) continue
    let n = 1
    while (n < codes.length && lowered[i + n] === codes[n]) n++
    if (n === codes.length) return pair
  }
  return undefined
}

/**
 * 2018 ı / 2017 i': й after a vowel (Reseı → Ресей, boıynsha → бойынша, Aıdos → Айдос),
 * и after a consonant or at a word's start (bıznes → бизнес, Iran → Иран), and after и itself
 * (shııt → шиит).
 */
function resolveI(out: Builder): string {
  return out.lastSound() === VOWEL ? 'й' : 'и'
}

/** What may follow ия in a word: nothing, -т (мұқият), or the suffixes a vowel stem takes (Азияда, Арменияға, Азиясы). */
const AFTER_IA = /^(?:|t|ǵa|ğa|g'a|da|dan|ny|nyń|nıñ|nyn'|men|lar|lary|larǵa|sy|syn|syna|synda|synan|synyń|ǵy|daǵy|lyq|lyqtar|lyq)$/u

function endsInSuffix(text: string, from: number): boolean {
  let end = from
  // the longest AFTER_IA is 6 letters (lyqtar): a longer rest cannot match, so stop reading there
  while (end < text.length && end - from <= 6 && /[\p{L}']/u.test(text[end]!)) end++
  return AFTER_IA.test(text.slice(from, end).toLowerCase())
}

/**
 * The run of Latin letters (the word) around a position, worked out once per run: asking for
 * every letter of a long run would make an all-capital 1 MB "word" quadratic.
 */
function latinRuns(text: string): { isUpper: (i: number) => boolean; lastDotless: (i: number) => number } {
  let start = -1
  let end = -1
  let upper = false
  let dotless = -1
  const at = (i: number): void => {
    if (i >= start && i < end) return
    start = i
    while (start > 0 && isLatinLetter(text.charCodeAt(start - 1))) start--
    end = i
    while (end < text.length && isLatinLetter(text.charCodeAt(end))) end++
    const word = text.slice(start, end)
    upper = word.length > 1 && word === word.toUpperCase()
    dotless = start + word.lastIndexOf('ı')
    if (dotless < start) dotless = -1
  }
  return {
    /** Is the run around text[i] a capital word of two letters or more (SHYMKENT; not AQSh, not a lone I)? */
    isUpper: (i) => (at(i), upper),
    /** The position of the run's last dotless ı, or -1. */
    lastDotless: (i) => (at(i), dotless),
  }
}

const eLoans = eLoanPrefixes.split('|')

let iaStemSet: Set<string> | undefined

/** Is the word before position i (its ıa) a listed stem of a noun in -иада (data/script/ia-stems.txt)? */
function isIaStem(text: string, i: number): boolean {
  let start = i
  while (start > 0 && i - start < 12 && isLatinLetter(text.charCodeAt(start - 1))) start--
  iaStemSet ??= new Set((iaStems.all ?? '').split('|'))
  return iaStemSet.has(text.slice(start, i).toLowerCase())
}

function startsWithELoan(text: string, i: number): boolean {
  const head = text.slice(i, i + 8).toLowerCase()
  return eLoans.some((prefix) => head.startsWith(prefix))
}

/**
 * Is a capital I the І of a front word? Ishki → І; Iran, and any word with a dotless ı
 * (a loan: Investıtsıa, Indıa), → И.
 */
function frontWord(text: string, i: number, lastDotless: number): boolean {
  if (lastDotless > i) return false
  // the first vowel decides; I itself reads as i, so a run of capitals stops at the next one
  for (let k = i + 1; k < text.length && isLatinLetter(text.charCodeAt(k)); k++) {
    const c = text[k]!.toLowerCase()
    if ('eiáóúäöü'.includes(c)) return true
    if ('aouyıū'.includes(c)) return false
  }
  return false
}

const foreignAcronymSet = new Set(foreignAcronyms.split('|'))

/** NDTV, NATO, CNN (data/script/foreign-acronyms.txt), or capitals with C, W or X: a foreign name. */
function isForeignAcronym(word: string): boolean {
  if (word.length < 2 || !/^[A-Z0-9]+$/.test(word)) return false
  return foreignAcronymSet.has(word) || /[CWX]/.test(word.replace(/CH/g, ''))
}

/**
 * Cyrillic Kazakh to Latin (2018 by default, or 2021), with a map back to the input's offsets.
 * Non-Cyrillic characters pass through.
 *
 * @example
 * toLatin('Қазақстан Ресейге').text // → 'Qazaqstan Reseıge'
 * toLatin('Қазақстан', { alphabet: '2021' }).text // → 'Qazaqstan'
 */
export function toLatin(text: string, options: { alphabet?: '2018' | '2021' } = {}): Transliteration {
  assertString(text, 'toLatin')
  const table = options.alphabet === '2021' ? CYRILLIC_TO_LATIN_2021 : CYRILLIC_TO_LATIN_2018
  const out = new Builder(text.length + (text.length >> 2))
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    const lower = ch.toLowerCase()
    const latin = table[lower]
    if (latin === undefined) {
      out.add(ch, i)
      continue
    }
    // the С of °С is Celsius, written C in every alphabet (2°С-тан → 2°C-tan, not 2°S-tan, which
    // reads as a number, a sign and a word)
    if (ch === 'С' && text[i - 1] === '°') {
      out.add('C', i)
      continue
    }
    if (ch === lower || latin === '') {
      out.add(latin, i)
      continue
    }
    // ШЫМКЕНТ → SHYMKENT, Шымкент → Shymkent; the capital of 2018's ı is I
    const wordUpper = isUpperCyrillicWord(text, i)
    // 2021 pairs ı/I and i/İ as Turkish does
    const up = (s: string): string => (options.alphabet === '2021' ? s.replace(/i/g, 'İ').toUpperCase() : s.toUpperCase())
    // a capital word is all capitals (SHYMKENT), but an acronym keeps its digraphs title-cased
    // as Kazinform writes them (АҚШ → AQSh, ҰҚШҰ → UQShU)
    const cased = wordUpper && !isAcronymAt(text, i) ? up(latin) : up(latin[0]!) + latin.slice(1)
    out.add(cased, i)
  }
  return out.finish(text.length)
}

/** Is text[i] inside an all-capital Cyrillic word of at most 5 letters (АҚШ, ҰҚШҰ, ШЫҰ)? */
function isAcronymAt(text: string, i: number): boolean {
  // at most 6 letters each way: a longer run is no acronym, and a capital 1 MB run stays linear
  let start = i
  while (start > 0 && i - start < 6 && CYRILLIC_LETTER.test(text[start - 1]!)) start--
  let end = i
  while (end < text.length && end - i < 6 && CYRILLIC_LETTER.test(text[end]!)) end++
  if (end - start > 5) return false
  const word = text.slice(start, end)
  return word === word.toUpperCase()
}

function isUpperCyrillicWord(text: string, i: number): boolean {
  const prev = text[i - 1] ?? ''
  const next = text[i + 1] ?? ''
  const letter = (c: string): boolean => CYRILLIC_LETTER.test(c)
  if (letter(next)) return next !== next.toLowerCase()
  return letter(prev) && prev !== prev.toLowerCase()
}
