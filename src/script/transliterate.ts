import { eLoanPrefixes } from '../data/e-loans.generated.js'
import { foreignAcronyms } from '../data/foreign-acronyms.generated.js'
import { assertString } from '../internal/assert-string.js'
import { tokenize } from '../segment/tokenize.js'
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

const LATIN_LETTER = /[A-Za-zÀ-ɏ]/u
const CYRILLIC_LETTER = /[Ѐ-ԯ]/u

/** [A-Za-zÀ-ɏ]: the letters of the Latin alphabets (NaN, past the end, is none). */
function isLatinLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0x24f)
}

/**
 * Which script a Kazakh text is written in: Cyrillic, one of the three Latin alphabets,
 * a mix (each script has at least a fifth of the letters), or something else.
 * The Latin alphabet is told by the letters only it has: á ǵ ı ń ó ú ý (2018), ä ğ ñ ö ū ü ş ç
 * (2021), letter + apostrophe (2017); Latin text with none of them but with q (Qazaqstan) is
 * taken as 2018; anything else Latin is 'other' (English, say).
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
  let q = 0
  // code ranges, not a regular expression per character: this reads whole articles
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x400 && code <= 0x52f) cyrillic++
    else if (isLatinLetter(code)) {
      latin++
      const ch = text[i]!
      if (code >= 0xc0) {
        if (MARKS_2018.includes(ch)) marks2018++
        else if (MARKS_2021.includes(ch)) marks2021++
      } else if (ch === 'q' || ch === 'Q') q++
      const next = text[i + 1]
      if ((next === "'" || next === '’') && "agnouyscAGNOUYSC".includes(ch) && isLatinLetter(text.charCodeAt(i + 2))) apostrophes++
    }
  }
  const letters = latin + cyrillic
  if (letters === 0) return 'other'
  if (cyrillic >= letters * 0.2 && latin >= letters * 0.2) return 'mixed'
  if (cyrillic > latin) return 'cyrillic'
  if (marks2018 === 0 && marks2021 === 0 && apostrophes === 0) return q > 0 ? 'latin-2018' : 'other'
  if (apostrophes > marks2018 && apostrophes > marks2021) return 'latin-2017'
  return marks2021 > marks2018 ? 'latin-2021' : 'latin-2018'
}

function alphabetOf(text: string): LatinAlphabet {
  const script = detectScript(text)
  return script === 'latin-2017' ? '2017' : script === 'latin-2021' ? '2021' : '2018'
}

/** Builds a text piece by piece, remembering the input offset of every output unit. */
class Builder {
  private readonly parts: string[] = []
  private readonly sources: number[] = []
  private length = 0
  add(piece: string, source: number): void {
    this.parts.push(piece)
    for (let k = 0; k < piece.length; k++) this.sources.push(source)
    this.length += piece.length
  }
  /** The last output character so far, lower case ('' at the start). */
  lastChar(): string {
    return this.parts.at(-1)?.at(-1)?.toLowerCase() ?? ''
  }
  finish(inputLength: number): Transliteration {
    const text = this.parts.join('')
    const sources = Int32Array.from(this.sources)
    const length = this.length
    return {
      text,
      map: (offset) => {
        if (!Number.isInteger(offset) || offset < 0) return 0
        return offset >= length ? inputLength : sources[offset]!
      },
    }
  }
}

