import type { Span } from '../types.js'

/** A pair of quote marks: offsets of the opening and the closing mark. */
export interface MarkPair {
  open: number
  close: number
  marks: 'guillemets' | 'quotes'
}

/** How far an unclosed « may reach before it is taken as stray: a long quote runs over a few paragraphs. */
const MAX_QUOTE_CHARS = 6000
const MAX_QUOTE_PARAGRAPHS = 8

/**
 * Top-level «…» pairs of a text, nested ones skipped («Ақсай» inside a quotation stays inside).
 * A quotation may run over several paragraphs (the seed page's first quote opens « in one
 * paragraph and closes it two paragraphs later), but only so far: an opening mark that is not
 * closed within 6000 characters or 8 paragraphs is stray and dropped, and a » with nothing open
 * is ignored, so a stray mark cannot swallow the rest of an article. One pass, linear time.
 */
export function pairGuillemets(text: string, paragraphs: readonly Span[]): MarkPair[] {
  const out: MarkPair[] = []
  // open marks, outermost first; `head` drops stale ones from the front in O(1)
  const opens: { at: number; paragraph: number }[] = []
  let head = 0
  let p = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c !== 0xab && c !== 0xbb) continue
    while (p < paragraphs.length - 1 && paragraphs[p]!.end <= i) p++
    while (head < opens.length && (i - opens[head]!.at > MAX_QUOTE_CHARS || p - opens[head]!.paragraph > MAX_QUOTE_PARAGRAPHS)) head++
    if (c === 0xab) {
      opens.push({ at: i, paragraph: p })
      continue
    }
    if (head >= opens.length) continue // a » with nothing open: stray
    const open = opens.pop()!
    if (opens.length === head) {
      out.push({ open: open.at, close: i, marks: 'guillemets' })
      opens.length = 0
      head = 0
    }
  }
  return out
}

/**
 * Pairs of straight or curly double quotes within one paragraph: "…", “…”, „…“, „…”.
 * A straight " opens after a space, a bracket or the paragraph's start, and closes before one.
 */
export function pairDoubleQuotes(text: string, paragraphs: readonly Span[]): MarkPair[] {
  const out: MarkPair[] = []
  for (const p of paragraphs) {
    let open = -1
    // by char code: indexing a Cyrillic text by [i] makes a new string per letter
    for (let i = p.start; i < p.end; i++) {
      const ch = text.charCodeAt(i)
      if (ch === LOW_DOUBLE || ch === LEFT_DOUBLE || ch === STRAIGHT_DOUBLE) {
        const opening = ch === LOW_DOUBLE || i === p.start || OPENS_BEFORE.test(text[i - 1]!)
        if (open < 0 && opening) {
          open = i
          continue
        }
        if (open >= 0 && ch !== LOW_DOUBLE && !opening) {
          out.push({ open, close: i, marks: 'quotes' })
          open = -1
        }
      } else if (ch === RIGHT_DOUBLE && open >= 0) {
        out.push({ open, close: i, marks: 'quotes' })
        open = -1
      }
    }
  }
  return out
}

const LOW_DOUBLE = 0x201e // „
const LEFT_DOUBLE = 0x201c // “
const RIGHT_DOUBLE = 0x201d // ”
const STRAIGHT_DOUBLE = 0x22 // "
/** A double quote after one of these (or at a paragraph's start) opens a quotation. */
const OPENS_BEFORE = /[\s([{–—-]/u
