/**
 * Invariants of the whole pipeline on random text: analyze, extractEntities and parseArticle never
 * throw, and every span they give is an exact slice of the input. The pieces are words, numbers,
 * dates, names and page furniture in both scripts, so that the rules that look a word ahead or
 * behind meet the text's edges ("… 1" at the end once threw in the entity stage).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyze, extractEntities, parseArticle, toLatin } from '../src/index.js'
import type { Span } from '../src/index.js'

const RUNS = Number(process.env.PROP_RUNS ?? 100_000) / 40

const words = [
  'Қасым-Жомарт', 'Тоқаев', 'Астанада', 'ҰҚШҰ-ға', '«Қазақтелеком»', 'АҚ', 'басқарма', 'төрағасы', 'министр', 'деді', 'айтты', 'деп',
  'Бұл', 'туралы', 'хабарлады', 'мәліметінше', 'атындағы', 'университеті', 'Абай', 'Ғалым', 'Профессор',
  'ҰБТ', 'нәтижелері', 'Ұлттық', 'тестілеу', 'орталығы', 'облыстық', 'департаментінің', 'Қыз', 'Жібек',
  '1', '12', '2024', '5', 'желтоқсан', 'желтоқсанда', 'жылы', 'ж.', '14:35', '05.12.2026', '16,5', 'пайыз', 'млрд', 'теңге', 'доллар',
  'Бүгін', 'Кеше', 'Фото:', 'Автор:', 'Тегтер:', 'Оқи', 'отырыңыз:', 'Соңғы', 'жаңалықтар', 'Пікірлер', 'Бөлісу', 'Қаралым:', 'рет', 'көрсетілді', 'мин', 'оқу', 'үшін',
  '«', '»', '–', '-', ',', '.', ':', '(', ')', '•', '/', '№', ' ', ' ', ' ', '\n', '\n\n', '\u00a0',
]
const kazakhText = fc.array(fc.constantFrom(...words), { maxLength: 50 }).map((a) => a.join(' ').replace(/ +/g, (m) => (m.length > 1 ? ' ' : m)))
const anyText = fc.oneof(
  kazakhText,
  kazakhText.map((t) => toLatin(t).text),
  kazakhText.map((t) => toLatin(t, { alphabet: '2021' }).text),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(fc.constantFrom(...words), { maxLength: 12 }).map((a) => a.join('')),
)

function expectSlices(text: string, spans: readonly (Span | null | undefined)[]): void {
  for (const s of spans) {
    if (!s) continue
    expect(s.start).toBeGreaterThanOrEqual(0)
    expect(s.end).toBeLessThanOrEqual(text.length)
    expect(text.slice(s.start, s.end)).toBe(s.text)
  }
}

describe('pipeline invariants', () => {
  it('extractEntities: ordered spans that are exact slices, with a lemma, none across a paragraph break', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const entities = extractEntities(text)
        expectSlices(text, entities)
        for (let k = 1; k < entities.length; k++) expect(entities[k]!.start).toBeGreaterThanOrEqual(entities[k - 1]!.start)
        for (const e of entities) expect(typeof e.lemma).toBe('string')
        // ("ҰБТ нәтижелері ¶ Ұлттық тестілеу орталығы" was one organization over a headline and its paragraph)
        for (const e of entities) expect(e.text).not.toMatch(/\n[^\S\n]*\n/u)
      }),
      { numRuns: RUNS },
    )
  })
  it('parseArticle: every field an exact slice; paragraphs inside the body', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const a = parseArticle(text)
        expectSlices(text, [a.title, a.category, a.date, a.body, a.author, a.source, a.comments, ...(a.tags ?? []), ...(a.readAlso ?? []), ...(a.chrome ?? []), ...a.paragraphs])
        expectSlices(text, a.related.flatMap((r) => [r.title, r.category, r.date]))
        for (const p of a.paragraphs) expect(a.body!.start <= p.start && p.end <= a.body!.end).toBe(true)
      }),
      { numRuns: RUNS },
    )
  })
  it('analyze: never throws, every span an exact slice, plain JSON', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = analyze(text)
        expectSlices(text, [...r.paragraphs, ...r.sentences, ...r.entities, ...r.quotes, ...r.quotes.map((q) => q.speaker), ...r.quotes.map((q) => q.cue)])
        // (a speaker and a cue are one paragraph's words)
        for (const q of r.quotes) for (const s of [q.speaker, q.cue]) if (s) expect(s.text).not.toMatch(/\n[^\S\n]*\n/u)
        expect(JSON.parse(JSON.stringify(r))).toEqual(r)
      }),
      { numRuns: RUNS },
    )
  })
})
