/** Lemma accuracy on UD_Kazakh-KTB words of the given parts of speech (case-insensitive). */
import type { UdDocument } from './ud.js'

export interface LemmaResult {
  upos: string
  total: number
  correct: number
  identityCorrect: number
  errors: Map<string, number>
}

export function scoreLemmas(docs: UdDocument[], upos: string, lemmatize: (w: string) => string): LemmaResult {
  const r: LemmaResult = { upos, total: 0, correct: 0, identityCorrect: 0, errors: new Map() }
  for (const d of docs) {
    for (const w of d.words) {
      if (w.upos !== upos) continue
      r.total++
      const gold = w.lemma.toLowerCase()
      const got = lemmatize(w.form).toLowerCase()
      if (w.form.toLowerCase() === gold) r.identityCorrect++
      if (got === gold) r.correct++
      else {
        const key = `${w.form} → ${got} (gold ${w.lemma})`
        r.errors.set(key, (r.errors.get(key) ?? 0) + 1)
      }
    }
  }
  return r
}
