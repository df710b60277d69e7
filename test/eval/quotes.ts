/**
 * Quotes and speakers on ../shared/eval/quotes-dev (Kazinform, Latin 2018; evaluation only:
 * the texts are read at run time and never copied). Each article is scored as written and
 * after toCyrillic, with predictions mapped back to the gold offsets.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractQuotes, toCyrillic } from '../../src/index.js'
import type { Quote } from '../../src/index.js'

interface GoldQuote {
  kind: string
  content: { start: number; end: number; text: string }
  speaker: { start: number; end: number; text: string } | null
  speakerName: string | null
}

export interface QuoteScores {
  direct: { tp: number; fp: number; fn: number }
  speakerCorrect: number
  speakerTotal: number
  /** Speaker names of the other kinds (indirect, according to, source), over their matched quotes. */
  otherSpeakerCorrect: number
  otherSpeakerTotal: number
  /** Their errors, as misses lists the direct ones. */
  otherMisses: string[]
  byKind: Map<string, { tp: number; fp: number; fn: number }>
  misses: string[]
}

function iou(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start)
  return union === 0 ? 0 : inter / union
}

const norm = (s: string | null | undefined): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim()

export function scoreQuotes(dir: string, script: 'latin' | 'cyrillic'): QuoteScores {
  const scores: QuoteScores = { direct: { tp: 0, fp: 0, fn: 0 }, speakerCorrect: 0, speakerTotal: 0, otherSpeakerCorrect: 0, otherSpeakerTotal: 0, otherMisses: [], byKind: new Map(), misses: [] }
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { quotes: GoldQuote[] }
    const latin = readFileSync(join(dir, file.replace('.json', '.txt')), 'utf8')
    let predicted: Quote[]
    // the gold gives an unidentified source ("agenttik derekkózi") a speaker span and no name;
    // extractQuotes marks such a speaker anonymous
    const nameOf = (q: Quote): string => norm(q.speaker?.anonymous ? null : q.speaker?.name)
    if (script === 'latin') predicted = extractQuotes(latin)
    else {
      const { text, map } = toCyrillic(latin, { from: '2018' })
      predicted = extractQuotes(text).map((q) => ({ ...q, start: map(q.start), end: map(q.end) }))
      for (const g of gold.quotes) if (g.speakerName) g.speakerName = toCyrillic(g.speakerName, { from: '2018' }).text
    }
    for (const kind of ['direct', 'indirect', 'according_to', 'source']) {
      const g = gold.quotes.filter((q) => q.kind === kind)
      const p = predicted.filter((q) => q.kind === kind)
      const threshold = kind === 'direct' ? 0.8 : 0.5
      const used = new Set<number>()
      let tp = 0
      for (const gq of g) {
        const k = p.findIndex((pq, i) => !used.has(i) && iou(pq, gq.content) >= threshold)
        if (k < 0) {
          if (kind === 'direct') scores.misses.push(`${file} missed ${kind}: ${gq.content.text.slice(0, 50)}…`)
          continue
        }
        used.add(k)
        tp++
        if (kind === 'direct') {
          scores.speakerTotal++
          if (nameOf(p[k]!) === norm(gq.speakerName)) scores.speakerCorrect++
          else scores.misses.push(`${file} speaker: got "${p[k]!.speaker?.name ?? null}"${p[k]!.speaker?.anonymous ? ' (anonymous)' : ''} for gold "${gq.speakerName}"`)
        } else {
          scores.otherSpeakerTotal++
          if (nameOf(p[k]!) === norm(gq.speakerName)) scores.otherSpeakerCorrect++
          else scores.otherMisses.push(`${file} ${kind} speaker: got "${p[k]!.speaker?.name ?? null}" for gold "${gq.speakerName}"`)
        }
      }
      if (kind === 'direct') for (const [i, pq] of p.entries()) if (!used.has(i)) scores.misses.push(`${file} extra ${kind}: ${pq.text.slice(0, 50)}…`)
      const s = scores.byKind.get(kind) ?? { tp: 0, fp: 0, fn: 0 }
      s.tp += tp
      s.fp += p.length - tp
      s.fn += g.length - tp
      scores.byKind.set(kind, s)
      if (kind === 'direct') scores.direct = s
    }
  }
  return scores
}
