import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hasAtLeastWords } from '../src/internal/has-at-least-words.js'
import { analyze, parseArticle, parseKazakhDate, toCyrillic, toLatin } from '../src/index.js'

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
    // (it is furniture: analyze counts its names and quotation once, in the headline), look-alike
    // letters and soft hyphens in the copy aside
    expect(a.chrome?.filter((c) => c.text === a.title!.text)).toHaveLength(1)
    const copy = page.replace(/(\n\n)Қаңтар оқиғасы кезінде жергілікті билік дәрменсіздік танытты - Президент(\n)/u, '$1Қаңтaр оқиғасы кезінде жергілікті би\u00adлік дәрменсіздік танытты - Президент$2')
    expect(copy).not.toBe(page)
    const b = parseArticle(copy)
    expect(b.paragraphs).toHaveLength(a.paragraphs.length)
    expect(b.chrome).toHaveLength(a.chrome!.length)
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
  it('dates a related headline by the line before it where the block opens with one, as the page\'s own head has it', () => {
    const page = 'Экономика • 06 Желтоқсан, 2026\nТеңге бағамы нығайды\nТеңге бағамы нығайды\nДоллар бағамы 498 теңгеге дейін төмендеді деп хабарлады биржа.\nСоңғы жаңалықтар\nЭкономика • 06 Желтоқсан, 2026\nБензин бағасы өзгермейді\nҚоғам • 05 Желтоқсан, 2026\nАстанада қар тазалау жұмыстары жалғасуда'
    expect(parseArticle(page).related.map((r) => [r.title.text, r.category?.text, r.date?.value])).toEqual([
      ['Бензин бағасы өзгермейді', 'Экономика', '2026-12-06'],
      ['Астанада қар тазалау жұмыстары жалғасуда', 'Қоғам', '2026-12-05'],
    ])
  })
  it('returns empty lists for a plain text and throws on non-strings', () => {
    expect(parseArticle('')).toEqual({ paragraphs: [], related: [] })
    expect(() => parseArticle(1 as unknown as string)).toThrow(/^parseArticle:/)
  })
})

describe('parseArticle: a view count on a line of its own', () => {
  // written for this test: how sites put the count ("read", "viewed", "shown" N times)
  it.each([
    ['1 245 рет оқылды', 1245],
    ['1 245 рет қаралды', 1245],
    ['347 рет көрсетілді', 347],
    ['Оқылды: 1 245', 1245],
  ])('%s → %d', (line, views) => {
    const page = `Қоғам\n\nАлматыда метроның жаңа бекеті ашылды\n\n06.12.2026, 14:35\n${line}\n\nАлматы метрополитенінің жаңа бекеті жолаушыларға есігін ашты.\n\nБекет күніне 40 мың жолаушыға қызмет көрсетеді.`
    const a = parseArticle(page)
    expect([a.views, a.chrome?.map((c) => c.text), a.paragraphs.length]).toEqual([views, [line], 2])
  })
})

