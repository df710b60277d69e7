import { assertString } from '../internal/assert-string.js'
import { hasAtLeastWords } from '../internal/has-at-least-words.js'
import { daysOfIsoDate } from '../internal/iso-day.js'
import { CYRILLIC_LETTER, LATIN_LETTER } from '../internal/script-letters.js'
import { normalize } from '../normalize/normalize.js'
import { detectScript, latinAlphabetOf, type Script, toCyrillic } from '../script/transliterate.js'
import { splitParagraphs } from '../segment/split-paragraphs.js'
import type { Span } from '../types.js'
import { bareCount, fieldLabel, isBoilerplate, isBreadcrumb, isByline, isCaption, isCommentsHeading, isDateOnly, isReadAlso, isRelatedHeading, isTimeOnly, lastCrumbStart, type LineView, relativeDay, SHORT_LINE, timeOf, valueStart, viewOfLine } from './page-lines.js'
import { parseKazakhDate } from './parse-date.js'

export interface DateSpan extends Span {
  /** ISO 8601 */
  value: string
  /** The time of day the line gives with the date, "HH:MM" ("14:35, 05 Желтоқсан 2026"). */
  time?: string
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
  /** The body's paragraphs, without a repeat of the headline and without the furniture among them. */
  paragraphs: Span[]
  /** The "Соңғы жаңалықтар" block after the article. */
  related: RelatedHeadline[]
  /**
   * The page's furniture that is neither headline, date nor text: the view count and the
   * reading-time badge ("347 рет көрсетілді", "2 мин оқу үшін", "Қаралым: 2 341"), a breadcrumb,
   * pictures' captions ("Фото: Ақорда"), links to other articles ("Оқи отырыңыз: …"), the byline,
   * tags and source lines, buttons and notices ("Бөлісу", "Telegram арнамызға жазылыңыз"), and the
   * headline repeated in the body. Present when there is any; analyze() finds no entities and no
   * quotations there.
   */
  chrome?: Span[]
  /** The byline's name: "Автор: Айгүл Сәрсенова", or a name alone under the headline. */
  author?: Span
  /** The page's tags: "Тегтер: Қасым-Жомарт Тоқаев, Жапония" → two spans. */
  tags?: Span[]
  /** The source the page credits: "Дереккөз: ҚР Денсаулық сақтау министрлігі" → the name. */
  source?: Span
  /** Headlines of other articles linked inside the body ("Оқи отырыңыз: …"). */
  readAlso?: Span[]
  /** The readers' comments, from their heading ("Пікірлер") to the related block or the page's end. */
  comments?: Span
}

export interface ParseArticleOptions {
  /**
   * The day the page was read, as an ISO date ("2026-12-05"): a page dated "Бүгін, 10:15"
   * ("today") or "Кеше, 18:40" ("yesterday") gets its date from it. Without it such a date is
   * left out.
   */
  today?: string
}

// Each is matched against one trimmed line, so none can backtrack far.
const META = /^(.{1,60}?)\s*[•·|]\s*(.{6,40})$/u
const META_SEPARATOR = /[•·|]/
// ("1 245 рет оқылды", "рет қаралды": read, viewed N times)
const VIEWS = /^(\d[\d\s\u00a0]*)\s*(рет)(\s+(көрсетілді|оқылды|қаралды))?$/iu
const VIEWS_TAIL = /^(көрсетілді|оқылды|қаралды|қаралым|просмотров)$/iu
// "2 341 қаралым", after the count
const VIEWS_AFTER = /^(\d[\d\s\u00a0]*)\s*(қаралым|қаралды|оқылды|просмотров)$/iu
const READING = /^(\d{1,3})\s*(мин)\.?(\s+(оқу үшін))?$/iu
const READING_TAIL = /^(оқу үшін)$/iu
/**
 * Chrome lines are short ("Sońǵy jańalyqtar", "2 mın oqý úshin"): a line up to page-lines'
 * SHORT_LINE with a Latin letter in it is matched in Cyrillic, transliterated from the page's
 * alphabet when the page is in Latin script (a line this short often cannot tell 2018 from 2021:
 * "Taqırıpqa qatıstı" has only ı), else from its own. A longer line is matched by its first
 * LINE_HEAD characters, the phrases that open a line.
 */
