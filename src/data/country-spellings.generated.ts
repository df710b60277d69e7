// generated — do not edit. Source: data/gazetteer/country-spellings.tsv; rebuild with `npm run build:data`.

/** Other spellings of country names (Әзербайжан, Австрия), "CODE:name" joined by "|": the entity gazetteer only. */
export const countrySpellings: string = "AZ:Әзербайжан|AT:Австрия|AU:Австралия|EG:Египет|IQ:Ирақ|PS:Палестина|NL:Голландия|PK:Пакистан|TM:Түркіменстан|KR:Корея Республикасы|CN:Қытай Халық Республикасы|CN:ҚХР"
