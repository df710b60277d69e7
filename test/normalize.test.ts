import { describe, expect, it } from 'vitest'
import { normalize } from '../src/index.js'

describe('normalize', () => {
  const cases: [string, string][] = [
    ['Қазақстан\u00a0Республикасы', 'Қазақстан Республикасы'],
    ['бір\u2009000\u202fтеңге\u3000', 'бір 000 теңге '],
    ['бiлiм берy', 'білім беру'],
    ['Cұлтан', 'Сұлтан'],
    ['əкe мен ɵнер', 'әке мен өнер'],
    ['таҥ ҡала', 'таң қала'],
    ['Egemen Qazaqstan', 'Egemen Qazaqstan'],
    ['IT-компания', 'IT-компания'],
    ['Qазақ', 'Qазақ'],
    ['Əliyev', 'Əliyev'],
    ['жол\nжол\r\n\tжол', 'жол\nжол\r\n\tжол'],
    ['сөз\u00adдер', 'сөз\u00adдер'],
    ['', ''],
  ]
  it.each(cases)('%j → %j', (input, expected) => {
    expect(normalize(input)).toBe(expected)
    expect(normalize(input).length).toBe(input.length)
  })
  it('returns the same string when nothing changes', () => {
    const text = 'Қасым-Жомарт Тоқаев'
    expect(normalize(text)).toBe(text)
  })
  it('throws a TypeError naming itself', () => {
    expect(() => normalize(5 as unknown as string)).toThrow(/^normalize: expected text to be a string, got number$/)
  })
})
