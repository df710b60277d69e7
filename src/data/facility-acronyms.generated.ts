// generated — do not edit. Source: data/ner/facility-acronyms.txt; rebuild with `npm run build:data`.

/** Acronyms of power stations, which a number names: №1 ГРЭС, ЖЭО-2. Group → items joined by "|". */
export const facilityAcronyms: Readonly<Record<string, string>> = {
  "stations": "грэс|гэс|аэс|тэц|тэс|жэо|жэс|сэс|грес|гес|аес|тец|тес|жео|жес|сес",
}
