/**
 * npm run bench [-- <shared-dir>]
 *
 * Speed, in one run, of kazakh-nlp and its peers on the same ≥ 1 MB Kazakh text, with ratios;
 * then adversarial inputs at three sizes to show time grows linearly.
 * Text: the bundled seed page (examples/), plus UD_Kazakh-KTB sentences when ../shared is there.
 * Targets (from the issues): tokenize ≥ 10× wink-nlp and ≥ 40 MB/s on this machine.
 */
import { execFileSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Bench } from 'tinybench'
import { loadDist } from './load-dist.js'
import { tokenPeers, useImplementation } from '../eval/peers.js'
import { table } from '../eval/metrics.js'
import { writeReadmeBlock } from '../eval/readme-block.js'
import { benchCorpus, root } from './corpus.js'

// npm run bench [-- <shared-dir>] [--write-readme]
const args = process.argv.slice(2)
const sharedDir = resolve(args.find((a) => !a.startsWith('--')) ?? join(root, '..', 'shared'))
const report: string[] = []
function say(line: string): void {
  console.log(line)
  report.push(line)
}

// the built package, as users get it (npm run bench builds first)
const { tokenize, splitSentences, lemmatize, extractQuotes, extractEntities, analyze } = await loadDist()
useImplementation({ tokenize, splitSentences })
const { text, source } = benchCorpus(sharedDir)
const bytes = Buffer.byteLength(text)
const mb = bytes / 1_048_576
const tokenCount = tokenize(text).length
say(`kazakh-nlp bench — Node ${process.version}, ${mb.toFixed(2)} MB UTF-8 (${text.length} UTF-16 units, ${tokenCount} tokens), ${source}`)

async function measure(tasks: [string, () => unknown][], time = 1000): Promise<Map<string, number>> {
  const bench = new Bench({ time, warmupTime: 500, iterations: 5, warmupIterations: 3 })
  for (const [name, fn] of tasks) bench.add(name, fn)
  await bench.run()
  const out = new Map<string, number>()
  for (const task of bench.tasks) {
    const r = task.result
    if (r.state !== 'completed') throw new Error(`${task.name}: ${r.state}`)
    out.set(task.name, r.latency.mean)
  }
  return out
}

// 1. tokenize against peers, each in a fresh process
const tokenTimes = new Map<string, number>()
for (const peer of tokenPeers) {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'test', 'bench', 'run-one.ts'), peer.name, sharedDir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  })
  const line = out.trim().split('\n').at(-1)!
  tokenTimes.set(peer.name, (JSON.parse(line) as { ms: number }).ms)
}
const ours = tokenTimes.get('kazakh-nlp tokenize')!
say('\nTokenizing the text: mean ms per run, each system in a fresh Node process, after 1 s of warm-up\n')
say(
  table(
    ['system', 'ms', 'MB/s', 'tokens/s', 'kazakh-nlp is × faster'],
    [...tokenTimes].map(([name, ms]) => [
      name,
      ms.toFixed(1),
      (mb / (ms / 1000)).toFixed(1),
      name === 'kazakh-nlp tokenize' ? `${((tokenCount / ms) * 1000 / 1e6).toFixed(2)} M` : '',
      name === 'kazakh-nlp tokenize' ? '1.0' : (ms / ours).toFixed(1),
    ]),
  ),
)
say('(peers that give no offsets are aligned to the text by a forward search, counted in their time;')
say(' Intl.Segmenter is fed line by line, as it is quadratic on long strings in Node 20)')

// 2. sentences
const sentenceTimes = await measure([['kazakh-nlp splitSentences', () => splitSentences(text)]])
const sMs = sentenceTimes.get('kazakh-nlp splitSentences')!
say(`\nsplitSentences: ${sMs.toFixed(1)} ms, ${(mb / (sMs / 1000)).toFixed(1)} MB/s`)

// 3. lemmatize every word of the text (first call pays for unpacking the lexicon)
const words = tokenize(text).filter((t) => t.type === 'word').map((t) => t.text)
const loadStart = performance.now()
lemmatize('Қазақстанға')
const lexiconLoadMs = performance.now() - loadStart
const lemmaTimes = await measure([['kazakh-nlp lemmatize', () => words.forEach((w) => lemmatize(w))]])
const lMs = lemmaTimes.get('kazakh-nlp lemmatize')!
// nonsense made of suffixes: 60 letters get the full analysis; 200 are over the 64-letter cut
const nonsense60 = 'ларлердандентардыңға'.repeat(3)
const nonsense200 = 'ларлердандентардыңға'.repeat(10)
const nonsenseTimes = await measure(
  [
    ['60-letter word', () => lemmatize(nonsense60)],
    ['200-letter word', () => lemmatize(nonsense200)],
  ],
  300,
)
const us = (name: string): string => (nonsenseTimes.get(name)! * 1000).toFixed(1)
say(
  `lemmatize: ${((words.length / lMs) * 1000 / 1e3).toFixed(0)} K words/s (${words.length} words in ${lMs.toFixed(0)} ms); ` +
    `lexicon unpacked on first call in ${lexiconLoadMs.toFixed(0)} ms; nonsense suffix words: 60 letters ${us('60-letter word')} µs, 200 letters ${us('200-letter word')} µs (returned whole)`,
)

