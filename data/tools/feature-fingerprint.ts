import { createHash } from 'node:crypto'
import { tokenFeatures } from '../../src/entities/features.js'

/**
 * SHA-1 of the tagger's features of every train sentence, as the code makes them now. train-ner
 * writes it into data/ner/model.txt; npm run eval compares it with the code's, so a change to the
 * lemmatizer or the features that leaves the committed model stale is seen (the model is then
 * no longer what npm run train:ner makes).
 */
export function featureFingerprint(sentences: readonly { words: readonly string[] }[]): string {
  const hash = createHash('sha1')
  const lemmas = new Map<string, string>()
  for (const s of sentences) for (const token of tokenFeatures(s.words, lemmas)) hash.update(`${token.join('\u0001')}\u0002`)
  return hash.digest('hex')
}

/** The fingerprint a model file was trained with (its "# features sha1 …" header line), if any. */
export function modelFingerprint(modelText: string): string | undefined {
  return /^# features sha1 ([0-9a-f]{40})$/m.exec(modelText)?.[1]
}
