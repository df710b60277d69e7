import { countBelow } from '../internal/count-below.js'
import type { Token } from '../types.js'

/** Straight and curly double quotes: " “ ” „. */
const DOUBLE_QUOTE = /["“”„]/

/** A double quote after one of these (or at the text's start) opens a name (as pairDoubleQuotes reads a quotation's marks). */
const OPENS_AFTER = /[\s([{–—-]/u

/**
 * The tokens with double quotes read as guillemets, for the entity stage: "Бір терезе" жүйесі,
 * „Астана“, “Абай” → «…». KazNERD, the tagger's training text, writes only « and », and the rules
 * look for them («Қазсушар» РМК), so a page that writes a name in double quotes — often inside
 * a quotation in «…» — had it cut ("Бір was a CARDINAL). „ opens and ” closes; " and “ open after
 * a space, a bracket, a dash or at the text's start, and close elsewhere. Offsets and everything
 * else stay; the same array when the text has no double quote. `changed` gives the marks read so,
 * by token index (the tagger numbers them apart from the words as written).
 */
export function withDoubleQuotesAsGuillemets(tokens: Token[], text: string): { tokens: Token[]; changed: Map<number, string> } {
  let out: Token[] | undefined
  const changed = new Map<number, string>()
  // (the marks found in the text, and each one's token by its offset: a long text has few)
  const marks = new RegExp(DOUBLE_QUOTE.source, 'g')
  for (let m = marks.exec(text); m !== null; m = marks.exec(text)) {
    // (the token that starts there, by binary search)
    const k = countBelow(tokens, m.index, (t) => t.start)
    const t = tokens[k]
    if (t === undefined || t.start !== m.index || t.end - t.start !== 1 || t.type !== 'punctuation') continue
    const opens = t.text === '„' || (t.text !== '”' && (t.start === 0 || OPENS_AFTER.test(text[t.start - 1]!)))
    const mark = opens ? '«' : '»'
    out ??= tokens.slice()
    out[k] = { ...t, text: mark, normal: mark }
    changed.set(k, mark)
  }
  return { tokens: out ?? tokens, changed }
}
