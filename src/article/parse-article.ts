import { assertString } from '../internal/assert-string.js'
import { hasAtLeastWords } from '../internal/has-at-least-words.js'
import { CYRILLIC_LETTER, LATIN_LETTER } from '../internal/script-letters.js'
import { normalize } from '../normalize/normalize.js'
import { detectScript, latinAlphabetOf, type Script, toCyrillic } from '../script/transliterate.js'
import { splitParagraphs } from '../segment/split-paragraphs.js'
import type { Span } from '../types.js'
import { parseKazakhDate } from './parse-date.js'

export interface DateSpan extends Span {
  /** ISO 8601 */
  value: string
}

export interface RelatedHeadline {
  title: Span
  category?: Span
  date?: DateSpan
}

/** What a scraped news page holds. Every field is optional; all offsets are into the page. */
export interface Article {
  title?: Span
  category?: Span
  date?: DateSpan
  views?: number
  /** The page's own reading-time badge ("2 мин оқу үшін" → 2). */
  statedReadingMinutes?: number
  /** From the first to the last paragraph of the article's text. */
  body?: Span
  /** The body's paragraphs, without a repeat of the headline. */
  paragraphs: Span[]
  /** The "Соңғы жаңалықтар" block after the article. */
  related: RelatedHeadline[]
  /**
   * The page's furniture before the body that is neither headline nor date: the view count and
   * the reading-time badge ("347 рет көрсетілді", "2 мин оқу үшін"), lines or fields of a meta
   * line. Present when there is any; analyze() finds no entities in it.
   */
  chrome?: Span[]
}

// Each is matched against one trimmed line, so none can backtrack far.
const META = /^(.{1,60}?)\s*[•·|]\s*(.{6,40})$/u
const META_SEPARATOR = /[•·|]/
const VIEWS = /^(\d[\d\s\u00a0]*)\s*(рет)(\s+(көрсетілді))?$/iu
const VIEWS_TAIL = /^(көрсетілді|қаралым|просмотров)$/iu
const READING = /^(\d{1,3})\s*(мин)\.?(\s+(оқу үшін))?$/iu
const READING_TAIL = /^(оқу үшін)$/iu
const RELATED = /^(соңғы жаңалықтар|ұқсас жаңалықтар|тақырыпқа қатысты|оқи отырыңыз|жаңалықтар лентасы|related|читайте также)$/iu
/**
 * Chrome lines are short ("Sońǵy jańalyqtar", "2 mın oqý úshin"): a line up to this long with a
 * Latin letter in it is matched in Cyrillic, transliterated from the page's alphabet when the
 * page is in Latin script (a line this short often cannot tell 2018 from 2021: "Taqırıpqa
 * qatıstı" has only ı), else from its own.
 */
const CHROME_LINE = 60

/**
 * Reads a scraped Kazakh news page like the bundled one: "category • date" line, headline, view
 * count ("347 рет көрсетілді"), the site's reading-time badge ("2 мин оқу үшін"), the body (with
 * a repeated headline left out of `paragraphs`), and the related headlines after "Соңғы
 * жаңалықтар", each with its own category and date. Dates become ISO 8601. A Latin-script page
 * (2017, 2018 or 2021 alphabet) is read the same way: its short lines are matched in Cyrillic.
 *
 * @example
 * const page = parseArticle(scraped)
 * page.title?.text // → 'Қаңтар оқиғасы кезінде жергілікті билік дәрменсіздік танытты - Президент'
 * page.date?.value // → '2024-01-03'; page.views → 347; page.statedReadingMinutes → 2
 */
