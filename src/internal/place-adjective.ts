/** -дағы / -дегі / -тағы / -тегі: "in X" as an adjective (Астанадағы, Мәскеудегі), never a name's word. */
export const PLACE_ADJECTIVE = /\p{L}(?:дағы|дегі|тағы|тегі)$/u
