/** Share of words that come back unchanged from Cyrillic → Latin → Cyrillic. */
import { toCyrillic, toLatin, tokenize } from '../../src/index.js'

export interface RoundTrip {
  words: number
  same: number
  errors: Map<string, number>
}

export function roundTrip(texts: readonly string[], alphabet: '2018' | '2021'): RoundTrip {
  const r: RoundTrip = { words: 0, same: 0, errors: new Map() }
  for (const text of texts) {
    const back = toCyrillic(toLatin(text, { alphabet }).text, { from: alphabet }).text
    const a = tokenize(text).filter((t) => t.type === 'word')
    const b = tokenize(back).filter((t) => t.type === 'word')
    // only words written in Cyrillic count: a Latin brand (Egemen) is not expected back in Latin
    if (a.length !== b.length) {
      r.words += a.length
      r.errors.set(`(token count changed in "${text.slice(0, 40)}…")`, 1)
      continue
    }
    a.forEach((t, k) => {
      if (!/[Ѐ-ԯ]/u.test(t.text)) return
      r.words++
      if (t.text === b[k]!.text) r.same++
      else {
        const key = `${t.text} → ${b[k]!.text}`
        r.errors.set(key, (r.errors.get(key) ?? 0) + 1)
      }
    })
  }
  return r
}
