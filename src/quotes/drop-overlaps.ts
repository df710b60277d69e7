import { countBelow } from '../internal/count-below.js'

/** What dropOverlaps needs of a find: its kind, span and rank of trust. */
export interface Overlapping {
  kind: string
  start: number
  end: number
  /** Order of trust when two finds overlap (lower wins). */
  rank: number
}

/**
 * Keeps finds in order of trust, dropping any that overlaps one already kept; sorted by position.
 * A direct quote inside another direct quote (a «thought» quoted within a dash quotation) goes first.
 */
export function dropOverlaps<F extends Overlapping>(found: readonly F[]): F[] {
  const inner = containedDirect(found)
  const outer = found.filter((f) => !inner.has(f))
  const kept: F[] = []
  // the kept spans by start (an empty one before a longer one at its start): they never overlap,
  // so the one starting last before f ends is the one reaching furthest
  const spans: F[] = []
  for (const f of outer.sort((a, b) => a.rank - b.rank || a.start - b.start)) {
    const lo = countBelow(spans, f.end, (s) => s.start)
    if (lo > 0 && spans[lo - 1]!.end > f.start) continue
    kept.push(f)
    spans.splice(lo, 0, f)
  }
  return kept.sort((a, b) => a.start - b.start)
}

/**
 * The direct quotes that lie inside a longer direct quote, in one sweep by start (longest first
 * at a start) instead of comparing every pair: a long text has thousands.
 */
function containedDirect<F extends Overlapping>(found: readonly F[]): Set<F> {
  const direct = found.filter((f) => f.kind === 'direct').sort((a, b) => a.start - b.start || b.end - a.end)
  const inner = new Set<F>()
  let maxEnd = -1
  for (let i = 0; i < direct.length; ) {
    // finds with the same span do not contain each other: take them as one
    let j = i
    while (j < direct.length && direct[j]!.start === direct[i]!.start && direct[j]!.end === direct[i]!.end) j++
    if (maxEnd >= direct[i]!.end) for (let k = i; k < j; k++) inner.add(direct[k]!)
    maxEnd = Math.max(maxEnd, direct[i]!.end)
    i = j
  }
  return inner
}

