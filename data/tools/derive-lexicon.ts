/**
 * npm run derive:lexicon -- <shared-dir>
 *
 * Derives data/morphology/lexicon.tsv (lemma → weight) from the KazNERD sentences in
 * <shared-dir>/data/kaznerd/IOB2_valid.txt (CC BY 4.0, Yeshpanov et al., LREC 2022). Only the
 * words are read, not the entity labels, and only the lemma list with weights is written.
 *
 * Method (no lemma gold needed): every distinct lower-case word form of the corpus is read by
 * the analyzer without a lexicon (candidates()); a lemma's support is the number of forms with
 * a reading built on it — its attested paradigm. "облыс" is supported by облыс, облысы,
 * облысында, облыстар…; "облысында" only by itself. Lemmas that never occur bare are kept,
 * one bit lower, when at least three forms support them (іш: ішінде, ішінен, ішіне).
 * The runtime prefers the reading whose lemma has the larger paradigm.
 * (Hard EM over token counts was tried first; it collapses to "every form is its own lemma".)
 * UD_Kazakh-KTB is not used here: it is the evaluation set.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { type Candidate, candidates } from '../../src/morphology/candidates.js'

const sharedDir = resolve(process.argv[2] ?? join(import.meta.dirname, '..', '..', '..', 'shared'))
const path = join(sharedDir, 'data', 'kaznerd', 'IOB2_valid.txt')
if (!existsSync(path)) {
  console.error(`derive-lexicon: ${path} not found. Pass the folder that holds data/kaznerd: npm run derive:lexicon -- <shared-dir>`)
  process.exit(2)
}

const counts = new Map<string, number>()
for (const line of readFileSync(path, 'utf8').split('\n')) {
  const word = line.split(' ')[0]?.toLowerCase() ?? ''
  // Cyrillic words only; the last part of a hyphenated word is what inflects
  const part = word.slice(word.lastIndexOf('-') + 1)
  if (part.length < 2 || !/^[а-яәғқңөұүһіё]+$/u.test(part)) continue
  counts.set(part, (counts.get(part) ?? 0) + 1)
}

const readings = new Map<string, Candidate[]>()
for (const form of counts.keys()) readings.set(form, candidates(form).filter((c) => !c.disharmonic))

// support(L) = the distinct forms with a reading built on L (its attested paradigm)
// A restored reading (кітап from кітабы, модель from моделін) supports only a lemma seen bare:
// otherwise every "-і" word would make up a soft-sign lemma (өзі → "өзь").
const support = new Map<string, number>()
for (const rs of readings.values()) {
  const lemmas = new Set(rs.filter((r) => !r.restored || counts.has(r.lemma)).map((r) => r.lemma))
  for (const lemma of lemmas) support.set(lemma, (support.get(lemma) ?? 0) + 1)
}

const rows: string[] = []
for (const [lemma, s] of [...support].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
  // a lemma seen bare in the corpus, or one whose paradigm is well attested without it
  // ("іш": ішінде, ішінен, ішіне, іші…) at one bit less; "облы" (облы + -сы) loses to "облыс"
  const bare = counts.has(lemma)
  if (!bare && s < 3) continue
  // half-bit steps: weight = round(2 · log2(1 + support)) − 2 when never seen bare, 1–40
  const weight = Math.max(1, Math.min(40, Math.round(2 * Math.log2(1 + s)) - (bare ? 0 : 2)))
  rows.push(`${lemma}\t${weight}`)
}
const header = `# Lemma lexicon derived from KazNERD (CC BY 4.0; Yeshpanov, Khassanov, Varol, LREC 2022) by
# data/tools/derive-lexicon.ts from ${counts.size} word forms. word<TAB>weight (1–40: 2·log2 of 1 + the
# number of corpus forms with a reading built on the word). Regenerate with
# npm run derive:lexicon -- <shared-dir>; do not edit.
`
writeFileSync(join(import.meta.dirname, '..', 'morphology', 'lexicon.tsv'), header + rows.join('\n') + '\n')
console.log(`derive-lexicon: ${counts.size} forms → ${rows.length} lemmas`)
