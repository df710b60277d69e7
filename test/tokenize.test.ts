import { describe, expect, it } from 'vitest'
import { tokenize } from '../src/index.js'

const texts = (s: string): string[] => tokenize(s).map((t) => t.text)
const typed = (s: string): string[] => tokenize(s).map((t) => `${t.text}/${t.type}`)

describe('tokenize: one token', () => {
  const single: [string, string][] = [
    // hyphenated words and reduplications
    ['Қасым-Жомарт', 'word'],
    ['бірде-бір', 'word'],
    ['мүше-мемлекеттермен', 'word'],
    ['қарым-қатынас', 'word'],
    ['сондай-ақ', 'word'],
    ['әл-Фараби', 'word'],
    ['Рио-де-Жанейродағы', 'word'],
    ['COVID-19', 'word'],
    // abbreviations and numbers with a hyphenated suffix
    ['ҰҚШҰ-дан', 'word'],
    ['ҰҚШҰ-ға', 'word'],
    ['АҚШ-тың', 'word'],
    ['ҚР-да', 'word'],
    ['2024-ке', 'number'],
    ['1-інші', 'number'],
    ['5-сынып', 'number'],
    ['74,9%-ы', 'number'],
    ['90%-ға', 'number'],
    ['2008-2009', 'number'],
    // numbers, dates, times, quantities
    ['1,7', 'number'],
    ['3.5', 'number'],
    ['683,273', 'number'],
    ['1 500 000', 'number'],
    ['1\u00a0500', 'number'],
    ['32,5°С', 'number'],
    ['2°С-тан', 'number'],
    ['03.01.2024', 'date'],
    ['3.1.24', 'date'],
    ['14:30', 'time'],
    ['09:05:59', 'time'],
    // web
    ['Egemen.kz', 'url'],
    ['qz.inform.kz', 'url'],
    ['Alem.ai', 'url'],
    // (a case ending after the domain, as after an acronym)
    ['Kaspi.kz-тің', 'url'],
    // (in Latin script too, 2018 and 2021: Latin text keeps the domain as written when read in Cyrillic)
    ['Kaspi.kz-tiń', 'url'],
    ['Tengrinews.kz-ke', 'url'],
    ['Kaspi.kz-tıñ', 'url'],
    ['https://egemen.kz/article/354785-qantar', 'url'],
    ['http://example.com/a_(b)', 'url'],
    ['www.akorda.kz/kz/news', 'url'],
    ['press@akorda.kz', 'email'],
    ['aidos.serik_1@mail.ru', 'email'],
    ['@akorda_press', 'mention'],
    ['#Қазақстан2024', 'hashtag'],
    // abbreviations with their periods
    ['ж.', 'abbreviation'],
    ['жж.', 'abbreviation'],
    ['т.б.', 'abbreviation'],
    ['т.с.с.', 'abbreviation'],
    ['млн.', 'abbreviation'],
    ['млрд.', 'abbreviation'],
    ['мың.', 'abbreviation'],
    ['б.з.б.', 'abbreviation'],
    ['Б.з.б.', 'abbreviation'],
    ['ҚР.', 'abbreviation'],
    ['проф.', 'abbreviation'],
    // Latin script words
    ["sa'lem", 'word'],
    ['Qazaqstan', 'word'],
    ['Reseıge', 'word'],
    ['málimdedi', 'word'],
    ['AQSh-tyń', 'word'],
    ['ŞYŪ-ğa', 'word'],
    // invisible characters inside words
    ['сөз\u00adдер', 'word'],
    ['Қазақ\u200bстан', 'word'],
    // emoji sequences
    ['👍🏽', 'emoji'],
    ['👨‍👩‍👧', 'emoji'],
    ['🇰🇿', 'emoji'],
    ['❤️', 'emoji'],
  ]
  it.each(single)('%s is one %s token', (text, type) => {
    const tokens = tokenize(text)
    expect(tokens.map((t) => t.text)).toEqual([text])
    expect(tokens[0]!.type).toBe(type)
  })

  it('keeps a token whole inside a sentence', () => {
    expect(texts('Биыл ҰҚШҰ-ға Қазақстан төрағалық етеді.')).toEqual(['Биыл', 'ҰҚШҰ-ға', 'Қазақстан', 'төрағалық', 'етеді', '.'])
    expect(texts('Бұл туралы Egemen.kz жазады.')).toEqual(['Бұл', 'туралы', 'Egemen.kz', 'жазады', '.'])
    expect(texts('Сілтеме: https://egemen.kz/a/1.')).toEqual(['Сілтеме', ':', 'https://egemen.kz/a/1', '.'])
    expect(texts('(www.gov.kz)')).toEqual(['(', 'www.gov.kz', ')'])
    expect(texts('Ол Tengrinews.kz-ке сұхбат берді.')).toEqual(['Ол', 'Tengrinews.kz-ке', 'сұхбат', 'берді', '.'])
    // (not a hyphenated word that ends in no case ending)
    expect(texts('a.kz-тен-тен')).toEqual(['a', '.', 'kz-тен-тен'])
    expect(texts('1991 ж. 16 желтоқсан')).toEqual(['1991', 'ж.', '16', 'желтоқсан'])
    expect(texts('Халқы 19 млн. адам')).toEqual(['Халқы', '19', 'млн.', 'адам'])
  })
})

