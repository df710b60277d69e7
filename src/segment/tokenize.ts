import { assertString } from '../internal/assert-string.js'
import { C, classTable, isLowerLetter, isUpperLetter } from '../internal/char-class.js'
import { CASE_ENDING } from '../internal/domain-ending.js'
import { normalize } from '../normalize/normalize.js'
import { letterTables, needsRepair } from '../normalize/repair-letters.js'
import type { Token, TokenType } from '../types.js'
import { isKnownAbbreviation, maxAbbreviationLength, topLevelDomainSet } from './abbreviations.js'

/**
 * Splits Kazakh text (Cyrillic or Latin script) into tokens with offsets into `text`.
 * White space is never a token; every other character belongs to exactly one token.
 *
 * The scanner reads each character once (plus bounded look-ahead at a connector), so time is
 * linear in the length of the text whatever it holds: no regular expression runs on the input.
 *
 * What stays one token (see `TokenType` for the types):
 * - words with hyphens and suffixes: Қасым-Жомарт, бірде-бір, әл-Фараби, ҰҚШҰ-дан, АҚШ-тың;
 * - numbers: 2024, 1,7, 3.5, 2024-ке, 1-інші, 5-сынып, 74,9%-ы (a suffixed percentage: the suffix
 *   inflects the whole "74,9%"), 32,5°С and 2°С-тан, 1 500 000 (groups of three digits after a
 *   space or NBSP; a bare "74,9%" is two tokens);
 *   dates 03.01.2024, times 14:30;
 * - abbreviations with their periods: ж. жж. т.б. т.с.с. млн. б.з.б. проф. (data/segment/abbreviations.txt);
 * - initials, each on its own with its period: "Н.Ә. Назарбаев" → Н. | Ә. | Назарбаев, when a
 *   capital follows;
 * - URLs, bare domains (Egemen.kz), e-mails, @mentions, #hashtags, emoji with their modifiers.
 *
 * What is always its own token: quote marks « » „ " “ ” ' ‹ ›, brackets, dashes – — and a hyphen
 * standing between spaces, %, №, •, and each of ! ? (a run of periods "..." is one token).
 *
 * @example
 * tokenize('ҰҚШҰ-ға Қазақстан төрағалық етеді.').map(t => t.text)
 * // → ['ҰҚШҰ-ға', 'Қазақстан', 'төрағалық', 'етеді', '.']
 */
export function tokenize(text: string): Token[] {
  assertString(text, 'tokenize')
  const s: Scanner = {
    text,
    n: text.length,
    T: classTable(),
    F: letterTables().flags,
    tokens: [],
    repair: false,
    invisible: false,
  }
  let i = 0
  while (i < s.n) i = scanAt(s, i)
  return s.tokens
}

/**
 * The scanner's state, passed to small top-level functions (faster in V8 than closures over
 * mutable variables). Internal: never escapes tokenize().
 */
interface Scanner {
  readonly text: string
  readonly n: number
  /** char-class.ts table */
  readonly T: Uint8Array
  /** repair-letters.ts flags */
  readonly F: Uint8Array
  readonly tokens: Token[]
  /** The current token has a letter run to repair (Latin look-alike in a Cyrillic word). */
  repair: boolean
  /** The current token holds a soft hyphen or a zero-width character. */
  invisible: boolean
}

function push(s: Scanner, start: number, end: number, type: TokenType): void {
  const text = s.text.slice(start, end)
  let normal = text
  if (s.repair) normal = normalize(normal)
  if (s.invisible) normal = normal.replace(INVISIBLE, '')
  if (type === 'number' && (s.repair || s.invisible || hasSpace(text))) normal = normal.replace(GROUP_SPACE, '')
  s.tokens.push({ start, end, text, type, normal })
  s.repair = false
  s.invisible = false
}

function hasSpace(text: string): boolean {
  return text.length > 3 && GROUP_SPACE_TEST.test(text)
}

