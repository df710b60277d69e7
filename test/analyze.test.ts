import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyze, detectLanguage, extractEntities, extractQuotes, readingTime, splitSentences, tokenize, toLatin } from '../src/index.js'
import type { Article } from '../src/index.js'

const page = readFileSync(new URL('./fixtures/seed/000_c7d509376adc05ed.txt', import.meta.url), 'utf8')

/** Does a span lie among a page's related headlines, from the first title to the last one's date? */
const inRelated =
  (article: Article) =>
  (s: { start: number; end: number }): boolean => {
    const first = article.related[0]
    const last = article.related.at(-1)
    return first !== undefined && last !== undefined && s.start >= first.title.start && s.end <= (last.date?.end ?? last.title.end)
  }

describe('analyze', () => {
  const a = analyze(page, { tokens: true })
  it('gives every stage’s result for the seed page', () => {
    expect(a.language).toBe('kaz')
    expect(a.readingTime.minutes).toBe(2)
    expect(a.article?.title?.text).toBe('Қаңтар оқиғасы кезінде жергілікті билік дәрменсіздік танытты - Президент')
    expect(a.quotes.filter((q) => q.kind === 'direct' && q.cue).map((q) => q.speaker?.name)).toEqual(['Қасым-Жомарт Тоқаев', 'Қасым-Жомарт Тоқаев'])
    expect(a.paragraphs[0]).toMatchObject({ text: 'Президент • 03 Қаңтар, 2024' })
  })
  it('agrees with the stages run one by one', () => {
    expect(a.tokens).toEqual(tokenize(page))
    expect(a.sentences).toEqual(splitSentences(page))
    // but on a page: no entity in its view count or reading-time badge ("347 рет көрсетілді"), nor
    // in its category and date, which are the page's fields ("Президент • 03 Қаңтар, 2024"), nor
    // in the headline repeated in the body (its names and quotation are the headline's, once)
    const fields = [...a.article!.chrome!, a.article!.category!, a.article!.date!]
    const inChrome = (e: { start: number; end: number }): boolean => fields.some((c) => e.start >= c.start && e.end <= c.end)
    const headline = a.article!.title!.text
    expect(a.article?.chrome?.map((c) => c.text)).toEqual(['347 рет\nкөрсетілді', '2 мин\nоқу үшін', headline])
    expect(extractEntities(page).filter(inChrome).map((e) => e.text)).toEqual(['Президент', '03 Қаңтар, 2024', '347', '2', 'Қаңтар', 'Президент'])
    expect(extractQuotes(page).filter(inChrome).map((q) => q.text)).toEqual(['Қаңтар оқиғасы кезінде жергілікті билік дәрменсіздік танытты'])
    // nor in the other articles' headlines after the body ("Соңғы жаңалықтар")
    const related = inRelated(a.article!)
    expect(extractEntities(page).filter(related).length).toBeGreaterThan(0)
    expect(a.entities).toEqual(extractEntities(page).filter((e) => !inChrome(e) && !related(e)))
    expect(a.quotes).toEqual(extractQuotes(page).filter((q) => !inChrome(q) && !related(q)))
  })
  it('leaves out a related block that gives each headline\'s date before it, from its first date', () => {
    const other = 'Экономика • 06 Желтоқсан, 2026\nТеңге бағамы нығайды\nТеңге бағамы нығайды\nДоллар бағамы 498 теңгеге дейін төмендеді деп хабарлады Қазақстан қор биржасы.\nСоңғы жаңалықтар\nЭкономика • 06 Желтоқсан, 2026\nБензин бағасы Астанада өзгермейді\nҚоғам • 05 Желтоқсан, 2026\nАлматыда қар жауды'
    const b = analyze(other)
    expect(b.article?.related.map((r) => r.date?.value)).toEqual(['2026-12-06', '2026-12-05'])
    const block = other.indexOf('Соңғы жаңалықтар')
    expect(extractEntities(other).some((e) => e.start > block && e.type === 'DATE')).toBe(true)
    expect(b.entities.filter((e) => e.start > block)).toEqual([])
  })
  it('agrees with the stages on the Latin-script page too (the working text is made once for both)', () => {
    for (const alphabet of ['2018', '2021'] as const) {
      const latin = toLatin(page, { alphabet }).text
      const b = analyze(latin)
      expect(b.entities.length).toBeGreaterThan(5)
      expect(b.quotes.length).toBeGreaterThan(2)
      const related = inRelated(b.article!)
      const fieldsOfB = [...b.article!.chrome!, b.article!.category!, b.article!.date!]
      expect(b.entities).toEqual(extractEntities(latin).filter((e) => !fieldsOfB.some((c) => e.start >= c.start && e.end <= c.end) && !related(e)))
      expect(b.quotes).toEqual(extractQuotes(latin).filter((q) => !fieldsOfB.some((c) => q.start >= c.start && q.end <= c.end) && !related(q)))
      for (const s of [...b.entities, ...b.quotes]) expect(latin.slice(s.start, s.end)).toBe(s.text)
      // the page is read as a page in Latin too: its body, and so its reading time, is the Cyrillic
      // one's (its letters are not: sh is one letter in Cyrillic)
      expect(b.article?.related).toHaveLength(a.article!.related.length)
      expect([b.readingTime.minutes, b.readingTime.seconds, b.readingTime.words]).toEqual([a.readingTime.minutes, a.readingTime.seconds, a.readingTime.words])
      // and its badge in its own script
      expect([a.readingTime.label, b.readingTime.label]).toEqual(['2 мин', '2 mın'])
    }
  })
  it('reads a page with Latin look-alike letters inside its words as the clean page (offsets into the page as given)', () => {
    // every 13th а о е с р (and capitals) written with its Latin twin, as scraped text often has them
    const twins: Record<string, string> = { а: 'a', о: 'o', е: 'e', с: 'c', р: 'p', А: 'A', О: 'O', Е: 'E', С: 'C', Р: 'P' }
    let n = 0
    const noisy = page.replace(/[аоесрАОЕСР]/g, (ch) => (++n % 13 === 0 ? twins[ch]! : ch))
    expect(noisy).not.toBe(page)
    const b = analyze(noisy)
    expect(b.entities.map((e) => [e.start, e.end, e.type, e.lemma, e.canonical])).toEqual(a.entities.map((e) => [e.start, e.end, e.type, e.lemma, e.canonical]))
    expect(b.quotes.map((q) => [q.start, q.end, q.kind, q.speaker?.name])).toEqual(a.quotes.map((q) => [q.start, q.end, q.kind, q.speaker?.name]))
    for (const s of [...b.entities, ...b.quotes]) expect(noisy.slice(s.start, s.end)).toBe(s.text)
    expect(b.entities.some((e) => e.text !== page.slice(e.start, e.end))).toBe(true)
  })
  it('reads a page with soft hyphens and zero-width spaces inside its words as the clean page', () => {
    // every 9th word of 6 letters or more broken after its third letter, as HTML hyphenation leaves it
    let n = 0
    const broken = page.replace(/[\p{L}]{6,}/gu, (w) => (++n % 9 === 0 ? `${w.slice(0, 3)}${n % 2 ? '\u00ad' : '\u200b'}${w.slice(3)}` : w))
    const b = analyze(broken)
    expect(b.entities.map((e) => [e.type, e.lemma, e.canonical])).toEqual(a.entities.map((e) => [e.type, e.lemma, e.canonical]))
    expect(b.quotes.map((q) => [q.kind, q.speaker?.name])).toEqual(a.quotes.map((q) => [q.kind, q.speaker?.name]))
    for (const s of [...b.entities, ...b.quotes]) expect(broken.slice(s.start, s.end)).toBe(s.text)
    expect(b.entities.some((e) => /[\u00ad\u200b]/.test(e.text))).toBe(true)
  })
  it('gives the languages detectLanguage gives, of the text and of each paragraph (it counts the letters once)', () => {
    const pieces = ['Мемлекет басшысы сұхбат берді.', 'Президент провел встречу с министром.', 'The president met the minister today.', 'Qazaqstan Prezıdenti Reseıge barady.', '2024', '\u00ad\u200b', ' ', '\n', '\r\n', '\u2028', 'ҚР', 'Ж.']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('')
        const b = analyze(text, { entities: false, quotes: false })
        expect(b.language).toBe(detectLanguage(text))
        expect(b.paragraphs.map((p) => p.language)).toEqual(b.paragraphs.map((p) => detectLanguage(p.text)))
      }),
      { numRuns: 500 },
    )
  })
  it('finds no entities in a paragraph in another language (the tagger knows Kazakh only)', () => {
    const text = 'Президент Қасым-Жомарт Тоқаев Мәскеуге барды.\n\nПрезидент Казахстана Касым-Жомарт Токаев прибыл в Москву с официальным визитом.\n\nThe President of Kazakhstan arrived in Moscow on Tuesday for talks.'
    const r = analyze(text)
    expect(r.paragraphs.map((p) => p.language)).toEqual(['kaz', 'rus', 'eng'])
    // extractEntities alone reads every paragraph; analyze keeps the Kazakh one's
    expect(extractEntities(text).some((e) => e.start > r.paragraphs[0]!.end)).toBe(true)
    expect(r.entities.map((e) => e.text)).toEqual(['Президент', 'Қасым-Жомарт Тоқаев', 'Мәскеуге'])
    // a short paragraph keeps its entities whatever language it is read as ("uzn" here)
    expect(analyze('Ресейге барды.').entities.map((e) => e.lemma)).toEqual(['Ресей'])
  })
  it('finds no entities in a Russian quotation inside a Kazakh paragraph, and keeps those of a Kazakh one', () => {
    const text = 'Жоба туралы «Интерфакс» агенттігі де хабарлады: «В Актобе построят многопрофильную больницу на 500 коек», – деп жазды басылым.'
    const r = analyze(text)
    expect(r.quotes.map((q) => q.kind)).toEqual(['direct'])
    expect(extractEntities(text).some((e) => e.start >= r.quotes[0]!.start && e.end <= r.quotes[0]!.end)).toBe(true)
    expect(r.entities.some((e) => e.start >= r.quotes[0]!.start && e.end <= r.quotes[0]!.end)).toBe(false)
    // (the same with the quotes left out of the result: the entities do not depend on it)
    expect(analyze(text, { quotes: false }).entities).toEqual(r.entities)
    const kazakh = analyze('«Біз Ақтөбеде жаңа аурухана саламыз деп жоспарлап отырмыз», – деді Асхат Шахаров.')
    expect(kazakh.entities.map((e) => e.lemma)).toContain('Ақтөбе')
  })
  it('runs only the stages asked for', () => {
    const b = analyze(page, { entities: false, quotes: false, article: false })
    expect(b.entities).toEqual([])
    expect(b.quotes).toEqual([])
    expect(b.article).toBeUndefined()
    expect(b.tokens).toBeUndefined()
  })
  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(a))).toEqual(a)
  })
  it('handles empty text and rejects non-strings', () => {
    expect(analyze('')).toMatchObject({ language: 'und', paragraphs: [], sentences: [], entities: [], quotes: [] })
    expect(() => analyze(undefined as unknown as string)).toThrow(/^analyze:/)
  })
})

