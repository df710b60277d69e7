import type { Token } from '../types.js'

/** Straight and curly double quotes: " “ ” „. */
const DOUBLE_QUOTE = /["“”„]/u

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
    if (t.type !== 'punctuation' || t.end - t.start !== 1 || !DOUBLE_QUOTE.test(t.text)) continue
    const opens = t.text === '„' || (t.text !== '”' && (t.start === 0 || OPENS_AFTER.test(text[t.start - 1]!)))
    const mark = opens ? '«' : '»'
    out ??= tokens.slice()
    out[k] = { ...t, text: mark, normal: mark }
  }
  return out ?? tokens
}