/** Length of the word character at j (0 when none; 2 for an astral letter or digit). */
function wordCharAt(s: Scanner, j: number): number {
  if (j >= s.n) return 0
  const k = s.T[s.text.charCodeAt(j)]!
  if (k === C.Letter || k === C.Digit || k === C.NumberOther) return 1
  if (k === C.HighSurrogate) {
    const cp = s.text.codePointAt(j)!
    return cp > 0xffff && ASTRAL_WORD.test(String.fromCodePoint(cp)) ? 2 : 0
  }
  return 0
}

function isDigitAt(s: Scanner, j: number): boolean {
  return j < s.n && s.T[s.text.charCodeAt(j)] === C.Digit
}

/**
 * End of the run of word characters from j. Invisible characters inside it are kept
 * ("сөз\u00adдер"); the run's letter flags decide whether `normal` needs a repair.
 */
function runEnd(s: Scanner, j: number): number {
  const { text, n, T, F } = s
  let flags = 0
  for (;;) {
    if (j >= n) break
    const c = text.charCodeAt(j)
    const k = T[c]!
    if (k === C.Letter) {
      flags |= F[c]!
      j++
    } else if (k === C.Digit || k === C.NumberOther) {
      j++
    } else if (k === C.Ignorable && wordCharAt(s, j + 1) > 0) {
      s.invisible = true
      j++
    } else if (k === C.HighSurrogate) {
      const w = wordCharAt(s, j)
      if (w === 0) break
      j += w
    } else {
      break
    }
  }
  if (flags !== 0 && needsRepair(flags)) s.repair = true
  return j
}


/**
 * Bare domain at `start`: labels joined by periods, the last one a listed TLD, then a path.
 * Returns the end, or -1. "Egemen.kz" → 9; "qz.inform.kz/ru" → 15.
 */
function domainEnd(s: Scanner, start: number): number {
  const { text, T } = s
  let j = start
  let labels = 0
  let found = -1
  // A domain name has at most 253 characters: the bound keeps "a.a.a.a…" linear.
  const limit = Math.min(s.n, start + 253)
  for (;;) {
    const labelStart = j
    while (j < limit) {
      const code = text.charCodeAt(j)
      const k = T[code]!
      if (k === C.Letter || k === C.Digit || (code === 0x2d && j > labelStart)) j++
      else break
    }
    if (j === labelStart) break
    labels++
    if (labels >= 2 && wordCharAt(s, j) === 0 && topLevelDomainSet.has(text.slice(labelStart, j).toLowerCase())) {
      found = j
    }
    // a Kazakh case ending after the domain, hyphenated as after an acronym: "Kaspi.kz-тің",
    // "Tengrinews.kz-ке" (the label loop took the hyphen and the ending for the last label)
    else if (labels >= 2 && wordCharAt(s, j) === 0) {
      const hyphen = text.indexOf('-', labelStart)
      if (hyphen > labelStart && hyphen < j && topLevelDomainSet.has(text.slice(labelStart, hyphen).toLowerCase()) && CASE_ENDING.test(text.slice(hyphen + 1, j))) found = j
    }
    if (text.charCodeAt(j) === 0x2e && wordCharAt(s, j + 1) > 0) j++
    else break
  }
  if (found < 0) return -1
  return text.charCodeAt(found) === 0x2f ? urlTail(s, found) : found
}

/** Extends a URL over its path: up to white space or a bracket/quote that cannot be in it, minus final punctuation. */
function urlTail(s: Scanner, j: number): number {
  const { text, T, n } = s
  let open = 0
  let end = j
  while (end < n) {
    const code = text.charCodeAt(end)
    if (T[code] === C.Space || URL_STOP.has(code)) break
    if (code === 0x28) open++
    if (code === 0x29) {
      if (open === 0) break
      open--
    }
    end++
  }
  // "…/article/123." — the final period belongs to the sentence
  while (end > j && URL_TRAILING.has(text.charCodeAt(end - 1))) end--
  return end
}

function urlPrefixEnd(s: Scanner, i: number): number {
  const head = s.text.slice(i, i + 8).toLowerCase()
  let j = -1
  if (head.startsWith('https://')) j = i + 8
  else if (head.startsWith('http://')) j = i + 7
  else if (head.startsWith('www.')) j = i + 4
  if (j < 0 || j >= s.n || s.T[s.text.charCodeAt(j)] === C.Space) return -1
  return urlTail(s, j)
}

