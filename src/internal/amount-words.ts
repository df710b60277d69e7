import { numberWordStems } from '../data/number-words.generated.js'

/**
 * Number words as written, lower case: the cardinals, tens and scales of data/ner/number-words.txt
 * (its stems that are words themselves), and "бүтін" (point) and "жарым" (and a half), which join
 * them: "үш бүтін төрт миллиард", "бір бүтін оннан үш" (1.3), "жеті жарым триллион".
 */
export const AMOUNT_WORDS: ReadonlySet<string> = new Set([...['cardinals', 'tens', 'large'].flatMap((group) => numberWordStems[group]?.split('|') ?? []), 'бүтін', 'оннан', 'жүзден', 'жарым'])
