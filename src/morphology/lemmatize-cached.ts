import { frequentWords } from '../data/frequent-words.generated.js'
import { lemmatize } from './analyze-word.js'

let frequent: Map<string, string> | undefined

/**
 * lemmatize of the word forms of KazNERD's train split (data/ner/frequent-words.txt, 20,123), made
 * once on first use (about 0.15 s: the entity tagger makes it while it loads; extractQuotes alone
 * pays it on its first call) and only read after: most words a news article asks the stages for
 * are among them ("Қазақстан", "Президенті", "деді"), and each call would lemmatize them again.
 */
function frequentLemmas(): Map<string, string> {
  if (!frequent) {
    const made = new Map<string, string>()
    for (const word of frequentWords.split('|')) made.set(word, lemmatize(word))
    frequent = made
  }
  return frequent
}

/**
 * lemmatize(word) through `lemmas`, a cache by the word as written that belongs to one call:
 * analyze() hands the same one to the entity stage (viewOf, entity lemmas) and the quote stage
 * (lowerLemma), so a word is lemmatized once per text. Nothing is kept between calls; the
 * commonest words are looked up in a table made once instead.
 */
export function lemmatizeCached(lemmas: Map<string, string>, word: string): string {
  let raw = frequentLemmas().get(word)
  if (raw !== undefined) return raw
  raw = lemmas.get(word)
  if (raw === undefined) lemmas.set(word, (raw = lemmatize(word)))
  return raw
}
