/**
 * npm run demo [-- <file>]
 *
 * Runs kazakh-nlp on the bundled example (a real egemen.kz page, 3 Jan 2024) or on a file you
 * name: paragraphs, sentences, and the tokens a general-purpose tokenizer gets wrong.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { splitParagraphs, splitSentences, tokenize } from '../src/index.js'

const path = process.argv[2] ?? join(import.meta.dirname, 'egemen-2024-01-03.txt')
let text: string
try {
  text = readFileSync(path, 'utf8')
} catch (error) {
  console.error(`demo: cannot read ${path}: ${(error as Error).message}`)
  process.exit(2)
}

const paragraphs = splitParagraphs(text)
const sentences = splitSentences(text)
const tokens = tokenize(text)

console.log(`${path}\n${text.length} characters, ${paragraphs.length} paragraphs, ${sentences.length} sentences, ${tokens.length} tokens\n`)

const byType = new Map<string, number>()
for (const t of tokens) byType.set(t.type, (byType.get(t.type) ?? 0) + 1)
console.log('tokens by type:', Object.fromEntries(byType))

const interesting = tokens.filter((t) => /[-.%]/u.test(t.text) && t.text.length > 1)
console.log('\nhyphenated, dotted and suffixed tokens kept whole:')
console.log(interesting.map((t) => `${t.text} (${t.type}, ${t.start}–${t.end})`).join(' · '))

console.log('\nsentences:')
for (const [i, s] of sentences.entries()) {
  const shown = s.text.length > 110 ? `${s.text.slice(0, 60)} … ${s.text.slice(-45)}` : s.text
  console.log(`${String(i + 1).padStart(3)}. [${s.start}–${s.end}] ${shown}`)
}
