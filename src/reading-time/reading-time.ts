/**
 * `kazakh-nlp/reading-time`: reading time for badges. Self-contained on purpose (it imports
 * nothing else from the package) so that the subpath stays under 1 KB minified and gzipped.
 */

export interface ReadingTimeOptions {
  /** Reading speed in words per minute (default 180: Kazakh words are long, see the README). */
  wordsPerMinute?: number
  /** Count letters and digits instead of words, at this many per minute. */
  charactersPerMinute?: number
  /** 'up' (default: a 1.2-minute read is "2 мин") or 'nearest'. */
  round?: 'up' | 'nearest'
  /** The label's script: 'cyrillic' (default, "2 мин") or 'latin' ("2 mın"); analyze() gives a Latin-script text's. */
  script?: 'cyrillic' | 'latin'
}

export interface ReadingTime {
  /** Whole minutes for the badge: at least 1 for any text with a word in it, 0 for none. */
  minutes: number
  /** The estimate in seconds, rounded. */
  seconds: number
  words: number
  /** Letters and digits (spaces and punctuation are not counted). */
  characters: number
  /** readingTimeLabel(minutes, { script }): "2 мин" ("2 mın" with script 'latin'). */
  label: string
}

export interface ReadingTimeLabelOptions {
  script?: 'cyrillic' | 'latin'
  /** 'short' (default): "2 мин"; 'long': "2 мин оқу үшін". */
  style?: 'short' | 'long'
}

// A word: letters and digits, joined by hyphens or apostrophes (Қасым-Жомарт, 1-інші, sa'lem),
// as the expression /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu would match; a character
// is a letter or digit (\p{L}\p{N}). Counted in one pass by char code: the common scripts are
// classified by range, and only other code points go through a regular expression.
const WORD_CHAR = /(\p{M})|[\p{L}\p{N}]/u

/** 1: a letter or digit; 2: a mark (part of a word, not counted as a character); 0: neither. */
function kindOf(c: number): number {
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : 0
  // Cyrillic and its supplement: letters, but for ҂ and the combining marks U+0483–0489
  if (c >= 0x400 && c < 0x530) return c === 0x482 ? 0 : c >= 0x483 && c <= 0x489 ? 2 : 1
  // Latin-1 letters (not × ÷) and Latin Extended-A: á ı ğ ş ń ä ö ü …
  if (c >= 0xc0 && c < 0x180) return c === 0xd7 || c === 0xf7 ? 0 : 1
  // spaces, dashes, quotes and other general punctuation
  if ((c >= 0x2000 && c < 0x2070) || c === 0xa0 || c === 0xab || c === 0xbb) return 0
  const m = WORD_CHAR.exec(String.fromCodePoint(c))
  return m ? (m[1] ? 2 : 1) : 0
}

/**
 * How long a Kazakh text takes to read. Words are counted the same in Cyrillic and in Latin
 * script, so a text and its Latin twin get the same minutes.
 *
 * @example
 * readingTime(article) // → { minutes: 2, seconds: 100, words: 299, characters: 1965, label: '2 мин' }
 */
export function readingTime(text: string, options: ReadingTimeOptions = {}): ReadingTime {
  if (typeof text !== 'string') throw new TypeError(`readingTime: expected text to be a string, got ${text === null ? 'null' : typeof text}`)
  let words = 0
  let characters = 0
  let inWord = false
  for (let i = 0; i < text.length; ) {
    const c = text.codePointAt(i)!
    i += c > 0xffff ? 2 : 1
    const kind = kindOf(c)
    if (kind !== 0) {
      if (!inWord) words++
      inWord = true
      if (kind === 1) characters++
    } else if (!(inWord && (c === 45 || c === 39 || c === 0x2019) && i < text.length && kindOf(text.codePointAt(i)!) !== 0)) {
      // a hyphen or apostrophe between two word characters keeps the word going
      inWord = false
    }
  }
  const cpm = options.charactersPerMinute
  const rate = cpm ?? options.wordsPerMinute ?? 180
  if (!(rate > 0)) throw new RangeError('readingTime: the reading speed must be a positive number')
  const exact = (cpm ? characters : words) / rate
  const minutes = words === 0 ? 0 : Math.max(1, options.round === 'nearest' ? Math.round(exact) : Math.ceil(exact - 1e-9))
  return { minutes, seconds: Math.round(exact * 60), words, characters, label: readingTimeLabel(minutes, options.script === 'latin' ? { script: 'latin' } : {}) }
}

/**
 * The badge text for a number of minutes.
 *
 * @example
 * readingTimeLabel(2) // → '2 мин'
 * readingTimeLabel(2, { style: 'long' }) // → '2 мин оқу үшін'
 * readingTimeLabel(2, { script: 'latin', style: 'long' }) // → '2 mın oqý úshin'
 */
export function readingTimeLabel(minutes: number, options: ReadingTimeLabelOptions = {}): string {
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0) throw new TypeError('readingTimeLabel: expected minutes to be a number ≥ 0')
  const latin = options.script === 'latin'
  const long = options.style === 'long'
  return `${Math.round(minutes)} ${latin ? 'mın' : 'мин'}${long ? (latin ? ' oqý úshin' : ' оқу үшін') : ''}`
}

/**
 * A small SVG badge ("2 мин оқу үшін") to drop into a page.
 *
 * @example
 * readingTimeBadge(2) // → '<svg xmlns="http://www.w3.org/2000/svg" … >…2 мин оқу үшін…</svg>'
 */
export function readingTimeBadge(minutes: number, options: Omit<ReadingTimeLabelOptions, 'style'> = {}): string {
  const label = readingTimeLabel(minutes, { ...options, style: 'long' })
  const width = 12 + label.length * 7
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${label}"><rect width="${width}" height="20" rx="3" fill="#0b6e4f"/><text x="${width / 2}" y="14" fill="#fff" font-family="sans-serif" font-size="11" text-anchor="middle">${label}</text></svg>`
}
