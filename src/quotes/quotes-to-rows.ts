import type { Quote } from './extract-quotes.js'

/** One quote as a flat record for console.table, CSV writers and notebook data frames. */
export interface QuoteRow {
  kind: Quote['kind']
  speaker: string | null
  speakerMention: string | null
  cue: string | null
  quote: string
  start: number
  end: number
  marks: Quote['marks']
}

/**
 * Flattens quotes for tables: one plain record per quote with string and number fields only.
 *
 * @example
 * console.table(quotesToRows(extractQuotes(article)))
 * // ┌─────────┬──────────┬───────────────────────┬────────────────┬──────┬────────────────────┬ …
 * // │ (index) │ kind     │ speaker               │ speakerMention │ cue  │ quote              │ …
 * // │ 0       │ 'direct' │ 'Қасым-Жомарт Тоқаев' │ 'Президент'    │ 'деді' │ 'ҰҚШҰ бітімгерлік…' │ …
 */
export function quotesToRows(quotes: readonly Quote[]): QuoteRow[] {
  if (!Array.isArray(quotes)) throw new TypeError('quotesToRows: expected an array of quotes')
  return quotes.map((q) => ({
    kind: q.kind,
    speaker: q.speaker?.name ?? null,
    speakerMention: q.speaker?.text ?? null,
    cue: q.cue?.text ?? null,
    quote: q.text,
    start: q.start,
    end: q.end,
    marks: q.marks,
  }))
}
