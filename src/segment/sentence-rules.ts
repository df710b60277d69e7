import { isLowerLetter, isUpperLetter } from '../internal/char-class.js'
import type { Token } from '../types.js'
import { mayEndAbbreviationSet, noBreakAbbreviationSet } from './abbreviations.js'

/**
 * A candidate sentence break lies after `tokens[left]` (a terminal mark, or an abbreviation with
 * its period, plus any closing quotes/brackets that stick to it) and before `tokens[right]`.
 */
export interface BreakCandidate {
  tokens: readonly Token[]
  /** The terminal token: "." "!" "?" "…" "..." or an abbreviation ending in a period. */
  terminal: number
  /** The last token of the would-be sentence (the terminal or a closing mark after it). */
  left: number
  /** The first token after the break. */
  right: number
}

export type BreakVerdict = 'split' | 'join'

export interface SentenceRule {
  name: string
  /** A verdict, or undefined to let the next rule decide. */
  test: (c: BreakCandidate) => BreakVerdict | undefined
}

const CONTINUATION = new Set([',', ';', ':', ')', ']', '}'])
const DASHES = new Set(['-', '–', '—', '―', '--'])

function firstChar(t: Token | undefined): string {
  return t === undefined ? '' : t.text[0]!
}

function abbreviationKey(t: Token): string {
  return t.text.slice(0, -1).toLowerCase()
}

/**
 * The ordered rules; the first verdict wins, and a candidate no rule decides is a split.
 * Each rule names one Kazakh convention.
 */
export const sentenceRules: readonly SentenceRule[] = [
  {
    // "2,2 трлн. теңгеге артты" · "көрме?! деп" — Kazakh sentences start with a capital
    name: 'lowercase-follows',
    test: ({ tokens, right }) => (isLowerLetter(firstChar(tokens[right])) ? 'join' : undefined),
  },
  {
    // «Біз келдік.», деді ол. — the attribution after the quote stays with the last quoted sentence
    name: 'continuation-punctuation-follows',
    test: ({ tokens, right }) => (CONTINUATION.has(tokens[right]!.text) ? 'join' : undefined),
  },
  {
    // «Жасаған-ау, бала бере көрме?!» – деп тілейтін еді. — a dash and a lower-case reporting verb
    name: 'dash-then-lowercase',
    test: ({ tokens, right }) =>
      DASHES.has(tokens[right]!.text) && isLowerLetter(firstChar(tokens[right + 1])) ? 'join' : undefined,
  },
  {
    // "12. Мұнан кейін елге сайлаушы шықты." — the number of a list item, not a sentence
    name: 'list-item-number',
    test: ({ tokens, terminal }) => {
      const before = tokens[terminal - 1]
      if (tokens[terminal]!.text !== '.' || before?.type !== 'number' || before.end !== tokens[terminal]!.start) return undefined
      const prev = tokens[terminal - 2]
      return prev === undefined || prev.text === '.' || prev.text === '!' || prev.text === '?' ? 'join' : undefined
    },
  },
  {
    // 1939 ж. Қ. Жұмалиев · проф. Ахмет Байтұрсынұлы · Б.з.б. 550 ж. — these never close a sentence
    name: 'no-break-abbreviation',
    test: ({ tokens, terminal }) => {
      const t = tokens[terminal]!
      return t.type === 'abbreviation' && noBreakAbbreviationSet.has(abbreviationKey(t)) ? 'join' : undefined
    },
  },
  {
    // 700 млрд. АҚШ долларынан · 2 млн. 500 мың — a quantity abbreviation before an acronym or a number
    name: 'quantity-before-acronym-or-number',
    test: ({ tokens, terminal, right }) => {
      const t = tokens[terminal]!
      if (t.type !== 'abbreviation' || !mayEndAbbreviationSet.has(abbreviationKey(t))) return undefined
      const next = tokens[right]!
      if (next.type === 'number') return 'join'
      return next.type === 'word' && next.text.length >= 2 && isAcronym(next.text) ? 'join' : undefined
    },
  },
  {
    // "…жүйесі. Ол…" · "…т.б. Келесі…" · "…келді! «Біз…" — anything else that is not lower case
    name: 'default-split',
    test: () => 'split',
  },
]

/**
 * "АҚШ", "ҰҚШҰ-дан": capitals before any hyphen. The 2018 Latin alphabet writes ш and ч as the
 * digraphs Sh and Ch even inside a capital word: "AQSh", "ShQO" are acronyms too.
 */
function isAcronym(word: string): boolean {
  const head = word.split('-')[0]!
  if (head.length < 2) return false
  let previous = ''
  for (const ch of head) {
    if (!isUpperLetter(ch) && !(ch === 'h' && (previous === 'S' || previous === 'C'))) return false
    previous = ch
  }
  return true
}
