import { assertString } from '../internal/assert-string.js'
import { C, classTable } from '../internal/char-class.js'
import { letterTables, needsRepair, repairRun } from './repair-letters.js'

/**
 * Repairs a text without changing its length, so every offset into the result is also an
 * offset into the input.
 *
 * - White space that is not a tab or a line break (NBSP, thin space, ideographic space …)
 *   becomes a plain space `' '`.
 * - Inside a letter run that already holds a Cyrillic letter, Latin look-alikes and old
 *   substitutes become the Kazakh letters they stand for: `"бiлiм"` (Latin i) → `"білім"`,
 *   `"Cұлтан"` (Latin C) → `"Сұлтан"`, `"əкe"` (Latin schwa and e) → `"әке"`.
 *   Runs without a Cyrillic letter stay as they are ("Egemen", "IT", "Reseıge"), and so do
 *   real script mixes with a Latin letter that has no Cyrillic twin ("Qазақ").
 *   The table is data/normalize/homoglyphs.tsv.
 * - Soft hyphens and zero-width characters stay (removing them would shift offsets);
 *   `tokenize()` drops them from each token's `normal`.
 *
 * Case, quotes and dashes are left alone.
 *
 * @example
 * normalize('Қазақстан\u00a0Pеспубликасы') // → 'Қазақстан Республикасы' (same length)
 */
export function normalize(text: string): string {
  assertString(text, 'normalize')
  const T = classTable()
  const { flags: F } = letterTables()
  const n = text.length
  let out = ''
  let copied = 0
  let i = 0
  while (i < n) {
    const code = text.charCodeAt(i)
    const cls = T[code]!
    if (cls === C.Space) {
      // keep \t \n \v \f \r; any other space becomes ' '
      if (code !== 0x20 && (code < 0x09 || code > 0x0d)) {
        out += `${text.slice(copied, i)} `
        copied = i + 1
      }
      i++
      continue
    }
    if (cls !== C.Letter) {
      i++
      continue
    }
    // a letter run: letters, marks and the invisible characters inside them
    const start = i
    let flags = 0
    for (; i < n; i++) {
      const c = text.charCodeAt(i)
      const k = T[c]
      if (k !== C.Letter && k !== C.Ignorable) break
      flags |= F[c]!
    }
    if (!needsRepair(flags)) continue
    out += text.slice(copied, start) + repairRun(text, start, i)
    copied = i
  }
  return copied === 0 ? text : out + text.slice(copied)
}
