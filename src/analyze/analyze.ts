import { type Article, parseArticle } from '../article/parse-article.js'
import { type Entity, entitiesOf } from '../entities/extract-entities.js'
import { assertString } from '../internal/assert-string.js'
import { countBelow } from '../internal/count-below.js'
import { countLetters, type LetterCounts, languageOf } from '../language/detect-language.js'
import { type Quote, quotesOf } from '../quotes/extract-quotes.js'
import { type ReadingTime, readingTime } from '../reading-time/reading-time.js'
import { detectScript, type Script, scriptOfLetters } from '../script/transliterate.js'
import { type SharedWork, toWorkingText } from '../script/working-text.js'
import { sentencesFromTokens } from '../segment/split-sentences.js'
import { splitParagraphs } from '../segment/split-paragraphs.js'
import { tokenize } from '../segment/tokenize.js'
import type { Span, Token } from '../types.js'

export interface AnalyzeOptions {
  /** Include the tokens (default false: they are large). */
  tokens?: boolean
  /** Run the entity stage (default true). */
  entities?: boolean
  /** Run the quote stage (default true). */
  quotes?: boolean
  /**
   * Read the text as a scraped page (default 'auto': when parseArticle finds a date line, a view
   * count, a reading-time badge, other furniture or comments). With a page, reading time counts
   * the body's paragraphs only.
   */
  article?: boolean | 'auto'
  /** The day the page was read ("2026-12-05"), for a page dated "Бүгін, 10:15": parseArticle's option. */
  today?: string
}

export interface ParagraphInfo extends Span {
  /** ISO 639-3 of the paragraph ('kaz', 'rus', 'eng', … 'und'). */
  language: string
}

export interface Analysis {
  /** ISO 639-3 of the whole text. */
  language: string
  paragraphs: ParagraphInfo[]
  sentences: Span[]
  tokens?: Token[]
  entities: Entity[]
  quotes: Quote[]
  readingTime: ReadingTime
  article?: Article
}

/**
 * Everything at once: language (of the text and of each paragraph), paragraphs, sentences,
 * entities, quotes, reading time and, for a scraped page, its fields. The text is tokenized
 * once and the stages share the tokens. All offsets are into `text`.
 *
 * @example
 * const a = analyze(page)
 * a.quotes.map((q) => [q.speaker?.name, q.text]) // who said what
 * a.readingTime.label // → '2 мин'
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  assertString(text, 'analyze')
  const tokens = tokenize(text)
  const paragraphs = splitParagraphs(text)
  const sentences = sentencesFromTokens(text, tokens, paragraphs)
  const page = options.article === false ? undefined : parseArticle(text, options.today === undefined ? {} : { today: options.today })
  const isPage = page !== undefined && (options.article === true || page.date !== undefined || page.views !== undefined || page.statedReadingMinutes !== undefined || page.chrome !== undefined || page.comments !== undefined)
  const entities = options.entities !== false
  const quotes = options.quotes !== false
  // each paragraph's letters, and the text's as their sum: nothing but white space lies between paragraphs
  const counts = paragraphs.map((p) => countLetters(p.text))
  const total: LetterCounts = { letters: 0, cyrillic: 0, kazakh: 0, latin: 0 }
  for (const c of counts) {
    total.letters += c.letters
    total.cyrillic += c.cyrillic
    total.kazakh += c.kazakh
    total.latin += c.latin
  }
  // the text's script, for the working text and the text's language: the letter counts settle it
  // for Cyrillic text; Latin text is read once more, for its alphabet's marks
  let script: Script | undefined
  const scriptOfText = (): Script => (script ??= scriptOfLetters(total.latin, total.cyrillic) ?? detectScript(text))
  // the entity and quote stages read the same working text (Latin is transliterated once for both),
  // its tokens, and one lemma cache of its words
  const shared = entities || quotes ? sharedWork(text, tokens, paragraphs, sentences, scriptOfText()) : undefined
  const languages = paragraphs.map((p, i) => ({ ...p, language: languageOf(p.text, counts[i]!) }))
  // the tagger knows Kazakh only: in a paragraph in another language its names are noise ("Токаев
  // прибыл в Москву" was a product); a page's view count and reading-time badge are no one's
  // numbers either ("347 рет көрсетілді")
  // (only where the paragraph is long enough for its language to be sure: "Ресейге барды." alone
  // is read as Uzbek)
  const notKazakh: Range[] = languages.filter((p, i) => p.language !== 'kaz' && p.language !== 'und' && counts[i]!.letters >= SURE_LANGUAGE_LETTERS)
  // other articles' headlines after the body ("Соңғы жаңалықтар") or linked inside it ("Оқи
  // отырыңыз: …"), the readers' comments and the page's furniture (captions, byline, tags) are no
  // part of the article: their names and quotations are not its own
  const notArticle: Range[] = isPage ? notArticleText(page, text.length) : []
  // (the quote stage runs for the entities too, whether or not quotes are asked for: the
  // entities of `{ quotes: false }` are the entities of the full analysis)
  const foundQuotes = quotes || entities ? outside(quotesOf(text, {}, shared), notArticle) : []
  // nor in a Russian or English quotation inside a Kazakh paragraph: "«В Актобе построят
  // многопрофильную больницу на 500 коек», – деп жазды басылым" (no Kazakh word, no Kazakh letter)
  for (const q of foundQuotes) {
    if (q.kind !== 'direct') continue
    const letters = countLetters(q.text)
    if (letters.letters >= SURE_QUOTE_LETTERS && FOREIGN_QUOTE_LANGUAGES.has(languageOf(q.text, letters))) notKazakh.push(q)
  }
  const result: Analysis = {
    language: languageOf(text, total, scriptOfText),
    paragraphs: languages,
    sentences,
    entities: entities ? outside(entitiesOf(text, {}, shared), [...notArticle, ...notKazakh]) : [],
    quotes: quotes ? foundQuotes : [],
    // the badge in the text's script: a Latin-script article's reads "2 mın"
    // (a page's paragraphs: its captions and links inside the body are not read as the text is)
    readingTime: readingTime(isPage && page.body ? page.paragraphs.map((p) => p.text).join('\n\n') : text, scriptOfText().startsWith('latin') ? { script: 'latin' } : {}),
  }
  if (options.tokens) result.tokens = tokens
  if (isPage) result.article = page
  return result
}

/**
 * The stretches of a page that are not its article: the furniture, its category and date, links
 * to other articles, the comments, and the related block from its first headline to the comments
 * or the page's end (a headline's "Кеше, 18:40" is no date of this article either).
 */
