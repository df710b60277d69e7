/**
 * The real page the project was created from (egemen.kz, 3 Jan 2024) and its hand-made
 * expectations (test/fixtures/seed/*.expected.json, copied from ../shared/fixtures).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { splitParagraphs, splitSentences, tokenize } from '../src/index.js'

const dir = new URL('./fixtures/seed/', import.meta.url)
const page = readFileSync(new URL('000_c7d509376adc05ed.txt', dir), 'utf8')
const expected = JSON.parse(readFileSync(new URL('000_c7d509376adc05ed.expected.json', dir), 'utf8')) as {
  tokens: { single: string[]; separate: string[] }
  quotes: { startsWith: string; endsWith: string }[]
}

describe('seed page: tokens', () => {
  const tokens = tokenize(page)
  const texts = new Set(tokens.map((t) => t.text))
  it.each(expected.tokens.single)('%s is one token', (word) => {
    expect(texts).toContain(word)
  })
  it.each(expected.tokens.separate)('%s is a token of its own wherever it occurs', (mark) => {
    let from = page.indexOf(mark)
    expect(from).toBeGreaterThanOrEqual(0)
    while (from >= 0) {
      expect(tokens.some((t) => t.start === from && t.end === from + mark.length)).toBe(true)
      from = page.indexOf(mark, from + 1)
    }
  })
})

describe('seed page: sentences and paragraphs', () => {
  const sentences = splitSentences(page)
  it('ends the first quotation with its attribution "деді Қасым-Жомарт Тоқаев."', () => {
    const q = expected.quotes[0]!
    const last = sentences.find((s) => s.text.includes(q.endsWith))!
    // the page has NBSPs (6 of them): compare with plain spaces
    expect(last.text.replace(/\u00a0/g, ' ')).toBe('Ұйымға мүше-мемлекеттермен келісілгендей, бұл бітімгерлік күштер алдын ала ешқандай талап қоймастан, оның үстіне мерзімінен бұрын Қазақстаннан сыртқа шығарылды», деді Қасым-Жомарт Тоқаев.')
  })
  it('keeps "деп жазады Egemen.kz." in its sentence', () => {
    const sentence = sentences.find((s) => s.text.startsWith('Мемлекет басшысы Қасым-Жомарт'))!
    expect(sentence.text.endsWith('деп жазады\u00a0Egemen.kz.')).toBe(true)
  })
  it('splits the body exactly as a reader would (29 sentences in all)', () => {
    expect(sentences).toHaveLength(29)
    const texts = sentences.map((s) => s.text)
    expect(texts).toContain('Бұл жерде мына жайтқа баса мән беру керек.')
    expect(texts).toContain('Сондықтан бітімгерлік күштер соларды күзетуге жіберілді.')
    expect(texts.filter((t) => t.startsWith('«')).map((t) => t.split(' ').slice(0, 3).join(' '))).toEqual([
      '«Аймақтарда жаппай тәртіпсіздік',
      '«ҰҚШҰ бітімгерлік күштері',
    ])
  })
  it('puts the chrome lines in sentences of their own', () => {
    const texts = sentences.map((s) => s.text)
    expect(texts.slice(0, 5)).toEqual([
      'Президент • 03 Қаңтар, 2024',
      'Қаңтар оқиғасы кезінде жергілікті билік дәрменсіздік танытты - Президент',
      '347 рет',
      'көрсетілді',
      '2 мин',
    ])
  })
  it('finds every paragraph of the page', () => {
    const paragraphs = splitParagraphs(page)
    expect(paragraphs).toHaveLength(18)
    expect(paragraphs.map((p) => p.text).slice(2, 6)).toEqual(['347 рет', 'көрсетілді', '2 мин', 'оқу үшін'])
    expect(paragraphs.at(-1)!.text).toBe('Аймақтар • 04 Мамыр, 2024')
  })
})
