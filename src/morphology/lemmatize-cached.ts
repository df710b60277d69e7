import { frequentWords } from '../data/frequent-words.generated.js'
import { lemmaFromTrained, lemmatizeAsTrained } from './analyze-word.js'

let frequent: Map<string, string> | undefined

/**
 * The lemmas of the word forms of KazNERD's train split (data/ner/frequent-words.txt, 20,123), made
 * once on first use (about 0.15 s: the entity tagger makes it while it loads; extractQuotes alone
 * pays it on its first call) and only read after: most words a news article asks the stages for
 * are among them ("Қазақстан", "Президенті", "деді"), and each call would lemmatize them again.
 * Entries are encoded as the caches' are (see entryOf).
 */
function frequentLemmas(): Map<string, string> {
  if (!frequent) {
    const made = new Map<string, string>()
    for (const word of frequentWords.split('|')) made.set(word, entryOf(word))
    frequent = made
  }
  return frequent
}

/**
 * A word's cache entry: its lemma as the tagger was trained on it (lemmatizeAsTrained), or, for the
 * few words whose lemma `lemmatize` gives differs (its corrections: see lemmaFromTrained), "\0" +
 * that lemma + "\0" + the lemma as trained. One entry serves both readers, and the common word
 * costs one lookup and no allocation.
 */
function entryOf(word: string): string {
  const trained = lemmatizeAsTrained(word)
  const lemma = lemmaFromTrained(word, trained)
  return lemma === trained ? trained : `\0${lemma}\0${trained}`
}

function cachedEntry(lemmas: Map<string, string>, word: string): string {
  let entry = frequentLemmas().get(word) ?? lemmas.get(word)
  if (entry === undefined) lemmas.set(word, (entry = entryOf(word)))
  return entry
}

/**
 * lemmatize(word) through `lemmas`, a cache by the word as written that belongs to one call:
 * analyze() hands the same one to the entity stage (viewOf, entity lemmas) and the quote stage
 * (lowerLemma), so a word is lemmatized once per text. Nothing is kept between calls; the
 * commonest words are looked up in a table made once instead.
 */
export function lemmatizeCached(lemmas: Map<string, string>, word: string): string {
  const entry = cachedEntry(lemmas, word)
  return entry.charCodeAt(0) === 0 ? entry.slice(1, entry.indexOf('\0', 1)) : entry
}

/** lemmatizeAsTrained(word) through the same tables and cache: what the tagger's features read. */
export function lemmatizeAsTrainedCached(lemmas: Map<string, string>, word: string): string {
  const entry = cachedEntry(lemmas, word)
  return entry.charCodeAt(0) === 0 ? entry.slice(entry.indexOf('\0', 1) + 1) : entry
}
