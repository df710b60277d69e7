import { pageChrome } from '../data/page-chrome.generated.js'
import { isListedGivenName } from '../internal/given-name.js'
import { withoutSigns } from '../internal/without-signs.js'
import { toCyrillic } from '../script/transliterate.js'
import { monthOfWord } from './parse-date.js'

/*
 * The small tests parseArticle asks of one line of a page, each on the line as it reads in
 * Cyrillic (a Latin page's line through toCyrillic) and in lower case. The phrases come from
 * data/article/page-chrome.txt. Every test looks at one trimmed line of bounded length, so none
 * can take long on a long line.
 */

const group = (name: string): string[] => (pageChrome[name] ?? '').split('|').filter(Boolean)

/** A line longer than this is a paragraph: no whole-line test applies to it (parseArticle's too). */
export const SHORT_LINE = 200
/** A heading, a button or a relative date is at most this long. */
const HEADING_LINE = 60

/**
 * A line as the tests read it, made once: in lower case, its first word (the key of the phrases
 * that open a line), and, for a line of a heading's length, the line without what closes a
 * heading or a button ("Бөлісу:" → "бөлісу", "Пікірлер (3)" → "пікірлер").
 */
export interface LineView {
  lower: string
  first: string
  bare: string | undefined
  /** The line's length as written (a long line's view holds only its first words). */
  length: number
}

export function viewOfLine(cyrillic: string, length: number): LineView {
  const lower = cyrillic.toLowerCase()
  let k = 0
  while (k < lower.length && isWordChar(lower.charCodeAt(k))) k++
  return { lower, first: lower.slice(0, k), bare: length <= HEADING_LINE ? bareOf(lower) : undefined, length }
}

/** A letter, a digit or a hyphen inside a word (any script). */
function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || c === 0x2d || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000)
}

/** The line without a final "(3)" and final marks and spaces, by hand (a regex would try every start). */
function bareOf(lower: string): string {
  let end = lower.length
  while (end > 0 && /[\s:.!…•|]/u.test(lower[end - 1]!)) end--
  if (end > 2 && lower[end - 1] === ')') {
    let k = end - 2
    while (k >= 0 && lower.charCodeAt(k) >= 0x30 && lower.charCodeAt(k) <= 0x39) k--
    if (k >= 0 && k < end - 2 && lower[k] === '(') {
      end = k
      while (end > 0 && /\s/u.test(lower[end - 1]!)) end--
    }
  }
  let start = 0
  while (start < end && /\s/u.test(lower[start]!)) start++
  return lower.slice(start, end)
}

/** The groups of phrases that open a line, each phrase under its first word. */
type Opening = 'read-also' | 'captions' | 'breadcrumb-roots' | FieldLabel
/** The labels of a field before its colon, by the field they name. */
export type FieldLabel = 'author' | 'tags' | 'source' | 'date' | 'views' | 'reading'
const FIELD_GROUPS: [FieldLabel, string][] = [
  ['author', 'author-labels'],
  ['tags', 'tag-labels'],
  ['source', 'source-labels'],
  ['date', 'date-labels'],
  ['views', 'views-labels'],
  ['reading', 'reading-labels'],
]
const OPENINGS = new Map<string, { phrase: string; opening: Opening }[]>()
for (const [opening, name] of [['read-also', 'read-also'], ['captions', 'captions'], ['breadcrumb-roots', 'breadcrumb-roots'], ...FIELD_GROUPS] as [Opening, string][]) {
  for (const phrase of group(name)) {
    const first = phrase.split(' ')[0]!
    const bucket = OPENINGS.get(first) ?? []
    bucket.push({ phrase, opening })
    OPENINGS.set(first, bucket)
  }
}
// (longer phrases first: "мақала авторы" before "мақала")
for (const bucket of OPENINGS.values()) bucket.sort((a, b) => b.phrase.length - a.phrase.length)

/** What follows the phrase of `opening` that opens the line as whole words, or undefined. */
function afterOpening(line: LineView, opening: Opening): string | undefined {
  const bucket = OPENINGS.get(line.first)
  if (!bucket) return undefined
  for (const entry of bucket) {
    if (entry.opening !== opening || !line.lower.startsWith(entry.phrase)) continue
    const next = line.lower.charCodeAt(entry.phrase.length)
    if (Number.isNaN(next) || !isWordChar(next)) return line.lower.slice(entry.phrase.length)
  }
  return undefined
}

