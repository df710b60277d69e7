/**
 * `text.split(/\s+/).length >= n`, without making the pieces: parseArticle asks this of every
 * line, and a news page's body may be one line of thousands of words. Counts the runs of white
 * space (each run adds a piece) and stops at the n-th piece.
 */
export function hasAtLeastWords(text: string, n: number): boolean {
  let pieces = 1
  for (let i = 0; i < text.length && pieces < n; ) {
    if (!isSpace(text.charCodeAt(i))) {
      i++
      continue
    }
    pieces++
    while (i < text.length && isSpace(text.charCodeAt(i))) i++
  }
  return pieces >= n
}

/** The characters of \s in JavaScript regular expressions (white space and line terminators). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  if (c < 0xa0) return false
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}
