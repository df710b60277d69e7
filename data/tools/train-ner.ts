/**
 * npm run train:ner -- <shared-dir>
 *
 * Trains the entity tagger on the train split of KazNERD (<shared-dir>/data/kaznerd/IOB2_valid.txt,
 * CC BY 4.0; 4 of every 5 sentences — the 5th is the dev split that npm run eval scores) and
 * writes data/ner/model.txt. Averaged perceptron, 12 epochs, seeded shuffling: the same data gives
 * the same model. Then run npm run build:data.
 */
import { existsSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { tokenFeatures } from '../../src/entities/features.js'
import { foldName } from '../../src/entities/gazetteer.js'
import { lemmatize } from '../../src/morphology/analyze-word.js'
import { bestTag, historyFeatures, packModel, type TaggerModel } from '../../src/entities/perceptron.js'
import { featureFingerprint } from './feature-fingerprint.js'
import { readKazNerd } from './kaznerd.js'

const sharedDir = resolve(process.argv[2] ?? join(import.meta.dirname, '..', '..', '..', 'shared'))
const path = join(sharedDir, 'data', 'kaznerd', 'IOB2_valid.txt')
if (!existsSync(path)) {
  console.error(`train-ner: ${path} not found. Pass the folder that holds data/kaznerd: npm run train:ner -- <shared-dir>`)
  process.exit(2)
}
// 12 epochs: over five shuffle seeds dev micro-F1 averaged 90.1 (8 epochs: 89.9, 16 about the same);
// a single seed's figure moves by ±0.8, so the seed is fixed, not chosen
const EPOCHS = 12
const MIN_COUNT = 2
const SCALE = 100
const MIN_WEIGHT = 2
const OUTSIDE_MIN_COUNT = 3

/** Writes a word list under data/: its comment header, then one word a line. */
function writeList(relPath: string, header: string, words: readonly string[]): void {
  writeFileSync(join(import.meta.dirname, '..', relPath), `${header}\n${words.join('\n')}\n`)
}

const t0 = performance.now()
const { train } = readKazNerd(path)

// Given names: first words of multi-word PERSON spans of the train split, seen at least twice
const givenCounts = new Map<string, number>()
for (const s of train) {
  s.tags.forEach((t, i) => {
    if (t === 'B-PERSON' && s.tags[i + 1] === 'I-PERSON' && /^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?$/u.test(s.words[i]!)) {
      givenCounts.set(s.words[i]!, (givenCounts.get(s.words[i]!) ?? 0) + 1)
    }
  })
}
const given = [...givenCounts].filter(([, n]) => n >= 2).map(([w]) => w).sort()
writeList(
  'gazetteer/given-names-kaznerd.txt',
  `# Given names: the first words of multi-word PERSON spans seen at least twice in KazNERD's train split
# (CC BY 4.0; Yeshpanov, Khassanov, Varol, LREC 2022), written by data/tools/train-ner.ts. Do not edit;
# add names by hand to given-names.txt.`,
  given,
)
// Every word form of the train split, as written, commonest first: the tagger prepares their
// features once when it loads, so most words of an article need no work of their own. All 20,123
// are ≈ 89 % of the distinct words of an unseen 25-sentence KazNERD article and ≈ 65 % of a UD
// one (the 5,000 commonest, which this list held before: ≈ 70 % and ≈ 51 %); they cost ≈ 0.15 s
// more on the first call and ≈ 11 MB of heap, and made analyze 1.08–1.12× faster per article on
// unseen text (test/bench/NOTES.md, round 10).
const formCounts = new Map<string, number>()
for (const s of train) for (const w of s.words) formCounts.set(w, (formCounts.get(w) ?? 0) + 1)
// commonest first, ties in code-unit order, so the lists are the same on every run
const commonestFirst = (a: [string, number], b: [string, number]): number => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)
const frequent = [...formCounts].sort(commonestFirst).map(([w]) => w)
writeList(
  'ner/frequent-words.txt',
  `# The ${frequent.length} word forms of KazNERD's train split (CC BY 4.0; Yeshpanov, Khassanov, Varol,
# LREC 2022), commonest first, written by data/tools/train-ner.ts. Do not edit. The entity tagger
# prepares their features when it loads (src/entities/perceptron.ts).`,
  frequent,
)

// Words seen at least OUTSIDE_MIN_COUNT times outside an entity (after O or at a sentence's start),
// and punctuation seen as often anywhere, that never begin one: there the tagger gives them O
// without scoring them (a tag dictionary, as NLTK's perceptron tagger has). About half of a text's
// tokens. A word seen only inside entities is no evidence of what it is outside one:
// "Премьер-министрі" never begins an entity in the train split ("ҚР Премьер-министрі" begins at
// ҚР), but after "Еліміздің" it is a POSITION of its own.
const begins = new Set<string>()
const outsideCounts = new Map<string, number>()
for (const s of train) {
  s.words.forEach((w, i) => {
    if (s.tags[i]!.startsWith('B-')) begins.add(w)
    if (i === 0 || s.tags[i - 1] === 'O') outsideCounts.set(w, (outsideCounts.get(w) ?? 0) + 1)
  })
}
// (punctuation that never begins an entity stays, however it was seen: KazNERD writes a reply's
// dash as "—" and has "–" almost only inside ranges ("5 – 6"), but news writes "», – деді", and
// the tagger, scoring "–" there, took it for the start of a law)
const isMark = (w: string): boolean => !/[\p{L}\p{N}]/u.test(w)
const outside = [...formCounts]
  .filter(([w, n]) => !begins.has(w) && ((outsideCounts.get(w) ?? 0) >= OUTSIDE_MIN_COUNT || (isMark(w) && n >= OUTSIDE_MIN_COUNT)))
  .sort(commonestFirst)
  .map(([w]) => w)
