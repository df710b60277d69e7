import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseArticle, readingTime, readingTimeBadge, readingTimeLabel, toLatin } from '../src/index.js'
import * as subpath from '../src/reading-time.js'

const page = readFileSync(new URL('./fixtures/seed/000_c7d509376adc05ed.txt', import.meta.url), 'utf8')
const body = parseArticle(page).body!.text

describe('readingTime', () => {
  it('counts words and letters as the plain definitions do, on any text (astral letters, lone surrogates, marks)', () => {
    // one piece per range readingTime classifies by code, and some it leaves to \p{…}
    const pieces = fc.constantFrom('Қазақ', 'sa\'lem', '1-інші', '-', ' ', '\u00a0', '𝐀', '\ud835', '\udc00', 'é', 'é', '—', '2024', '’', ',', '\u0483', '\u0488', '҂', 'Ԥ', '×', '÷', 'ª', '²', '«', '»', 'ğış', 'Ǵ', 'ə', '٣', '漢', '\u2070', '@[`{', 'Z', 'z', '\'', '\u2019')
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        const r = readingTime(text)
        expect(r.words).toBe(text.match(/[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu)?.length ?? 0)
        expect(r.characters).toBe(text.match(/[\p{L}\p{N}]/gu)?.length ?? 0)
      }),
      { numRuns: 5000 },
    )
  })
  it('gives the seed page’s body 2 minutes, as its own badge says', () => {
    expect(readingTime(body)).toMatchObject({ minutes: 2, words: 298, label: '2 мин' })
  })
  it('gives a text and its Latin-script twin the same minutes and words', () => {
    const latin = toLatin(body).text
    expect(readingTime(latin).minutes).toBe(readingTime(body).minutes)
    expect(readingTime(latin).words).toBe(readingTime(body).words)
  })
  it('labels in the script asked for', () => {
    expect(readingTime(body, { script: 'latin' }).label).toBe('2 mın')
    expect(readingTime(body, { script: 'cyrillic' }).label).toBe('2 мин')
  })
  it('counts hyphenated words, numbers and words across NBSP as words', () => {
    expect(readingTime('Қасым-Жомарт\u00a0Тоқаев 2024 жылы, 1-інші').words).toBe(5)
  })
  it('takes a words or characters per minute rate and a rounding', () => {
    const text = 'сөз '.repeat(270)
    expect(readingTime(text).minutes).toBe(2) // 1.5 → up
    expect(readingTime(text, { round: 'nearest' }).minutes).toBe(2)
    expect(readingTime(text, { wordsPerMinute: 270 }).minutes).toBe(1)
    expect(readingTime(text, { charactersPerMinute: 810 })).toMatchObject({ minutes: 1, characters: 810 })
  })
  it('gives 0 minutes to empty text and 1 to a short one', () => {
    expect(readingTime('')).toMatchObject({ minutes: 0, words: 0, label: '0 мин' })
    expect(readingTime('Сәлем').minutes).toBe(1)
  })
  it('rejects bad input clearly', () => {
    expect(() => readingTime(3 as unknown as string)).toThrow(/^readingTime:/)
    expect(() => readingTime('x', { wordsPerMinute: 0 })).toThrow(RangeError)
  })
})

describe('readingTimeLabel and readingTimeBadge', () => {
  it.each([
    [2, {}, '2 мин'],
    [2, { style: 'long' as const }, '2 мин оқу үшін'],
    [3, { script: 'latin' as const }, '3 mın'],
    [3, { script: 'latin' as const, style: 'long' as const }, '3 mın oqý úshin'],
  ])('%i %j → %s', (minutes, options, label) => {
    expect(readingTimeLabel(minutes, options)).toBe(label)
  })
  it('makes an SVG badge with the long label', () => {
    const svg = readingTimeBadge(2)
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
    expect(svg).toContain('2 мин оқу үшін')
  })
  it('rejects negative minutes', () => {
    expect(() => readingTimeLabel(-1)).toThrow(/^readingTimeLabel:/)
  })
})

describe('kazakh-nlp/reading-time', () => {
  it('exports the reading-time functions only', () => {
    expect(Object.keys(subpath).sort()).toEqual(['readingTime', 'readingTimeBadge', 'readingTimeLabel'])
  })
  it('imports nothing else from the package and stays ≤ 1 KB minified and gzipped', async () => {
    const result = await build({ entryPoints: ['src/reading-time.ts'], bundle: true, minify: true, format: 'esm', write: false, metafile: true, logLevel: 'silent' })
    expect(Object.keys(result.metafile.inputs).sort()).toEqual(['src/reading-time.ts', 'src/reading-time/reading-time.ts'])
    const size = gzipSync(result.outputFiles[0]!.contents).length
    expect(size).toBeLessThanOrEqual(1024)
  })
})
