/**
 * npm run demo [-- <file>]
 *
 * The main job on the bundled example (a real egemen.kz page, 3 Jan 2024) or on a file you name:
 * the page's fields, who is quoted saying what, which people, organizations and places appear
 * (in their base form), and how long the article takes to read.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyze, quotesToRows } from '../src/index.js'

const path = process.argv[2] ?? join(import.meta.dirname, 'egemen-2024-01-03.txt')
let text: string
try {
  text = readFileSync(path, 'utf8')
} catch (error) {
  console.error(`demo: cannot read ${path}: ${(error as Error).message}`)
  process.exit(2)
}

const started = performance.now()
const a = analyze(text)
const ms = performance.now() - started
const short = (s: string, n = 70): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s)

console.log(`${path}\nlanguage ${a.language} · ${a.paragraphs.length} paragraphs · ${a.sentences.length} sentences · read in ${a.readingTime.label} (${a.readingTime.words} words) · analysed in ${ms.toFixed(0)} ms`)
if (a.article) {
  const p = a.article
  console.log(`\npage: "${p.title?.text ?? ''}" · ${p.category?.text ?? '-'} · ${p.date?.value ?? '-'} · ${p.views ?? '-'} views · the site says ${p.statedReadingMinutes ?? '-'} min`)
  if (p.related.length > 0) console.log(`related: ${p.related.map((r) => `${r.title.text} (${r.date?.value ?? '?'})`).join(' · ')}`)
}

console.log('\nWho said what')
console.table(quotesToRows(a.quotes).map((r) => ({ kind: r.kind, speaker: r.speaker, said: r.speakerMention, cue: r.cue, quote: short(r.quote) })))

console.log('People, organizations and places (base form, mentions)')
const seen = new Map<string, { type: string; name: string; country: string; mentions: number }>()
for (const e of a.entities) {
  if (!['PERSON', 'ORGANIZATION', 'GPE', 'LOCATION'].includes(e.type)) continue
  const name = e.canonical ?? e.lemma
  const row = seen.get(`${e.type}:${name}`) ?? { type: e.type, name, country: e.country ?? '', mentions: 0 }
  row.mentions++
  seen.set(`${e.type}:${name}`, row)
}
console.table([...seen.values()])
console.log(`dates: ${a.entities.filter((e) => e.type === 'DATE' && e.value).map((e) => `${e.text} → ${e.value}`).join(' · ')}`)