const VOWELS = 'аәеёиоөұүыіэюяу'

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
  const alphabet = options.from ?? alphabetOf(text)
  const table = LATIN_TO_CYRILLIC[alphabet]
  const out = new Builder()
  // spans to copy as they are: web addresses, handles
  const keep: [number, number][] = []
  for (const t of tokenize(text)) {
    if (t.type === 'url' || t.type === 'email' || t.type === 'mention' || t.type === 'hashtag') keep.push([t.start, t.end])
    else if (t.type === 'word' && isForeignAcronym(t.text)) keep.push([t.start, t.end])
  }
  let k = 0
  let i = 0
  while (i < text.length) {
    if (k < keep.length && i === keep[k]![0]) {
      out.add(text.slice(i, keep[k]![1]), i)
      i = keep[k]![1]
      k++
      continue
    }
    const ch = text[i]!
    if (!LATIN_LETTER.test(ch)) {
      out.add(ch, i)
      i++
      continue
    }
    // the word this letter belongs to, for case and for the capital I
    const upper = ch !== ch.toLowerCase()
    const wordUpper = upper && isUpperWord(text, i)
    // İ lower-cases to i + a combining dot in JavaScript: read it as i
    const lower = text.slice(i, i + 4).replace(/İ/g, 'i').toLowerCase()
    let match: readonly [string, string] | undefined
    // 2018 writes I for the capital of both ı and i: try ı first (IA → я), then i
    const tries = alphabet === '2018' && ch === 'I' ? [`ı${lower.slice(1)}`, lower] : [lower]
    for (const attempt of tries) {
      match = table.find((pair) => attempt.startsWith(pair[0]) && (attempt === lower || pair[0].length > 1))
      if (match) break
    }
    if (!match) {
      out.add(ch, i)
      i++
      continue
    }
    let cyr = match[1]
    if (ch === 'I' && alphabet === '2018' && match[0] === 'i') cyr = frontWord(text, i) ? 'і' : 'и'
    if (ch === 'İ' && match[0] === 'i') cyr = 'і'
    if (cyr === 'ı') cyr = resolveI(out)
    // after a consonant, ıa/ıo are и + а/о (операцıa → операция, mıllıon → миллион); я and ё
    // stand at a word's start or after a vowel (ıaǵnı → яғни)
    const prevOut = out.lastChar()
    const afterConsonant = prevOut !== '' && CYRILLIC_CONSONANTS.includes(prevOut)
    const next = i + match[0].length
    // ıa after a consonant: ия at a word's end or before a case suffix (Armenıa → Армения,
    // Azıada → Азияда), иа inside a stem (mıllıard → миллиард); ıo is ио (mıllıon → миллион)
    if (afterConsonant && (match[0] === 'ıa' || match[0] === 'ia')) cyr = endsInSuffix(text, next) ? 'ия' : 'иа'
    if (afterConsonant && (match[0] === 'ıo' || match[0] === 'io')) cyr = 'ио'
    // a listed loan starting with э: ekonomıka → экономика (data/script/e-loans.txt)
    if (match[0] === 'e' && !LATIN_LETTER.test(text[i - 1] ?? '') && startsWithELoan(text, i)) cyr = 'э'
    // ts before ı, e (or 2021's iy) is the ц of Russian loans (operatsıa, Tsentr, operatsiyia);
    // elsewhere т + с (atsyz, úmitsiz)
    const tsBefore = lower[2] ?? '-'
    if (match[0] === 't' && lower[1] === 's' && ('ıe'.includes(tsBefore) || (alphabet === '2021' && lower.slice(2, 4) === 'iy'))) {
      out.add(upper ? 'Ц' : 'ц', i)
      i += 2
      continue
    }
    const cased = wordUpper ? cyr.toUpperCase() : upper ? cyr[0]!.toUpperCase() + cyr.slice(1) : cyr
    out.add(cased, i)
    i += match[0].length
  }
  return out.finish(text.length)
}

/**
 * 2018 ı / 2017 i': й after a vowel (Reseı → Ресей, boıynsha → бойынша, Aıdos → Айдос),
 * и after a consonant or at a word's start (bıznes → бизнес, Iran → Иран), and after и itself
 * (shııt → шиит).
 */
function resolveI(out: Builder): string {
  const prev = out.lastChar()
  return prev !== '' && VOWELS.includes(prev) ? 'й' : 'и'
}

/** What may follow ия in a word: nothing, -т (мұқият), or the suffixes a vowel stem takes (Азияда, Арменияға, Азиясы). */
const AFTER_IA = /^(?:|t|ǵa|ğa|g'a|da|dan|ny|nyń|nıñ|nyn'|men|lar|lary|larǵa|sy|syn|syna|synda|synan|synyń|ǵy|daǵy|lyq|lyqtar|lyq)$/u

function endsInSuffix(text: string, from: number): boolean {
  let end = from
  while (end < text.length && /[\p{L}']/u.test(text[end]!)) end++
  return AFTER_IA.test(text.slice(from, end).toLowerCase())
}

const CYRILLIC_CONSONANTS = 'бвгғджзйкқлмнңпрстфхһцчшщ'

/** The run of letters (of `letter`) around text[i]. */
function wordAround(text: string, i: number, letter: RegExp): string {
  let start = i
  while (start > 0 && letter.test(text[start - 1]!)) start--
  let end = i
  while (end < text.length && letter.test(text[end]!)) end++
  return text.slice(start, end)
}

function isUpperWord(text: string, i: number): boolean {
  const word = wordAround(text, i, LATIN_LETTER)
  return word.length > 1 && word === word.toUpperCase()
}

const eLoans = eLoanPrefixes.split('|')

function startsWithELoan(text: string, i: number): boolean {
  const head = text.slice(i, i + 8).toLowerCase()
  return eLoans.some((prefix) => head.startsWith(prefix))
}

/**
 * Is a capital I the І of a front word? Ishki → І; Iran, and any word with a dotless ı
 * (a loan: Investıtsıa, Indıa), → И.
 */
function frontWord(text: string, i: number): boolean {
  let end = i + 1
  while (end < text.length && LATIN_LETTER.test(text[end]!)) end++
  if (text.slice(i + 1, end).includes('ı')) return false
  for (let k = i + 1; k < end; k++) {
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
  const out = new Builder()
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    const lower = ch.toLowerCase()
    const latin = table[lower]
    if (latin === undefined) {
      out.add(ch, i)
      continue
    }
    // 2018 writes ия as ıa, not ııa: the и gives way to я's own ı (операция → operatsıa)
    if (lower === 'и' && options.alphabet !== '2021' && text[i + 1]?.toLowerCase() === 'я') continue
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
  const word = wordAround(text, i, CYRILLIC_LETTER)
  return word.length <= 5 && word === word.toUpperCase()
}

function isUpperCyrillicWord(text: string, i: number): boolean {
  const prev = text[i - 1] ?? ''
  const next = text[i + 1] ?? ''
  const letter = (c: string): boolean => CYRILLIC_LETTER.test(c)
  if (letter(next)) return next !== next.toLowerCase()
  return letter(prev) && prev !== prev.toLowerCase()
}
