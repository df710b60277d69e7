// generated — do not edit. Source: data/ner/common-acronyms.txt; rebuild with `npm run build:data`.

/** Acronyms of common nouns and documents, which name no entity: ЖІӨ, ҚҚС, ЖОО, ҰБТ. Group → items joined by "|". */
export const commonAcronyms: Readonly<Record<string, string>> = {
  "economy": "жіө|ққс|шоб",
  "education": "жоо|ұбт",
  "identity": "жсн|бсн",
  "technology": "жи",
}