/** "name.surname@mail.kz": a local part of ASCII e-mail characters, '@', a domain. */
function emailEnd(s: Scanner, i: number): number {
  const { text } = s
  let j = i
  // RFC 5321: a local part has at most 64 characters (and the bound keeps the scan linear)
  const limit = Math.min(s.n, i + 64)
  while (j < limit) {
    const code = text.charCodeAt(j)
    const ascii = (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
    if (ascii || code === 0x2e || code === 0x5f || code === 0x2b || code === 0x2d || code === 0x25) j++
    else break
  }
  if (j === i || text.charCodeAt(j) !== 0x40) return -1
  const d = domainEnd(s, j + 1)
  return d > 0 && text.charCodeAt(d) !== 0x2f ? d : -1
}

/** Is the next non-space character (within 3, same line) an upper-case letter? ("Қ. Тоқаев", "Қ.Тоқаев") */
function capitalFollows(s: Scanner, j: number): boolean {
  let k = j
  while (k < s.n && k < j + 3 && s.T[s.text.charCodeAt(k)] === C.Space && s.text.charCodeAt(k) !== 0x0a) k++
  return k < s.n && isUpperLetter(s.text[k]!)
}

/** Scans the token starting with the word character at i; returns its end. */
function scanWord(s: Scanner, i: number): number {
  const { text, n, T } = s
  const code = text.charCodeAt(i)
  if (code < 0x80) {
    const lower = code | 0x20
    if (lower === 0x68 || lower === 0x77) {
      const u = urlPrefixEnd(s, i)
      if (u > i) {
        push(s, i, u, 'url')
        return u
      }
    }
    const e = emailEnd(s, i)
    if (e > 0) {
      push(s, i, e, 'email')
      return e
    }
  }
  s.repair = false
  s.invisible = false
  let chain = false // "т.б.": an abbreviation chain
  let hyphenated = false
  let triedDomain = false
  let j = runEnd(s, i)
  // "1", "15", "150" may go on as "150 000"; any other join ends that
  let digitGroups = j - i <= 3 && isDigitAt(s, i) && isDigitAt(s, j - 1) && (j - i < 3 || isDigitAt(s, i + 1))
  for (;;) {
    if (j >= n) break
    const c = text.charCodeAt(j)
    const k = T[c]!
    if (k === C.Hyphen) {
      // Қасым-Жомарт, ҰҚШҰ-дан, 2024-ке, Рио-де-Жанейродағы
      if (wordCharAt(s, j + 1) > 0) {
        hyphenated = true
        digitGroups = false
        j = runEnd(s, j + 1)
        continue
      }
      break
    }
    if (k === C.Period) {
      if (wordCharAt(s, j + 1) === 0) break
      digitGroups = false
      // 3.5, 03.01.2024, 1.2.3
      if (isDigitAt(s, j - 1) && isDigitAt(s, j + 1)) {
        j = runEnd(s, j + 1)
        continue
      }
      // Egemen.kz, qz.inform.kz/… (tried once per token, at its first period)
      if (!triedDomain && !chain) {
        triedDomain = true
        const d = domainEnd(s, i)
        if (d > j) {
          s.repair = false
          s.invisible = false
          push(s, i, d, 'url')
          return d
        }
      }
      // т.б. т.с.с. б.з.б. Б.з.б.: parts of one or two letters, lower case after the first, each with a period
      const next = runEnd(s, j + 1)
      if (
        next - (j + 1) <= 2 &&
        text.charCodeAt(next) === 0x2e &&
        isShortAbbreviationPart(text, j + 1, next, false) &&
        (chain || (!hyphenated && isShortAbbreviationPart(text, i, j, true)))
      ) {
        chain = true
        j = next // at the chain's next period
        continue
      }
      break
    }
    if (k === C.Comma || k === C.Colon) {
      // 1,7 · 74,9 · 14:30
      if (isDigitAt(s, j - 1) && isDigitAt(s, j + 1)) {
        digitGroups = false
        j = runEnd(s, j + 1)
        continue
      }
      break
    }
    if (k === C.Apostrophe) {
      // Latin 2017 "sa'lem", "Kot-d'Ivuar": an apostrophe between two letters
      if (T[text.charCodeAt(j - 1)] === C.Letter && T[text.charCodeAt(j + 1)] === C.Letter) {
        digitGroups = false
        j = runEnd(s, j + 1)
        continue
      }
      break
    }
    if (k === C.Percent) {
      // 74,9%-ы, 90%-ға: the suffix makes the percentage one word
      if (isDigitAt(s, j - 1) && T[text.charCodeAt(j + 1)] === C.Hyphen && wordCharAt(s, j + 2) > 0) {
        digitGroups = false
        j = runEnd(s, j + 2)
        continue
      }
      break
    }
    if (c === 0xb0 && isDigitAt(s, j - 1)) {
      // 32,5°С, 2°С-тан, 19,4°C-қа: degrees with their scale letter are one quantity
      const scale = text.charCodeAt(j + 1)
      if (scale === 0x421 || scale === 0x43 || scale === 0x46 || scale === 0x4b) {
        digitGroups = false
        j += 2
        if (T[text.charCodeAt(j)] === C.Hyphen && wordCharAt(s, j + 1) > 0) j = runEnd(s, j + 1)
        continue
      }
      break
    }
    if (k === C.Space && digitGroups && (c < 0x09 || c > 0x0d)) {
      // 1 500 000: exactly three digits after a space, and no digit or letter right after them
      if (isDigitAt(s, j + 1) && isDigitAt(s, j + 2) && isDigitAt(s, j + 3) && wordCharAt(s, j + 4) === 0) {
        j += 4
        continue
      }
    }
    break
  }

  let type: TokenType = T[code] === C.Digit ? 'number' : 'word'
  if (chain) {
    type = 'abbreviation'
    j++ // the chain's final period
  } else if (text.charCodeAt(j) === 0x2e && text.charCodeAt(j + 1) !== 0x2e && type === 'word' && !hyphenated) {
    if (j - i === 1 && isUpperLetter(text[i]!)) {
      // Қ. Тоқаев, Н.Ә. Назарбаев — a capital is an initial, never "қ." (қала)
      if (capitalFollows(s, j + 1)) {
        type = 'initial'
        j++
      }
    } else if (j - i <= maxAbbreviationLength && isKnownAbbreviation(text.slice(i, j))) {
      // ж. млн. проф. — the period is part of a listed abbreviation
      type = 'abbreviation'
      j++
    }
  } else if (type === 'number') {
    type = numberKind(text, i, j)
  }
  push(s, i, j, type)
  return j
}

function scanEmoji(s: Scanner, i: number, width: number): number {
  const { text, n } = s
  let j = i + width
  for (;;) {
    if (j >= n) return j
    const c = text.charCodeAt(j)
    if (c === 0xfe0f || c === 0xfe0e || c === 0x20e3) {
      j++
      continue
    }
    const cp = text.codePointAt(j)!
    // skin tones, tag characters (subdivision flags)
    if ((cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f)) {
      j += 2
      continue
    }
    if (c === 0x200d && j + 1 < n) {
      const nextCp = text.codePointAt(j + 1)!
      if (isPictographic(nextCp)) {
        j += 1 + (nextCp > 0xffff ? 2 : 1)
        continue
      }
    }
    return j
  }
}

/** Emits the token that starts at i (or skips white space); returns where scanning goes on. */
function scanAt(s: Scanner, i: number): number {
  const { text, n, T } = s
  const code = text.charCodeAt(i)
  switch (T[code]) {
    case C.Space:
    case C.Ignorable:
      return i + 1
    case C.Letter:
    case C.Digit:
    case C.NumberOther:
      return scanWord(s, i)
    case C.Period:
    case C.Hyphen: {
      // "..." is one token; so is "--" used as a dash
      let j = i + 1
      while (j < n && text.charCodeAt(j) === code) j++
      push(s, i, j, 'punctuation')
      return j
    }
    case C.At:
    case C.Hash: {
      // @akorda_kz, #Қазақстан2024
      let j = i + 1
      while (j < n) {
        const k = T[text.charCodeAt(j)]!
        if (k === C.Letter || k === C.Digit) j++
        else if (code === 0x40 && k === C.Period && wordCharAt(s, j + 1) > 0) j++
        else break
      }
      if (j === i + 1) {
        push(s, i, j, 'symbol')
        return j
      }
      push(s, i, j, code === 0x40 ? 'mention' : 'hashtag')
      return j
    }
    case C.Emoji: {
      const j = scanEmoji(s, i, 1)
      push(s, i, j, 'emoji')
      return j
    }
    case C.HighSurrogate: {
      const cp = text.codePointAt(i)!
      if (cp <= 0xffff) {
        push(s, i, i + 1, 'symbol') // a lone high surrogate
        return i + 1
      }
      if (isPictographic(cp) || isRegionalIndicator(cp)) {
        let j = scanEmoji(s, i, 2)
        // a flag is two regional indicators
        if (isRegionalIndicator(cp) && j === i + 2) {
          const next = text.codePointAt(j)
          if (next !== undefined && isRegionalIndicator(next)) j += 2
        }
        push(s, i, j, 'emoji')
        return j
      }
      if (wordCharAt(s, i) > 0) return scanWord(s, i)
      push(s, i, i + 2, ASTRAL_PUNCTUATION.test(String.fromCodePoint(cp)) ? 'punctuation' : 'symbol')
      return i + 2
    }
    case C.Dash:
    case C.Terminal:
    case C.Comma:
    case C.Colon:
    case C.Apostrophe:
    case C.Punctuation:
      push(s, i, i + 1, 'punctuation')
      return i + 1
    case C.Percent:
      // "30 %-ға": a percent sign written apart from its number keeps its suffix
      if (T[text.charCodeAt(i + 1)] === C.Hyphen && wordCharAt(s, i + 2) > 0) {
        const j = runEnd(s, i + 2)
        push(s, i, j, 'symbol')
        return j
      }
      push(s, i, i + 1, 'symbol')
      return i + 1
    default:
      // № + = $ and a lone low surrogate
      push(s, i, i + 1, 'symbol')
      return i + 1
  }
}

/** One or two letters, lower case (the first of a chain may be a capital: "Б.з.б."). */
function isShortAbbreviationPart(text: string, start: number, end: number, first: boolean): boolean {
  const len = end - start
  if (len < 1 || len > 2) return false
  const T = classTable()
  for (let k = start; k < end; k++) {
    if (T[text.charCodeAt(k)] !== C.Letter) return false
    const ch = text[k]!
    if (isLowerLetter(ch)) continue
    if (first && k === start && isUpperLetter(ch)) continue
    return false
  }
  return true
}

/** "03.01.2024" → date, "14:30" → time, anything else with a leading digit → number. */
function numberKind(text: string, start: number, end: number): TokenType {
  const s = text.slice(start, end)
  if (/^\d{1,2}\.\d{1,2}\.(\d{2}|\d{4})$/.test(s)) return 'date'
  if (/^\d{1,2}:\d{2}(:\d{2})?$/.test(s)) return 'time'
  return 'number'
}

function isPictographic(cp: number): boolean {
  return /\p{Extended_Pictographic}/u.test(String.fromCodePoint(cp))
}

function isRegionalIndicator(cp: number): boolean {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff
}

const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e]/g
const GROUP_SPACE = /[\s\u00a0]/gu
const GROUP_SPACE_TEST = /[\s\u00a0]/u
const ASTRAL_WORD = /[\p{L}\p{N}]/u
const ASTRAL_PUNCTUATION = /\p{P}/u

/** Characters that end a URL: quotes and angle brackets cannot be in one unescaped. */
const URL_STOP = new Set([0xab, 0xbb, 0x22, 0x3c, 0x3e, 0x201c, 0x201d, 0x2018])
/** Characters dropped from a URL's end: "…/article/123." */
const URL_TRAILING = new Set([0x2e, 0x2c, 0x3b, 0x3a, 0x21, 0x3f, 0x27, 0x2026])
