import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectLanguage, detectScript } from '../src/index.js'
import { countLetters } from '../src/language/detect-language.js'
import { scriptOfLetters } from '../src/script/transliterate.js'

describe('detectLanguage', () => {
  it.each([
    ['Мемлекет басшысы ел газетіне сұхбат берді.', 'kaz'],
    ['Qazaqstan Respýblıkasynyń Prezıdenti málimdedi.', 'kaz'],
    ['Президент России провел встречу с министром иностранных дел.', 'rus'],
    ['В Алматы прошло совещание по вопросам экономики и бюджета.', 'rus'],
    ['Алматыда экономика мен бюджет мәселелері талқыланды.', 'kaz'],
    ['The president met the minister of foreign affairs today.', 'eng'],
    ['Сәлем', 'und'],
    ['', 'und'],
    ['12345 67890 !!!', 'und'],
    // Kazakh with none of ә ғ қ ң ө ұ ү һ і: its words tell (data/language/kazakh-words.txt)
    ['Олар былтыр мектеп салып, жол жасады.', 'kaz'],
    ['2024 жылы облыс бойынша сайлау болды.', 'kaz'],
    ['Жиырма адам келген, отыз адам жатыр.', 'kaz'],
  ])('%s → %s', (text, code) => {
    expect(detectLanguage(text)).toBe(code)
  })
  it.each([
    // Russian that holds one such word, or a Kazakh name, is still not Kazakh: its own words outnumber it
    'Рабочие называют эту дорогу словом жол и смеются над этим каждый день.',
    'Аким области посетил аул Мерке и осмотрел новую школу.',
    'Олар — так называется кафе у дороги, где обедают водители.',
  ])('does not take Russian with a Kazakh word in it for Kazakh: %s', (text) => {
    expect(detectLanguage(text)).not.toBe('kaz')
  })
  it('never takes Russian for Kazakh', () => {
    const russian = ['Сегодня в столице прошла пресс-конференция министра.', 'Он сказал, что бюджет будет исполнен в срок.', 'Правительство утвердило новую программу развития регионов.']
    for (const text of russian) expect(detectLanguage(text)).not.toBe('kaz')
  })
  it('settles the script from its letter counts as detectScript does, whenever the counts settle it', () => {
    const pieces = ['Қазақстан ', 'Qazaqstan ', 'Reseıge ', 'sa\'lem ', 'Ä ğ ş ', '× ÷ ', 'Россия ', 'Ελλάδα ', '😀', '\u00a0', '2024 ', '҂', '.\n']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
        const text = parts.join('')
        const { latin, cyrillic } = countLetters(text)
        const script = scriptOfLetters(latin, cyrillic)
        if (script !== undefined) expect(script).toBe(detectScript(text))
        else expect(detectScript(text)).toMatch(/^latin-|^other$/)
      }),
      { numRuns: 3000 },
    )
  })
  it('throws a TypeError naming itself', () => {
    expect(() => detectLanguage({} as unknown as string)).toThrow(/^detectLanguage:/)
  })
})
