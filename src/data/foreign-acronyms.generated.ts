// generated — do not edit. Source: data/script/foreign-acronyms.txt; rebuild with `npm run build:data`.

/** All-capital foreign names that stay in Latin in toCyrillic. */
export const foreignAcronyms: string = "NDTV|NATO|BBC|CNN|UEFA|FIFA|OPEC|NASA|IT|PR|AI|GPS|SMS|USB|EU|UN|USA|UK|IMF|WHO"
