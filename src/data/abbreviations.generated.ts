// generated — do not edit. Source: data/segment/abbreviations.txt; rebuild with `npm run build:data`.

/**
 * Abbreviations (lower case, without the final period) by how a sentence may end after them,
 * each also as the 2018 and 2021 Latin alphabets write it (ж → j, көш → kósh, köş), so that
 * "1991 j. 16 jeltoqsanda" is one sentence as "1991 ж. 16 желтоқсанда" is.
 */
export const noBreakAbbreviations: string = "ж|j|жж|jj|б.з.б|b.z.b|б.з|b.z|проф|prof|акад|akad|доц|dots|мыс|mys|mıs|қ|q|көш|kósh|köş|даң|dań|dañ|ауд|aýd|aud|обл|obl|ғ|ǵ|ğ|ред|red|аудар|aýdar|audar|т.с|t.s"
export const mayEndAbbreviations: string = "т.б|t.b|т.с.с|t.s.s|т.т|t.t|мың|myń|mıñ|млн|mln|млрд|mlrd|трлн|trln|қр|qr"
