// generated — do not edit. Source: data/quotes/source-verbs.txt; rebuild with `npm run build:data`.

/** Verbs of news-agency credits after "деп". Group → items joined by "|". */
export const sourceVerbs: Readonly<Record<string, string>> = {
  "all": "хабарлайды|жазады|хабарлады|жазды|мәлім етеді|хабар таратады",
}
