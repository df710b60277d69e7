// generated — do not edit. Source: data/ner/company-forms.txt; rebuild with `npm run build:data`.

/** Words that end a foreign company's name (as written): Group, Corporation, LLC, GmbH … Group → items joined by "|". */
export const companyForms: Readonly<Record<string, string>> = {
  "english": "group|corporation|corp|company|holding|holdings|inc|ltd|llc|llp|limited|plc",
  "business": "bank|finance|capital|invest|airways|airlines",
  "continental": "ag|gmbh|sa|spa|bv",
}
