import { francAll } from 'franc-min'
import { kazakhWords } from '../data/kazakh-words.generated.js'
import { assertString } from '../internal/assert-string.js'
import { detectScript, isLatinLetter, type Script, scriptOfLetters } from '../script/transliterate.js'

/** Letters only Kazakh has among the Cyrillic languages. */
const KAZAKH_LETTERS = 'әғқңөұүһіӘҒҚҢӨҰҮҺІ'
/** 1 for the Kazakh-only letters, by code point − 0x400 (the Cyrillic block and its supplement). */
const IS_KAZAKH = new Uint8Array(0x130)
for (let i = 0; i < KAZAKH_LETTERS.length; i++) IS_KAZAKH[KAZAKH_LETTERS.charCodeAt(i) - 0x400] = 1
const LETTER = /\p{L}/u

/** What detectLanguage counts in a text before anything else. */
export interface LetterCounts {
  letters: number
  cyrillic: number
  kazakh: number
  /** detectScript's Latin letters (isLatinLetter), so the script of Cyrillic text needs no pass of its own. */
  latin: number
}

/**
 * Letters (\p{L}, a code point each), Cyrillic letters (Ѐ–ԯ) and Kazakh-only letters, in one
 * pass over the code units: ASCII and Cyrillic are decided by range, the rest by \p{L}.
 */
export function countLetters(text: string): LetterCounts {
  let letters = 0
  let cyrillic = 0
  let kazakh = 0
  let latin = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) {
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) {
        letters++
        latin++
      }
    } else if (code >= 0x400 && code <= 0x52f) {
      cyrillic++
      // ҂ and the combining marks ҃–҉ are in the block but are not letters
      if (code < 0x482 || code > 0x489) letters++
      kazakh += IS_KAZAKH[code - 0x400]!
    } else if (code >= 0xd800 && code <= 0xdbff) {
      const point = text.codePointAt(i)!
      if (point > 0xffff) {
        if (LETTER.test(String.fromCodePoint(point))) letters++
        i++
      }
    } else {
      // (detectScript counts all of U+00C0–U+024F as Latin, × and ÷ too)
      if (isLatinLetter(code)) latin++
      if (LETTER.test(text[i]!)) letters++
    }
  }
  return { letters, cyrillic, kazakh, latin }
}

/** Kazakh words written only with letters Russian has too (data/language/kazakh-words.txt). */
const KAZAKH_WORDS: ReadonlySet<string> = new Set(Object.values(kazakhWords).flatMap((group) => group.split('|')))

/**
 * Are one eighth or more of the text's Cyrillic words lower-case Kazakh words of KAZAKH_WORDS?
 * (Russian has none of them; a Russian text that quotes one Kazakh phrase has too many words of
 * its own to pass.)
 */
function hasKazakhWords(text: string): boolean {
  let words = 0
  let known = 0
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i)
    if (code < 0x400 || code > 0x52f) {
      i++
      continue
    }
    let end = i + 1
    let lower = code >= 0x430
    while (end < text.length && text.charCodeAt(end) >= 0x400 && text.charCodeAt(end) <= 0x52f) {
      if (text.charCodeAt(end) < 0x430) lower = false
      end++
    }
    words++
    if (lower && end - i >= 3 && KAZAKH_WORDS.has(text.slice(i, end))) known++
    i = end
  }
  return known > 0 && known * 8 >= words
}

/**
 * The language of a text as an ISO 639-3 code: 'kaz', 'rus', 'eng', … or 'und' when it cannot
 * tell (under 10 letters, or no language wins).
 *
 * Kazakh is decided cheaply first: Latin-script Kazakh by its alphabet's letters (detectScript),
 * Cyrillic Kazakh by the letters Russian does not have (ә ғ қ ң ө ұ ү һ і, at least 1 in 60
 * Cyrillic letters) or, in a short piece without them, by its words (one in eight a Kazakh word
 * written with Russian letters: бойынша, жылы, болды …). Everything else goes to franc-min (82
 * languages), and a franc answer of 'kaz' for text without any Kazakh letter is replaced by its
 * next guess, so Russian is never taken for Kazakh.
 *
 * @example
 * detectLanguage('Мемлекет басшысы сұхбат берді') // → 'kaz'
 * detectLanguage('Президент провел встречу с министром') // → 'rus'
 */
export function detectLanguage(text: string): string {
  assertString(text, 'detectLanguage')
  return languageOf(text, countLetters(text))
}

/**
 * detectLanguage with the text's letters counted already: analyze() counts each paragraph's and
 * adds them up for the whole text (only white space lies between paragraphs), so it reads the
 * text once, not twice; `scriptOf` is detectScript, or analyze's answer for the whole text,
 * which the working text needs too.
 */
export function languageOf(text: string, { letters, cyrillic, kazakh, latin }: LetterCounts, scriptOf: (text: string) => Script = detectScript): string {
  if (letters < 10) return 'und'
  // Cyrillic Kazakh first: it needs no second pass over the text (detectScript)
  if (cyrillic >= letters / 2) {
    if (kazakh * 60 >= cyrillic) return 'kaz'
    // a short piece may hold no Kazakh-only letter: its words tell ("… адам (2014 жыл). Осымен")
    if (hasKazakhWords(text)) return 'kaz'
  }
  const script = scriptOfLetters(latin, cyrillic) ?? scriptOf(text)
  if (script === 'latin-2017' || script === 'latin-2018' || script === 'latin-2021') return 'kaz'
  for (const [code] of francAll(text, { minLength: 10 })) {
    if (code === 'kaz' && kazakh === 0) continue
    return code
  }
  return 'und'
}
