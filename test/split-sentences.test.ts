import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { splitSentences, tokenize, toLatin } from '../src/index.js'
import { breaksInRange } from '../src/segment/split-sentences.js'

const sentences = (s: string): string[] => splitSentences(s).map((x) => x.text)

describe('splitSentences: splits', () => {
  const cases: [string, string[]][] = [
    ['Бірінші сөйлем. Екінші сөйлем.', ['Бірінші сөйлем.', 'Екінші сөйлем.']],
    ['Келді ме? Иә! Жоқ…', ['Келді ме?', 'Иә!', 'Жоқ…']],
    ['Не істемеді Шолпан?! Ол кетті.', ['Не істемеді Шолпан?!', 'Ол кетті.']],
    ['Ол келді... Біз кеттік.', ['Ол келді...', 'Біз кеттік.']],
    ['Ол келді. «Біз дайынбыз», деді.', ['Ол келді.', '«Біз дайынбыз», деді.']],
    ['Ол келді. – Сәлем, – деді ол.', ['Ол келді.', '– Сәлем, – деді ол.']],
    ['Жыл 2023 болды. 2024 жылы өзгерді.', ['Жыл 2023 болды.', '2024 жылы өзгерді.']],
    ['…армяндар, еврейлер, т.б. Елде көп ұлт бар.', ['…армяндар, еврейлер, т.б.', 'Елде көп ұлт бар.']],
    ['Ол 60 мм. Таулы аудандарда көп.', ['Ол 60 мм.', 'Таулы аудандарда көп.']],
    ['«Біз келдік.» Ол күлді.', ['«Біз келдік.»', 'Ол күлді.']],
    ['Ол келді (кеше.) Біз көрдік.', ['Ол келді (кеше.)', 'Біз көрдік.']],
    ['сөз.Келесі сөйлем.', ['сөз.', 'Келесі сөйлем.']],
  ]
  it.each(cases)('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected)
  })
})

describe('splitSentences: does not split', () => {
  const cases: [string, string[]][] = [
    // abbreviations that stand before what they qualify, and initials
    ['1939 ж. Қ. Жұмалиев Махамбет өлеңдерін жинады.', ['1939 ж. Қ. Жұмалиев Махамбет өлеңдерін жинады.']],
    ['2002 ж. Алматы — Тегеран бағыты ашылды.', ['2002 ж. Алматы — Тегеран бағыты ашылды.']],
    ['Б.з.б. 550 ж. билік ауысты.', ['Б.з.б. 550 ж. билік ауысты.']],
    ['Оны проф. Ахмет Байтұрсынұлы жазды.', ['Оны проф. Ахмет Байтұрсынұлы жазды.']],
    ['Н.Ә. Назарбаев сөйледі.', ['Н.Ә. Назарбаев сөйледі.']],
    // quantities
    ['Шығын 700 млрд. АҚШ долларынан асты.', ['Шығын 700 млрд. АҚШ долларынан асты.']],
    ['Жинақ 2,2 трлн. теңгеге артты.', ['Жинақ 2,2 трлн. теңгеге артты.']],
    ['Бюджет 2 млн. 500 мың теңге.', ['Бюджет 2 млн. 500 мың теңге.']],
    // domains, decimals, dates
    ['Бұл туралы Egemen.kz хабарлады.', ['Бұл туралы Egemen.kz хабарлады.']],
    ['Өсім 3.5 пайыз болды.', ['Өсім 3.5 пайыз болды.']],
    ['Кездесу 03.01.2024 күні өтті.', ['Кездесу 03.01.2024 күні өтті.']],
    // lower case, punctuation and reporting verbs after a quote
    ['«Жасаған-ау, бала бере көрме?!» – деп тілейтін еді.', ['«Жасаған-ау, бала бере көрме?!» – деп тілейтін еді.']],
    ['«Біз дайынбыз.», деді ол.', ['«Біз дайынбыз.», деді ол.']],
    ['Ол... кетіп қалды.', ['Ол... кетіп қалды.']],
    ['(мыс., Нишапур қаласы) белгілі.', ['(мыс., Нишапур қаласы) белгілі.']],
    ['12. Мұнан кейін елге сайлаушы шықты.', ['12. Мұнан кейін елге сайлаушы шықты.']],
    // the same abbreviations in Latin script (built into the list from the Cyrillic ones), and
    // 2018's AQSh, a capital word for all its h
    ['1991 j. 16 jeltoqsanda táýelsizdik jarıalandy.', ['1991 j. 16 jeltoqsanda táýelsizdik jarıalandy.']],
    ['1991 j. 16 jeltoqsanda täuelsizdik jariyialandı.', ['1991 j. 16 jeltoqsanda täuelsizdik jariyialandı.']],
    ['Kezdesýge prof. Álıev qatysty.', ['Kezdesýge prof. Álıev qatysty.']],
    ['Kezdesuge prof. Äliyev qatıstı.', ['Kezdesuge prof. Äliyev qatıstı.']],
    ['Shyǵyn 700 mlrd. AQSh dollarynan asty.', ['Shyǵyn 700 mlrd. AQSh dollarynan asty.']],
    ['Almaty q., Abaı kósh. 10 úıde turady.', ['Almaty q., Abaı kósh. 10 úıde turady.']],
  ]
  it.each(cases)('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected)
  })
  it('splits the Latin twins of the seed page where it splits the page', () => {
    const page = readFileSync(new URL('./fixtures/seed/000_c7d509376adc05ed.txt', import.meta.url), 'utf8')
    const count = sentences(page).length
    for (const alphabet of ['2018', '2021'] as const) expect(sentences(toLatin(page, { alphabet }).text)).toHaveLength(count)
  })
})

