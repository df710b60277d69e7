/**
 * A plural noun in the third-person possessive, lower case: мамандары, дәрігерлері,
 * синоптиктері (a body's or a group's people). The quote stage reads a subject's group by it, the
 * entity stage a body's people after its head ("… ауруханасының | дәрігерлері").
 */
export const PLURAL_POSSESSED = /\p{L}(?:лар|лер|дар|дер|тар|тер)[ыі]$/u
