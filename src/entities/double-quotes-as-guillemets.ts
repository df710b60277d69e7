import type { Token } from '../types.js'

/** Straight and curly double quotes: " “ ” „ (a test of the whole text first). */
const DOUBLE_QUOTE = /["“”„]/

/** " “ ” „ by char code (a test per token). */
function isDoubleQuote(code: number): boolean {
  return code === 0x22 || code === 0x201c || code === 0x201d || code === 0x201e
}

/** A double quote after one of these (or at the text's start) opens a name (as pairDoubleQuotes reads a quotation's marks). */
const OPENS_AFTER = /[\s([{–—-]/u

/**
 * The tokens with double quotes read as guillemets, for the entity stage: "Бір терезе" жүйесі,
 * „Астана“, “Абай” → «…». KazNERD, the tagger's training text, writes only « and », and the rules
 * look for them («Қазсушар» РМК), so a page that writes a name in double quotes — often inside
 * a quotation in «…» — had it cut ("Бір was a CARDINAL). „ opens and ” closes; " and “ open after
 * a space, a bracket, a dash or at the text's start, and close elsewhere. Offsets and everything
 * else stay; the same array when the text has no double quote.
 */
export function withDoubleQuotesAsGuillemets(tokens: Token[], text: string): Token[] {
  if (!DOUBLE_QUOTE.test(text)) return tokens
  let out: Token[] | undefined
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!
    if (t.end - t.start !== 1 || !isDoubleQuote(text.charCodeAt(t.start)) || t.type !== 'punctuation') continue
    const opens = t.text === '„' || (t.text !== '”' && (t.start === 0 || OPENS_AFTER.test(text[t.start - 1]!)))
    const mark = opens ? '«' : '»'
    out ??= tokens.slice()
    out[k] = { ...t, text: mark, normal: mark }
  }
  return out ?? tokens
}
