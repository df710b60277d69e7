/**
 * The Kazakh Latin alphabets, letter by letter (lower case; upper case is derived).
 *
 * - 2017 (decree of 26 Oct 2017): apostrophes — a' ә, g' ғ, i' и/й, n' ң, o' ө, u' ү, y' у, s' ш, c' ч;
 *   u ұ, y ы, i і.
 * - 2018 (decree of 19 Feb 2018, as Kazinform writes it): acute accents — á ә, ǵ ғ, ı и/й, ń ң,
 *   ó ө, ú ү, ý у, and the digraphs sh ш, ch ч; u ұ, y ы, i і.
 * - 2021 (proposal): Turkic letters — ä ә, ğ ғ, ı ы, i і, ñ ң, ö ө, ū ұ, ü ү, u у, y й, ş ш, ç ч.
 */

export type LatinAlphabet = '2017' | '2018' | '2021'

/** Cyrillic → Latin 2018 (lower case). и and й are both ı; я, ю, ё, ц, щ are spelt out. */
export const CYRILLIC_TO_LATIN_2018: Readonly<Record<string, string>> = {
  а: 'a', ә: 'á', б: 'b', в: 'v', г: 'g', ғ: 'ǵ', д: 'd', е: 'e', ё: 'ıo', ж: 'j', з: 'z', и: 'ı', й: 'ı',
  к: 'k', қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'ń', о: 'o', ө: 'ó', п: 'p', р: 'r', с: 's', т: 't', у: 'ý',
  ұ: 'u', ү: 'ú', ф: 'f', х: 'h', һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', і: 'i', ь: '',
  э: 'e', ю: 'ıý', я: 'ıa',
}

/** Cyrillic → Latin 2021 (lower case). */
export const CYRILLIC_TO_LATIN_2021: Readonly<Record<string, string>> = {
  а: 'a', ә: 'ä', б: 'b', в: 'v', г: 'g', ғ: 'ğ', д: 'd', е: 'e', ё: 'io', ж: 'j', з: 'z', и: 'iy', й: 'y',
  к: 'k', қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'ñ', о: 'o', ө: 'ö', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
  ұ: 'ū', ү: 'ü', ф: 'f', х: 'h', һ: 'h', ц: 'ts', ч: 'ç', ш: 'ş', щ: 'şş', ъ: '', ы: 'ı', і: 'i', ь: '',
  э: 'e', ю: 'iu', я: 'ia',
}

/**
 * Latin → Cyrillic, longest match first, per alphabet. `ı` (2018) and `i'` (2017) are resolved
 * by context in to-cyrillic.ts (и before a consonant or at a word's start, й after a vowel).
 */
export const LATIN_TO_CYRILLIC: Readonly<Record<LatinAlphabet, readonly (readonly [string, string])[]>> = {
  '2018': [
    ['shch', 'щ'], ['ıa', 'я'], ['ıý', 'ю'], ['ıu', 'ю'], ['ıo', 'ё'], ['sh', 'ш'], ['ch', 'ч'],
    ['á', 'ә'], ['ǵ', 'ғ'], ['ń', 'ң'], ['ó', 'ө'], ['ú', 'ү'], ['ý', 'у'], ['ı', 'ı'], ['i', 'і'], ['u', 'ұ'], ['y', 'ы'],
    ...common(),
  ],
  '2017': [
    ["a'", 'ә'], ["g'", 'ғ'], ["n'", 'ң'], ["o'", 'ө'], ["u'", 'ү'], ["y'", 'у'], ["s'", 'ш'], ["c'", 'ч'], ["i'", 'ı'],
    ['ia', 'я'], ['iu', 'ю'], ['i', 'і'], ['u', 'ұ'], ['y', 'ы'],
    ...common(),
  ],
  '2021': [
    ['iy', 'и'], ['ıy', 'и'], ['ia', 'я'], ['iu', 'ю'], ['io', 'ё'],
    ['ä', 'ә'], ['ğ', 'ғ'], ['ñ', 'ң'], ['ö', 'ө'], ['ū', 'ұ'], ['ü', 'ү'], ['ş', 'ш'], ['ç', 'ч'],
    ['ı', 'ы'], ['i', 'і'], ['u', 'у'], ['y', 'й'],
    ...common(),
  ],
}

/** Letters all three alphabets share. `ts` stays т + с: native words have it (atsyz = атсыз). */
function common(): [string, string][] {
  return [
    ['a', 'а'], ['b', 'б'], ['d', 'д'], ['e', 'е'], ['f', 'ф'], ['g', 'г'], ['h', 'х'], ['j', 'ж'], ['k', 'к'],
    ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'], ['q', 'қ'], ['r', 'р'], ['s', 'с'], ['t', 'т'],
    ['v', 'в'], ['z', 'з'], ['c', 'с'], ['w', 'у'], ['x', 'кс'],
  ]
}

/**
 * Letters found only in one alphabet: what detectScript looks for. Not ı: 2018 writes и and й with
 * it (Prezıdent), 2021 writes ы (Qırğızstan), and a 2021 text can hold more ı than all its marks.
 */
export const MARKS_2018 = 'áǵńóúýÁǴŃÓÚÝ'
export const MARKS_2021 = 'äğñöūüşçÄĞÑÖŪÜŞÇ'
