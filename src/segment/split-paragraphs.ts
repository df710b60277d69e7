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
  // the text's lines, each found by one search, then read from both ends only: only \n breaks
  // lines in most texts, so indexOf finds them (the other breaks, when there are any, by a loop)
  const onlyNewlines = !OTHER_BREAKS.test(text)
  for (let at = 0; at <= n; ) {
    let lineEnd = onlyNewlines ? text.indexOf('\n', at) : at
    if (lineEnd < 0) lineEnd = n
    else if (!onlyNewlines) while (lineEnd < n && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++
    let a = at
    while (a < lineEnd && isBlank(T[text.charCodeAt(a)]!)) a++
    if (a < lineEnd) {
      let b = lineEnd
      while (isBlank(T[text.charCodeAt(b - 1)]!)) b--
      if (first < 0) first = a
      last = b
      lineHasText = true
    }
    if (lineEnd >= n) break
    // \r\n counts once
    at = lineEnd + (text.charCodeAt(lineEnd) === 0x0d && text.charCodeAt(lineEnd + 1) === 0x0a ? 2 : 1)
    if (!blankLineOnly || !lineHasText) close()
    lineHasText = false
  }
  close()
  return out
}

/** The line breaks other than \n (see isLineBreak). */
const OTHER_BREAKS = /[\v\f\r\x85\u2028\u2029]/

/** White space and invisible characters: no paragraph starts or ends with them. */
function isBlank(cls: number): boolean {
  return cls === C.Space || cls === C.Ignorable
}

/** Line feed, carriage return, vertical tab, form feed, NEL, line and paragraph separators. */
export function isLineBreak(code: number): boolean {
  return (code >= 0x0a && code <= 0x0d) || code === 0x85 || code === 0x2028 || code === 0x2029
}
