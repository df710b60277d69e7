import { analyze, type Entity, extractQuotes, type ReadingTime } from '../index.js'
import { daysOfIsoDate } from '../internal/iso-day.js'

export const TASKS = ['analyze', 'quotes', 'entities', 'reading-time'] as const
export type Task = (typeof TASKS)[number]

/**
 * The reading time `analyze` gives: a scraped page's body paragraphs only (not its headline, view
 * count, captions or related headlines), labelled in the text's script ("2 mın" for Latin).
 */
export function articleReadingTime(text: string, today?: string): ReadingTime {
  return analyze(text, { entities: false, quotes: false, ...(today ? { today } : {}) }).readingTime
}

/**
 * The entities `analyze` gives: none in a scraped page's furniture (view count, badge, captions,
 * byline), category, date, links or related headlines, nor in a paragraph or a quotation in
 * another language (extractEntities alone reads every paragraph).
 */
export function articleEntities(text: string, today?: string): Entity[] {
  return analyze(text, { quotes: false, ...(today ? { today } : {}) }).entities
}

/**
 * One JSONL line → one JSONL line. A line that is not a JSON object with a string "text"
 * becomes {"line": n, "error": "…"} in its place: nothing is lost and the line count holds. A
 * record's own "today" (the day its page was read: "Бүгін, 10:15") wins over the batch's.
 */
export function processLine(line: string, lineNumber: number, task: Task, batchToday?: string): string {
  let record: unknown
  try {
    record = JSON.parse(line)
  } catch {
    return JSON.stringify({ line: lineNumber, error: line.trim() === '' ? 'empty line' : 'not valid JSON' })
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return JSON.stringify({ line: lineNumber, error: 'not a JSON object' })
  const { id, text, today: ownToday } = record as { id?: unknown; text?: unknown; today?: unknown }
  if (typeof text !== 'string') return JSON.stringify({ line: lineNumber, ...(id !== undefined ? { id } : {}), error: 'no string "text" field' })
  if (ownToday !== undefined && !isIsoDay(ownToday)) return JSON.stringify({ line: lineNumber, ...(id !== undefined ? { id } : {}), error: '"today" must be an ISO date such as "2026-12-05"' })
  const today = (ownToday as string | undefined) ?? batchToday
  try {
    const result =
      task === 'quotes'
        ? { quotes: extractQuotes(text) }
        : task === 'entities'
          ? { entities: articleEntities(text, today) }
          : task === 'reading-time'
            ? { readingTime: articleReadingTime(text, today) }
            : analyze(text, today ? { today } : {})
    return JSON.stringify({ ...(id !== undefined ? { id } : {}), ...result })
  } catch (error) {
    return JSON.stringify({ line: lineNumber, ...(id !== undefined ? { id } : {}), error: (error as Error).message })
  }
}

/** Is a value a real day written as an ISO date ("2026-12-05", not "2026-02-31")? */
export function isIsoDay(value: unknown): value is string {
  return daysOfIsoDate(value) !== undefined
}
