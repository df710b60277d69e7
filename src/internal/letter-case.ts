/**
 * The case of a letter by its char code, for the alphabets Kazakh text is written in, without
 * making a one-letter string to convert: 1 capital, -1 small, 0 not decided here (the caller
 * falls back to toLowerCase / toUpperCase). Basic Latin, the Russian letters and the Cyrillic
 * letters that come in capital/small pairs (ғ қ ң ү ұ һ ә ө …, capital at the even code) are
 * decided; test/letter-case.test.ts checks every one against the case conversions.
 */
export function caseByCode(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return -1
  if (code >= 0x41 && code <= 0x5a) return 1
  if (code >= 0x430 && code <= 0x45f) return -1
  if (code >= 0x400 && code <= 0x42f) return 1
  if ((code >= 0x48a && code <= 0x4bf) || (code >= 0x4d0 && code <= 0x4ff)) return code % 2 === 0 ? 1 : -1
  return 0
}
