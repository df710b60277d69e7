import { detectScript, toCyrillic, toLatin } from './transliterate.js'

/**
 * The other forms a listed name takes in the working text, where Latin-script input is read
 * through toCyrillic (the name itself is not among them):
 * - a name listed in Latin letters (Kazinform, Reuters, Egemen Qazaqstan), as each alphabet reads
 *   it, and in capitals (2018 reads Kazinform as Казінформ but KAZINFORM as КАЗИНФОРМ: a capital I may be и);
 * - a Cyrillic name, as its twin in Kazinform's 2018 alphabet reads back (Луизиана → Lýızıana →
 *   Луйзиана: 2018 writes и and й alike; 2021 keeps them apart, and its twins read back as written).
 */
export function nameForms(name: string): string[] {
  const forms =
    detectScript(name) === 'cyrillic'
      ? new Set([toCyrillic(toLatin(name).text, { from: '2018' }).text])
      : new Set((['2017', '2018', '2021'] as const).flatMap((from) => [toCyrillic(name, { from }).text, toCyrillic(name.toUpperCase(), { from }).text]))
  forms.delete(name)
  return [...forms]
}
