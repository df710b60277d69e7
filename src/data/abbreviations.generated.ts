// generated — do not edit. Source: data/segment/abbreviations.txt; rebuild with `npm run build:data`.

/** Abbreviations (lower case, without the final period) by how a sentence may end after them. */
export const noBreakAbbreviations: string = "ж|жж|б.з.б|б.з|проф|акад|доц|мыс|қ|көш|даң|ауд|обл|ғ|ред|аудар|т.с"
export const mayEndAbbreviations: string = "т.б|т.с.с|т.т|мың|млн|млрд|трлн|қр"