const RELATED_HEADINGS = new Set(group('related-headings'))
const COMMENTS_HEADINGS = new Set(group('comments-headings'))
/**
 * Buttons and notices, and the networks' names as a Latin page's line reads in Cyrillic too
 * ("Facebook" → "фасебоок" through toCyrillic), since every test reads the line in Cyrillic.
 */
const BOILERPLATE = new Set([
  ...group('boilerplate'),
  ...group('share-buttons').flatMap((name) => [name, ...(['2018', '2021'] as const).map((from) => toCyrillic(name, { from }).text.toLowerCase())]),
])
const BOILERPLATE_PHRASES = group('boilerplate-phrases')
const CAPTION_LINES = new Set(group('caption-lines'))
const TODAY = new Set(group('today'))
const YESTERDAY = new Set(group('yesterday'))

/** "Соңғы жаңалықтар", "Тақырыпқа қатысты": the heading of other articles' headlines. */
export function isRelatedHeading(line: LineView): boolean {
  return line.bare !== undefined && RELATED_HEADINGS.has(line.bare)
}

/** "Пікірлер", "Пікірлер (3)", "Пікір қалдыру": the readers' comments start here. */
export function isCommentsHeading(line: LineView): boolean {
  return line.bare !== undefined && COMMENTS_HEADINGS.has(line.bare)
}

/**
 * A button or a notice: "Бөлісу:", "Жарнама", "Telegram арнамызға жазылыңыз", and a row of them:
 * "Бөлісу: Facebook Telegram WhatsApp".
 */
export function isBoilerplate(line: LineView): boolean {
  if (line.length > SHORT_LINE) return false
  if ((line.bare !== undefined && BOILERPLATE.has(line.bare)) || BOILERPLATE_PHRASES.some((p) => line.lower.includes(p))) return true
  const words = line.lower.split(BUTTON_SEPARATORS).filter(Boolean)
  return words.length > 1 && words.every((w) => BOILERPLATE.has(w))
}

/** What a row of buttons is spaced with: "Facebook | Telegram", "Бөлісу: Facebook, X". */
const BUTTON_SEPARATORS = /[\s,;:|•·/]+/u

/**
 * "Оқи отырыңыз: …" or "ОҚИ ОТЫРЫҢЫЗ:" alone: true when the line opens with a link's label
 * (the headline is after the label's colon or dash, or on the next line).
 */
export function isReadAlso(line: LineView): boolean {
  const rest = afterOpening(line, 'read-also')
  return rest !== undefined && /^\s*(?:$|[:–—-]|\.{3}|…)/u.test(rest)
}

/** "Фото: Ақорда", "Сурет – pixabay.com", "Фото автордікі": a picture's credit or caption. */
export function isCaption(line: LineView): boolean {
  if (line.length > SHORT_LINE) return false
  if (line.bare !== undefined && CAPTION_LINES.has(line.bare)) return true
  const rest = afterOpening(line, 'captions')
  return rest !== undefined && /^\s*[:–—-]/u.test(rest)
}

/** Which field's label opens the line before a colon ("Автор: …", "Қаралым: 2 341"), if any. */
export function fieldLabel(line: LineView): FieldLabel | undefined {
  if (line.length > SHORT_LINE || !OPENINGS.has(line.first)) return undefined
  for (const [field] of FIELD_GROUPS) {
    const rest = afterOpening(line, field)
    if (rest !== undefined && /^\s*:/u.test(rest)) return field
  }
  return undefined
}

/**
 * "Басты бет / Саясат", "Басты бет › Қоғам": a breadcrumb line; or two or more crumbs of up to
 * three words between "›", "»" or ">" ("Жаңалықтар › Қоғам"), marks prose does not set so.
 */
