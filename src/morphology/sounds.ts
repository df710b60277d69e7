/**
 * The two facts about a stem that choose a suffix's allomorph: the harmony of its last vowel,
 * and the class of its last sound (data/morphology/suffixes.tsv names the classes).
 *
 * Letters are looked up by char code in one table: indexing a Cyrillic string by [k] makes a new
 * one-letter string each time, and the lemmatizer asks these questions for every suffix it tries.
 */

export type Harmony = 'back' | 'front' | 'none'

const BACK_VOWELS = 'аоұыяёю'
const FRONT_VOWELS = 'әеөүіэ'
/** у and и are vowels to the eye, but for suffixes they behave as consonants: тау-лар, ту-ды. */
const SEMIVOWELS = 'уи'
/** Vowels after which е is [йе] (see harmonyOf). */
const E_AFTER = 'аоұыәөүі'

const BACK = 1
const FRONT = 2
const SEMI = 4
const BEFORE_E = 8
/** Flags of the lower-case Cyrillic letters, by char code − 0x400 (the Cyrillic block). */
const FLAGS = new Uint8Array(0x100)
for (const [letters, flag] of [[BACK_VOWELS, BACK], [FRONT_VOWELS, FRONT], [SEMIVOWELS, SEMI], [E_AFTER, BEFORE_E]] as const) {
  for (const ch of letters) FLAGS[ch.charCodeAt(0) - 0x400]! |= flag
}

function flagsAt(s: string, k: number): number {
  const i = s.charCodeAt(k) - 0x400
  return i >= 0 && i < 0x100 ? FLAGS[i]! : 0
}

const LETTER_E = 0x435 // е

/** Harmony of the last vowel of s[0, end): "Қазақстан" → back, "Жетіген" → front. */
export function harmonyOf(s: string, end: number): Harmony {
  for (let k = end - 1; k >= 0; k--) {
    // е right after a vowel is [йе] and does not set harmony: Тоқаевтың, Назарбаевпен (but Әлиевтің)
    if (s.charCodeAt(k) === LETTER_E && k > 0 && (flagsAt(s, k - 1) & BEFORE_E) !== 0) continue
    const f = flagsAt(s, k)
    if ((f & BACK) !== 0) return 'back'
    if ((f & FRONT) !== 0) return 'front'
  }
  // no clear vowel ("ту", "ми", "ҚР"): either harmony is accepted
  return 'none'
}

export function hasVowel(s: string, end: number): boolean {
  for (let k = 0; k < end; k++) if ((flagsAt(s, k) & (BACK | FRONT | SEMI)) !== 0) return true
  return false
}

export type SoundClass = 'V' | 'R' | 'L' | 'N' | 'Z' | 'K'

/** Class of the sound a stem ends in (lower-case letter). */
export function soundClass(ch: string): SoundClass {
  if ((flagsAt(ch, 0) & (BACK | FRONT)) !== 0) return 'V'
  switch (ch) {
    case 'р':
    case 'й':
    case 'у':
    case 'и':
      return 'R'
    case 'л':
      return 'L'
    case 'м':
    case 'н':
    case 'ң':
      return 'N'
    case 'з':
    case 'ж':
      return 'Z'
    default:
      return 'K'
  }
}

/** Is the letter (a one-letter string, lower case) a vowel? */
export function isVowel(ch: string): boolean {
  return (flagsAt(ch, 0) & (BACK | FRONT)) !== 0
}
