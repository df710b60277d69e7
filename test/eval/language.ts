/**
 * Language identification on short fragments: the share of 40-character pieces of Kazakh text
 * that detectLanguage calls 'kaz' (issue goal: ≥ 99 %), in Cyrillic and in both Latin alphabets,
 * against franc-min on its own (what a JavaScript user gets without our Kazakh-letter check).
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { franc } from 'franc-min'
import { detectLanguage, toLatin } from '../../src/index.js'

/**
 * Russian prose to check that Russian is never called Kazakh: the Russian translations of the
 * TypeScript compiler's messages (a dev dependency, Apache-2.0; read here, never copied), with
 * their "{0}" placeholders and quoted code dropped. Empty when the file is not there.
 */
export function russianSentences(): string[] {
  let path: string
  try {
    path = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'lib', 'ru', 'diagnosticMessages.generated.json')
  } catch {
    return []
  }
  if (!existsSync(path)) return []
  const messages = Object.values(JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>)
  return messages.map((m) => m.replace(/"[^"]*"|'[^']*'|\{\d+\}/g, ' ').replace(/\s+/g, ' ').trim()).filter((m) => m.length >= 40)
}

/**
 * Consecutive pieces of `size` characters of the sentences joined by spaces, each starting at a
 * word (so a piece may end inside one, as a snippet does).
 */
export function fragmentsOf(sentences: readonly string[], size = 40): string[] {
  const text = sentences.join(' ')
  const out: string[] = []
  for (let at = 0; at + size <= text.length; ) {
    out.push(text.slice(at, at + size))
    let next = at + size
    while (next < text.length && text[next] !== ' ') next++
    at = next + 1
  }
  return out
}

export interface LanguageRow {
  source: string
  script: string
  system: string
  fragments: number
  kaz: number
  und: number
  /** The commonest wrong answers, "rus ×3". */
  wrong: string
}

/** Each system on each script of the sentences: the share called 'kaz', and what else they said. */
export function scoreLanguage(source: string, sentences: readonly string[], latin = true): LanguageRow[] {
  const scripts: [string, readonly string[]][] = [['Cyrillic', sentences]]
  if (latin) scripts.push(['Latin 2018', sentences.map((s) => toLatin(s).text)], ['Latin 2021', sentences.map((s) => toLatin(s, { alphabet: '2021' }).text)])
  const systems: [string, (text: string) => string][] = [
    ['kazakh-nlp detectLanguage', detectLanguage],
    ['franc-min alone', (text) => franc(text, { minLength: 10 })],
  ]
  const rows: LanguageRow[] = []
  for (const [script, texts] of scripts) {
    const fragments = fragmentsOf(texts)
    for (const [system, detect] of systems) {
      const counts = new Map<string, number>()
      for (const f of fragments) {
        const code = detect(f)
        counts.set(code, (counts.get(code) ?? 0) + 1)
      }
      const wrong = [...counts]
        .filter(([code]) => code !== 'kaz' && code !== 'und')
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4)
        .map(([code, n]) => `${code} ×${n}`)
        .join(', ')
      rows.push({ source, script, system, fragments: fragments.length, kaz: counts.get('kaz') ?? 0, und: counts.get('und') ?? 0, wrong })
    }
  }
  return rows
}
