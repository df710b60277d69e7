// generated — do not edit. Source: data/ner/number-words.txt; rebuild with `npm run build:data`.

/** Stems of number words: an amount must hold a digit or a word that starts with one. Group → items joined by "|". */
export const numberWordStems: Readonly<Record<string, string>> = {
  "cardinals": "бір|екі|екеу|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|нөл",
  "tens": "жиырма|отыз|қырық|қырқ|елу|алпыс|жетпіс|сексен|тоқсан",
  "large": "жүз|мың|миллион|млн|миллиард|млрд|триллион|трлн",
  "parts": "жарты|ширек",
}
