// generated — do not edit. Source: data/ner/units.txt; rebuild with `npm run build:data`.

/** Units of measure after a number (symbols as written, words as lemmas). Group → items joined by "|". */
export const unitsOfMeasure: Readonly<Record<string, string>> = {
  "symbols": "гвт|мвт|квт|твт|вт|гвт·сағ|мвт·сағ|квт·сағ|км|м|см|мм|кг|т|га|л|мл|км²|м²|м³|°с",
  "words": "тонна|метр|шақырым|километр|сантиметр|миллиметр|гектар|литр|грамм|килограмм|келі|центнер|баррель|ватт|киловатт|мегаватт|гигаватт|градус",
  "counted": "доза|адам|дана|көлік|автокөлік|жолаушы",
}