describe('splitSentences: quotations', () => {
  it('splits a multi-sentence quote and keeps the attribution with its last sentence', () => {
    expect(sentences('«Біз келдік. Біз көрдік», деді ол.')).toEqual(['«Біз келдік.', 'Біз көрдік», деді ол.'])
  })
})

describe('splitSentences: paragraphs', () => {
  it('never crosses a line break', () => {
    expect(sentences('Тақырып\nМәтін басталды. Жалғасты\nСоңы')).toEqual(['Тақырып', 'Мәтін басталды.', 'Жалғасты', 'Соңы'])
  })
  it('joins hard-wrapped lines with { by: "blank-line" }', () => {
    expect(splitSentences('Бір сөйлем\nжалғасады.\n\nЕкінші.', { by: 'blank-line' }).map((s) => s.text)).toEqual([
      'Бір сөйлем\nжалғасады.',
      'Екінші.',
    ])
  })
  it('returns trimmed spans with offsets', () => {
    const text = '  Бір.   Екі.  '
    const out = splitSentences(text)
    expect(out).toEqual([
      { start: 2, end: 6, text: 'Бір.' },
      { start: 9, end: 13, text: 'Екі.' },
    ])
  })
  it('returns nothing for empty text and throws on non-strings', () => {
    expect(splitSentences('')).toEqual([])
    expect(() => splitSentences(1 as unknown as string)).toThrow(/^splitSentences:/)
  })
})

describe('sentence rules: which rule decided', () => {
  const rulesFor = (text: string): string[] => {
    const tokens = tokenize(text)
    return breaksInRange(tokens, 0, tokens.length - 1).map((d) => `${tokens[d.left]!.text}:${d.rule}`)
  }
  it('names the rule that fired at each candidate', () => {
    expect(rulesFor('1939 ж. Қ. Жұмалиев келді. Ол 2,2 трлн. теңге берді.')).toEqual([
      'ж.:no-break-abbreviation',
      '.:default-split',
      'трлн.:lowercase-follows',
    ])
    expect(rulesFor('«Иә.», деді. 700 млрд. АҚШ доллары.')).toEqual([
      '»:continuation-punctuation-follows',
      '.:default-split',
      'млрд.:quantity-before-acronym-or-number',
    ])
  })
})
