// generated — do not edit. Source: data/script/ia-stems.txt; rebuild with `npm run build:data`.

/** Latin stems whose ıa before -da is иа (Olımpıada → Олимпиада). Group → items joined by "|". */
export const iaStems: Readonly<Record<string, string>> = {
  "all": "olımp|olimp|paralımp|paralimp|ýnıvers|univers|spartak",
}