function notArticleText(page: Article, length: number): Range[] {
  const ranges: Range[] = [...(page.chrome ?? []), ...(page.readAlso ?? [])]
  // (the page's category and date are its fields, not the article's mentions: "Президент • 03
  // Қаңтар, 2024")
  if (page.category) ranges.push(page.category)
  if (page.date) ranges.push(page.date)
  const comments = page.comments
  if (comments) ranges.push(comments)
  const first = page.related[0]
  if (first) {
    // (from its category or date where the block gives them before the headline: "Экономика • 06
    // Желтоқсан, 2026 ¶ Бензин бағасы өзгермейді")
    const start = Math.min(first.title.start, first.category?.start ?? Infinity, first.date?.start ?? Infinity)
    ranges.push({ start, end: comments && comments.start > start ? comments.start : length })
  }
  return ranges
}

/** Offsets of a stretch of the text, end exclusive. */
interface Range {
  start: number
  end: number
}

/** Letters a paragraph needs before a language other than Kazakh takes its entities away. */
const SURE_LANGUAGE_LETTERS = 50

/**
 * Letters a direct quotation needs for the same, in one of the languages Kazakh news quotes
 * (Russian, English): a sentence is enough there, since only those two answers count.
 */
const SURE_QUOTE_LETTERS = 30
const FOREIGN_QUOTE_LANGUAGES = new Set(['rus', 'eng'])

/**
 * The spans that lie in none of `furniture`. A span lies in one when, of the furniture starting
 * at or before it, the furthest-reaching ends at or after it: one binary search a span, not a
 * scan of every paragraph (a long text in two languages has thousands of each).
 */
function outside<T extends Range>(spans: T[], furniture: readonly Range[]): T[] {
  if (furniture.length === 0) return spans
  const sorted = [...furniture].sort((a, b) => a.start - b.start)
  const reach: number[] = []
  for (const f of sorted) reach.push(Math.max(reach.at(-1) ?? -1, f.end))
  return spans.filter((s) => {
    const before = countBelow(sorted, s.start + 1, (f) => f.start)
    return before === 0 || reach[before - 1]! < s.end
  })
}

function sharedWork(text: string, tokens: Token[], paragraphs: Span[], sentences: Span[], script: Script): SharedWork {
  const working = toWorkingText(text, tokens, script)
  const lemmas = new Map<string, string>()
  if (working.text === text) return { working, tokens, paragraphs, sentences, lemmas }
  const W = working.text
  // normalize keeps the text's length and its token boundaries: only the tokens' texts change
  if (!working.latin && W.length === text.length) return { working, tokens: tokenize(W), paragraphs, sentences, lemmas }
  const workingTokens = tokenize(W)
  const workingParagraphs = splitParagraphs(W)
  return { working, tokens: workingTokens, paragraphs: workingParagraphs, sentences: sentencesFromTokens(W, workingTokens, workingParagraphs), lemmas }
}
