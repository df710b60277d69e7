/** A letter of the Latin alphabets: ASCII letters and U+00C0–U+024F (what detectScript counts as Latin). */
export const LATIN_LETTER = /[A-Za-zÀ-ɏ]/u

/** A Cyrillic letter, U+0400–U+052F (Kazakh's ә ғ қ ң ө ұ ү һ і among them). */
export const CYRILLIC_LETTER = /[Ѐ-ԯ]/u