export function isBreadcrumb(line: LineView): boolean {
  if (line.length > SHORT_LINE) return false
  const rest = afterOpening(line, 'breadcrumb-roots')
  if (rest !== undefined && /^\s*[/>»›]/u.test(rest)) return true
  if (line.length > 80 || !/[›»>]/u.test(line.lower)) return false
  const crumbs = line.lower.split(/\s*[›»>]\s*/u)
  return crumbs.length >= 2 && crumbs.every((c) => c !== '' && !/[\d.!?,:;«"]/u.test(c) && c.trim().split(/\s+/u).length <= 3)
}

/** The last crumb's offset in a breadcrumb line as written ("Жаңалықтар › | Қоғам"). */
export function lastCrumbStart(line: string): number {
  let k = -1
  for (let i = 0; i < line.length; i++) if ('/›»>'.includes(line[i]!)) k = i
  k++
  while (k < line.length && /\s/u.test(line[k]!)) k++
  return k
}

/**
 * Where the value after a label or a link's label starts in the line as written (after its first
 * colon, or a dash between spaces), or the line's length when nothing follows.
 */
export function valueStart(line: string): number {
  const m = /:|\s[–—-]\s/u.exec(line)
  if (!m) return line.length
  let k = m.index + m[0].length
  while (k < line.length && /\s/u.test(line[k]!)) k++
  return k
}

/** "14:35" or "9:05" in a date line → "14:35", "09:05". */
export function timeOf(text: string): string | undefined {
  const m = /(?:^|[\s,(])([01]?\d|2[0-3])[:.]([0-5]\d)(?=$|[\s,)])/u.exec(text)
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : undefined
}

/**
 * A line that is a date and nothing else, a time and a label allowed: "14:35, 05 Желтоқсан 2026",
 * "05.12.2026 14:35", "2026 жылғы 5 желтоқсан, 14:35", "Жарияланды: 05.12.2026". Not a sentence
 * that holds a date ("Тоқаев 5 желтоқсанда келді").
 */
export function isDateOnly(line: LineView): boolean {
  if (line.length > HEADING_LINE || !/\d/.test(line.lower)) return false
  let lower = line.lower
  if (fieldLabel(line) === 'date') lower = lower.slice(valueStart(lower))
  let month = false
  for (const word of lower.split(/[\s,\u00a0]+/u)) {
    if (word === '') continue
    if (/^\d{1,2}[./]\d{1,2}[./]\d{4}$/.test(word) || /^\d{4}-\d{2}-\d{2}$/.test(word)) month = true
    else if (/^\d{1,4}$/.test(word) || /^\d{1,2}[:.]\d{2}$/.test(word) || DATE_WORDS.has(word)) continue
    else if (monthOfWord(word.replace(/[.,]$/, '')) > 0) month = true
    else return false
  }
  return month
}

/** Words a date line may hold besides numbers and the month: "2026 ж.", "2026 жылғы", "сағ. 14:35". */
const DATE_WORDS = new Set(['ж', 'ж.', 'жыл', 'жылы', 'жылғы', 'сағ', 'сағ.', 'сағат', '-', '–', '|', '•'])

/** "Бүгін, 10:15" → 0, "Кеше 18:40" → -1: a relative day with at most a time; else undefined. */
export function relativeDay(line: LineView): 0 | -1 | undefined {
  if (line.length > 30 || !(TODAY.has(line.first) || YESTERDAY.has(line.first))) return undefined
  const m = /^([\p{L}]+)[\s,]*(?:(?:сағ\.?|сағат)\s*)?(?:\d{1,2}[:.]\d{2})?$/u.exec(line.lower.trim())
  if (!m) return undefined
  return TODAY.has(m[1]!) ? 0 : YESTERDAY.has(m[1]!) ? -1 : undefined
}

/** "15:02" alone (a related headline's time). */
export function isTimeOnly(text: string): boolean {
  return /^\d{1,2}:\d{2}$/.test(text)
}

/** "1 254", "👁 2 341": a number alone, which before the body is the view count. */
export function bareCount(text: string): number | undefined {
  const m = /^(?:👁\s*)?(\d{1,3}(?:[\s\u00a0\u202f]\d{3})*|\d{1,9})$/u.exec(text)
  return m ? Number(m[1]!.replace(/\D/g, '')) : undefined
}

/**
 * A byline under the headline: two or three capitalized words, one of them a listed given name
 * ("Мұхтар Сейітжан", "Айгүл СӘРСЕНОВА").
 */
export function isByline(cyrillic: string): boolean {
  if (cyrillic.length > 40) return false
  const words = cyrillic.trim().split(/\s+/u)
  if (words.length < 2 || words.length > 3) return false
  if (!words.every((w) => /^\p{Lu}[\p{L}-]*\.?$/u.test(w))) return false
  return words.some((w) => isListedGivenName(withoutSigns(w.toLowerCase())))
}
