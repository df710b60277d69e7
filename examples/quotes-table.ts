/**
 * npm run example:quotes [-- <file>]
 *
 * Prints who is quoted saying what in the bundled page (or a file you name), as a table.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractQuotes, quotesToRows } from '../src/index.js'

const path = process.argv[2] ?? join(import.meta.dirname, 'egemen-2024-01-03.txt')
let text: string
try {
  text = readFileSync(path, 'utf8')
} catch (error) {
  console.error(`quotes-table: cannot read ${path}: ${(error as Error).message}`)
  process.exit(2)
}
const rows = quotesToRows(extractQuotes(text)).map((r) => ({
  kind: r.kind,
  speaker: r.speaker,
  mention: r.speakerMention,
  cue: r.cue,
  quote: r.quote.length > 70 ? `${r.quote.slice(0, 67)}…` : r.quote,
}))
console.table(rows)
