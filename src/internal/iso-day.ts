/**
 * An ISO date ("2026-12-05") as days since 1970-01-01, or undefined when it is no real day:
 * "2026-02-31" and "2026-13-45" are not (Date.parse rolls the first over into March).
 */
export function daysOfIsoDate(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined
  const ms = Date.parse(`${value}T00:00:00Z`)
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value) return undefined
  return ms / 86_400_000
}
