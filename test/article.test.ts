import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hasAtLeastWords } from '../src/internal/has-at-least-words.js'
import { parseArticle, parseKazakhDate, toLatin } from '../src/index.js'

const dir = new URL('./fixtures/seed/', import.meta.url)
const page = readFileSync(new URL('000_c7d509376adc05ed.txt', dir), 'utf8')
const expected = JSON.parse(readFileSync(new URL('000_c7d509376adc05ed.expected.json', dir), 'utf8')) as {
  page: { category: string; date: string; title: string; views: number; statedReadingMinutes: number; bodyStartsWith: string; bodyEndsWith: string; relatedHeadlines: string[] }
}

describe('parseArticle: the seed page', () => {
  const a = parseArticle(page)
  it('reads the page block of the expectations', () => {
    expect(a.category?.text).toBe(expected.page.category)
    expect(a.date?.value).toBe(expected.page.date)
    expect(a.title?.text).toBe(expected.page.title)
    expect(a.views).toBe(expected.page.views)
    expect(a.statedReadingMinutes).toBe(expected.page.statedReadingMinutes)
    expect(a.body!.text.startsWith(expected.page.bodyStartsWith)).toBe(true)
    expect(a.body!.text.endsWith(expected.page.bodyEndsWith)).toBe(true)
    expect(a.related.map((r) => r.title.text)).toEqual(expected.page.relatedHeadlines)
  })
  it('gives every span as an exact slice of the page', () => {
    for (const span of [a.title, a.category, a.date, a.body, ...a.paragraphs, ...a.related.flatMap((r) => [r.title, r.category, r.date])]) {
      if (span) expect(page.slice(span.start, span.end)).toBe(span.text)
    }
  })
  it('leaves the repeated headline out of the body paragraphs and dates the related items', () => {
    expect(a.paragraphs.some((p) => p.text === a.title!.text)).toBe(false)
    expect(a.related.map((r) => [r.category?.text, r.date?.value])).toEqual([
      ['Денсаулық', '2024-05-05'],
      ['Аймақтар', '2024-05-04'],
    ])
  })
  it('dates a related headline by a date alone on the next line, not as another headline', () => {
    const page = 'Бүгін Астанада жаңа саябақ ашылды деп хабарлады әкімдік.\n\nСоңғы жаңалықтар\nАлматыда жаңа метро бекеті ашылды\n15 Қазан, 2025\nШымкентте жол жөнделді\n14.10.2025'
    const related = parseArticle(page).related
    expect(related.map((r) => [r.title.text, r.date?.value])).toEqual([
      ['Алматыда жаңа метро бекеті ашылды', '2025-10-15'],
      ['Шымкентте жол жөнделді', '2025-10-14'],
    ])
    for (const r of related) expect(page.slice(r.date!.start, r.date!.end)).toBe(r.date!.text)
  })
  it('returns empty lists for a plain text and throws on non-strings', () => {
    expect(parseArticle('')).toEqual({ paragraphs: [], related: [] })
    expect(() => parseArticle(1 as unknown as string)).toThrow(/^parseArticle:/)
  })
})

describe('parseArticle: a meta line of several fields', () => {
  // written for this test: the date, the view count and the badge on one line, as other sites set them
  const page = 'Қоғам • 2 Желтоқсан, 2026 • 1 254 рет көрсетілді • 3 мин оқу үшін\n\nАлматы облысында жол апатынан үш адам қаза тапты\n\nПолиция департаментінің мәліметінше, оқиға кеше кешке тас жолда болған.'
  it.each([
    ['Cyrillic', page],
    ['Latin 2018', toLatin(page).text],
    ['Latin 2021', toLatin(page, { alphabet: '2021' }).text],
  ])('reads the category, the date, the views and the badge (%s)', (_, text) => {
    const a = parseArticle(text)
    expect([a.category?.text.length, a.date?.value, a.views, a.statedReadingMinutes]).toEqual([5, '2026-12-02', 1254, 3])
    expect(a.title?.text).toBe(text.split('\n\n')[1])
    expect(a.chrome?.map((c) => text.slice(c.start, c.end))).toEqual(a.chrome?.map((c) => c.text))
    expect(a.chrome).toHaveLength(2)
  })
  it('takes no line of prose with a separator in it for a meta line', () => {
    expect(parseArticle('Жоспар • бірінші кезең • екінші кезең\n\nБәрі дайын.').date).toBeUndefined()
  })
})

