/**
 * Entities on KazNERD's dev split (every 5th sentence, never trained on): the tagger alone on
 * gold tokens, and extractEntities end to end on the sentences' text (one paragraph each), its
 * spans mapped back to gold tokens. Exact match (conlleval style), per type.
 */
import { readKazNerd } from '../../data/tools/kaznerd.js'
import { extractEntities, toLatin } from '../../src/index.js'
import { viewOf } from '../../src/entities/features.js'
import { type CompiledTagger, iobSpans, tagSentences } from '../../src/entities/perceptron.js'
import { offsetInTwin } from './metrics.js'

export type Counts = { tp: number; fp: number; fn: number }

export interface NerScores {
  byType: Map<string, Counts>
  confusion: Map<string, number>
  ms: number
  bytes: number
}

/** Entity spans of IOB2 tags as "first:last:type" keys, read by the same function the tagger's output is. */
export function spansOf(tags: readonly string[]): Set<string> {
  return new Set(iobSpans(tags).map(([a, b, type]) => `${a}:${b}:${type}`))
}

function compare(gold: Set<string>[], predicted: Set<string>[], ms: number, bytes: number): NerScores {
  const byType = new Map<string, Counts>()
  const confusion = new Map<string, number>()
  const get = (t: string): Counts => {
    let c = byType.get(t)
    if (!c) byType.set(t, (c = { tp: 0, fp: 0, fn: 0 }))
    return c
  }
  const bump = (k: string): void => void confusion.set(k, (confusion.get(k) ?? 0) + 1)
  gold.forEach((g, i) => {
    const p = predicted[i]!
    const where = (s: string): string => s.split(':').slice(0, 2).join(':')
    for (const x of p) {
      const type = x.split(':')[2]!
      if (g.has(x)) get(type).tp++
      else {
        get(type).fp++
        const same = [...g].find((y) => where(y) === where(x))
        bump(`${same ? same.split(':')[2] : '(none)'} → ${type}`)
      }
    }
    for (const y of g) {
      if (p.has(y)) continue
      get(y.split(':')[2]!).fn++
      if (![...p].some((x) => where(x) === where(y))) bump(`${y.split(':')[2]} → (none)`)
    }
  })
  return { byType, confusion, ms, bytes }
}

export function scoreTagger(path: string, model: CompiledTagger): NerScores {
  const { dev } = readKazNerd(path)
  const cache = new Map<string, string>()
  const t0 = performance.now()
  const tags = tagSentences(model, dev.map((s) => s.words), (w) => viewOf(w, cache))
  const ms = performance.now() - t0
  return compare(dev.map((s) => spansOf(s.tags)), tags.map(spansOf), ms, Buffer.byteLength(dev.map((s) => s.words.join(' ')).join('\n')))
}

const OUR_TO_KAZNERD: Record<string, string> = { ORGANIZATION: 'ORGANISATION', PERCENT: 'PERCENTAGE' }
/** Sentences to an article when the dev text is read article by article (as the bench's articles). */
const ARTICLE_SENTENCES = 25

/**
 * extractEntities on the dev text, as written (Cyrillic) or as its Latin-script twin
 * (toLatin 2018 or 2021: the gold token boundaries are carried over through toLatin's offset map),
 * in one call or `perArticle`: one call per 25 sentences, as a news pipeline calls it (a short
 * text tells less about its script and alphabet than the whole dev text does).
 */
export function scorePipeline(path: string, latin?: '2018' | '2021', perArticle = false): NerScores {
  const { dev } = readKazNerd(path)
  // one text, one sentence a paragraph; token offsets remembered to map spans back
  const starts: number[][] = []
  const ends: number[][] = []
  let text = ''
  for (const s of dev) {
    const st: number[] = []
    const en: number[] = []
    s.words.forEach((w, i) => {
      // rebuild the text as written: "30%-ға", "4,5" (KazNERD tokenizes them apart)
      const glued = w.startsWith('%') || (i > 1 && s.words[i - 1] === ',' && /^\d/.test(w) && /\d$/.test(s.words[i - 2]!)) || (w === ',' && /\d$/.test(s.words[i - 1] ?? '') && /^\d/.test(s.words[i + 1] ?? ''))
      if (i > 0 && !glued) text += ' '
      st.push(text.length)
      text += w
      en.push(text.length)
    })
    text += '\n'
    starts.push(st)
    ends.push(en)
  }
  if (latin) {
    const twin = toLatin(text, { alphabet: latin })
    const toTwin = offsetInTwin(twin)
    for (const list of [...starts, ...ends]) list.forEach((o, k) => (list[k] = toTwin(o)))
    text = twin.text
  }
  const t0 = performance.now()
  const entities: ReturnType<typeof extractEntities> = []
  if (!perArticle) entities.push(...extractEntities(text))
  else {
    for (let first = 0; first < dev.length; first += ARTICLE_SENTENCES) {
      const from = starts[first]![0] ?? 0
      const to = ends[Math.min(first + ARTICLE_SENTENCES, dev.length) - 1]!.at(-1) ?? from
      for (const e of extractEntities(text.slice(from, to))) entities.push({ ...e, start: e.start + from, end: e.end + from })
    }
  }
  const ms = performance.now() - t0
  const predicted = dev.map(() => new Set<string>())
  let si = 0
  for (const e of entities) {
    while (si < dev.length - 1 && ends[si]!.at(-1)! < e.start) si++
    const a = starts[si]!.indexOf(e.start)
    const b = ends[si]!.indexOf(e.end)
    // a span that does not fall on gold token boundaries is a miss (counted as a false positive)
    predicted[si]!.add(a >= 0 && b >= 0 ? `${a}:${b + 1}:${OUR_TO_KAZNERD[e.type] ?? e.type}` : `x${e.start}:${e.end}:${OUR_TO_KAZNERD[e.type] ?? e.type}`)
  }
  return compare(dev.map((s) => spansOf(s.tags)), predicted, ms, Buffer.byteLength(text))
}
