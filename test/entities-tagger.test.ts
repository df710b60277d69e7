import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { nerModel } from '../src/data/ner-model.generated.js'
import { shape, tokenFeatures, viewOf } from '../src/entities/features.js'
import { bestTag, compilePackedTagger, eachIobSpan, compileTagger, historyFeatures, iobSpans, type TaggerModel, tagSentences, unpackModel, withPreparedWords } from '../src/entities/perceptron.js'
import { tokenize } from '../src/index.js'

/**
 * The compiled decoder looks features up by their parts and sums some of them ahead; these tests
 * check it against the plain definition: sum the weights of every feature name, then pick the
 * best tag left to right (what training does).
 */
function tagByNames(model: TaggerModel, sentences: string[][]): string[][] {
  const cache = new Map<string, string>()
  return sentences.map((words) => {
    const features = tokenFeatures(words, cache)
    const lower = words.map((w) => viewOf(w, cache).lower)
    const out: string[] = []
    let prev = '<s>'
    let prev2 = '<s>'
    let prevIndex = -1
    words.forEach((_, i) => {
      const scores = new Float64Array(model.tags.length)
      for (const f of [...features[i]!, ...historyFeatures(prev, prev2, lower[i]!)]) {
        const w = model.weights.get(f)
        if (w) for (let k = 0; k < w.length; k += 2) scores[w[k]!]! += w[k + 1]!
      }
      prevIndex = bestTag(model.tags, scores, prev === 'O' || prev === '<s>' ? -1 : prevIndex)
      out.push(model.tags[prevIndex]!)
      prev2 = prev
      prev = out[i]!
    })
    return out
  })
}

const model = unpackModel(nerModel)
const compiled = compileTagger(model)

// sentences that reach every kind of feature: countries (gaz), unknown capitals, suffixes and
// restored stems (sfx), numbers with commas (lemma pairs and shapes with commas in them), marks,
// Latin script, one-word and empty-looking sentences
const sentences = [
  'Қасым-Жомарт Тоқаев Ресейге ресми сапармен барды.',
  '«Қазақ газеттері» ЖШС директоры Дархан Қыдырәлі ҰҚШҰ-ға хат жолдады.',
  'Инфляция 1,5 %-ға, ал ЖІӨ 4,8%-ға өсті, деді Мадина Әбілқасымова.',
  'Біз Қырғыз Республикасының, Өзбекстанның және АҚШ-тың өкілдерімен кездестік.',
  'Qazaqstan Prezıdenti Reseıge barady.',
  'Алматы',
  '— ?! … « » , ; 2024 ж. 3 қаңтар',
  'Зыгмунт Кшишковски мен Дональд Трамп Вашингтонда кездесті; аузы, кітабы, халқы.',
].map((s) => tokenize(s).map((t) => t.text))

describe('bestTag', () => {
  const tags = ['B-GPE', 'B-PERSON', 'I-GPE', 'I-PERSON', 'O']
  it('never gives an I- tag that does not continue the previous type, and takes the first of equal scores', () => {
    // I-PERSON scores highest, but after O (-1) or after B-GPE (0) it may not follow
    expect(bestTag(tags, Float64Array.from([1, 2, 0, 9, 2]), -1)).toBe(1)
    expect(bestTag(tags, Float64Array.from([1, 2, 0, 9, 2]), 0)).toBe(1)
    // after B-PERSON (1) it may
    expect(bestTag(tags, Float64Array.from([1, 2, 0, 9, 2]), 1)).toBe(3)
    // a tie between B-PERSON and O: the first in tag order
    expect(bestTag(tags, Float64Array.from([0, 5, 0, 0, 5]), -1)).toBe(1)
    // I-GPE after I-GPE (2) continues
    expect(bestTag(tags, Float64Array.from([0, 0, 3, 0, 1]), 2)).toBe(2)
  })
})