// 4. quotes on the whole text, and with one unclosed « in front of it
const quoteTimes = await measure(
  [
    ['extractQuotes', () => extractQuotes(text)],
    ['extractQuotes, unclosed «', () => extractQuotes(`«${text}`)],
  ],
  1000,
)
const qMs = quoteTimes.get('extractQuotes')!
say(
  `extractQuotes: ${qMs.toFixed(0)} ms for the text, ${(mb / (qMs / 1000)).toFixed(2)} MB/s; ` +
    `with an unclosed « in front: ${quoteTimes.get('extractQuotes, unclosed «')!.toFixed(0)} ms`,
)

// 5. entities: model load (first call), then warm throughput
const rssBefore = process.memoryUsage().rss
const loadT0 = performance.now()
extractEntities('Қазақстан')
const modelLoadMs = performance.now() - loadT0
const modelRss = (process.memoryUsage().rss - rssBefore) / 1_048_576
const entityTimes = await measure([['extractEntities', () => extractEntities(text)]], 3000)
const eMs = entityTimes.get('extractEntities')!
say(
  `extractEntities: ${eMs.toFixed(0)} ms for the text, ${(mb / (eMs / 1000)).toFixed(2)} MB/s warm (target ≥ 1 MB/s); ` +
    `model unpacked on first call in ${modelLoadMs.toFixed(0)} ms, +${modelRss.toFixed(0)} MB RSS`,
)

// 6. the whole pipeline, against wink-nlp's readDoc on the same text (tokenizer pipe only: wink
// has no Kazakh model, so its full pipe would only add English-tagger time)
const pipelineTimes = await measure([['analyze', () => analyze(text)]], 3000)
const aMs = pipelineTimes.get('analyze')!
const winkMs = tokenTimes.get('wink-nlp readDoc')!
say(`analyze (every stage): ${aMs.toFixed(0)} ms for the text, ${(mb / (aMs / 1000)).toFixed(2)} MB/s (goal ≥ 5 MB/s); wink-nlp readDoc takes ${winkMs.toFixed(0)} ms, so analyze is ${(aMs / winkMs).toFixed(1)}× its time`)

// 7. batch on worker threads: 1 against 2 workers on a JSONL of the text's paragraphs
const jsonl = join(tmpdir(), `kazakh-nlp-bench-${process.pid}.jsonl`)
const paragraphs = text.split('\n\n')
let jsonlText = ''
for (let i = 0; Buffer.byteLength(jsonlText) < 8 * 1_048_576; i++) jsonlText += `${JSON.stringify({ id: i, text: paragraphs[i % paragraphs.length] })}\n`
writeFileSync(jsonl, jsonlText)
const batchMs = (workers: number): number => {
  const t0 = performance.now()
  execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'batch', jsonl, '--workers', String(workers), '--task', 'quotes'], { stdio: ['ignore', 'ignore', 'inherit'] })
  return performance.now() - t0
}
const one = batchMs(1)
const two = batchMs(2)
rmSync(jsonl)
const jsonlMb = Buffer.byteLength(jsonlText) / 1_048_576
say(`batch --task quotes on ${jsonlMb.toFixed(0)} MB of JSONL: 1 worker ${(one / 1000).toFixed(1)} s, 2 workers ${(two / 1000).toFixed(1)} s → ${(one / two).toFixed(2)}× (goal ≥ 1.8× on 2 cores)`)

// 8. adversarial inputs: time must grow linearly with size
const adversarial: [string, (n: number) => string][] = [
  ['«««…', (n) => '«'.repeat(n)],
  ['-----…', (n) => '-'.repeat(n)],
  ['no spaces (letters)', (n) => 'қазақ'.repeat(n / 5)],
  ['no spaces (a.b.c.…)', (n) => 'a.'.repeat(n / 2)],
  ['no spaces (т.б.т.б.…)', (n) => 'т.б.'.repeat(n / 4)],
  ['no spaces (1-2-3…)', (n) => '1-'.repeat(n / 2)],
  ['.......', (n) => '.'.repeat(n)],
  ['1 000 000 …', (n) => '1' + ' 000'.repeat(n / 4)],
  ['x@x.x@x.…', (n) => 'x@x.'.repeat(n / 4)],
]
const sizes = [262_144, 524_288, 1_048_576]
const rows: string[][] = []
for (const [name, make] of adversarial) {
  const inputs = sizes.map((n) => make(n))
  const times = await measure(inputs.map((input, k) => [`${name} ${k}`, () => tokenize(input)]), 400)
  const ms = [...times.values()]
  rows.push([name, ...ms.map((t) => t.toFixed(1)), (ms[2]! / ms[0]!).toFixed(2)])
}
say('\nAdversarial inputs: tokenize time in ms (linear time ⇒ 1 MB / 256 KB ≈ 4)\n')
say(table(['input', '256 KB', '512 KB', '1 MB', '1 MB / 256 KB'], rows))

const rss = process.memoryUsage().rss / 1_048_576
say(`\nRSS at the end: ${rss.toFixed(0)} MB (all peers loaded)`)
if (args.includes('--write-readme')) writeReadmeBlock('bench', report.join('\n'))
