import { frequentWords } from '../data/frequent-words.generated.js'
import { lemmaFromTrained, lemmatizeAsTrained } from './analyze-word.js'

interface FrequentLemmas {
  /** lemmatizeAsTrained of every listed form. */
  asTrained: Map<string, string>
  /** lemmatize of the few listed forms where it differs (a case taken off a form listed once). */
  corrected: Map<string, string>
}

let frequent: FrequentLemmas | undefined

/**
 * The lemmas of the word forms of KazNERD's train split (data/ner/frequent-words.txt, 20,123), made
 * once on first use (about 0.15 s: the entity tagger makes it while it loads; extractQuotes alone
 * pays it on its first call) and only read after: most words a news article asks the stages for
 * are among them ("Қазақстан", "Президенті", "деді"), and each call would lemmatize them again.
 */
function frequentLemmas(): FrequentLemmas {
  if (!frequent) {
    const asTrained = new Map<string, string>()
    const corrected = new Map<string, string>()
    for (const word of frequentWords.split('|')) {
      const lemma = lemmatizeAsTrained(word)
      asTrained.set(word, lemma)
      const better = lemmaFromTrained(word, lemma)
      if (better !== lemma) corrected.set(word, better)
    }
    frequent = { asTrained, corrected }
  }
  return frequent
}

/**
 * lemmatize(word) through `lemmas`, a cache by the word as written that belongs to one call:
 * analyze() hands the same one to the entity stage (viewOf, entity lemmas) and the quote stage
 * (lowerLemma), so a word is lemmatized once per text. Nothing is kept between calls; the
 * commonest words are looked up in a table made once instead. (The cache holds the lemma as the
 * tagger was trained on it, which the tagger's features read; the rare word whose lemma differs
 * is mended on the way out.)
 */
export function lemmatizeCached(lemmas: Map<string, string>, word: string): string {
  const known = frequentLemmas()
  const raw = known.corrected.get(word) ?? known.asTrained.get(word)
  if (raw !== undefined) return raw
  return lemmaFromTrained(word, cachedAsTrained(lemmas, word))
}

/** lemmatizeAsTrained(word) through the same tables and cache: what the tagger's features read. */
export function lemmatizeAsTrainedCached(lemmas: Map<string, string>, word: string): string {
  return frequentLemmas().asTrained.get(word) ?? cachedAsTrained(lemmas, word)
}

function cachedAsTrained(lemmas: Map<string, string>, word: string): string {
  let raw = lemmas.get(word)
  if (raw === undefined) lemmas.set(word, (raw = lemmatizeAsTrained(word)))
  return raw
}
