// generated — do not edit. Source: data/script/latin-acronyms.tsv; rebuild with `npm run build:data`.

/** Kazakh acronyms as 2018 Latin writes them and their Cyrillic: "Latin Cyrillic" pairs joined by "|". */
export const latinAcronyms: string = "IIM ІІМ|SIM СІМ|IID ІІД|TSDIAÓM ЦДИАӨМ"
