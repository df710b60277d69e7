/**
 * The two facts about a stem that choose a suffix's allomorph: the harmony of its last vowel,
 * and the class of its last sound (data/morphology/suffixes.tsv names the classes).
 */

export type Harmony = 'back' | 'front' | 'none'

const BACK_VOWELS = 'аоұыяёю'
const FRONT_VOWELS = 'әеөүіэ'
/** у and и are vowels to the eye, but for suffixes they behave as consonants: тау-лар, ту-ды. */
const SEMIVOWELS = 'уи'

/** Harmony of the last vowel of s[0, end): "Қазақстан" → back, "Жетіген" → front. */
export function harmonyOf(s: string, end: number): Harmony {
  for (let k = end - 1; k >= 0; k--) {
    const ch = s[k]!
    // е right after a vowel is [йе] and does not set harmony: Тоқаевтың, Назарбаевпен (but Әлиевтің)
    if (ch === 'е' && k > 0 && 'аоұыәөүі'.includes(s[k - 1]!)) continue
    if (BACK_VOWELS.includes(ch)) return 'back'
    if (FRONT_VOWELS.includes(ch)) return 'front'
  }
  // no clear vowel ("ту", "ми", "ҚР"): either harmony is accepted
  return 'none'
}

export function hasVowel(s: string, end: number): boolean {
  for (let k = 0; k < end; k++) {
    const ch = s[k]!
    if (BACK_VOWELS.includes(ch) || FRONT_VOWELS.includes(ch) || SEMIVOWELS.includes(ch)) return true
  }
  return false
}

export type SoundClass = 'V' | 'R' | 'L' | 'N' | 'Z' | 'K'

/** Class of the sound a stem ends in (lower-case letter). */
export function soundClass(ch: string): SoundClass {
  if (BACK_VOWELS.includes(ch) || FRONT_VOWELS.includes(ch)) return 'V'
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

export function isVowel(ch: string): boolean {
  return BACK_VOWELS.includes(ch) || FRONT_VOWELS.includes(ch)
}
