/**
 * Compiles the editable lists in data/ into typed modules under src/data/.
 *
 *   npm run build:data          write src/data/*.generated.ts
 *   npm run build:data -- --check   exit 1 when a generated file is stale
 *
 * The same `generateAll()` is used by test/generated.test.ts, so a stale file fails the tests.
 * Lists are compiled to `|`-joined strings (franc's trick: small, gzip-friendly, one split at import).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const dataDir = dirname(fileURLToPath(import.meta.url))
const srcDataDir = join(dataDir, '..', 'src', 'data')

const BANNER = '// generated — do not edit. Source: data/{SOURCE}; rebuild with `npm run build:data`.\n'

/** Lines of a list file without comments and blanks, `[group]` headers kept. */
function readLines(relPath: string): string[] {
  return readFileSync(join(dataDir, relPath), 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}

/** A list file with `[group]` headers → group name → items (in file order, duplicates rejected). */
function readGroups(relPath: string): Map<string, string[]> {
  const groups = new Map<string, string[]>()
  const seen = new Set<string>()
  let current: string[] | undefined
  for (const line of readLines(relPath)) {
    const header = /^\[([a-z-]+)\]$/.exec(line)
    if (header) {
      current = []
      groups.set(header[1]!, current)
      continue
    }
    if (!current) throw new Error(`${relPath}: "${line}" comes before any [group] header`)
    const item = line.toLowerCase()
    if (seen.has(item)) throw new Error(`${relPath}: "${item}" is listed twice`)
    seen.add(item)
    current.push(item)
  }
  return groups
}

function camel(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
}

function joined(items: readonly string[]): string {
  for (const item of items) {
    if (item.includes('|')) throw new Error(`list item "${item}" contains "|"`)
  }
  return JSON.stringify(items.join('|'))
}

function abbreviations(): string {
  const groups = readGroups('segment/abbreviations.txt')
  let out = BANNER.replace('{SOURCE}', 'segment/abbreviations.txt')
  out += '\n/** Abbreviations (lower case, without the final period) by how a sentence may end after them. */\n'
  for (const [name, items] of groups) {
    out += `export const ${camel(name)}Abbreviations: string = ${joined(items)}\n`
  }
  return out
}

function tlds(): string {
  const items = readLines('segment/tlds.txt').map((line) => line.toLowerCase())
  let out = BANNER.replace('{SOURCE}', 'segment/tlds.txt')
  out += '\n/** Top-level domains that make "word.tld" one url token. */\n'
  out += `export const topLevelDomains: string = ${joined(items)}\n`
  return out
}

function homoglyphs(): string {
  const pairs: [string, string][] = []
  for (const line of readLines('normalize/homoglyphs.tsv')) {
    const [from, to, extra] = line.split('\t')
    if (from === undefined || to === undefined || extra !== undefined || from.length !== 1 || to.length !== 1) {
      throw new Error(`normalize/homoglyphs.tsv: "${line}" must be two single characters separated by a tab`)
    }
    pairs.push([from, to])
  }
  let out = BANNER.replace('{SOURCE}', 'normalize/homoglyphs.tsv')
  out += '\n/** Look-alike letters repaired inside Cyrillic words: `from` and `to` align character by character. */\n'
  out += `export const homoglyphFrom: string = ${JSON.stringify(pairs.map((p) => p[0]).join(''))}\n`
  out += `export const homoglyphTo: string = ${JSON.stringify(pairs.map((p) => p[1]).join(''))}\n`
  return out
}

/** Every generated file: path relative to src/data → its content. */
export function generateAll(): Map<string, string> {
  return new Map([
    ['abbreviations.generated.ts', abbreviations()],
    ['tlds.generated.ts', tlds()],
    ['homoglyphs.generated.ts', homoglyphs()],
  ])
}

export function generatedPath(name: string): string {
  return join(srcDataDir, name)
}

function main(): void {
  const check = process.argv.includes('--check')
  let stale = 0
  for (const [name, content] of generateAll()) {
    const path = generatedPath(name)
    let current = ''
    try {
      current = readFileSync(path, 'utf8')
    } catch {
      // missing counts as stale
    }
    if (current === content) continue
    if (check) {
      console.error(`stale: src/data/${name} (run npm run build:data)`)
      stale++
    } else {
      writeFileSync(path, content)
      console.log(`wrote src/data/${name} (${content.length} chars)`)
    }
  }
  if (stale > 0) process.exit(1)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main()
