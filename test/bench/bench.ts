/**
 * npm run bench [-- <shared-dir>]
 *
 * Speed, in one run, of kazakh-nlp and its peers on the same ≥ 1 MB Kazakh text, with ratios;
 * then adversarial inputs at three sizes to show time grows linearly.
 * Text: the bundled seed page (examples/), plus UD_Kazakh-KTB sentences when ../shared is there.
 * Targets (from the issues): tokenize ≥ 10× wink-nlp and ≥ 40 MB/s on this machine.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Bench } from 'tinybench'
import { splitSentences, tokenize } from '../../src/index.js'
import { tokenPeers } from '../eval/peers.js'
import { table } from '../eval/metrics.js'

const root = join(import.meta.dirname, '..', '..')
const sharedDir = resolve(process.argv[2] ?? join(root, '..', 'shared'))

function corpus(): { text: string; source: string } {
  const parts = [readFileSync(join(root, 'examples', 'egemen-2024-01-03.txt'), 'utf8')]
  let source = 'seed page'
  const ud = join(sharedDir, 'data', 'ud-kazakh-ktb', 'kk_ktb-dev.conllu')
  if (existsSync(ud)) {
    const sentences = readFileSync(ud, 'utf8').split('\n').filter((l) => l.startsWith('# text = ')).map((l) => l.slice(9))
    for (let i = 0; i < sentences.length; i += 8) parts.push(sentences.slice(i, i + 8).join(' '))
    source += ' + UD_Kazakh-KTB dev sentences'
  } else {
    console.log(`(no ${ud}: benchmarking on the seed page alone)`)
  }
  const unit = parts.join('\n\n')
  let text = unit
  while (Buffer.byteLength(text) < 1_048_576) text += `\n\n${unit}`
  return { text, source }
}

const { text, source } = corpus()
const bytes = Buffer.byteLength(text)
const mb = bytes / 1_048_576
const tokenCount = tokenize(text).length
console.log(`kazakh-nlp bench — Node ${process.version}, ${mb.toFixed(2)} MB UTF-8 (${text.length} UTF-16 units, ${tokenCount} tokens), ${source}`)

async function measure(tasks: [string, () => unknown][], time = 1000): Promise<Map<string, number>> {
  const bench = new Bench({ time, warmupTime: 200, iterations: 3, warmupIterations: 2 })
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

// 1. tokenize against peers
const peerTasks: [string, () => unknown][] = tokenPeers.map((p) => [p.name, () => p.run(text)])
const tokenTimes = await measure(peerTasks)
const ours = tokenTimes.get('kazakh-nlp tokenize')!
console.log('\nTokenizing the text (mean of repeated runs)\n')
console.log(
  table(
    ['system', 'ms', 'MB/s', 'tokens/s (ours)', 'kazakh-nlp is × faster'],
    [...tokenTimes].map(([name, ms]) => [
      name,
      ms.toFixed(1),
      (mb / (ms / 1000)).toFixed(1),
      name === 'kazakh-nlp tokenize' ? `${((tokenCount / ms) * 1000 / 1e6).toFixed(2)} M` : '',
      name === 'kazakh-nlp tokenize' ? '1.0' : (ms / ours).toFixed(1),
    ]),
  ),
)
console.log('(peers that give no offsets are aligned to the text by a forward search, which is counted in their time)')

// 2. sentences
const sentenceTimes = await measure([['kazakh-nlp splitSentences', () => splitSentences(text)]])
const sMs = sentenceTimes.get('kazakh-nlp splitSentences')!
console.log(`\nsplitSentences: ${sMs.toFixed(1)} ms, ${(mb / (sMs / 1000)).toFixed(1)} MB/s`)

// 3. adversarial inputs: time must grow linearly with size
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
console.log('\nAdversarial inputs: tokenize time in ms (linear time ⇒ 1 MB / 256 KB ≈ 4)\n')
console.log(table(['input', '256 KB', '512 KB', '1 MB', '1 MB / 256 KB'], rows))

const rss = process.memoryUsage().rss / 1_048_576
console.log(`\nRSS at the end: ${rss.toFixed(0)} MB (all peers loaded)`)
