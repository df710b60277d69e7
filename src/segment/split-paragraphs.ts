import { assertString } from '../internal/assert-string.js'
import { C, classTable } from '../internal/char-class.js'
import type { Span, SplitParagraphsOptions } from '../types.js'

/**
 * Splits a text into paragraphs: blocks separated by line breaks (default) or by blank lines
 * (`{ by: 'blank-line' }`, for hard-wrapped text). Spans are trimmed of white space; blocks
 * holding only white space are skipped.
 *
 * Scraped news pages put one paragraph per line, with the page chrome on lines of its own
 * ("347 рет\nкөрсетілді"), so every line break is a paragraph break by default.
 *
 * @example
 * splitParagraphs('Бірінші абзац.\n\nЕкінші абзац.')
 * // → [{ start: 0, end: 14, text: 'Бірінші абзац.' }, { start: 16, end: 29, text: 'Екінші абзац.' }]
 */
export function splitParagraphs(text: string, options: SplitParagraphsOptions = {}): Span[] {
  assertString(text, 'splitParagraphs')
  const blankLineOnly = options.by === 'blank-line'
  const T = classTable()
  const n = text.length
  const out: Span[] = []
  let first = -1 // first non-space character of the current block
  let last = -1 // end of its last non-space character
  let lineHasText = false
  const close = (): void => {
    if (first >= 0) out.push({ start: first, end: last, text: text.slice(first, last) })
    first = -1
    last = -1
  }
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i)
    if (isLineBreak(code)) {
      // \r\n counts once
      if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++
      if (!blankLineOnly || !lineHasText) close()
      lineHasText = false
      continue
    }
    const cls = T[code]
    if (cls === C.Space || cls === C.Ignorable) continue
    if (first < 0) first = i
    last = i + 1
    lineHasText = true
  }
  close()
  return out
}

/** Line feed, carriage return, vertical tab, form feed, NEL, line and paragraph separators. */
export function isLineBreak(code: number): boolean {
  return (code >= 0x0a && code <= 0x0d) || code === 0x85 || code === 0x2028 || code === 0x2029
}