describe('analyze: pages of other layouts', () => {
  const pages = new URL('./fixtures/pages/', import.meta.url)
  const read = (name: string): string => readFileSync(new URL(name, pages), 'utf8')
  /** The stretches of a page analyze must find nothing in. */
  const notArticle = (article: Article, length: number): { start: number; end: number }[] => [
    ...(article.chrome ?? []),
    ...(article.readAlso ?? []),
    ...(article.comments ? [article.comments] : []),
    ...(article.category ? [article.category] : []),
    ...(article.date ? [article.date] : []),
    ...(article.related[0] ? [{ start: article.related[0].title.start, end: length }] : []),
  ]
  it.each(['kazinform-like.txt', 'tengrinews-like.txt', 'zakon-like.txt', 'abai-like.txt', 'kazinform-like-latin-2018.txt', 'egemen-like-inline-links.txt', 'read-also-block.txt', 'relative-date-latin-2018.txt', 'breadcrumb-share-buttons.txt', 'pipe-meta-line.txt', 'latin-2018-comments.txt'])(
    'finds no entity and no quotation in the furniture, links, comments or related headlines of %s',
    (name) => {
      const text = read(name)
      const r = analyze(text)
      expect(r.article).toBeDefined()
      const outside = notArticle(r.article!, text.length)
      const inside = (s: { start: number; end: number }): boolean => outside.some((o) => s.start >= o.start && s.end <= o.end)
      // (extractEntities alone does find some there: the rule is not idle)
      expect(extractEntities(text).some(inside)).toBe(true)
      expect(r.entities.filter(inside)).toEqual([])
      expect(r.quotes.filter(inside)).toEqual([])
      expect(r.entities.length).toBeGreaterThan(4)
      // reading time: the body's paragraphs, not its captions and links
      expect(r.readingTime.words).toBe(r.article!.paragraphs.reduce((n, p) => n + readingTime(p.text).words, 0))
      expect(r.readingTime.words).toBeLessThanOrEqual(readingTime(r.article!.body!.text).words)
    },
  )
  it('keeps the article\'s own mentions and names its speakers', () => {
    const k = analyze(read('kazinform-like.txt'))
    const texts = k.entities.map((e) => e.text)
    // the byline and the caption's credit are gone, the body's mention of the same body stays
    expect(texts).not.toContain('Айгүл Сәрсенова')
    expect(texts).not.toContain('Ақорда')
    expect(texts).toContain('Ақорданың')
    expect(k.quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker?.name)).toEqual(['Қасым-Жомарт Тоқаев'])
    // a company in guillemets opens the speaker after the cue: "– деді «Астана-Теплотранзит» АҚ басқарма төрағасы …"
    const t = analyze(read('tengrinews-like.txt'))
    expect(t.quotes.filter((q) => q.kind === 'direct').map((q) => [q.speaker?.text, q.speaker?.name])).toEqual([['«Астана-Теплотранзит» АҚ басқарма төрағасы Ерлан Жақсылықов', 'Ерлан Жақсылықов']])
    // `today` reaches parseArticle
    expect(analyze(read('tengrinews-like.txt'), { today: '2026-12-05' }).article?.date?.value).toBe('2026-12-05')
  })
})
