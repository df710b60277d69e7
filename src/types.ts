/**
 * A piece of the caller's text. Offsets are UTF-16 code units (JavaScript string indices)
 * into the original input, end exclusive, so `input.slice(span.start, span.end) === span.text`.
 */
export interface Span {
  start: number
  end: number
  text: string
}

/**
 * What a token is.
 *
 * - `word`: letters, with hyphens and suffixes: "Қасым-Жомарт", "ҰҚШҰ-дан", "COVID-19"
 * - `number`: "2024", "1,7", "3.5", "1 500 000", and numbers with a suffix: "2024-ке", "1-інші", "74,9%-ы"
 * - `date`: "03.01.2024"; `time`: "14:30"
 * - `abbreviation`: an abbreviation with its period(s): "ж.", "т.б.", "млн.", "б.з.б."
 * - `initial`: one capital letter and its period in a name: "Қ." in "Қ. Тоқаев", "Н." and "Ә." in "Н.Ә. Назарбаев"
 * - `url`: "https://…", "www.…", bare domains "Egemen.kz"; `email`; `mention` "@akorda"; `hashtag` "#Қазақстан"
 * - `punctuation`: one mark (« » , – —), or one run of periods ("...")
 * - `symbol`: % № $ + = and other signs; `emoji`: one emoji with its modifiers
 */
export type TokenType =
  | 'word'
  | 'number'
  | 'date'
  | 'time'
  | 'abbreviation'
  | 'initial'
  | 'url'
  | 'email'
  | 'mention'
  | 'hashtag'
  | 'punctuation'
  | 'symbol'
  | 'emoji'

export interface Token extends Span {
  type: TokenType
  /**
   * The repaired form: `normalize()`d (Latin look-alikes inside Cyrillic words → Cyrillic,
   * odd spaces → ' '), with soft hyphens and zero-width characters removed, and the group
   * spaces of a number removed ("1 500 000" → "1500000"). Case is kept.
   */
  normal: string
}

export interface SplitParagraphsOptions {
  /**
   * What separates paragraphs:
   * - `'line'` (default): every line break, as scraped news pages put one paragraph per line;
   * - `'blank-line'`: only empty lines, for hard-wrapped text.
   */
  by?: 'line' | 'blank-line'
}

export interface SplitSentencesOptions extends SplitParagraphsOptions {}