describe('parseArticle: the seed page in Latin script', () => {
  const cyrillic = parseArticle(page)
  it.each(['2018', '2021'] as const)('reads the %s twin as it reads the Cyrillic page', (alphabet) => {
    const latin = toLatin(page, { alphabet }).text
    const a = parseArticle(latin)
    expect([a.date?.value, a.views, a.statedReadingMinutes]).toEqual([expected.page.date, expected.page.views, expected.page.statedReadingMinutes])
    // "Sońǵy jańalyqtar" / "Soñğı jañalıqtar" ends the body; the related items keep their dates
    expect(a.related.map((r) => r.date?.value)).toEqual(['2024-05-05', '2024-05-04'])
    expect(a.related.map((r) => r.title.text)).toEqual(cyrillic.related.map((r) => toLatin(r.title.text, { alphabet }).text))
    expect(a.paragraphs).toHaveLength(cyrillic.paragraphs.length)
    expect(a.title?.text).toBe(toLatin(cyrillic.title!.text, { alphabet }).text)
    for (const span of [a.title, a.category, a.date, a.body, ...a.paragraphs, ...a.related.flatMap((r) => [r.title, r.category, r.date])]) {
      if (span) expect(latin.slice(span.start, span.end)).toBe(span.text)
    }
  })
  it('reads a page in the 2017 apostrophe alphabet', () => {
    // written for this test: the chrome of a page like the seed one, in the 2017 alphabet
    const page2017 = [
      "Sayasat • 5 qan'tar 2024",
      "Parlament jan'a zan'dy qabyldady",
      "1 204 ret ko'rsetildi",
      "3 mi'n oqy' u's'in",
      "Parlament depy'tattary bu'gin jan'a zan'dy qabyldady. Zan' ja'ne qaulylar birneshe ai'dan keiin ku's'ine enedi.",
      "Son'g'y jan'alyqtar",
      "Astanada jan'a mektep as'yldy",
      "Bilim • 4 qan'tar 2024",
    ].join('\n\n')
    const a = parseArticle(page2017)
    expect([a.category?.text, a.date?.value, a.views, a.statedReadingMinutes]).toEqual(['Sayasat', '2024-01-05', 1204, 3])
    expect(a.title?.text).toBe("Parlament jan'a zan'dy qabyldady")
    expect(a.paragraphs).toHaveLength(1)
    expect(a.related.map((r) => [r.title.text, r.category?.text, r.date?.value])).toEqual([["Astanada jan'a mektep as'yldy", 'Bilim', '2024-01-04']])
  })
})

describe('parseKazakhDate', () => {
  it.each([
    ['03 Қаңтар, 2024', '2024-01-03'],
    ['3 қаңтар 2024 ж.', '2024-01-03'],
    ['2024 жылғы 3 қаңтарда', '2024-01-03'],
    ['03.01.2024', '2024-01-03'],
    ['5 МАМЫР 2024', '2024-05-05'],
    ['2024 жылғы желтоқсан', '2024-12'],
    ['3 qańtar 2024', '2024-01-03'],
    // 2017: apostrophes
    ["2024 jylg'y 3 nay'ryzda", '2024-03-03'],
    ["12 qyrku'i'ek 2023", '2023-09-12'],
  ])('%s → %s', (text, iso) => {
    expect(parseKazakhDate(text)).toBe(iso)
  })
  const MONTHS = ['Қаңтар', 'Ақпан', 'Наурыз', 'Сәуір', 'Мамыр', 'Маусым', 'Шілде', 'Тамыз', 'Қыркүйек', 'Қазан', 'Қараша', 'Желтоқсан']
  // a short Latin date may not show its alphabet: 2021 "05 Mamır, 2024" has only ı, a 2018 letter
  it.each((['2018', '2021'] as const).flatMap((alphabet) => MONTHS.map((month, m) => [alphabet, month, m + 1] as const)))('%s: 05 %s, 2024 in Latin is month %i', (alphabet, month, m) => {
    expect(parseKazakhDate(toLatin(`05 ${month}, 2024`, { alphabet }).text)).toBe(`2024-${String(m).padStart(2, '0')}-05`)
  })
  it.each(['қаңтарда', '2024', 'ертең', ''])('%j has no full date', (text) => {
    expect(parseKazakhDate(text)).toBeUndefined()
  })
})

describe('hasAtLeastWords', () => {
  it('answers text.split(/\\s+/).length >= n on any text, every kind of white space included', () => {
    // every character \s matches, a few it does not (ZWSP, soft hyphen, U+0085), and words
    const pieces = ['сөз', 'a', ' ', '  ', '\t', '\n', '\r\n', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u00ad', '\u0085', '.']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), fc.integer({ min: 0, max: 12 }), (parts, n) => {
        const text = parts.join('')
        expect(hasAtLeastWords(text, n)).toBe(text.split(/\s+/).length >= n)
      }),
      { numRuns: 5000 },
    )
  })
})
