/**
 * Is a lemma a head noun of `heads` in the third-person possessive? The lexicon, derived from
 * KazNERD, lists some possessed heads as words of their own (департаменті, агенттігі,
 * басқармасы), so their lemma is not the bare head: -ы/-і after a consonant, -сы/-сі after a
 * vowel, and к/қ voice before it (агенттік → агенттігі, одақ → одағы).
 */
export function isHeadInPossessive(lemma: string, heads: ReadonlySet<string>): boolean {
  const last = lemma.charCodeAt(lemma.length - 1)
  if ((last !== 0x44b && last !== 0x456) || lemma.length < 3) return false // ы, і
  const stem = lemma.slice(0, -1)
  if (heads.has(stem)) return true
  if (stem.charCodeAt(stem.length - 1) === 0x441 && heads.has(stem.slice(0, -1))) return true // с
  const voiced = stem.charCodeAt(stem.length - 1)
  if (voiced === 0x433) return heads.has(`${stem.slice(0, -1)}к`) // г
  if (voiced === 0x493) return heads.has(`${stem.slice(0, -1)}қ`) // ғ
  return false
}
