import { OFFSETS, pairFeatures, SENTENCE_END, SENTENCE_START, type WordView, wordFeatures } from './features.js'

/**
 * A greedy averaged-perceptron sequence tagger (the model of Collins 2002, decoded left to right
 * with the two previous tags as features). The model is plain data: tag names and, per feature,
 * the tags it votes for with integer weights.
 */
export interface TaggerModel {
  tags: string[]
  /** feature → [tag index, weight, tag index, weight, …] */
  weights: Map<string, Int32Array>
}

/** Per tag: the entity type's number, and whether it is an I- tag (for the IOB2 constraint). */
interface TagInfo {
  type: Int16Array
  inside: Uint8Array
}

const tagInfoCache = new WeakMap<readonly string[], TagInfo>()

function tagInfo(tags: readonly string[]): TagInfo {
  let info = tagInfoCache.get(tags)
  if (!info) {
    const types = new Map<string, number>()
    info = { type: new Int16Array(tags.length), inside: new Uint8Array(tags.length) }
    tags.forEach((t, i) => {
      const name = t.length > 2 ? t.slice(2) : t
      if (!types.has(name)) types.set(name, types.size)
      info!.type[i] = types.get(name)!
      info!.inside[i] = t.startsWith('I-') ? 1 : 0
    })
    tagInfoCache.set(tags, info)
  }
  return info
}

/** Tag history features, added to a token's own features at decoding time. */
export function historyFeatures(prev: string, prev2: string, word: string): string[] {
  return [`t-1=${prev}`, `t-2,-1=${prev2},${prev}`, `t-1,w=${prev},${word}`]
}

/** Adds one feature list's votes to `scores`. */
export function addScores(model: TaggerModel, features: readonly string[], scores: Float64Array): void {
  for (const f of features) {
    const w = model.weights.get(f)
    if (!w) continue
    for (let k = 0; k < w.length; k += 2) scores[w[k]!]! += w[k + 1]!
  }
}

/** The best tag that keeps IOB2 valid: I-X only after B-X or I-X (`prev` is -1 at a sentence's start or after O). */
export function bestTag(tags: readonly string[], scores: Float64Array, prev: number): number {
  const info = tagInfo(tags)
  const prevType = prev < 0 ? -1 : info.type[prev]!
  let best = -1
  let bestScore = -Infinity
  for (let t = 0; t < tags.length; t++) {
    if (info.inside[t] === 1 && info.type[t] !== prevType) continue
    if (scores[t]! > bestScore) {
      bestScore = scores[t]!
      best = t
    }
  }
  return best
}

/** IOB2 tags → [first, last, type] token ranges (an I- that does not continue its type starts a new span). */
export function iobSpans(tags: readonly string[]): [number, number, string][] {
  const out: [number, number, string][] = []
  let start = -1
  let type = ''
  tags.forEach((t, i) => {
    const inside = t.startsWith('I-') && t.slice(2) === type && start >= 0
    if (!inside && start >= 0) {
      out.push([start, i, type])
      start = -1
    }
    if (t !== 'O' && !inside) {
      start = i
      type = t.slice(2)
    }
  })
  if (start >= 0) out.push([start, tags.length, type])
  return out
}

/** Packs a model as text: "tag|tag|…\nfeature\ttag:weight,tag:weight\n…" */
export function packModel(model: TaggerModel): string {
  const lines = [model.tags.join('|')]
  for (const [f, w] of model.weights) {
    const parts: string[] = []
    for (let k = 0; k < w.length; k += 2) parts.push(`${w[k]!.toString(36)}:${w[k + 1]!.toString(36)}`)
    lines.push(`${f}\t${parts.join(',')}`)
  }
  return lines.join('\n')
}

export function unpackModel(packed: string): TaggerModel {
  const lines = packed.split('\n')
  const tags = lines[0]!.split('|')
  const weights = new Map<string, Int32Array>()
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!
    const tab = line.lastIndexOf('\t')
    const parts = line.slice(tab + 1).split(',')
    const w = new Int32Array(parts.length * 2)
    parts.forEach((p, k) => {
      const [t, v] = p.split(':')
      w[2 * k] = parseInt(t!, 36)
      w[2 * k + 1] = parseInt(v!, 36)
    })
    weights.set(line.slice(0, tab), w)
  }
  return { tags, weights }
}

/**
 * Tags many sentences of one text, looking up each distinct word's weights once: the rows for
 * every offset a word is seen from are cached by word, so a token costs a few array additions
 * plus its pair and history features.
 */
export function tagSentences(
  model: TaggerModel,
  sentences: readonly (readonly string[])[],
  views: (word: string) => WordView,
): string[][] {
  const rowsCache = new Map<string, Int32Array[][]>()
  const rowsOf = (v: WordView, word: string): Int32Array[][] => {
    // keyed by the word as written: "unknown-cap" depends on its case
    let rows = rowsCache.get(word)
    if (!rows) {
      rows = OFFSETS.map((o) => wordFeatures(v, o, word).map((f) => model.weights.get(f)).filter((r): r is Int32Array => r !== undefined))
      rowsCache.set(word, rows)
    }
    return rows
  }
  const boundary = (v: WordView): Int32Array[][] =>
    OFFSETS.map((o) => wordFeatures(v, o, '').map((f) => model.weights.get(f)).filter((r): r is Int32Array => r !== undefined))
  const startRows = boundary(SENTENCE_START)
  const endRows = boundary(SENTENCE_END)
  const scores = new Float64Array(model.tags.length)
  const add = (rows: readonly Int32Array[]): void => {
    for (const w of rows) for (let k = 0; k < w.length; k += 2) scores[w[k]!]! += w[k + 1]!
  }
  return sentences.map((words) => {
    const v = words.map(views)
    const rows = words.map((w, i) => rowsOf(v[i]!, w))
    const at = (i: number): Int32Array[][] => (i < 0 ? startRows : i >= words.length ? endRows : rows[i]!)
    const out: string[] = []
    let prev = '<s>'
    let prev2 = '<s>'
    let prevIndex = -1
    for (let i = 0; i < words.length; i++) {
      scores.fill(0)
      add(at(i)[0]!)
      add(at(i - 1)[1]!)
      add(at(i + 1)[2]!)
      add(at(i - 2)[3]!)
      add(at(i + 2)[4]!)
      addScores(model, pairFeatures(v, i), scores)
      addScores(model, historyFeatures(prev, prev2, v[i]!.lower), scores)
      prevIndex = bestTag(model.tags, scores, prev === 'O' || prev === '<s>' ? -1 : prevIndex)
      const tag = model.tags[prevIndex]!
      out.push(tag)
      prev2 = prev
      prev = tag
    }
    return out
  })
}
