/**
 * One system, in a fresh process: `tsx test/bench/run-one.ts <peer name> <shared-dir>`.
 * Prints {"ms": mean, "runs": n} as JSON. A process per system keeps one peer's heap (natural
 * loads ~76 MB of database clients) from slowing the garbage collection of another.
 */
import { loadDist } from './load-dist.js'
import { tokenPeers, useImplementation } from '../eval/peers.js'
import { articleCorpus, benchCorpus } from './corpus.js'

// third argument "articles": run the system once per article-sized document instead of on one text
const [name, sharedDir, corpus] = process.argv.slice(2)
const { tokenize, splitSentences } = await loadDist()
useImplementation({ tokenize, splitSentences })
const peer = tokenPeers.find((p) => p.name === name)
if (!peer || !sharedDir) {
  console.error(`run-one: unknown peer "${name}"`)
  process.exit(2)
}
const documents = corpus === 'articles' ? articleCorpus(sharedDir).documents : [benchCorpus(sharedDir).text]
const run = (): void => {
  for (const d of documents) peer.run(d)
}
// warm up for at least 1 s (JIT, lazy loading), then time runs for at least 2 s
let t0 = performance.now()
let warm = 0
while (performance.now() - t0 < 1000 || warm < 3) {
  run()
  warm++
}
const times: number[] = []
t0 = performance.now()
while (performance.now() - t0 < 2000 || times.length < 5) {
  const a = performance.now()
  run()
  times.push(performance.now() - a)
}
times.sort((a, b) => a - b)
const ms = times.reduce((x, y) => x + y, 0) / times.length
console.log(JSON.stringify({ ms, median: times[times.length >> 1], runs: times.length }))
