import { analyze, type Entity, extractQuotes, type ReadingTime } from '../index.js'

export const TASKS = ['analyze', 'quotes', 'entities', 'reading-time'] as const
export type Task = (typeof TASKS)[number]

/**
 * The reading time `analyze` gives: a scraped page's body paragraphs only (not its headline, view
 * count, captions or related headlines), labelled in the text's script ("2 mın" for Latin).
 */
export function articleReadingTime(text: string): ReadingTime {
  return analyze(text, { entities: false, quotes: false }).readingTime
}

/**
 * The entities `analyze` gives: none in a scraped page's furniture (view count, badge, captions,
 * byline), category, date, links or related headlines, nor in a paragraph or a quotation in another language (extractEntities alone reads
 * every paragraph).
 */
export function articleEntities(text: string): Entity[] {
  return analyze(text, { quotes: false }).entities
}

/**
 * One JSONL line → one JSONL line. A line that is not a JSON object with a string "text"
 * becomes {"line": n, "error": "…"} in its place: nothing is lost and the line count holds.
 */
export function processLine(line: string, lineNumber: number, task: Task): string {
  let record: unknown
  try {
    record = JSON.parse(line)
  } catch {
    return JSON.stringify({ line: lineNumber, error: line.trim() === '' ? 'empty line' : 'not valid JSON' })
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return JSON.stringify({ line: lineNumber, error: 'not a JSON object' })
  const { id, text } = record as { id?: unknown; text?: unknown }
  if (typeof text !== 'string') return JSON.stringify({ line: lineNumber, ...(id !== undefined ? { id } : {}), error: 'no string "text" field' })
  try {
    const result =
      task === 'quotes' ? { quotes: extractQuotes(text) } : task === 'entities' ? { entities: articleEntities(text) } : task === 'reading-time' ? { readingTime: articleReadingTime(text) } : analyze(text)
    return JSON.stringify({ ...(id !== undefined ? { id } : {}), ...result })
  } catch (error) {
    return JSON.stringify({ line: lineNumber, ...(id !== undefined ? { id } : {}), error: (error as Error).message })
  }
}