const LINE_HEAD = 60

/**
 * Reads a scraped Kazakh news page: a "category • date" line or a category and a date on lines of
 * their own ("14:35, 05 Желтоқсан 2026", "05.12.2026 14:35", "Бүгін, 10:15" with `today`), the
 * headline, view count ("347 рет көрсетілді", "Қаралым: 2 341"), the site's reading-time badge
 * ("2 мин оқу үшін", "Оқу уақыты: 3 минут"), a byline, the body (with a repeated headline, picture
 * captions, links to other articles, tags, buttons and notices left out of `paragraphs`), the
 * readers' comments, and the related headlines after "Соңғы жаңалықтар", each with its own
 * category and date. Dates become ISO 8601. A Latin-script page (2017, 2018 or 2021 alphabet) is
 * read the same way: its short lines are matched in Cyrillic.
 *
 * @example
 * const page = parseArticle(scraped)
 * page.title?.text // → 'Қаңтар оқиғасы кезінде жергілікті билік дәрменсіздік танытты - Президент'
 * page.date?.value // → '2024-01-03'; page.views → 347; page.statedReadingMinutes → 2
 */
export function parseArticle(text: string, options: ParseArticleOptions = {}): Article {
  assertString(text, 'parseArticle')
  const today = dayOf(options.today)
  const lines = splitParagraphs(text)
  const article: Article = { paragraphs: [], related: [] }
  const asCyrillic = shortInCyrillic(text)
  const chromeText = chromeTexts(lines, asCyrillic)
  const views: (LineView | undefined)[] = []
  const viewOf = (i: number): LineView => (views[i] ??= viewOfLine(chromeText(i), lines[i]!.text.length))
  // where the article's text ends: the related block's heading or the comments' heading
  let relatedFrom = lines.length
  let commentsFrom = lines.length
  for (let i = 0; i < lines.length && (relatedFrom === lines.length || commentsFrom === lines.length); i++) {
    if (relatedFrom === lines.length && isRelatedHeading(viewOf(i))) relatedFrom = i
    else if (commentsFrom === lines.length && isCommentsHeading(viewOf(i))) commentsFrom = i
  }
  // "Оқи отырыңыз" alone after the last paragraph of text heads the related block: it links one
  // article only when text goes on after it
  let lastProse = Math.min(relatedFrom, commentsFrom) - 1
  while (lastProse >= 0 && !isProse(lines[lastProse]!.text)) lastProse--
  for (let i = lastProse + 1; i < Math.min(relatedFrom, commentsFrom); i++) {
    if (isReadAlso(viewOf(i)) && valueStart(lines[i]!.text) === lines[i]!.text.length) {
      relatedFrom = i
      break
    }
  }
  const end = Math.min(relatedFrom, commentsFrom)
  const chrome = new Set<number>()
  // lines that are neither headline nor text, but no furniture either: dates, the category
  const notText = new Set<number>()
  const furniture: Span[] = []
  const readAlso: Span[] = []
  const tags: Span[] = []
  let crumb: Span | undefined
  const asChrome = (i: number): void => {
    chrome.add(i)
    furniture.push(lines[i]!)
  }
  for (let i = 0; i < end; i++) {
    const line = lines[i]!
    const cyrillic = chromeText(i)
    const view = viewOf(i)
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
      notText.add(i)
      continue
    }
    const meta = metaLine(line)
    if (meta && !article.date) {
      if (meta.category) article.category = meta.category
      article.date = meta.date
      notText.add(i)
      continue
    }
    // a date on a line of its own: "14:35, 05 Желтоқсан 2026", "Бүгін, 10:15"
    // (another one, or one this call cannot date, is furniture: "Жаңартылды: …", "Кеше, 18:40")
    const date = dateOnLine(line, view, today)
    if (date !== null) {
      if (date && !article.date) {
        article.date = date
        notText.add(i)
      } else asChrome(i)
      continue
    }
    const label = fieldLabel(view)
    const count = VIEWS.exec(cyrillic) ?? VIEWS_AFTER.exec(cyrillic)
    if ((count || label === 'views') && article.views === undefined) {
      const value = count ? Number(count[1]!.replace(/\D/g, '')) : bareCount(line.text.slice(valueStart(line.text)).trim())
      if (value !== undefined) article.views = value
      chrome.add(i)
      if (count && !count[3] && i + 1 < end && VIEWS_TAIL.test(chromeText(i + 1))) chrome.add(++i)
      furniture.push(spanOver(text, line, lines[i]!))
      continue
    }
    const reading = READING.exec(cyrillic)
    if ((reading || label === 'reading') && article.statedReadingMinutes === undefined) {
      const minutes = reading ? Number(reading[1]) : /\d{1,3}/.exec(line.text.slice(valueStart(line.text)))?.[0]
      if (minutes !== undefined) article.statedReadingMinutes = Number(minutes)
      chrome.add(i)
      if (reading && !reading[3] && i + 1 < end && READING_TAIL.test(chromeText(i + 1))) chrome.add(++i)
      furniture.push(spanOver(text, line, lines[i]!))
      continue
    }
    if (label === 'author' || label === 'source') {
      const value = valueOf(line)
      if (value && !article[label]) article[label] = value
      asChrome(i)
      continue
    }
    if (label === 'tags') {
      tags.push(...listOf(line))
      asChrome(i)
      continue
    }
    // (a breadcrumb's last crumb is the category when no line gives one: "Жаңалықтар › | Қоғам")
    if (isBreadcrumb(view)) {
      const k = lastCrumbStart(line.text)
      if (k < line.text.length) crumb = { start: line.start + k, end: line.end, text: line.text.slice(k) }
      asChrome(i)
      continue
    }
    // (a notice's Latin words are matched as written too: "Ctrl+Enter" on a Cyrillic page)
    if (label || isCaption(view) || isBoilerplate(view) || (cyrillic !== line.text && line.text.length <= SHORT_LINE && isBoilerplate(viewOfLine(line.text, line.text.length)))) {
      asChrome(i)
      continue
    }
    // a link to another article: its headline after the label, or on the next line
    if (isReadAlso(view)) {
      asChrome(i)
      const value = valueOf(line)
      if (value) readAlso.push(value)
      else if (i + 1 < end && !isProse(lines[i + 1]!.text)) {
        asChrome(++i)
        readAlso.push(lines[i]!)
      }
      continue
    }
  }
  // the headline: the first line that is not chrome, has three words or more and no final period
  const titleIndex = lines.findIndex((l, i) => i < end && !chrome.has(i) && !notText.has(i) && !/[.!?:]$/.test(l.text) && hasAtLeastWords(l.text, 3))
  if (titleIndex >= 0) article.title = lines[titleIndex]!
  // the body: from the first sentence-like paragraph after the headline to the related block
  let bodyFrom = -1
  for (let i = Math.max(titleIndex + 1, 0); i < end && bodyFrom < 0; i++) if (!chrome.has(i) && !notText.has(i) && isProse(lines[i]!.text)) bodyFrom = i
  // before the body: the category above the headline ("Саясат"), a byline and a bare view count
  // under it ("Мұхтар Сейітжан", "1 254")
  const categoryFromMeta = article.category !== undefined
  for (let i = 0; i < (bodyFrom < 0 ? end : bodyFrom); i++) {
    if (chrome.has(i) || notText.has(i) || i === titleIndex) continue
    const line = lines[i]!
    const count = bareCount(line.text)
    // (only on a page with a headline: "1" alone is no view count)
    if (count !== undefined && article.views === undefined && titleIndex >= 0) {
      article.views = count
      asChrome(i)
    } else if (i > titleIndex && titleIndex >= 0 && !article.author && isByline(chromeText(i))) {
      article.author = line
      asChrome(i)
    } else if ((i < titleIndex || titleIndex < 0) && !categoryFromMeta && isCategoryLine(line.text)) {
      // (the last such line before the headline: a site's menu comes first, "Басты бет ¶ Саясат ¶
      // … ¶ Қоғам ¶ 14:25, 5 желтоқсан 2026 ¶ headline")
      article.category = line
      notText.add(i)
    }
  }
  if (!article.category && crumb) article.category = crumb
  if (tags.length > 0) article.tags = tags
  if (readAlso.length > 0) article.readAlso = readAlso
  const bodyLines: number[] = []
  if (bodyFrom >= 0) for (let i = bodyFrom; i < end; i++) if (!chrome.has(i) && !notText.has(i)) bodyLines.push(i)
  if (bodyLines.length > 0) {
    const first = lines[bodyLines[0]!]!
    const last = lines[bodyLines.at(-1)!]!
    article.body = { start: first.start, end: last.end, text: text.slice(first.start, last.end) }
    // (the headline repeated in the body is furniture too: its names and quotation are the
    // headline's, counted once; a scraped copy may differ from it in look-alike letters and
    // invisible hyphens only)
    const headline = article.title ? comparable(article.title.text) : undefined
    const repeats = (l: Span): boolean => headline !== undefined && comparable(l.text) === headline
    article.paragraphs = bodyLines.map((i) => lines[i]!).filter((l) => !repeats(l))
    for (const i of bodyLines) if (repeats(lines[i]!)) furniture.push(lines[i]!)
  }
  if (furniture.length > 0) article.chrome = furniture.sort((a, b) => a.start - b.start)
  if (commentsFrom < lines.length) {
    const last = lines[(relatedFrom > commentsFrom ? relatedFrom : lines.length) - 1]!
    article.comments = spanOver(text, lines[commentsFrom]!, last)
  }
  // related headlines: a title line, then its "category • date" line, or a date alone; or, where
  // the block opens with such a line, the line first and its title after it, as the article's own
  // head has them ("Экономика • 06 Желтоқсан, 2026 ¶ Бензин бағасы өзгермейді")
  const relatedEnd = commentsFrom > relatedFrom ? commentsFrom : lines.length
  let metaFirst: boolean | undefined
  let pending: { category?: Span; date: DateSpan } | undefined
  for (let i = relatedFrom + 1; i < relatedEnd; i++) {
    const view = viewOf(i)
    const meta = metaLine(lines[i]!) ?? dateLine(lines[i]!)
    const relative = meta ? undefined : relativeDay(view)
    if (meta || relative !== undefined) {
      const date = meta?.date ?? (today !== undefined && relative !== undefined ? relativeDate(lines[i]!, today, relative) : undefined)
      metaFirst ??= article.related.length === 0
      if (!date) continue
      if (metaFirst) {
        pending = { ...(meta?.category ? { category: meta.category } : {}), date }
        continue
      }
      const last = article.related.at(-1)
      if (last && !last.date) {
        if (meta?.category) last.category = meta.category
        last.date = date
      }
      continue
    }
    // a headline's time alone ("15:02" above it), buttons and captions are no headlines
    if (isTimeOnly(lines[i]!.text) || isBoilerplate(view) || isCaption(view)) continue
    metaFirst ??= false
    article.related.push({ title: lines[i]!, ...(pending?.category ? { category: pending.category } : {}), ...(pending ? { date: pending.date } : {}) })
    pending = undefined
  }
  return article
}

