import type { Span, Token } from '../types.js'
import { C, classTable } from '../internal/char-class.js'
import { normalize } from '../normalize/normalize.js'
import type { LatinAlphabet } from './alphabets.js'
import { cyrillicOf, detectScript, latinAlphabetOf, type Script } from './transliterate.js'

/** The Cyrillic text a stage works on, and the map from its offsets back to the caller's. */
export interface WorkingText {
  /**
   * True when the input was Latin-script Kazakh and `text` is its transliteration. Otherwise
   * `text` is the input normalize()d and without its soft hyphens and zero-width characters
   * (`map` steps over them; with none, it is the identity).
   */
  latin: boolean
  /** The input's Latin alphabet, when `latin`: names the stages give from Cyrillic lists are written back in it. */
  alphabet?: LatinAlphabet
  text: string
  map: (offset: number) => number
}

/**
 * The stages' rules and models are Cyrillic: Latin-script Kazakh is transliterated first, and
 * every span found is mapped back with `map`, so offsets stay offsets into the input. Other text
 * is normalize()d, which keeps its length: Latin look-alikes inside Cyrillic words would make
 * "Тоқаeв" (Latin e) a name the lexicon, the gazetteers and the other mentions do not know.
 */
export function toWorkingText(text: string, tokens?: readonly Token[], script: Script = detectScript(text)): WorkingText {
  // the alphabet detectScript found, so toCyrillic does not read the text again to find it (and
  // the text's tokens, when analyze has them, so it does not tokenize it again either)
  const alphabet = latinAlphabetOf(script)
  if (alphabet) return { latin: true, alphabet, ...cyrillicOf(text, alphabet, tokens) }
  const clean = normalize(text)
  return withoutInvisible(clean) ?? { latin: false, text: clean, map: (offset) => offset }
}

/**
 * The text without its invisible characters (the char-class table's Ignorable: soft hyphen,
 * zero-width characters, what tokenize leaves out of a token's `normal`), and the map back;
 * undefined when it has none. A scraped "Тоқа\u00adев" (a soft hyphen from the page's HTML) is
 * the name Тоқаев to the stages.
 */
function withoutInvisible(text: string): WorkingText | undefined {
  const T = classTable()
  let first = 0
  while (first < text.length && T[text.charCodeAt(first)] !== C.Ignorable) first++
  if (first === text.length) return undefined
  // from[i]: the input offset of working unit i; from[length]: the input's length
  const from = new Int32Array(text.length + 1)
  let out = ''
  let copied = 0
  let length = 0
  for (let i = 0; i < text.length; i++) {
    if (T[text.charCodeAt(i)] !== C.Ignorable) {
      from[length++] = i
      continue
    }
    out += text.slice(copied, i)
    copied = i + 1
  }
  out += text.slice(copied)
  from[length] = text.length
  return { latin: false, text: out, map: (offset) => from[offset]! }
}

/**
 * What analyze() makes once for the entity and quote stages to share: the working text, its
 * tokens, paragraphs and sentences (all of `working.text`: see toWorkingText), and the lemma
 * cache of its words.
 */
/**
 * A lemma made on the working text, in the input's script: the input up to the working offset
 * where the lemma ends (`inputUpTo` maps a length of the working span to the input's text), when
 * the lemma is a prefix of the working span; else undefined (a restored stem, кітабы → кітап, has
 * no place in the input). A Latin-script name is lemmatized so, in the text's own alphabet: 2021's
 * "Fiydan", read alone, reads as 2018 Fiy + -dan.
 */
export function lemmaInInput(workingSpan: string, lemma: string, inputUpTo: (workingLength: number) => string): string | undefined {
  return lemma.length > 0 && workingSpan.startsWith(lemma) ? inputUpTo(lemma.length) : undefined
}

export interface SharedWork {
  working: WorkingText
  tokens: Token[]
  paragraphs: Span[]
  sentences: Span[]
  lemmas: Map<string, string>
  /**
   * The tokens' texts numbered by the entity stage (ids[k] is token k's number in `words`, its
   * distinct texts), when it has run: the quote stage lower-cases each distinct word once.
   */
  numbered?: NumberedWords
}

/** A text's tokens numbered by their texts: token k's text is words[ids[k]]. */
export interface NumberedWords {
  ids: Int32Array
  words: readonly string[]
}
