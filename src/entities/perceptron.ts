import { isCountryLemma, isUnknownCapital, SENTENCE_END, SENTENCE_START, type WordView } from './features.js'

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
  /**
   * The tags IOB2 allows after a tag of type p, at [p + 1] ([0]: at a sentence's start or after
   * O), in tag order: the decoder scores only these (about half: no I-X but the one that
   * continues), and the best tag is the first highest of them.
   */
  allowed: Uint8Array[]
  /** Entity type names by type number ("B-GPE" and "I-GPE" → "GPE"), as iobSpans names spans. */
  names: string[]
}

const tagInfoCache = new WeakMap<readonly string[], TagInfo>()

function tagInfo(tags: readonly string[]): TagInfo {
  let info = tagInfoCache.get(tags)
  if (!info) {
    const types = new Map<string, number>()
    const type = new Int16Array(tags.length)
    const inside = new Uint8Array(tags.length)
    tags.forEach((t, i) => {
      const name = t.length > 2 ? t.slice(2) : t
      if (!types.has(name)) types.set(name, types.size)
      type[i] = types.get(name)!
      inside[i] = t.startsWith('I-') ? 1 : 0
    })
    const allowed: Uint8Array[] = []
    for (let p = -1; p < types.size; p++) allowed.push(Uint8Array.from(tags.keys()).filter((t) => inside[t] === 0 || type[t] === p))
    const names: string[] = []
    tags.forEach((t, i) => (names[type[i]!] ??= t.slice(2)))
    info = { type, inside, allowed, names }
    tagInfoCache.set(tags, info)
  }
  return info
}

/** Tag history features, added to a token's own features at decoding time. */
export function historyFeatures(prev: string, prev2: string, word: string): string[] {
  return [`t-1=${prev}`, `t-2,-1=${prev2},${prev}`, `t-1,w=${prev},${word}`]
}

/** The best tag that keeps IOB2 valid: I-X only after B-X or I-X (`prev` is -1 at a sentence's start or after O). */
export function bestTag(tags: readonly string[], scores: Float64Array, prev: number): number {
  return bestTagOf(tagInfo(tags), scores, prev)
}

function bestTagOf(info: TagInfo, scores: Float64Array | Int32Array, prev: number): number {
  return firstHighest(scores, info.allowed[prev < 0 ? 0 : info.type[prev]! + 1]!)
}

