/**
 * The same work in every runtime (Node, Bun, Deno, a browser): analyze the bundled page in
 * Cyrillic and in Latin script, tokens included, and round-trip it through the 2021 alphabet;
 * the SHA-1 of the JSON is what check-runtimes.ts compares. Plain JavaScript and Web APIs only
 * (crypto.subtle, TextEncoder), so a browser loads it as it is.
 *
 * @param {typeof import('../../src/index.js')} kazakhNlp the built package
 * @param {string} page the text of examples/egemen-2024-01-03.txt
 * @returns {Promise<{ sha1: string; ms: number }>}
 */
export async function probe(kazakhNlp, page) {
  const { analyze, toCyrillic, toLatin } = kazakhNlp
  const t0 = performance.now()
  const json =
    JSON.stringify(analyze(page, { tokens: true })) +
    JSON.stringify(analyze(toLatin(page).text, { tokens: true })) +
    JSON.stringify(toCyrillic(toLatin(page, { alphabet: '2021' }).text))
  const ms = performance.now() - t0
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(json))
  return { sha1: [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join(''), ms }
}
