import { francAll } from 'franc-min'
import { assertString } from '../internal/assert-string.js'
import { detectScript } from '../script/transliterate.js'

/** Letters only Kazakh has among the Cyrillic languages. */
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/gu
const CYRILLIC = /[Ѐ-ԯ]/gu
const LETTER = /\p{L}/gu

/**
 * The language of a text as an ISO 639-3 code: 'kaz', 'rus', 'eng', … or 'und' when it cannot
 * tell (under 10 letters, or no language wins).
 *
 * Kazakh is decided cheaply first: Latin-script Kazakh by its alphabet's letters (detectScript),
 * Cyrillic Kazakh by the letters Russian does not have (ә ғ қ ң ө ұ ү һ і, at least 1 in 60
 * Cyrillic letters). Everything else goes to franc-min (82 languages), and a franc answer of
 * 'kaz' for text without any Kazakh letter is replaced by its next guess, so Russian is never
 * taken for Kazakh.
 *
 * @example
 * detectLanguage('Мемлекет басшысы сұхбат берді') // → 'kaz'
 * detectLanguage('Президент провел встречу с министром') // → 'rus'
 */
export function detectLanguage(text: string): string {
  assertString(text, 'detectLanguage')
  const letters = text.match(LETTER)?.length ?? 0
  if (letters < 10) return 'und'
  const script = detectScript(text)
  if (script === 'latin-2017' || script === 'latin-2018' || script === 'latin-2021') return 'kaz'
  const cyrillic = text.match(CYRILLIC)?.length ?? 0
  const kazakh = text.match(KAZAKH_LETTERS)?.length ?? 0
  if (cyrillic >= letters / 2 && kazakh * 60 >= cyrillic) return 'kaz'
  for (const [code] of francAll(text, { minLength: 10 })) {
    if (code === 'kaz' && kazakh === 0) continue
    return code
  }
  return 'und'
}
