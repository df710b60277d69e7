// generated — do not edit. Source: data/ner/openers.txt; rebuild with `npm run build:data`.

/** Sentence openers trimmed from the start of a name. Group → items joined by "|". */
export const sentenceOpeners: Readonly<Record<string, string>> = {
  "all": "кейін|алайда|бірақ|сонымен|сондай-ақ|сондықтан|себебі|осылайша|бүгін|кеше|ертең|биыл|былтыр|қазір|енді|ал|және|әрі|яғни|сонда|онда|мұнда|осында|осы|бұл|сол|ол|тағы|әсіресе|мысалы|атап айтқанда|өз кезегінде|дегенмен|сөйтіп|айтпақшы|бұған|оған|оның|мұны|бұны|осыны|соны|мұның|бұның|осының|соның|бұдан|осыдан|бүгінде|тіпті|егер|дәл|мен|сен|біз|сіз|олар|менің|сенің|біздің|сіздің",
}
