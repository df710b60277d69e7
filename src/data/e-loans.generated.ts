// generated — do not edit. Source: data/script/e-loans.txt; rebuild with `npm run build:data`.

/** Latin beginnings of loans spelt with э in Cyrillic. */
export const eLoanPrefixes: string = "ekonom|ekolog|ekspert|eksport|ekspo|ekran|ekzam|elektr|element|energ|efır|epıdem|epızod|etnos|etnık|etıka|evolıý|emıgr|emırat|emotsı|eston|edýard|elbýrs|eduard"
