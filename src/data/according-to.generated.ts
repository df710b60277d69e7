// generated — do not edit. Source: data/quotes/according-to.txt; rebuild with `npm run build:data`.

/** Cues of "according to X, …". Group → items joined by "|". */
export const accordingToCues: Readonly<Record<string, string>> = {
  "all": "айтуынша|айтуына қарағанда|мәліметінше|мәліметіне сәйкес|мәліметіне қарағанда|хабарлауынша|пікірінше|сөзінше|дерегінше|деректерінше|дерегіне сүйенсек|деректеріне сүйенсек|мәліметіне сүйенсек|пайымдауынша|болжамынша|бағалауынша|есебінше|сөзіне қарағанда",
}
