/** A person's name as runsIntoSurname reads it. */
export interface NameToSplit {
  /** The lemmas of its words, first to last; the last is the surname. */
  lemmas: readonly string[]
  /** Its last word is in the genitive. */
  genitive: boolean
  /** One of its words before the last is a patronymic (Кемелұлы, Сергеевич). */
  patronymic: boolean
}

/**
 * Which of a text's names run on into the surname, in the genitive, of another person the text
 * names: "Ұйым басшысы Гилберто Мендоса | Головкиннің тәжірибесі …" after "Геннадий Головкин" is
 * two people. A name of three words or more does when another name of two words or more ends in
 * its surname, it holds none of those names' first words (a full name of the same person does:
 * "Қасым-Жомарт Кемелұлы Тоқаевтың" after "Қасым-Жомарт Тоқаев") and no patronymic. The entity
 * and the quote stages both ask it, each of its own names.
 *
 * (Per surname the first words are counted, not listed, so that a long text's thousand mentions
 * of one person are not compared in pairs.)
 */
export function runsIntoSurname(names: readonly NameToSplit[]): boolean[] {
  const bySurname = new Map<string, Map<string, number>>()
  for (const n of names) {
    if (n.lemmas.length < 2) continue
    const given = bySurname.get(n.lemmas.at(-1)!) ?? new Map<string, number>()
    given.set(n.lemmas[0]!, (given.get(n.lemmas[0]!) ?? 0) + 1)
    bySurname.set(n.lemmas.at(-1)!, given)
  }
  return names.map((n) => {
    if (n.lemmas.length < 3 || !n.genitive || n.patronymic) return false
    const given = bySurname.get(n.lemmas.at(-1)!)!
    let named = 0
    for (const count of given.values()) named += count
    // (the name's own first word counts once for itself)
    const others = (lemma: string): number => (given.get(lemma) ?? 0) - (lemma === n.lemmas[0] ? 1 : 0)
    return named > 1 && !n.lemmas.slice(0, -1).some((l) => others(l) > 0)
  })
}