describe('tokenize: separate tokens', () => {
  const separate: [string, string[]][] = [
    ['«Біз»', ['«', 'Біз', '»']],
    ['„сөз“', ['„', 'сөз', '“']],
    ['"сөз"', ['"', 'сөз', '"']],
    ["'сөз'", ["'", 'сөз', "'"]],
    ['‹сөз›', ['‹', 'сөз', '›']],
    ['(сөз) [сөз] {сөз}', ['(', 'сөз', ')', '[', 'сөз', ']', '{', 'сөз', '}']],
    ['сөз – сөз — сөз', ['сөз', '–', 'сөз', '—', 'сөз']],
    ['танытты - Президент', ['танытты', '-', 'Президент']],
    ['- Сәлем, - деді.', ['-', 'Сәлем', ',', '-', 'деді', '.']],
    ['Солай… Иә... Жоқ..', ['Солай', '…', 'Иә', '...', 'Жоқ', '..']],
    ['• бірінші', ['•', 'бірінші']],
    ['74,9% · №5', ['74,9', '%', '·', '№', '5']],
    ['30 %-ға дейін', ['30', '%-ға', 'дейін']],
    ['Не?! Иә!', ['Не', '?', '!', 'Иә', '!']],
    ['ҰҚШҰ-', ['ҰҚШҰ', '-']],
    ['2024 жылы 200 адам', ['2024', 'жылы', '200', 'адам']],
    ['1990 200', ['1990', '200']],
    ['12 3456', ['12', '3456']],
    ['сөз.Келесі', ['сөз', '.', 'Келесі']],
    ['мм. Таулы', ['мм', '.', 'Таулы']],
    ['+7 (727) 123-45-67', ['+', '7', '(', '727', ')', '123-45-67']],
    ['a/b', ['a', '/', 'b']],
    ['@ #', ['@', '#']],
  ]
  it.each(separate)('%s', (text, expected) => {
    expect(texts(text)).toEqual(expected)
  })
})

describe('tokenize: initials', () => {
  it('makes each initial a token of its own kind, period included', () => {
    expect(typed('Қ.Тоқаев')).toEqual(['Қ./initial', 'Тоқаев/word'])
    expect(typed('Қ. Тоқаев')).toEqual(['Қ./initial', 'Тоқаев/word'])
    expect(typed('Н.Ә. Назарбаев')).toEqual(['Н./initial', 'Ә./initial', 'Назарбаев/word'])
    expect(typed('Q.Toqaev')).toEqual(['Q./initial', 'Toqaev/word'])
  })
  it('does not take a capital before a lower-case word as an initial', () => {
    expect(texts('витамин С. бар')).toEqual(['витамин', 'С', '.', 'бар'])
  })
  it('reads a capital as an initial, not as the abbreviation қ. (қала)', () => {
    expect(typed('Алматы қ. Абай')).toEqual(['Алматы/word', 'қ./abbreviation', 'Абай/word'])
  })
})

describe('tokenize: normal', () => {
  it('repairs Latin look-alikes inside Cyrillic words', () => {
    const [t] = tokenize('бiлiм')
    expect(t).toMatchObject({ text: 'бiлiм', normal: 'білім' })
    expect(tokenize('Cұлтан')[0]!.normal).toBe('Сұлтан')
    expect(tokenize('Kазақстан')[0]!.normal).toBe('Казақстан')
  })
  it('repairs old substitutes (Latin schwa, barred o, ҥ, ҡ)', () => {
    expect(tokenize('əкe')[0]!.normal).toBe('әке')
    expect(tokenize('ɵнер')[0]!.normal).toBe('өнер')
    expect(tokenize('таҥ')[0]!.normal).toBe('таң')
    expect(tokenize('ҡала')[0]!.normal).toBe('қала')
  })
  it('leaves Latin words and real script mixes alone', () => {
    expect(tokenize('Egemen')[0]!.normal).toBe('Egemen')
    expect(tokenize('IT-компания')[0]!.normal).toBe('IT-компания')
    expect(tokenize('Qазақ')[0]!.normal).toBe('Qазақ')
  })
  it('drops invisible characters and number group spaces', () => {
    expect(tokenize('сөз\u00adдер')[0]!.normal).toBe('сөздер')
    expect(tokenize('1\u00a0500\u00a0000')[0]!.normal).toBe('1500000')
  })
  it('keeps case', () => {
    expect(tokenize('ҚАЗАҚСТАН')[0]!.normal).toBe('ҚАЗАҚСТАН')
  })
})

describe('tokenize: white space and offsets', () => {
  it('treats NBSP, thin space and line breaks as spaces', () => {
    expect(texts('бір\u00a0екі\u2009үш\r\nтөрт\tбес')).toEqual(['бір', 'екі', 'үш', 'төрт', 'бес'])
  })
  it('gives offsets into the original string', () => {
    const text = '  «Ресейге емес»,\u00a0деді.'
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text)
    expect(tokenize(text)[0]).toEqual({ start: 2, end: 3, text: '«', type: 'punctuation', normal: '«' })
  })
  it('returns no tokens for empty or blank text', () => {
    expect(tokenize('')).toEqual([])
    expect(tokenize(' \n\u00a0\u200b ')).toEqual([])
  })
  it('keeps lone surrogates as one-unit symbols', () => {
    expect(tokenize('a\ud800b')).toMatchObject([{ text: 'a' }, { text: '\ud800', type: 'symbol' }, { text: 'b' }])
  })
})

describe('tokenize: bad input', () => {
  it.each([42, null, undefined, {}, ['a']])('throws a TypeError naming tokenize for %j', (value) => {
    expect(() => tokenize(value as unknown as string)).toThrow(TypeError)
    expect(() => tokenize(value as unknown as string)).toThrow(/^tokenize:/)
  })
})