describe('eachIobSpan', () => {
  it('gives the spans iobSpans gives from the tag names, on random tag sequences', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: compiled.tags.length - 1 }), { maxLength: 30 }), (indices) => {
        const spans: [number, number, string][] = []
        eachIobSpan(compiled, Uint8Array.from(indices), (a, b, type) => spans.push([a, b, type]))
        expect(spans).toEqual(iobSpans(indices.map((t) => compiled.tags[t]!)))
      }),
      { numRuns: 2000 },
    )
  })
})

describe('compiled entity tagger', () => {
  it('gives the same tags as summing the weights of every feature name', () => {
    const cache = new Map<string, string>()
    expect(tagSentences(compiled, sentences, (w) => viewOf(w, cache))).toEqual(tagByNames(model, sentences))
  })

  it('gives the same tags with the words prepared ahead (as the bundled tagger has its commonest words)', () => {
    const cache = new Map<string, string>()
    const prepared = withPreparedWords(compiled, sentences.flat().filter((_, i) => i % 2 === 0), (w) => viewOf(w, cache))
    expect(prepared.prepared!.size).toBeGreaterThan(20)
    expect(tagSentences(prepared, sentences, (w) => viewOf(w, cache))).toEqual(tagByNames(model, sentences))
  })

  it('tags outside words O unscored after O, and scores them inside an entity', () => {
    const cache = new Map<string, string>()
    const view = (w: string) => viewOf(w, cache)
    // "Ресейге" is a GPE by the model; listed as an outside word it becomes O after the sentence start
    const forced = withPreparedWords(compiled, [], view, ['Ресейге', 'және'])
    const words = ['Ресейге', 'барды', '.']
    expect(tagSentences(compiled, [words], view)[0]![0]).toBe('B-GPE')
    expect(tagSentences(forced, [words], view)[0]![0]).toBe('O')
    // after a B- tag the word is scored as usual, so the five-word name stays whole
    const ministry = ['Еуропа', 'қауіпсіздік', 'және', 'ынтымақтастық', 'ұйымы', 'мәлімдеді', '.']
    expect(tagSentences(forced, [ministry], view)).toEqual(tagSentences(compiled, [ministry], view))
    expect(iobSpans(tagSentences(forced, [ministry], view)[0]!).map(([a, b]) => [a, b])).toEqual([[0, 5]])
    // the model passed in is left as it was
    expect(compiled.prepared).toBeUndefined()
  })

  it('compiles the packed text to the same tables as the unpacked model', () => {
    expect(compilePackedTagger(nerModel)).toEqual(compiled)
  })

  it('tags a real sentence: a person and a country', () => {
    const cache = new Map<string, string>()
    const [tags] = tagSentences(compiled, [sentences[0]!], (w) => viewOf(w, cache))
    const spans = iobSpans(tags!).map(([a, b, type]) => [sentences[0]!.slice(a, b).join(' '), type])
    expect(spans).toEqual([
      ['Қасым-Жомарт Тоқаев', 'PERSON'],
      ['Ресейге', 'GPE'],
    ])
  })

  it('refuses a model whose tags do not fit its cells', () => {
    const tags = Array.from({ length: 300 }, (_, i) => `B-T${i}`)
    expect(() => compileTagger({ tags, weights: new Map([['b', Int32Array.of(299, 5)]]) })).toThrow(/fit a cell/)
  })
  it('gives every ASCII, Latin-1 and Cyrillic character the shape class its case conversion gives', () => {
    // shape() decides these ranges by code (Kazakh letters by the parity of their pairs)
    for (let code = 0; code <= 0x52f; code++) {
      if (code >= 0x180 && code < 0x400) continue
      const ch = String.fromCharCode(code)
      const lower = ch.toLowerCase()
      const upper = ch.toUpperCase()
      const want = code >= 0x30 && code <= 0x39 ? 'd' : lower !== upper ? (ch === upper ? 'X' : 'x') : ch
      expect([code.toString(16), shape(ch)]).toEqual([code.toString(16), want])
    }
  })
})
