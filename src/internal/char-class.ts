/**
 * One class per UTF-16 code unit, looked up in a table: the tokenizer's hot loop reads
 * `charClass(code)` instead of running a regular expression per character.
 *
 * The table is built once, on first use, from Unicode property escapes, so it follows the
 * runtime's Unicode version (every Kazakh letter ә ғ қ ң ө ұ ү һ і is a letter like any other).
 */

export const enum C {
  /** Anything not listed below: symbols, rare punctuation. */
  Other = 0,
  /** White space, incl. NBSP (U+00A0), thin and narrow spaces, line and paragraph separators. */
  Space = 1,
  /** \p{L}, plus the combining marks \p{M} and the underscore (they live inside words). */
  Letter = 2,
  /** \p{Nd} decimal digits. */
  Digit = 3,
  /** Other numbers: superscripts (км²), fractions, Roman numeral letters. */
  NumberOther = 4,
  /** Invisible characters that may sit inside a word: soft hyphen, ZWSP, ZWNJ, ZWJ, word joiner, BOM. */
  Ignorable = 5,
  /** Hyphens that join words: - (U+002D), ‐ (U+2010), ‑ (U+2011). */
  Hyphen = 6,
  /** Dashes that never join: – — ― ‒ ⸺ ⸻ and the minus sign. */
  Dash = 7,
  Period = 8,
  Comma = 9,
  Colon = 10,
  /** Apostrophes that may sit inside a (Latin 2017) word: ' ’ ` ´. */
  Apostrophe = 11,
  Percent = 12,
  At = 13,
  Hash = 14,
  /** A UTF-16 high surrogate: the code point decides (emoji, astral letters). */
  HighSurrogate = 15,
  /** Sentence-final marks other than the period: ! ? ‼ ⁇ ⁈ ⁉ and the ellipsis … */
  Terminal = 16,
  /** Other punctuation (\p{P}): quotes, brackets, bullets, slashes, ; */
  Punctuation = 17,
  /** Pictographic emoji in the BMP (☀ ✅ ❤): a token of their own, with their modifiers. */
  Emoji = 18,
  /** A low surrogate or a lone high one: one code unit of its own. */
  LowSurrogate = 19,
}

let table: Uint8Array | undefined

function build(): Uint8Array {
  const t = new Uint8Array(0x10000)
  const tests: [RegExp, C][] = [
    [/\p{P}/u, C.Punctuation],
    [/[\p{L}\p{M}_]/u, C.Letter],
    [/\p{Nd}/u, C.Digit],
    [/[\p{No}\p{Nl}]/u, C.NumberOther],
    [/\s/u, C.Space],
  ]
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) {
      t[code] = code <= 0xdbff ? C.HighSurrogate : C.LowSurrogate
      continue
    }
    const ch = String.fromCharCode(code)
    for (const [re, cls] of tests) {
      if (re.test(ch)) {
        t[code] = cls
        break
      }
    }
  }
  const set = (chars: string, cls: C): void => {
    for (let k = 0; k < chars.length; k++) t[chars.charCodeAt(k)] = cls
  }
  // Categories are refined below for the characters the tokenizer treats specially.
  set('\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e', C.Ignorable)
  set('\u00a0\u2007\u202f\u0085\u2028\u2029', C.Space)
  set('-\u2010\u2011', C.Hyphen)
  set('\u2012\u2013\u2014\u2015\u2e3a\u2e3b\u2212\ufe58\ufe63\uff0d', C.Dash)
  set('_', C.Letter) // \p{Pc}, but it lives inside handles and hashtags: @akorda_press
  set('.', C.Period)
  set(',', C.Comma)
  set(':', C.Colon)
  set("'\u2019`\u00b4", C.Apostrophe)
  set('%', C.Percent)
  set('@', C.At)
  set('#', C.Hash)
  set('!?\u203c\u2047\u2048\u2049\u2026', C.Terminal)
  for (let code = 0x2300; code < 0x2c00; code++) {
    if (/\p{Extended_Pictographic}/u.test(String.fromCharCode(code))) t[code] = C.Emoji
  }
  return t
}

/** The class of one UTF-16 code unit. */
export function classTable(): Uint8Array {
  return (table ??= build())
}

/** Kazakh and Russian Cyrillic letters, the range normalize() repairs words in. */
export function isCyrillic(code: number): boolean {
  return (code >= 0x0400 && code <= 0x052f) || (code >= 0x1c80 && code <= 0x1c8f) || (code >= 0xa640 && code <= 0xa69f)
}

/** Upper-case letter test that works for every script (used on single letters only). */
export function isUpperLetter(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase()
}

export function isLowerLetter(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase()
}
