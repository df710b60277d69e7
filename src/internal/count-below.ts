/**
 * How many of `items` have `key(item) < at`, for items in ascending order of key: the index of the
 * first at or after `at`, by binary search (a long text has thousands of tokens, paragraphs,
 * people and quotes, and the quote stage asks this of them again and again).
 */
export function countBelow<T>(items: readonly T[], at: number, key: (item: T) => number): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (key(items[mid]!) < at) lo = mid + 1
    else hi = mid
  }
  return lo
}
