// generated — do not edit. Source: data/ner/diseases.txt; rebuild with `npm run build:data`.

/** Stems of disease names: a DISEASE must hold a word that starts with one. Group → items joined by "|". */
export const diseaseStems: Readonly<Record<string, string>> = {
  "all": "вирус|коронавирус|ковид|covid|короновирус|тәжвирус|диабет|ісік|обыр|житс|жиқтс|спид|аутизм|эбола|бруцеллез|бруцеллёз|менингит|артроз|фиброз|жара|тұмау|пневмония|өкпе|туберкулез|туберкулёз|инсульт|инфаркт|гепатит|оба|безгек|қызылша|шешек|тырысқақ|сүзек|аллергия|астма|деменция|альцгеймер|паркинсон|лейкоз|лейкемия|онкология|пандемия|эпидемия|індет|ауру|дерт|синдром|оспа|грипп|омикрон|дельта|майтабан|қисық",
}