/** The first of `tags` (ascending) with the highest score. */
function firstHighest(scores: Float64Array | Int32Array, tags: Uint8Array): number {
  let best = tags[0]!
  for (let k = 1; k < tags.length; k++) if (scores[tags[k]!]! > scores[best]!) best = tags[k]!
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

/**
 * iobSpans over tag indices (tagIndices' answer for one sentence): `span(first, last, type)`
 * for each, in order, without making the tag names.
 */
export function eachIobSpan(model: CompiledTagger, tags: Uint8Array, span: (first: number, last: number, type: string) => void): void {
  const { info, outsideTag } = model
  const { names } = info
  let start = -1
  let type = -1
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!
    const inside = info.inside[t] === 1 && info.type[t] === type && start >= 0
    if (!inside && start >= 0) {
      span(start, i, names[type]!)
      start = -1
    }
    if (t !== outsideTag && !inside) {
      start = i
      type = info.type[t]!
    }
  }
  if (start >= 0) span(start, tags.length, names[type]!)
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
 * The model laid out for decoding. Per-token feature names are never built: the features that
 * join two positions (lemma pairs, shape pairs, the tag history) are indexed by their parts, and
 * every weight row lives in two flat arrays, so tagging is array additions and a few Map lookups.
 * Decoding with it gives exactly the scores of the feature names (weights are integers).
 */
export interface CompiledTagger {
  tags: string[]
  info: TagInfo
  /**
   * Word-level features by value, then prefix: the row of "w-1=алматы" is under the key 'алматы'
   * with the slot of 'w-1', so one lookup serves a word at every offset. Features with no value
   * or an unlisted prefix are in `rowOf` by name. Row r's votes are cells [start[r], start[r + 1])
   * of `cells`, each one number: weight × 256 + tag index (weights are small integers).
   */
  byValue: KeyedRows
  rowOf: Map<string, number>
  start: Int32Array
  cells: Int32Array
  /** 'b' (every token) and 'first' (the sentence's first token); -1 when the model has none. */
  bias: number
  first: number
  /** Joined features by their parts: l0,+1 by (lemma, next lemma); sh-1,0 and sh0,+1 by shape pairs. */
  lemmaPair: Map<string, Map<string, number>>
  shapePrevCur: Map<string, Map<string, number>>
  shapeCurNext: Map<string, Map<string, number>>
  /**
   * The shapes any shape feature names, numbered from 1; every other shape is 0, as they all
   * have no features (so a word's shape is a small number and a shape triple one Map key).
   */
  shapeIndex: Map<string, number>
  shapeNames: string[]
  /** Shape votes by pairs of shape numbers (see shapeTables). */
  shapeLeft: Int32Array
  shapeRight: Int32Array
  /**
   * The tag history, t-1 and t-2,-1, summed per pair of previous tags:
   * history[(prev2 × (T + 1) + prev) × T + t] (<s> is tag T), so a token's tag history is one
   * dense row, not two sparse ones.
   */
  history: Int32Array
  /** t-1,w by the word, then the previous tag. */
  prevTagWord: KeyedRows
  /** The index of the tag O. */
  outsideTag: number
  /** Words whose view and rows were made when the model loaded (withPreparedWords), by the word as written. */
  prepared?: ReadonlyMap<string, PreparedWord>
}

/**
 * Rows under string keys, each with a small number (a slot, a tag): key → index, and the index's
 * (small, row) pairs as cells [start[i], start[i + 1]) of `cells`, each small + row × 256. Most
 * keys have one or two rows, so this is a few bytes a key instead of a whole array.
 */
export interface KeyedRows {
  index: Map<string, number>
  start: Int32Array
  cells: Int32Array
}

/** The row under a key's index (from `index`, or undefined) and a small number, or -1. */
function rowIn(table: KeyedRows, key: number | undefined, small: number): number {
  if (key === undefined) return -1
  const { start, cells } = table
  for (let k = start[key]!, end = start[key + 1]!; k < end; k++) if ((cells[k]! & 255) === small) return cells[k]! >> 8
  return -1
}

/** Collects (key, small, row) triples, then packs them into KeyedRows. */
function keyedRowsBuilder(): { add: (key: string, small: number, row: number) => void; build: () => KeyedRows } {
  const lists = new Map<string, number[]>()
  return {
    add(key, small, row) {
      let list = lists.get(key)
      if (!list) lists.set(key, (list = []))
      list.push(small + row * 256)
    },
    build() {
      const index = new Map<string, number>()
      let total = 0
      for (const list of lists.values()) total += list.length
      const start = new Int32Array(lists.size + 1)
      const cells = new Int32Array(total)
      let at = 0
      for (const [key, list] of lists) {
        start[index.size] = at
        index.set(key, index.size)
        cells.set(list, at)
        at += list.length
      }
      start[index.size] = at
      return { index, start, cells }
    },
  }
}

/** Prefixes of the word features looked up by value (see CompiledTagger.byValue). */
const SLOTS = new Map(['w', 'l', 's2', 's3', 's4', 'p3', 'sh', 'sfx', 'gaz', 'w-1', 'l-1', 'sh-1', 'w+1', 'l+1', 'sh+1', 'w-2', 'w+2'].map((p, i) => [p, i]))

/** Prefixes of the shape features, summed per shape triple rather than per word. */
const SHAPE_PREFIXES = new Set(['sh', 'sh-1', 'sh+1'])

/** Feature-name prefixes of the joined features (the `…=` part). */
const JOINED = new Set(['l0,+1', 'sh-1,0', 'sh0,+1', 't-1', 't-2,-1', 't-1,w'])

/** Every way "a,b" splits at a comma into two parts (lemmas and shapes may contain commas themselves). */
function splits(value: string): [string, string][] {
  const out: [string, string][] = []
  for (let c = value.indexOf(','); c >= 0; c = value.indexOf(',', c + 1)) out.push([value.slice(0, c), value.slice(c + 1)])
  return out
}

/** Adds row r's votes to a dense table of tags at `at` (a cell is weight × 256 + tag). */
function addRowAt(table: Int32Array, at: number, start: Int32Array, cells: Int32Array, r: number): void {
  if (r < 0) return
  for (let k = start[r]!, end = start[r + 1]!; k < end; k++) table[at + (cells[k]! & 255)]! += cells[k]! >> 8
}

export function compileTagger(model: TaggerModel): CompiledTagger {
  return compile(model.tags, (feature) => {
    for (const [name, w] of model.weights) feature(name, w)
  })
}

/**
 * compileTagger straight from packModel's text, without the TaggerModel in between: loading the
 * bundled model this way keeps the peak memory of the first call low.
 */
export function compilePackedTagger(packed: string): CompiledTagger {
  let lineEnd = packed.indexOf('\n')
  if (lineEnd < 0) lineEnd = packed.length
  const tags = packed.slice(0, lineEnd).split('|')
  const votes: number[] = []
  return compile(tags, (feature) => {
    for (let at = lineEnd + 1; at < packed.length; at = lineEnd + 1) {
      lineEnd = packed.indexOf('\n', at)
      if (lineEnd < 0) lineEnd = packed.length
      const tab = packed.lastIndexOf('\t', lineEnd)
      if (tab < at) continue
      votes.length = 0
      // "t:w,t:w,…" in base 36
      for (let k = tab + 1; k < lineEnd; ) {
        const colon = packed.indexOf(':', k)
        let comma = packed.indexOf(',', colon)
        if (comma < 0 || comma > lineEnd) comma = lineEnd
        votes.push(parseInt(packed.slice(k, colon), 36), parseInt(packed.slice(colon + 1, comma), 36))
        k = comma + 1
      }
      feature(packed.slice(at, tab), votes)
    }
  })
}

/** Builds the compiled layout from each feature's name and its (tag, weight) pairs. */
function compile(tags: string[], eachFeature: (feature: (name: string, votes: ArrayLike<number>) => void) => void): CompiledTagger {
  const T = tags.length
  // a cell holds a tag (or <s>, numbered T) in 8 bits and a row or a weight in the other 24
  if (T > 255) throw new Error(`compileTagger: ${T} tags do not fit a cell`)
  const tagIndex = new Map(tags.map((t, i) => [t, i]))
  tagIndex.set('<s>', T)
  const start: number[] = []
  const cells: number[] = []
  const rowOf = new Map<string, number>()
  const byValue = keyedRowsBuilder()
  const prevTag = new Int32Array(T + 1).fill(-1)
  const prevTags = new Int32Array((T + 1) * (T + 1)).fill(-1)
  const prevTagWord = keyedRowsBuilder()
  const lemmaPair = new Map<string, Map<string, number>>()
  const shapePrevCur = new Map<string, Map<string, number>>()
  const shapeCurNext = new Map<string, Map<string, number>>()
  const shapes = new Set<string>()
  const index = (table: Map<string, Map<string, number>>, value: string, row: number): void => {
    for (const [a, b] of splits(value)) {
      let inner = table.get(a)
      if (!inner) table.set(a, (inner = new Map()))
      inner.set(b, row)
    }
  }
  eachFeature((name, w) => {
    const row = start.length
    if (row >= 1 << 23) throw new Error(`compileTagger: ${row} features do not fit a cell`)
    const eq = name.indexOf('=')
    const prefix = eq < 0 ? name : name.slice(0, eq)
    const value = name.slice(eq + 1)
    const slot = eq < 0 ? undefined : SLOTS.get(prefix)
    if (SHAPE_PREFIXES.has(prefix)) shapes.add(value)
    else if (prefix === 'sh-1,0' || prefix === 'sh0,+1') for (const pair of splits(value)) for (const part of pair) shapes.add(part)
    if (slot !== undefined) byValue.add(value, slot, row)
    else if (!JOINED.has(prefix)) rowOf.set(name, row)
    else if (prefix === 'l0,+1') index(lemmaPair, value, row)
    else if (prefix === 'sh-1,0') index(shapePrevCur, value, row)
    else if (prefix === 'sh0,+1') index(shapeCurNext, value, row)
    else if (prefix === 't-1') {
      const p = tagIndex.get(value)
      if (p === undefined) return
      prevTag[p] = row
    } else if (prefix === 't-2,-1') {
      // tag names have no commas
      const [p2, p] = value.split(',').map((t) => tagIndex.get(t))
      if (p2 === undefined || p === undefined) return
      prevTags[p2 * (T + 1) + p] = row
    } else {
      const comma = value.indexOf(',')
      const p = tagIndex.get(value.slice(0, comma))
      if (p === undefined) return
      prevTagWord.add(value.slice(comma + 1), p, row)
    }
    start.push(cells.length)
    for (let k = 0; k < w.length; k += 2) {
      if (Math.abs(w[k + 1]!) >= 1 << 23) throw new Error(`compileTagger: a weight of ${w[k + 1]} does not fit a cell`)
      cells.push(w[k + 1]! * 256 + w[k]!)
    }
  })
  start.push(cells.length)
  const startRows = Int32Array.from(start)
  const cellsOfRows = Int32Array.from(cells)
  const history = new Int32Array((T + 1) * (T + 1) * T)
  for (let p2 = 0; p2 <= T; p2++) {
    for (let p = 0; p <= T; p++) {
      const at = (p2 * (T + 1) + p) * T
      addRowAt(history, at, startRows, cellsOfRows, prevTag[p]!)
      addRowAt(history, at, startRows, cellsOfRows, prevTags[p2 * (T + 1) + p]!)
    }
  }
  const laidOut: Omit<CompiledTagger, 'shapeLeft' | 'shapeRight'> = {
    tags,
    info: tagInfo(tags),
    outsideTag: tags.indexOf('O'),
    byValue: byValue.build(),
    rowOf,
    start: startRows,
    cells: cellsOfRows,
    bias: rowOf.get('b') ?? -1,
    first: rowOf.get('first') ?? -1,
    lemmaPair,
    shapePrevCur,
    shapeCurNext,
    shapeIndex: new Map([...shapes].map((shape, i) => [shape, i + 1])),
    shapeNames: ['\u0000 no features', ...shapes],
    history,
    prevTagWord: prevTagWord.build(),
  }
  return { ...laidOut, ...shapeTables(laidOut) }
}

/**
 * The shape features summed per pair of neighbouring shapes, so a token's shape votes are two
 * table rows: shapeLeft[(prev × S + cur) × T + t] holds the bias, sh, sh-1 and sh-1,0; and
 * shapeRight[(cur × S + next) × T + t] holds sh+1 and sh0,+1 (S shapes, T tags). 60 shapes and
 * 50 tags make 1.4 MB; a text then looks up no shape at all.
 */
function shapeTables(model: Omit<CompiledTagger, 'shapeLeft' | 'shapeRight'>): { shapeLeft: Int32Array; shapeRight: Int32Array } {
  const S = model.shapeNames.length
  const T = model.tags.length
  const shapeLeft = new Int32Array(S * S * T)
  const shapeRight = new Int32Array(S * S * T)
  const add = (table: Int32Array, at: number, row: number | undefined): void => addRowAt(table, at, model.start, model.cells, row ?? -1)
  // shape 0 stands for every shape no feature names: it has no rows of its own
  const rowOfShape = (id: number, slot: Slot): number => (id === 0 ? -1 : rowIn(model.byValue, model.byValue.index.get(model.shapeNames[id]!), slot))
  const pairRow = (table: Map<string, Map<string, number>>, a: number, b: number): number | undefined =>
    a === 0 || b === 0 ? undefined : table.get(model.shapeNames[a]!)?.get(model.shapeNames[b]!)
  for (let a = 0; a < S; a++) {
    for (let b = 0; b < S; b++) {
      const at = (a * S + b) * T
      // left: a is the previous shape, b the current one
      add(shapeLeft, at, model.bias)
      add(shapeLeft, at, rowOfShape(b, Slot.SH))
      add(shapeLeft, at, rowOfShape(a, Slot.SH_1))
      add(shapeLeft, at, pairRow(model.shapePrevCur, a, b))
      // right: a is the current shape, b the next one
      add(shapeRight, at, rowOfShape(b, Slot.SH1))
      add(shapeRight, at, pairRow(model.shapeCurNext, a, b))
    }
  }
  return { shapeLeft, shapeRight }
}

/** Slot numbers in CompiledTagger.byValue (the order of SLOTS). */
const enum Slot {
  W = 0,
  L = 1,
  S2 = 2,
  S3 = 3,
  S4 = 4,
  P3 = 5,
  SH = 6,
  SFX = 7,
  GAZ = 8,
  W_1 = 9,
  L_1 = 10,
  SH_1 = 11,
  W1 = 12,
  L1 = 13,
  SH1 = 14,
  W_2 = 15,
  W2 = 16,
}

/**
 * The rows of a word's own features seen from each offset, in one array: the offsets' end
 * positions first (OFFSETS order), then the rows. This is what wordFeatures lists, without
 * building the names — one lookup for the word and one for its lemma serve every offset
 * (test/entities-tagger.test.ts checks the two agree). The shape features are left out: they
 * are summed with the shape triple.
 */
function wordRows(model: CompiledTagger, v: WordView, word: string): number[] {
  const { byValue } = model
  const { index } = byValue
  const lower = index.get(v.lower)
  const lemma = v.lemma === v.lower ? lower : index.get(v.lemma)
  const out = [0, 0, 0, 0, 0]
  // offset 0: w, l, s2, s3, s4, p3, sfx, gaz, unknown-cap
  keep(out, byValue, lower, Slot.W)
  keep(out, byValue, lemma, Slot.L)
  keep(out, byValue, index.get(v.lower.slice(-2)), Slot.S2)
  keep(out, byValue, index.get(v.lower.slice(-3)), Slot.S3)
  keep(out, byValue, index.get(v.lower.slice(-4)), Slot.S4)
  keep(out, byValue, index.get(v.lower.slice(0, 3)), Slot.P3)
  if (v.lower !== v.lemma) keep(out, byValue, index.get(v.lower.slice(v.lemma.length)), Slot.SFX)
  if (isCountryLemma(v)) keep(out, byValue, index.get('country'), Slot.GAZ)
  if (isUnknownCapital(v, word)) {
    const r = model.rowOf.get('unknown-cap')
    if (r !== undefined) out.push(r)
  }
  out[0] = out.length
  keep(out, byValue, lower, Slot.W_1)
  keep(out, byValue, lemma, Slot.L_1)
  out[1] = out.length
  keep(out, byValue, lower, Slot.W1)
  keep(out, byValue, lemma, Slot.L1)
  out[2] = out.length
  keep(out, byValue, lower, Slot.W_2)
  out[3] = out.length
  keep(out, byValue, lower, Slot.W2)
  out[4] = out.length
  return out
}

/** Appends the row of (key, slot) to `out`, if the model has one. */
function keep(out: number[], table: KeyedRows, key: number | undefined, slot: Slot): void {
  const r = rowIn(table, key, slot)
  if (r >= 0) out.push(r)
}

/**
 * Adds row r's votes to the scores: addRowAt at 0 without its guard, for the decoder's loop (the
 * tag loop ran about 10 % slower through addRowAt).
 */
function addVotes(scores: Int32Array, start: Int32Array, cells: Int32Array, r: number): void {
  for (let k = start[r]!, end = start[r + 1]!; k < end; k++) {
    const cell = cells[k]!
    scores[cell & 255]! += cell >> 8
  }
}

/** Adds the votes of the rows a word has from offset number `o` ≥ 1, as a neighbour (see wordRows; offset 0 is PreparedWord.own). */
function addRows(scores: Int32Array, start: Int32Array, cells: Int32Array, rows: readonly number[], o: number): void {
  for (let j = rows[o - 1]!, end = rows[o]!; j < end; j++) addVotes(scores, start, cells, rows[j]!)
}

/** One distinct word of a text, as the decoder needs it. */
export interface PreparedWord {
  view: WordView
  /**
   * Rows of the word's own features from each offset (see wordRows), shape features left out. A
   * plain array of small integers: copying it into an Int32Array cost more than it saved.
   */
  rows: readonly number[]
  /**
   * The votes of its offset-0 rows summed, one per tag, at own[ownAt … ownAt + tags): a word is
   * scored far more often than it is prepared (65 sparse cells on average, against 50 dense
   * adds). The words prepared together share one array: a typed array of its own for every word
   * cost more to make than the rest of the word.
   */
  own: Int32Array
  ownAt: number
  /** Its l0,+1 rows by the next word's lemma, and its t-1,w rows' key by the previous tag. */
  nextLemma: Map<string, number> | undefined
  byPrevTag: number | undefined
  /** Never begins an entity: outside one it is O without scoring (see withPreparedWords). */
  outside: boolean
  /** The shape's number in model.shapeIndex (0: a shape no feature names). */
  shapeId: number
}

/**
 * Room for the `own` votes of words prepared together, `count` at most, handed out in order.
 * (A word that does not fit gets an array of its own.)
 */
interface OwnStore {
  votes: Int32Array
  next: number
}

function ownStore(model: CompiledTagger, count: number): OwnStore {
  return { votes: new Int32Array(count * model.tags.length), next: 0 }
}

function prepareWord(model: CompiledTagger, view: WordView, word: string, store: OwnStore): PreparedWord {
  const rows = wordRows(model, view, word)
  const T = model.tags.length
  let own = store.votes
  let ownAt = store.next
  if (ownAt + T <= own.length) store.next += T
  else {
    own = new Int32Array(T)
    ownAt = 0
  }
  for (let j = 5; j < rows[0]!; j++) addRowAt(own, ownAt, model.start, model.cells, rows[j]!)
  return {
    view,
    rows,
    own,
    ownAt,
    nextLemma: model.lemmaPair.get(view.lemma),
    byPrevTag: model.prevTagWord.index.get(view.lower),
    shapeId: model.shapeIndex.get(view.shape) ?? 0,
    outside: false,
  }
}

/**
 * The model with `words` prepared ahead: their views and rows are made once here, so a text's
 * common words cost the decoder nothing of their own. `views` gives a word's view (viewOf).
 *
 * `outside` words (common words that the training data has outside entities and never at the
 * start of one: ",", "және", "деді") are tagged O without scoring when the tag before them is O or
 * the sentence start — a tag dictionary, as NLTK's perceptron tagger has. Inside an entity they are
 * scored as usual ("Ғылым және білім министрлігі"). This skips about half of a text's tokens;
 * npm run eval measures KazNERD dev F1 with it.
 */
export function withPreparedWords(
  model: CompiledTagger,
  words: readonly string[],
  views: (word: string) => WordView,
  outside: readonly string[] = [],
): CompiledTagger {
  const prepared = new Map<string, PreparedWord>(model.prepared)
  const store = ownStore(model, words.length + outside.length)
  const get = (word: string): PreparedWord => {
    let p = prepared.get(word)
    if (!p) prepared.set(word, (p = prepareWord(model, views(word), word, store)))
    return p
  }
  for (const word of words) get(word)
  // a copy, so the model passed in keeps its own prepared words unchanged
  // (every PreparedWord has the same fields in the same order, so the decoder's reads stay monomorphic)
  for (const word of outside) {
    const { view, rows, own, ownAt, nextLemma, byPrevTag, shapeId } = get(word)
    prepared.set(word, { view, rows, own, ownAt, nextLemma, byPrevTag, shapeId, outside: true })
  }
  return { ...model, prepared }
}


/**
 * Tags many sentences of one text, given as words. See `tagWordIds`, which this numbers the
 * distinct words for; `views` gives each distinct word's view once.
 */
export function tagSentences(
  model: CompiledTagger,
  sentences: readonly (readonly string[])[],
  views: (word: string) => WordView,
): string[][] {
  const { vocabulary, ids } = numberWords(model, sentences.flat(), views)
  let at = 0
  return tagWordIds(
    model,
    sentences.map((s) => ids.subarray(at, (at += s.length))),
    vocabulary,
  )
}

/**
 * Numbers the distinct words of `words` (ids: one per word) and gives each its view: the
 * prepared one when the model has the word, else `views(word)`.
 */
export function numberWords(model: CompiledTagger, words: readonly string[], views: (word: string) => WordView): { vocabulary: Vocabulary; ids: Int32Array } {
  const numbers = new Map<string, number>()
  const vocabulary = { words: [] as string[], views: [] as WordView[], prepared: [] as (PreparedWord | undefined)[] }
  const ids = new Int32Array(words.length)
  for (let t = 0; t < words.length; t++) {
    const word = words[t]!
    let id = numbers.get(word)
    if (id === undefined) {
      numbers.set(word, (id = vocabulary.words.length))
      const prepared = model.prepared?.get(word)
      vocabulary.words.push(word)
      vocabulary.prepared.push(prepared)
      vocabulary.views.push(prepared?.view ?? views(word))
    }
    ids[t] = id
  }
  return { vocabulary, ids }
}

/**
 * numberWords' answer with some tokens read as other words (`changed`: token index → word):
 * their ids point at those words, numbered after the others (the double quotes the entity stage
 * reads as guillemets). The answer given is left as it was.
 */
export function renumberWords(
  model: CompiledTagger,
  numbered: { vocabulary: Vocabulary; ids: Int32Array },
  changed: ReadonlyMap<number, string>,
  views: (word: string) => WordView,
): { vocabulary: Vocabulary; ids: Int32Array } {
  const words = [...numbered.vocabulary.words]
  const wordViews = [...numbered.vocabulary.views]
  const prepared = numbered.vocabulary.prepared ? [...numbered.vocabulary.prepared] : undefined
  const ids = numbered.ids.slice()
  // (each word looked up once: "«" and "»" for every mark a text has)
  const idOf = new Map<string, number>()
  for (const [k, word] of changed) {
    let id = idOf.get(word) ?? words.indexOf(word)
    if (id < 0) {
      id = words.length
      const p = model.prepared?.get(word)
      words.push(word)
      wordViews.push(p?.view ?? views(word))
      prepared?.push(p)
    }
    idOf.set(word, id)
    ids[k] = id
  }
  return { vocabulary: { words, views: wordViews, ...(prepared ? { prepared } : {}) }, ids }
}

/** A text's distinct words as written (numbered by their index) and the tagger's view of each. */
export interface Vocabulary {
  words: readonly string[]
  views: readonly WordView[]
  /** Each word's entry in model.prepared, when the caller has looked it up already (undefined: not prepared). */
  prepared?: readonly (PreparedWord | undefined)[]
}

/**
 * Tags many sentences of one text, each a list of word numbers into `vocabulary`. Each distinct
 * word's rows are looked up once per text; the shape features of three neighbours (plus the
 * bias) are summed once per distinct shape triple; a token then costs a few sparse row
 * additions, one pair lookup and the tag history.
 */
export function tagWordIds(model: CompiledTagger, sentences: readonly ArrayLike<number>[], vocabulary: Vocabulary): string[][] {
  return tagIndices(model, sentences, vocabulary).map((s) => Array.from(s, (t) => model.tags[t]!))
}

/** tagWordIds' tags as their indices in model.tags (see eachIobSpan). */
export function tagIndices(model: CompiledTagger, sentences: readonly ArrayLike<number>[], vocabulary: Vocabulary): Uint8Array[] {
  const { tags, start, cells, info } = model
  const T = tags.length
  // integers, as the weights are: each is under 2^23 (compile checks) and a token sums a few dozen
  const scores = new Int32Array(T)
  const addRow = (r: number): void => addVotes(scores, start, cells, r)
  // one per distinct word as written: "unknown-cap" depends on its case
  const decoders: (PreparedWord | undefined)[] = new Array(vocabulary.words.length)
  const known = (id: number): PreparedWord | undefined => (vocabulary.prepared ? vocabulary.prepared[id] : model.prepared?.get(vocabulary.words[id]!))
  // room for the words the model has not prepared, and the sentence's two ends
  let unprepared = 2
  if (vocabulary.prepared) for (const p of vocabulary.prepared) unprepared += p === undefined ? 1 : 0
  else unprepared += vocabulary.words.length
  const store = ownStore(model, unprepared)
  const wordOf = (id: number): PreparedWord => (decoders[id] ??= known(id) ?? prepareWord(model, vocabulary.views[id]!, vocabulary.words[id]!, store))
  const startWord = prepareWord(model, SENTENCE_START, '', store)
  const endWord = prepareWord(model, SENTENCE_END, '', store)

  const { shapeLeft, shapeRight, outsideTag, history } = model
  const S = model.shapeNames.length
  return sentences.map((sentence) => {
    const n = sentence.length
    const d: PreparedWord[] = new Array(n)
    for (let i = 0; i < n; i++) d[i] = wordOf(sentence[i]!)
    const out = new Uint8Array(n)
    let prev = T
    let prev2 = T
    for (let i = 0; i < n; i++) {
      const cur = d[i]!
      if (cur.outside && (prev === T || prev === outsideTag) && outsideTag >= 0) {
        out[i] = outsideTag
        prev2 = prev
        prev = outsideTag
        continue
      }
      const before = i > 0 ? d[i - 1]! : startWord
      const after = i + 1 < n ? d[i + 1]! : endWord
      // dense rows: the shape votes of (previous, current) and (current, next), the tag history and
      // the word's own votes; then sparse ones: "first" on the first token, the neighbours' rows
      const left = (before.shapeId * S + cur.shapeId) * T
      const right = (cur.shapeId * S + after.shapeId) * T
      const past = (prev2 * (T + 1) + prev) * T
      const own = cur.own
      const ownAt = cur.ownAt
      // only the tags IOB2 allows here are scored (the sparse rows below write to every tag, but
      // the others are never read)
      const allowed = info.allowed[prev === T || prev === outsideTag ? 0 : info.type[prev]! + 1]!
      for (let k = 0; k < allowed.length; k++) {
        const t = allowed[k]!
        scores[t] = shapeLeft[left + t]! + shapeRight[right + t]! + history[past + t]! + own[ownAt + t]!
      }
      if (i === 0 && model.first >= 0) addRow(model.first)
      addRows(scores, start, cells, before.rows, 1)
      addRows(scores, start, cells, after.rows, 2)
      addRows(scores, start, cells, (i > 1 ? d[i - 2]! : startWord).rows, 3)
      addRows(scores, start, cells, (i + 2 < n ? d[i + 2]! : endWord).rows, 4)
      const pair = cur.nextLemma?.get(after.view.lemma)
      if (pair !== undefined) addRow(pair)
      const r3 = rowIn(model.prevTagWord, cur.byPrevTag, prev)
      if (r3 >= 0) addRow(r3)
      const best = firstHighest(scores, allowed)
      out[i] = best
      prev2 = prev
      prev = best
    }
    return out
  })
}
