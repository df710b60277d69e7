// generated — do not edit. Source: data/normalize/homoglyphs.tsv; rebuild with `npm run build:data`.

/** Look-alike letters repaired inside Cyrillic words: `from` and `to` align character by character. */
export const homoglyphFrom: string = "aceiopxyhkABCEHIKMOPTXYəƏǝɵƟѳѲҥҤӈӇӊӉҡҠӄӃ"
export const homoglyphTo: string = "асеіорхуһкАВСЕНІКМОРТХУәӘәөӨөӨңҢңҢңҢқҚқҚ"
