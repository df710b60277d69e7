// generated — do not edit. Source: data/morphology/phrase-heads.txt; rebuild with `npm run build:data`.

/** Heads of names whose case the word lemmatizer misses: the phrase lemmatizer strips it. Group → items joined by "|". */
export const phraseHeads: Readonly<Record<string, string>> = {
  "all": "стадион|сарай|саммит|фестивал",
}