describe('parseArticle: topics after their label are the page\'s tags, in either script', () => {
  // written for this test, as Kazinform's Latin pages end an article
  const page = 'Saıasat\n\nPrezıdent Ulttyq quryltaıdyń otyrysynda sóz sóıledi\n\n6 Jeltoqsan 2026, 11:20\n\nMemleket basshysy Ulttyq quryltaıdyń besinshi otyrysynda sóz sóıledi.\n\nTaqyryptar: Prezıdent, Ulttyq quryltaı'
  it.each([
    ['Latin 2018', page],
    ['Cyrillic', toCyrillic(page).text],
  ])('%s', (_, text) => {
    const a = parseArticle(text)
    expect([a.paragraphs.length, a.chrome?.map((c) => c.text)]).toEqual([1, [text.split('\n\n').at(-1)]])
    // (no entity in the tags: they are no mention of the article's)
    const tags = text.lastIndexOf('\n\n')
    expect(analyze(text).entities.filter((e) => e.start > tags)).toEqual([])
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

describe('parseArticle: other sites’ layouts', () => {
  const pages = new URL('./fixtures/pages/', import.meta.url)
  const read = (name: string): string => readFileSync(new URL(name, pages), 'utf8')
  interface Expected {
    title: string
    category?: string
    date?: [string, string?]
    views?: number
    reading?: number
    author?: string
    tags?: string[]
    source?: string
    readAlso?: string[]
    chrome: string[]
    paragraphs: [number, string]
    related: string[]
    comments?: string
  }
  // (hand-made: what a reader of each page takes for its parts)
  const cases: [string, Expected][] = [
    [
      'kazinform-like.txt',
      {
        title: 'Тоқаев Жапония премьер-министрімен телефон арқылы сөйлесті',
        category: 'Саясат',
        date: ['2026-12-05', '14:35'],
        author: 'Айгүл Сәрсенова',
        tags: ['Қасым-Жомарт Тоқаев', 'Жапония', 'Сыртқы саясат'],
        readAlso: ['Қазақстан мен Жапония арасындағы тауар айналымы 2 млрд доллардан асты'],
        chrome: ['Басты бет / Саясат', 'Фото: Ақорда', 'Оқи отырыңыз: Қазақстан мен Жапония арасындағы тауар айналымы 2 млрд доллардан асты', 'Автор: Айгүл Сәрсенова', 'Тегтер: Қасым-Жомарт Тоқаев, Жапония, Сыртқы саясат', 'Бөлісу:', 'Telegram арнамызға жазылыңыз'],
        paragraphs: [5, 'АСТАНА. KAZINFORM – Мемлекет басшысы'],
        // (the time above each headline, "15:02", is no headline)
        related: ['Алматыда қалың қар жауады', 'Астанада жаңа мектеп ашылды'],
      },
    ],
    [
      'tengrinews-like.txt',
      {
        title: 'Астанада жылу беру маусымы 1 қазанда басталады',
        category: 'Қазақстан жаңалықтары',
        views: 1254,
        readAlso: ['Алматыда жылу беру маусымы мерзімінен бұрын басталды'],
        // ("Бүгін, 10:15" cannot be dated without `today`)
        chrome: ['Бүгін, 10:15', '1 254', 'Фото: Tengrinews.kz/Турар Қазанғапов', 'Жарнама', 'ОҚИ ОТЫРЫҢЫЗ:', 'Алматыда жылу беру маусымы мерзімінен бұрын басталды', 'Жаңалықтың толық нұсқасын Telegram-арнамыздан оқыңыз.'],
        paragraphs: [4, 'Астанада жылу беру маусымы 1 қазанда басталады. Бұл туралы'],
        related: ['Қарағандыда жылу тарифі өседі'],
        comments: 'Пікірлер',
      },
    ],
    [
      'zakon-like.txt',
      {
        title: 'Денсаулық сақтау министрлігі тұмау маусымы туралы ескертті',
        category: 'Қоғам',
        date: ['2026-12-05', '14:35'],
        views: 2341,
        reading: 3,
        source: 'ҚР Денсаулық сақтау министрлігі',
        chrome: ['Қаралым: 2 341', 'Оқу уақыты: 3 минут', 'Сурет: pixabay.com', 'Дереккөз: ҚР Денсаулық сақтау министрлігі', 'Материалды көшіріп басқанда сілтеме міндетті.'],
        paragraphs: [4, 'Елде тұмау мен'],
        related: ['Шымкентте тұмауға қарсы егу басталды', 'Алматыда балалар арасында ЖРВИ көбейді'],
      },
    ],
    [
      'abai-like.txt',
      {
        title: 'Абай мұрасы – ұлттың рухани қазынасы',
        category: 'Руханият',
        date: ['2026-12-05'],
        views: 2341,
        // (a name alone under the headline is its byline)
        author: 'Мұхтар Сейітжан',
        chrome: ['Мұхтар Сейітжан', '2 341', 'Сурет: ашық дереккөзден'],
        paragraphs: [4, 'Абайдың қара сөздерін'],
        related: [],
        comments: 'Пікірлер (3)\n\nПікір қалдыру',
      },
    ],
    [
      'kazinform-like-latin-2018.txt',
      {
        title: 'Toqaev Japonııa premer-mınıstrimen telefon arqyly sóılesti',
        category: 'Saıasat',
        date: ['2026-12-05', '14:35'],
        author: 'Aıgúl Sársenova',
        tags: ['Qasym-Jomart Toqaev', 'Japonııa'],
        readAlso: ['Qazaqstan men Japonııa arasyndaǵy taýar aınalymy 2 mlrd dollardan asty'],
        chrome: ['Foto: Aqorda', 'Oqı otyryńyz: Qazaqstan men Japonııa arasyndaǵy taýar aınalymy 2 mlrd dollardan asty', 'Avtor: Aıgúl Sársenova', 'Tegter: Qasym-Jomart Toqaev, Japonııa'],
        paragraphs: [3, 'ASTANA. KAZINFORM'],
        related: ['Almatyda qalyń qar jaýady'],
      },
    ],
    [
      'egemen-like-inline-links.txt',
      {
        title: 'Шымкентте жаңа трамвай желісінің құрылысы басталды',
        category: 'Аймақтар',
        date: ['2026-12-04'],
        views: 1208,
        reading: 3,
        readAlso: ['Алматыда LRT құрылысы тоқтатылды'],
        chrome: ['1 208 рет\nкөрсетілді', '3 мин\nоқу үшін', 'Фото: Шымкент қаласы әкімдігінің баспасөз қызметі', 'Сондай-ақ оқыңыз: Алматыда LRT құрылысы тоқтатылды'],
        paragraphs: [4, 'Шымкент қаласында алғашқы трамвай'],
        related: ['Түркістанда жаңа әуежай терминалы ашылды'],
      },
    ],
    [
      'read-also-block.txt',
      {
        title: 'Ұлттық банк базалық мөлшерлемені өзгеріссіз қалдырды',
        category: 'Экономика',
        date: ['2026-12-03', '09:30'],
        source: 'Ұлттық банк',
        chrome: ['Дереккөз: Ұлттық банк'],
        paragraphs: [3, 'Ұлттық банк базалық'],
        // ("Оқи отырыңыз" with no paragraph of text after it heads the related block)
        related: ['Теңге бағамы әлсіреді', 'Мұнай бағасы төмендеді'],
      },
    ],
    [
      'relative-date-latin-2018.txt',
      {
        title: 'Almatyda qar jaýyp, jol qozǵalysy qıyndady',
        tags: ['Almaty', 'qar'],
        chrome: ['Búgin, 11:40', 'Foto – Almaty qalasy ákimdigi', 'Bólisý', 'Tegter: Almaty, qar'],
        paragraphs: [3, 'Almaty qalasynda túni boıy'],
        related: [],
      },
    ],
    [
      'breadcrumb-share-buttons.txt',
      {
        title: 'Ақтөбеде 500 орындық жаңа аурухана салынады',
        // (the breadcrumb's last crumb: no line gives the category)
        category: 'Қоғам',
        date: ['2026-12-05', '16:20'],
        views: 845,
        chrome: ['Жаңалықтар  ›  Қоғам', 'Просмотров: 845', 'Суретте: болашақ аурухананың жобасы', 'Facebook', 'Twitter', 'WhatsApp', 'Telegram', 'Барлық жаңалықтар'],
        paragraphs: [3, 'Ақтөбе облысында 500 орындық'],
        related: [],
      },
    ],
    [
      'pipe-meta-line.txt',
      {
        title: 'Қазақстан құрамасы Әзербайжанды 2:1 есебімен ұтты',
        category: 'Спорт',
        date: ['2026-12-04', '21:05'],
        author: 'Ерлан Қожахметов',
        chrome: ['Фото: ҚФФ баспасөз қызметі', 'Материал дайындаған: Ерлан Қожахметов'],
        paragraphs: [4, 'Ұлттық құрама Бакуде'],
        related: ['Алматыда жаңа мұз айдыны ашылды', 'Қайрат жаңа бапкер тағайындады'],
      },
    ],
    [
      // a site's menu, one item a line, before the category: the category is the last before the date
      'menu-before-category.txt',
      {
        title: 'Алматыда жаңа метро бекеттері ашылды',
        category: 'Қоғам',
        date: ['2026-12-05', '14:25'],
        views: 2345,
        reading: 3,
        author: 'Айгүл Сәрсенова',
        tags: ['Алматы', 'метро', 'Дархан Сатыбалды'],
        readAlso: ['Алматыда жол жөндеу жұмыстары басталды'],
        chrome: ['👁 2 345', '3 мин оқу үшін', 'Фото: Алматы қаласы әкімдігі', 'Оқи отырыңыз: Алматыда жол жөндеу жұмыстары басталды', 'Авторы: Айгүл Сәрсенова', 'Тегтер: Алматы, метро, Дархан Сатыбалды'],
        paragraphs: [4, 'Алматыда метроның үш жаңа бекеті ашылды.'],
        related: ['Астанада қар жауады', 'Тоқаев Жапония премьер-министрімен сөйлесті'],
      },
    ],
    [
      'latin-2018-comments.txt',
      {
        title: 'Aqtóbede 500 oryndyq jańa aýrýhana salynady',
        category: 'Jańalyqtar',
        date: ['2026-12-05', '16:20'],
        readAlso: ['Shymkentte jańa emhana ashyldy'],
        chrome: ['Sýrette: bolashaq aýrýhananyń jobasy', 'Sondaı-aq oqyńyz: Shymkentte jańa emhana ashyldy'],
        paragraphs: [3, 'Aqtóbe oblysynda'],
        related: [],
        comments: 'Pikirler (0)',
      },
    ],
  ]
  it.each(cases)('reads %s', (name, e) => {
    const text = read(name)
    const a = parseArticle(text)
    expect(a.title?.text).toBe(e.title)
    expect(a.category?.text).toBe(e.category)
    expect(a.date ? [a.date.value, a.date.time].filter(Boolean) : undefined).toEqual(e.date)
    expect([a.views, a.statedReadingMinutes]).toEqual([e.views, e.reading])
    expect([a.author?.text, a.tags?.map((t) => t.text), a.source?.text, a.readAlso?.map((r) => r.text)]).toEqual([e.author, e.tags, e.source, e.readAlso])
    expect(a.chrome?.map((c) => c.text) ?? []).toEqual(e.chrome)
    expect(a.paragraphs).toHaveLength(e.paragraphs[0])
    expect(a.paragraphs[0]!.text.startsWith(e.paragraphs[1])).toBe(true)
    expect(a.related.map((r) => r.title.text)).toEqual(e.related)
    expect(a.comments?.text).toBe(e.comments)
    // no paragraph is furniture, and every span is an exact slice of the page
    for (const p of a.paragraphs) expect(a.chrome?.some((c) => c.start <= p.start && p.end <= c.end) ?? false).toBe(false)
    const spans = [a.title, a.category, a.date, a.body, a.author, a.source, a.comments, ...(a.tags ?? []), ...(a.readAlso ?? []), ...(a.chrome ?? []), ...a.paragraphs, ...a.related.flatMap((r) => [r.title, r.category, r.date])]
    for (const span of spans) if (span) expect(text.slice(span.start, span.end)).toBe(span.text)
  })
  it.each(cases.filter(([name]) => !/latin/.test(name)).flatMap(([name]) => (['2018', '2021'] as const).map((alphabet) => [alphabet, name] as const)))(
    'reads the Latin %s twin of %s as the page itself',
    (alphabet, name) => {
      const text = read(name)
      const parts = (a: ReturnType<typeof parseArticle>) => [a.category !== undefined, a.date?.value, a.date?.time, a.views, a.statedReadingMinutes, a.author !== undefined, a.tags?.length, a.source !== undefined, a.readAlso?.length, a.chrome?.length, a.paragraphs.length, a.related.length, a.comments !== undefined]
      // ("ОҚИ ОТЫРЫҢЫЗ:" is "OQİy OTIRIÑIZ:" in 2021, whose I is ı's capital)
      expect(parts(parseArticle(toLatin(text, { alphabet }).text))).toEqual(parts(parseArticle(text)))
    },
  )
  it('dates "Бүгін, 10:15" and a related headline\'s "Кеше, 18:40" by the day the page was read', () => {
    const a = parseArticle(read('tengrinews-like.txt'), { today: '2026-12-05' })
    expect([a.date?.text, a.date?.value, a.date?.time]).toEqual(['Бүгін, 10:15', '2026-12-05', '10:15'])
    expect(a.chrome?.map((c) => c.text)).not.toContain('Бүгін, 10:15')
    expect(a.related.map((r) => [r.title.text, r.date?.value, r.date?.time])).toEqual([['Қарағандыда жылу тарифі өседі', '2026-12-04', '18:40']])
    // (across a month's and a year's end)
    expect(parseArticle('Кеше, 09:00\n\nЖаңа жыл қарсаңында Астанада шырша орнатылды', { today: '2027-01-01' }).date?.value).toBe('2026-12-31')
    expect(parseArticle('Búgin, 11:40\n\nAlmatyda qar jaýdy', { today: '2026-12-05' }).date?.value).toBe('2026-12-05')
  })
  it('throws a TypeError naming itself on a `today` that is no ISO date', () => {
    for (const today of ['05.12.2026', '2026-13-45', '2026-02-31', 'бүгін', 20261205]) expect(() => parseArticle('Бүгін, 10:15', { today: today as string })).toThrow(/^parseArticle: options\.today/)
  })
  it.each([
    // a sentence that holds a date is no date line, a caption needs its colon or dash, a prose line
    // that opens with a label's word is text
    ['Тоқаев 5 желтоқсанда Токиоға барады деп хабарлады Ақорда.', 'paragraph'],
    ['Фото көрмесі Астанада 10 желтоқсанға дейін жалғасады.', 'paragraph'],
    ['Автор кітабында елдің тарихына қатысты тың деректер келтірген.', 'paragraph'],
    ['Бөлісу мәдениеті туралы жазушы кітап шығарды және оны тұсаукесерде таныстырды.', 'paragraph'],
    ['Фото: Ақорда', 'chrome'],
    ['ФОТО: Ақорда баспасөз қызметі', 'chrome'],
    ['Жарияланды: 05.12.2026 14:35', 'date'],
    ['2026 жылғы 5 желтоқсан, 14:35', 'date'],
    ['Сурет – pixabay.com', 'chrome'],
    ['Жаңалықтар › Аймақтар', 'chrome'],
    ['Индекс 5 > 3 болғанда баға өседі деп есептейді сарапшылар.', 'paragraph'],
    ['Мәтіннен қате тапсаңыз, оны белгілеп Ctrl+Enter басыңыз', 'chrome'],
    // a row of share buttons, with its label or without (it was a paragraph, and an organization)
    ['Бөлісу: Facebook Telegram WhatsApp', 'chrome'],
    ['Facebook | Telegram | X', 'chrome'],
    ['Bólisý: Facebook Telegram WhatsApp', 'chrome'],
    ['Facebook пен Telegram желілерінде жалған ақпарат тарады деп хабарлады министрлік.', 'paragraph'],
  ])('reads the line "%s" as %s', (line, kind) => {
    const text = `Экономика\n\nҰлттық банк базалық мөлшерлемені өзгеріссіз қалдырды\n\nҰлттық банк мөлшерлемені 16,5 пайыз деңгейінде сақтады деп хабарлады банктің баспасөз қызметі.\n\n${line}\n\nКелесі шешім қаңтар айында жарияланады деп күтілуде.`
    const a = parseArticle(text)
    const at = text.indexOf(line)
    const found = a.paragraphs.some((p) => p.start === at) ? 'paragraph' : a.chrome?.some((c) => c.start === at) ? 'chrome' : a.date?.start === at ? 'date' : 'none'
    expect(found).toBe(kind)
  })
})