writeList(
  'ner/outside-words.txt',
  `# Word forms seen at least ${OUTSIDE_MIN_COUNT} times in KazNERD's train split (CC BY 4.0; Yeshpanov, Khassanov,
# Varol, LREC 2022) that never begin an entity there, commonest first, written by
# data/tools/train-ner.ts. Do not edit. Outside an entity the tagger gives them O unscored.`,
  outside,
)

// Lemmas that end a DATE: the last words of the train split's DATE spans with no digit, lemmatized
// as the entity stage reads them; a tagger date that runs on past the last such word is cut there
const dateEndCounts = new Map<string, number>()
for (const s of train) {
  s.tags.forEach((t, i) => {
    if ((t === 'B-DATE' || t === 'I-DATE') && s.tags[i + 1] !== 'I-DATE' && !/\d/.test(s.words[i]!)) {
      const lemma = foldName(lemmatize(s.words[i]!))
      dateEndCounts.set(lemma, (dateEndCounts.get(lemma) ?? 0) + 1)
    }
  })
}
writeList(
  'ner/date-ends.txt',
  `# Lemmas (lower case, as the entity stage reads them) that end a DATE in KazNERD's train split
# (CC BY 4.0; Yeshpanov, Khassanov, Varol, LREC 2022): the last words of its DATE spans that hold
# no digit, commonest first, written by data/tools/train-ner.ts. Do not edit. A tagger DATE that
# runs on past its last such word is cut there ("былтырғы | көрсеткіштен" is "than last year's
# figure"); a number word, an ordinal, a month and "ж." end one too (extract-entities.ts, endsDate).`,
  [...dateEndCounts].sort(commonestFirst).map(([w]) => w),
)

const tags = [...new Set(train.flatMap((s) => s.tags))].sort()
const tagIndex = new Map(tags.map((t, i) => [t, i]))
const features = train.map((s) => tokenFeatures(s.words))
// features seen fewer than twice are noise and bulk
const counts = new Map<string, number>()
for (const sentence of features) for (const token of sentence) for (const f of token) counts.set(f, (counts.get(f) ?? 0) + 1)
const kept = features.map((sentence) => sentence.map((token) => token.filter((f) => counts.get(f)! >= MIN_COUNT)))
console.log(`train-ner: ${train.length} sentences, ${tags.length} tags, ${[...counts.values()].filter((c) => c >= MIN_COUNT).length} features kept (${((performance.now() - t0) / 1000).toFixed(1)} s to read and featurize)`)

// averaged perceptron with the "w − u/c" trick: w are the weights, u the updates weighted by time
const w = new Map<string, Float64Array>()
const u = new Map<string, Float64Array>()
const row = (m: Map<string, Float64Array>, f: string): Float64Array => {
  let r = m.get(f)
  if (!r) m.set(f, (r = new Float64Array(tags.length)))
  return r
}
let c = 1
let seed = 42
const random = (): number => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff
  return seed / 0x7fffffff
}
const scores = new Float64Array(tags.length)
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  const order = train.map((_, i) => i)
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[order[i], order[j]] = [order[j]!, order[i]!]
  }
  let errors = 0
  let total = 0
  for (const si of order) {
    const sentence = train[si]!
    let prev = '<s>'
    let prev2 = '<s>'
    for (let i = 0; i < sentence.words.length; i++) {
      const f = [...kept[si]![i]!, ...historyFeatures(prev, prev2, sentence.words[i]!.toLowerCase())]
      scores.fill(0)
      for (const name of f) {
        const r = w.get(name)
        if (r) for (let t = 0; t < tags.length; t++) scores[t]! += r[t]!
      }
      const guess = bestTag(tags, scores, prev === 'O' || prev === '<s>' ? -1 : tagIndex.get(prev)!)
      const gold = tagIndex.get(sentence.tags[i]!)!
      total++
      if (guess !== gold) {
        errors++
        for (const name of f) {
          row(w, name)[gold]! += 1
          row(w, name)[guess]! -= 1
          row(u, name)[gold]! += c
          row(u, name)[guess]! -= c
        }
      }
      c++
      // train on the gold history, as the decoder will see its own (mostly right) tags
      prev2 = prev
      prev = sentence.tags[i]!
    }
  }
  console.log(`  epoch ${epoch + 1}: ${(100 * (1 - errors / total)).toFixed(2)} % of train tokens right`)
}

const model: TaggerModel = { tags, weights: new Map() }
for (const [name, r] of w) {
  const ur = u.get(name)!
  const parts: number[] = []
  for (let t = 0; t < tags.length; t++) {
    const avg = Math.round((r[t]! - ur[t]! / c) * SCALE)
    if (Math.abs(avg) >= MIN_WEIGHT) parts.push(t, avg)
  }
  if (parts.length > 0) model.weights.set(name, Int32Array.from(parts))
}
const packed = packModel(model)
const header = `# KazNERD entity tagger (averaged perceptron) trained by data/tools/train-ner.ts on the train split
# (4 of every 5 sentences) of KazNERD's IOB2_valid.txt (CC BY 4.0; Yeshpanov, Khassanov, Varol, LREC 2022).
# ${model.weights.size} features. Regenerate with npm run train:ner -- <shared-dir>; do not edit.
# features sha1 ${featureFingerprint(train)}
`
writeFileSync(join(import.meta.dirname, '..', 'ner', 'model.txt'), header + packed + '\n')
console.log(`train-ner: wrote data/ner/model.txt (${model.weights.size} features, ${(packed.length / 1e6).toFixed(2)} M characters) in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