/** A line as compared with the headline: look-alike letters repaired, invisible hyphens and spaces dropped. */
function comparable(line: string): string {
  return normalize(line).replace(/[\u00ad\u200b\u200c\u200d\u2060\ufeff]/gu, '')
}

/** A line of text: a sentence of six words or more with its final mark. */
function isProse(line: string): boolean {
  return /[.!?»"]$/.test(line) && hasAtLeastWords(line, 6)
}

/** A category on a line of its own: up to three words, no digit, no final mark ("Саясат", "Қазақстан жаңалықтары"). */
function isCategoryLine(line: string): boolean {
  return line.length <= 40 && !/[\d.!?:;,]/u.test(line) && !hasAtLeastWords(line, 4)
}

/** The span after a line's label ("Автор: | Айгүл Сәрсенова"), or undefined when nothing follows it. */
function valueOf(line: Span): Span | undefined {
  const k = valueStart(line.text)
  const value = line.text.slice(k).trimEnd()
  return value === '' ? undefined : { start: line.start + k, end: line.start + k + value.length, text: value }
}

/** The items of a list after a label, split at commas, "#" or "•": "Тегтер: | Тоқаев, | Жапония". */
function listOf(line: Span): Span[] {
  const value = valueOf(line)
  return value ? piecesOf(value, /[^,;•·#|]+/gu) : []
}

/** The trimmed, non-empty runs of a span that `runs` (a global pattern of what is no separator) matches, as spans. */
function piecesOf(span: Span, runs: RegExp): Span[] {
  const pieces: Span[] = []
  for (let m = runs.exec(span.text); m; m = runs.exec(span.text)) {
    const lead = m[0].length - m[0].trimStart().length
    const t = m[0].trim()
    if (t !== '') pieces.push({ start: span.start + m.index + lead, end: span.start + m.index + lead + t.length, text: t })
  }
  return pieces
}

/**
 * A line that is a date alone: its DateSpan (the whole line, the time with it); undefined for a
 * relative date without `today`; null when the line is no date line.
 */
function dateOnLine(line: Span, view: LineView, today: number | undefined): DateSpan | undefined | null {
  const relative = relativeDay(view)
  if (relative !== undefined) return today === undefined ? undefined : relativeDate(line, today, relative)
  if (!isDateOnly(view)) return null
  const value = parseKazakhDate(line.text)
  if (!value) return null
  return dated(line, value, timeOf(view.lower))
}

/** "Бүгін, 10:15" read on `today` (days since 1970) → its DateSpan. */
function relativeDate(line: Span, today: number, relative: 0 | -1): DateSpan {
  return dated(line, new Date((today + relative) * DAY).toISOString().slice(0, 10), timeOf(line.text))
}

/** A span as a DateSpan, with its time when it gives one. */
function dated(span: Span, value: string, time: string | undefined): DateSpan {
  return { ...span, value, ...(time ? { time } : {}) }
}

const DAY = 86_400_000

/** The `today` option as days since 1970, checked. */
function dayOf(today: string | undefined): number | undefined {
  if (today === undefined) return undefined
  const days = daysOfIsoDate(today)
  if (days === undefined) throw new TypeError(`parseArticle: options.today must be an ISO date such as "2026-12-05", got ${JSON.stringify(today)}`)
  return days
}

/**
 * A short string (a line or a meta field) as the chrome patterns read it: itself, or, with Latin
 * letters in it, in Cyrillic (see LINE_HEAD). The page's script is read once, when first needed.
 */
function shortInCyrillic(page: string): (short: string) => string {
  let pageScript: Script | undefined
  return (short) => {
    if (!LATIN_LETTER.test(short)) return short
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
  return (i) => {
    const text = lines[i]!.text
    return (made[i] ??= asCyrillic(text.length <= SHORT_LINE ? text : text.slice(0, LINE_HEAD)))
  }
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
  if (line.text.length > SHORT_LINE || !META_SEPARATOR.test(line.text)) return undefined
  const fields = piecesOf(line, /[^•·|]+/gu)
  if (fields.length < 3) return undefined
  let date: DateSpan | undefined
  let views: Counted | undefined
  let reading: Counted | undefined
  let category: Span | undefined
  for (const [j, field] of fields.entries()) {
    const value = date ? undefined : parseKazakhDate(field.text)
    if (value) {
      date = dated(field, value, timeOf(field.text))
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
  const date = dated({ start: dateStart, end: line.end, text: m[2]! }, value, timeOf(m[2]!))
  const category = { start: line.start, end: line.start + m[1]!.length, text: m[1]! }
  return { category, date }
}
