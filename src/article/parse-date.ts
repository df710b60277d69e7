import { assertString } from '../internal/assert-string.js'
import { KAZAKH_MONTHS } from '../internal/months.js'
import { lemmatize } from '../morphology/analyze-word.js'
import { toCyrillic } from '../script/transliterate.js'

/**
 * A Kazakh date in ISO 8601: "03 Қаңтар, 2024", "3 қаңтар 2024 ж.", "2024 жылғы 3 қаңтарда",
 * "03.01.2024" → "2024-01-03"; "2024 жылғы қаңтар" → "2024-01"; Latin "3 qańtar 2024" too.
 * Month names in any case and with any suffix. `undefined` when no full date is there.
 *
 * @example
 * parseKazakhDate('03 Қаңтар, 2024') // → '2024-01-03'
 */
export function parseKazakhDate(text: string): string | undefined {
  assertString(text, 'parseKazakhDate')
  const numeric = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(text)
  if (numeric) return iso(numeric[3]!, Number(numeric[2]), Number(numeric[1]))
  if (!/[A-Za-zÀ-ɏ]/.test(text)) return dateOfWords(text)
  // a short Latin date may not show its alphabet: 2021 "05 Mamır, 2024" has only ı, which is a
  // 2018 letter (Мамир, no month), so the other alphabets are tried when the detected one finds none
  const detected = toCyrillic(text)
  let value = dateOfWords(detected.text)
  for (const from of LATIN_ALPHABETS) {
    if (value !== undefined) break
    const other = toCyrillic(text, { from }).text
    if (other !== detected.text) value = dateOfWords(other)
  }
  return value
}

const LATIN_ALPHABETS = ['2021', '2018', '2017'] as const

/** The date in Cyrillic (or digits-only) text, read word by word. */
function dateOfWords(cyrillic: string): string | undefined {
  let day: number | undefined
  let month = 0
  let year: string | undefined
  for (const word of cyrillic.split(/[\s,.\u00a0]+/u)) {
    if (word === '') continue
    if (/^(1[89]|20)\d\d/.test(word) && year === undefined) year = word.slice(0, 4)
    else if (/^\d{1,2}$/.test(word) && Number(word) >= 1 && Number(word) <= 31 && day === undefined && month === 0) day = Number(word)
    else if (month === 0) month = monthOfWord(word)
  }
  if (!year || !month) return undefined
  return day ? iso(year, month, day) : `${year}-${String(month).padStart(2, '0')}`
}

/** A month's name in any case ("қаңтарда", "Желтоқсан") → its number, 1–12; 0 for any other word. */
export function monthOfWord(word: string): number {
  return KAZAKH_MONTHS.indexOf(lemmatize(word).toLowerCase()) + 1
}

function iso(year: string, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
