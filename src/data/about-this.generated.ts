// generated — do not edit. Source: data/quotes/about-this.txt; rebuild with `npm run build:data`.

/** Openers and verbs of "Бұл туралы X мәлімдеді". Group → items joined by "|". */
export const aboutThisCues: Readonly<Record<string, string>> = {
  "openers": "бұл туралы|бұл жөнінде|бұл жайында|бұл жайлы|осы туралы|бұл пікірді|бұл сөзді|мұны",
  "verbs": "мәлімдеді|мәлімдеген|хабарлады|хабарлаған|айтты|айтқан|жазды|жазған|жеткізді|атап өтті|мәлім етті|мәлімдеме жасады",
}
