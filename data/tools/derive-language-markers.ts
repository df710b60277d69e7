/**
 * npm run derive:markers -- <shared-dir> <russian-word-forms.txt>
 *
 * Candidates for data/language/kazakh-words.txt: KazNERD's commonest lower-case words (train
 * split only) written with the letters Russian has too, minus every word form of a Russian word
 * list (one form a line; `aspell -l ru dump master | aspell -l ru expand | tr ' ' '\n'` makes
 * one). Prints "count<TAB>word", commonest first; the list itself is chosen from these by hand.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { readKazNerd } from './kaznerd.js'

const [sharedArg, russianArg] = process.argv.slice(2)
const sharedDir = resolve(sharedArg ?? join(import.meta.dirname, '..', '..', '..', 'shared'))
const kaznerd = join(sharedDir, 'data', 'kaznerd', 'IOB2_valid.txt')
if (!existsSync(kaznerd)) {
  console.error(`derive:markers: no ${kaznerd} (pass the shared folder as the first argument)`)
  process.exit(2)
}
if (!russianArg || !existsSync(russianArg)) {
  console.error('derive:markers: pass a file of Russian word forms, one a line, as the second argument')
  process.exit(2)
}
const russian = new Set(readFileSync(russianArg, 'utf8').split('\n').map((w) => w.trim().toLowerCase()))
// only letters Russian has: а–я and ё (a word with ә ғ қ ң ө ұ ү һ і is Kazakh already)
const RUSSIAN_LETTERS_ONLY = /^[а-яё]{2,}$/
const counts = new Map<string, number>()
for (const sentence of readKazNerd(kaznerd).train) {
  for (const word of sentence.words) {
    // lower-case words only: a capitalized one may be a name, which Russian text has too
    if (!RUSSIAN_LETTERS_ONLY.test(word) || russian.has(word)) continue
    counts.set(word, (counts.get(word) ?? 0) + 1)
  }
}
for (const [word, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 400)) console.log(`${n}\t${word}`)
