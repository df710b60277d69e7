/** Russian-style surname endings, which Kazakh case endings follow: Тоқаевқа, Мишустиннің, Ивановаға. */
export const RUSSIAN_SURNAME_ENDINGS = 'ов|ев|ёв|ова|ева|ёва|ин|ина'

/**
 * Surname endings, by origin (Kazakh and Kyrgyz: Қамзабекұлы, Жақыпқызы, Садыр уулу; Russian
 * patronymics: Петрович, Сергеевна; Ukrainian, Polish-Russian, Georgian, Armenian: Шевченко,
 * Маяковский, Шеварднадзе, Саакашвили, Пашинян), after a small letter: the entity stage and the
 * quote stage read a lower-case lemma by this one list.
 */
export const SURNAME = new RegExp(`\\p{Ll}(?:${RUSSIAN_SURNAME_ENDINGS}|ұлы|қызы|уулу|кызы|ович|евич|овна|евна|енко|ский|ская|швили|дзе|ян)$`, 'u')

/** A patronymic, lower case: сергеевич, петровна, кемелұлы, әбдірахманқызы. */
export const PATRONYMIC = /\p{Ll}(?:ович|евич|овна|евна|ұлы|улы|қызы|кызы)$/u

/**
 * A Russian-style surname with a case ending, as written (lower case): Мишустиннің, Тоқаевқа,
 * Ивановаға, Назарбаевпен, Мирзиёевпен. Group 1 is the surname's ending.
 */
const INFLECTED_SURNAME = new RegExp(`\\p{Ll}(${RUSSIAN_SURNAME_ENDINGS})(?:тың|тің|ның|нің|қа|ке|ға|ге|ты|ті|ны|ні|та|те|да|де|тан|тен|нан|нен|пен|бен|мен)$`, 'u')

/**
 * The length of the surname in a lower-case word that is a Russian-style surname with a case
 * ending (мишустиннің → 8, мишустин), or -1 when it is none.
 */
export function inflectedSurnameLength(lower: string): number {
  const match = INFLECTED_SURNAME.exec(lower)
  return match ? match.index + 1 + match[1]!.length : -1
}

/** -ұлы / -қызы (son, daughter of) and a case ending after its possessive: Құнанбайұлының, Сапарқызына. */
const SON_OR_DAUGHTER_IN_CASE = /\p{Ll}(ұлы|улы|қызы|кызы)(?:ның|на|н|нда|нан|мен)$/u

/**
 * The length of the surname in a lower-case word that is a Kazakh patronymic surname with a case
 * ending (құнанбайұлының → 11, құнанбайұлы), or -1 when it is none. (Apart from
 * inflectedSurnameLength: the entity stage's people do not read these.)
 */
export function inflectedSonOrDaughterLength(lower: string): number {
  const match = SON_OR_DAUGHTER_IN_CASE.exec(lower)
  return match ? match.index + 1 + match[1]!.length : -1
}
