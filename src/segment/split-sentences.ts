import { assertString } from '../internal/assert-string.js'
import type { Span, SplitSentencesOptions, Token } from '../types.js'
import { type BreakCandidate, type BreakVerdict, sentenceRules } from './sentence-rules.js'
import { splitParagraphs } from './split-paragraphs.js'
import { tokenize } from './tokenize.js'

/** Marks that close a sentence. */
const TERMINALS = new Set(['.', '!', '?', '…', '‼', '⁇', '⁈', '⁉'])

/** Closing marks that stay with the sentence they follow: «…келді.» */
const CLOSERS = new Set(['»', '”', '’', ')', ']', '}', '›', '"', "'"])

/**
 * Splits a text into sentences, in order, trimmed. A paragraph break always ends a sentence
 * (see `splitParagraphs` for what a paragraph is).
 *
 * A sentence may end after . ! ? … (and runs like "?!" or "..."), or after an abbreviation
 * whose period does double duty ("…еврейлер, т.б."). Whether it does is decided by the ordered
 * rules in `sentence-rules.ts`, the first verdict winning:
 * no break before a lower-case word, before , ; : ), before a dash and a lower-case word
 * ("?!» – деп"), after ж. жж. б.з.б. проф. and initials ("1939 ж. Қ. Жұмалиев"), or after
 * млн./млрд. before an acronym or a number ("700 млрд. АҚШ долларынан"); a break otherwise.
 *
 * Quotations: a quotation of several sentences is split into them, and the closing mark with its
 * attribution stays with the last quoted sentence: «Біз келдік. Біз көрдік», деді ол. →
 * «Біз келдік. | Біз көрдік», деді ол.
 *
 * @example
 * splitSentences('Биыл ҰҚШҰ-ға Қазақстан төрағалық етеді. 1939 ж. Қ. Жұмалиев келді.').map(s => s.text)
 * // → ['Биыл ҰҚШҰ-ға Қазақстан төрағалық етеді.', '1939 ж. Қ. Жұмалиев келді.']
 */
export function splitSentences(text: string, options: SplitSentencesOptions = {}): Span[] {
  assertString(text, 'splitSentences')
  return sentencesFromTokens(text, tokenize(text), splitParagraphs(text, options))
}

/** The sentence stage on tokens already made (analyze() tokenizes once and shares them). */
export function sentencesFromTokens(text: string, tokens: readonly Token[], paragraphs: readonly Span[]): Span[] {
  const out: Span[] = []
  const emit = (from: number, to: number): void => {
    const start = tokens[from]!.start
    const end = tokens[to]!.end
    out.push({ start, end, text: text.slice(start, end) })
  }
  let t = 0
  for (const p of paragraphs) {
    while (t < tokens.length && tokens[t]!.start < p.start) t++
    const first = t
    while (t < tokens.length && tokens[t]!.end <= p.end) t++
    const last = t - 1
    if (last < first) continue
    let sentenceStart = first
    for (const { left, verdict } of breaksInRange(tokens, first, last)) {
      if (verdict === 'split') {
        emit(sentenceStart, left)
        sentenceStart = left + 1
      }
    }
    emit(sentenceStart, last)
  }
  return out
}

export interface BreakDecision {
  /** Index of the last token before the candidate break. */
  left: number
  verdict: BreakVerdict
  /** The rule that decided. */
  rule: string
}

/**
 * Every candidate break in tokens[first..last] with the rule that decided it: the sentence
 * splitter's debug view, used by the tests.
 */
export function breaksInRange(tokens: readonly Token[], first: number, last: number): BreakDecision[] {
  const out: BreakDecision[] = []
  let k = first
  while (k < last) {
    const tok = tokens[k]!
    if (!isTerminalPunct(tok) && !(tok.type === 'abbreviation' && tok.text.endsWith('.'))) {
      k++
      continue
    }
    // "?!", "!!!", "?..": one terminal group; then closing quotes and brackets that stick to it
    let left = k
    while (left < last && isTerminalPunct(tokens[left + 1]!) && tokens[left + 1]!.start === tokens[left]!.end) left++
    while (left < last && CLOSERS.has(tokens[left + 1]!.text) && tokens[left + 1]!.start === tokens[left]!.end) left++
    if (left >= last) break
    const candidate: BreakCandidate = { tokens, terminal: k, left, right: left + 1 }
    for (const rule of sentenceRules) {
      const verdict = rule.test(candidate)
      if (verdict !== undefined) {
        out.push({ left, verdict, rule: rule.name })
        break
      }
    }
    k = left + 1
  }
  return out
}

function isTerminalPunct(t: Token): boolean {
  return t.type === 'punctuation' && (TERMINALS.has(t.text) || t.text.startsWith('..'))
}