export function parseArticle(text: string): Article {
  assertString(text, 'parseArticle')
  const lines = splitParagraphs(text)
  const article: Article = { paragraphs: [], related: [] }
  const asCyrillic = shortInCyrillic(text)
  const chromeText = chromeTexts(lines, asCyrillic)
  let relatedFrom = lines.findIndex((l, i) => RELATED.test(l.text) || RELATED.test(chromeText(i)))
  if (relatedFrom < 0) relatedFrom = lines.length
  const chrome = new Set<number>()
  const furniture: Span[] = []
  for (let i = 0; i < relatedFrom; i++) {
    const line = lines[i]!
    // "Қоғам • 2 Желтоқсан, 2026 • 1 254 рет көрсетілді • 3 мин оқу үшін": all on one line
    const fields = article.date ? undefined : metaFields(line, asCyrillic)
    if (fields) {
      if (fields.category) article.category = fields.category
      article.date = fields.date
      if (fields.views) {
        article.views = fields.views.value
        furniture.push(fields.views.span)
      }
      if (fields.reading) {
        article.statedReadingMinutes = fields.reading.value
        furniture.push(fields.reading.span)
      }
      chrome.add(i)
      continue
    }
    const meta = metaLine(line)
    if (meta && !article.date) {
      if (meta.category) article.category = meta.category
      article.date = meta.date
      chrome.add(i)
      continue
    }
    const views = VIEWS.exec(chromeText(i))
    if (views && article.views === undefined) {
      article.views = Number(views[1]!.replace(/\D/g, ''))
      chrome.add(i)
      if (!views[3] && i + 1 < lines.length && VIEWS_TAIL.test(chromeText(i + 1))) chrome.add(++i)
      furniture.push(spanOver(text, line, lines[i]!))
      continue
    }
    const reading = READING.exec(chromeText(i))
    if (reading && article.statedReadingMinutes === undefined) {
      article.statedReadingMinutes = Number(reading[1])
      chrome.add(i)
      if (!reading[3] && i + 1 < lines.length && READING_TAIL.test(chromeText(i + 1))) chrome.add(++i)
      furniture.push(spanOver(text, line, lines[i]!))
      continue
    }
  }
  if (furniture.length > 0) article.chrome = furniture
  // the headline: the first line that is not chrome, has three words or more and no final period
  const titleIndex = lines.findIndex((l, i) => i < relatedFrom && !chrome.has(i) && !/[.!?:]$/.test(l.text) && hasAtLeastWords(l.text, 3))
  if (titleIndex >= 0) article.title = lines[titleIndex]!
  // the body: from the first sentence-like paragraph after the headline to the related block
  const bodyLines: number[] = []
  for (let i = Math.max(titleIndex + 1, 0); i < relatedFrom; i++) {
    if (chrome.has(i)) continue
    const line = lines[i]!
    if (bodyLines.length === 0 && !(/[.!?»"]$/.test(line.text) && hasAtLeastWords(line.text, 6))) continue
    bodyLines.push(i)
  }
  if (bodyLines.length > 0) {
    const first = lines[bodyLines[0]!]!
    const last = lines[bodyLines.at(-1)!]!
    article.body = { start: first.start, end: last.end, text: text.slice(first.start, last.end) }
    article.paragraphs = bodyLines.map((i) => lines[i]!).filter((l) => l.text !== article.title?.text)
  }
  // related headlines: a title line, then its "category • date" line, or a date alone
  for (let i = relatedFrom + 1; i < lines.length; i++) {
    const meta = metaLine(lines[i]!) ?? dateLine(lines[i]!)
    if (meta) {
      const last = article.related.at(-1)
      if (last && !last.date) {
        if (meta.category) last.category = meta.category
        last.date = meta.date
      }
      continue
    }
    article.related.push({ title: lines[i]! })
  }
  return article
}

/**
 * A short string (a line or a meta field) as the chrome patterns read it: itself, or, with Latin
 * letters in it, in Cyrillic (see CHROME_LINE). The page's script is read once, when first needed.
 */
function shortInCyrillic(page: string): (short: string) => string {
  let pageScript: Script | undefined
  return (short) => {
    if (short.length > CHROME_LINE || !LATIN_LETTER.test(short)) return short
    // (Latin look-alikes inside Cyrillic words are repaired first: "Cоңғы жаңaлықтар" on a
    // scraped Cyrillic page)
    if (CYRILLIC_LETTER.test(short)) {
      short = normalize(short)
      if (!LATIN_LETTER.test(short)) return short
    }
    pageScript ??= detectScript(page)
    const from = latinAlphabetOf(pageScript)
    return (from ? toCyrillic(short, { from }) : toCyrillic(short)).text
  }
}

/** Line i's text as the chrome patterns read it (shortInCyrillic), each made once. */
function chromeTexts(lines: Span[], asCyrillic: (short: string) => string): (i: number) => string {
  const made: (string | undefined)[] = []
  return (i) => (made[i] ??= asCyrillic(lines[i]!.text))
}

/** A line that is a date and nothing else ("15 Қазан, 2025" under a related headline). */
function dateLine(line: Span): { category?: Span; date: DateSpan } | undefined {
  const value = line.text.length <= 40 ? parseKazakhDate(line.text) : undefined
  return value ? { date: { ...line, value } } : undefined
}

/**
 * A line of three or more fields between separators (•, ·, |) with a date among them, and the
 * rest a view count, a reading-time badge or, first, the category: "Қоғам • 2 Желтоқсан, 2026 •
 * 1 254 рет көрсетілді • 3 мин оқу үшін". `asCyrillic` reads a field in Cyrillic (a Latin page's).
 */
function metaFields(line: Span, asCyrillic: (field: string) => string): { category?: Span; date: DateSpan; views?: Counted; reading?: Counted } | undefined {
  if (line.text.length > 200 || !META_SEPARATOR.test(line.text)) return undefined
  const fields: Span[] = []
  const re = /[^•·|]+/gu
  for (let m = re.exec(line.text); m; m = re.exec(line.text)) {
    const lead = m[0].length - m[0].trimStart().length
    const t = m[0].trim()
    if (t !== '') fields.push({ start: line.start + m.index + lead, end: line.start + m.index + lead + t.length, text: t })
  }
  if (fields.length < 3) return undefined
  let date: DateSpan | undefined
  let views: Counted | undefined
  let reading: Counted | undefined
  let category: Span | undefined
  for (const [j, field] of fields.entries()) {
    const value = date ? undefined : parseKazakhDate(field.text)
    if (value) {
      date = { ...field, value }
      continue
    }
    const cyrillic = asCyrillic(field.text)
    const v = VIEWS.exec(cyrillic)
    const r = READING.exec(cyrillic)
    if (v && views === undefined) views = { value: Number(v[1]!.replace(/\D/g, '')), span: field }
    else if (r && reading === undefined) reading = { value: Number(r[1]), span: field }
    else if (j === 0 && field.text.length <= 40) category = field
    else return undefined
  }
  return date ? { date, ...(category ? { category } : {}), ...(views !== undefined ? { views } : {}), ...(reading !== undefined ? { reading } : {}) } : undefined
}

/** A number a meta field gives, and the field. */
interface Counted {
  value: number
  span: Span
}

/** The span from the start of one line to the end of another. */
function spanOver(text: string, first: Span, last: Span): Span {
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end) }
}

/** "Президент • 03 Қаңтар, 2024" → the category and the date. */
function metaLine(line: Span): { category?: Span; date: DateSpan } | undefined {
  // (most lines hold no separator: one scan for it is cheaper than META's tries at every length)
  if (!META_SEPARATOR.test(line.text)) return undefined
  const m = META.exec(line.text)
  if (!m) return undefined
  const value = parseKazakhDate(m[2]!)
  if (!value) return undefined
  const dateStart = line.start + line.text.length - m[2]!.length
  const date = { start: dateStart, end: line.end, text: m[2]!, value }
  const category = { start: line.start, end: line.start + m[1]!.length, text: m[1]! }
  return { category, date }
}
