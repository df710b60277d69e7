/** Exact-match precision, recall and F1 of predicted spans against gold spans. */
export interface Score {
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
  f1: number
  /** Missing plus extra boundaries per 1000 gold units (razdel's measure). */
  errorsPer1000: number
}

export function scoreSpans(gold: readonly { start: number; end: number }[], predicted: readonly { start: number; end: number }[]): Score {
  const key = (s: { start: number; end: number }): string => `${s.start}:${s.end}`
  const goldSet = new Set(gold.map(key))
  let tp = 0
  for (const p of predicted) if (goldSet.has(key(p))) tp++
  return makeScore(tp, predicted.length - tp, gold.length - tp)
}

export function makeScore(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { tp, fp, fn, precision, recall, f1, errorsPer1000: tp + fn === 0 ? 0 : ((fp + fn) / (tp + fn)) * 1000 }
}

export function addScores(a: Score, b: Score): Score {
  return makeScore(a.tp + b.tp, a.fp + b.fp, a.fn + b.fn)
}

export const pct = (x: number): string => (x * 100).toFixed(2)

/** A plain text table; the best value of each column marked with * (as razdel bolds it). */
export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))]
  const widths = headers.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)))
  const line = (r: string[]): string => r.map((v, c) => (c === 0 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join('  ')
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n')
}

/**
 * A Cyrillic offset's place in a Latin twin made by toLatin: the first output unit made from it
 * or after it (the twin's map, Latin offset → Cyrillic offset, only grows).
 */
export function offsetInTwin(twin: { text: string; map: (offset: number) => number }): (offset: number) => number {
  return (offset) => {
    let lo = 0
    let hi = twin.text.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (twin.map(mid) < offset) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}
