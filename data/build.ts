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
import { toLatin } from '../src/script/transliterate.js'

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
  out += '\n/**\n * Abbreviations (lower case, without the final period) by how a sentence may end after them,\n'
  out += ' * each also as the 2018 and 2021 Latin alphabets write it (ж → j, көш → kósh, köş), so that\n'
  out += ' * "1991 j. 16 jeltoqsanda" is one sentence as "1991 ж. 16 желтоқсанда" is.\n */\n'
  for (const [name, items] of groups) {
    const written = items.flatMap((item) => [item, toLatin(item, { alphabet: '2018' }).text, toLatin(item, { alphabet: '2021' }).text])
    out += `export const ${camel(name)}Abbreviations: string = ${joined([...new Set(written)])}\n`
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

const SLOTS = ['PL', 'POSS', 'CASE', 'ATTR']
const CONTEXTS = new Set(['V', 'R', 'L', 'N', 'Z', 'K', 'P3', 'P12', 'LOC'])

function suffixes(): string {
  const rows: string[][] = []
  for (const line of readLines('morphology/suffixes.tsv')) {
    const cols = line.split('\t')
    const [slot, tag, back, front, after] = cols
    if (cols.length !== 5 || !slot || !tag || !back || !front || !after) throw new Error(`morphology/suffixes.tsv: "${line}" needs 5 columns`)
    if (!SLOTS.includes(slot)) throw new Error(`morphology/suffixes.tsv: unknown slot ${slot}`)
    for (const c of after.split(' ')) if (!CONTEXTS.has(c)) throw new Error(`morphology/suffixes.tsv: unknown context ${c}`)
    rows.push([slot, tag, back, front, after])
  }
  let out = BANNER.replace('{SOURCE}', 'morphology/suffixes.tsv')
  out += '\n/** [slot, tag, back-vowel form, front-vowel form, contexts (space-separated)] */\n'
  out += `export const suffixRows: readonly (readonly [string, string, string, string, string])[] = ${JSON.stringify(rows)}\n`
  return out
}

function pairs(relPath: string, name: string, doc: string): string {
  const items: string[] = []
  for (const line of readLines(relPath)) {
    const [from, to, extra] = line.split('\t')
    if (!from || !to || extra !== undefined) throw new Error(`${relPath}: "${line}" needs 2 columns`)
    items.push(`${from.toLowerCase()}:${to.toLowerCase()}`)
  }
  let out = BANNER.replace('{SOURCE}', relPath)
  out += `\n/** ${doc} */\n`
  out += `export const ${name}: string = ${joined(items)}\n`
  return out
}

/** A list of countries ("CODE<TAB>name" lines) as one module: "CODE:name" joined by "|". */
function countryList(relPath: string, exportName: string, doc: string): string {
  const items: string[] = []
  for (const line of readLines(relPath)) {
    const [code, name] = line.split('\t')
    if (!code || !name || !/^[A-Z]{2}$/.test(code)) throw new Error(`${relPath}: bad line "${line}"`)
    items.push(`${code}:${name.trim()}`)
  }
  let out = BANNER.replace('{SOURCE}', relPath)
  out += `\n/** ${doc} */\n`
  out += `export const ${exportName}: string = ${joined(items)}\n`
  return out
}

function stems(): string {
  const items = new Set(readLines('morphology/stems.txt').filter((l) => !l.startsWith('[')).map((l) => l.toLowerCase()))
  let out = BANNER.replace('{SOURCE}', 'morphology/stems.txt')
  out += '\n/** Words that only look inflected (lower case): the lemmatizer keeps them whole. */\n'
  out += `export const protectedStems: string = ${joined([...items])}\n`
  return out
}

/** The KazNERD-derived lexicon (data/tools/derive-lexicon.ts). */
function lexicon(): string {
  const byWeight = new Map<number, string[]>()
  for (const line of readLines('morphology/lexicon.tsv')) {
    const [word, weight] = line.split('\t')
    const w = Number(weight)
    if (!word || !Number.isInteger(w) || w < 1 || w > 40) throw new Error(`morphology/lexicon.tsv: bad line "${line}"`)
    if (!byWeight.has(w)) byWeight.set(w, [])
    byWeight.get(w)!.push(word)
  }
  let out = BANNER.replace('{SOURCE}', 'morphology/lexicon.tsv')
  out += '\n/** Lemma lexicon by weight (2·log2 of 1 + attested paradigm size): index = weight, words joined by "|". */\n'
  const groups: string[] = []
  for (let w = 0; w <= 40; w++) groups.push((byWeight.get(w) ?? []).join('|'))
  out += `export const lexiconByWeight: readonly string[] = ${JSON.stringify(groups)}\n`
  return out
}

function foreignAcronyms(): string {
  const items = readLines('script/foreign-acronyms.txt')
  for (const item of items) if (!/^[A-Z0-9]+$/.test(item)) throw new Error(`script/foreign-acronyms.txt: "${item}" is not in capitals`)
  let out = BANNER.replace('{SOURCE}', 'script/foreign-acronyms.txt')
  out += '\n/** All-capital foreign names that stay in Latin in toCyrillic. */\n'
  out += `export const foreignAcronyms: string = ${joined(items)}\n`
  return out
}

function latinAcronyms(): string {
  const rows = tsvRows('script/latin-acronyms.tsv', 2)
  for (const [latin = '', cyrillic = ''] of rows) {
    if (!/^[A-ZÁÓÚÝǴŃ]+$/u.test(latin)) throw new Error(`script/latin-acronyms.tsv: "${latin}" is not Latin capitals`)
    if (!/^[А-ЯӘҒҚҢӨҰҮҺІЁ]+$/u.test(cyrillic)) throw new Error(`script/latin-acronyms.tsv: "${cyrillic}" is not Cyrillic capitals`)
  }
  let out = BANNER.replace('{SOURCE}', 'script/latin-acronyms.tsv')
  out += '\n/** Kazakh acronyms as 2018 Latin writes them and their Cyrillic: "Latin Cyrillic" pairs joined by "|". */\n'
  out += `export const latinAcronyms: string = ${joined(rows.map(([l, c]) => `${l} ${c}`))}\n`
  return out
}

function eLoans(): string {
  const items = readLines('script/e-loans.txt').map((l) => l.toLowerCase())
  for (const item of items) if (!item.startsWith('e')) throw new Error(`script/e-loans.txt: "${item}" does not start with e`)
  let out = BANNER.replace('{SOURCE}', 'script/e-loans.txt')
  out += '\n/** Latin beginnings of loans spelt with э in Cyrillic. */\n'
  out += `export const eLoanPrefixes: string = ${joined(items)}\n`
  return out
}

/**
 * A word list, with or without [group] headers, as one module exporting
 * `{ group: "item|item|…" }` (items lower-cased; a list without headers is group "all").
 */
function groupedList(relPath: string, exportName: string, doc: string): string {
  const groups: Record<string, string[]> = {}
  let current = 'all'
  for (const line of readLines(relPath)) {
    const header = /^\[([a-z-]+)\]$/.exec(line)
    if (header) {
      current = header[1]!
      continue
    }
    ;(groups[current] ??= []).push(line.toLowerCase())
  }
  const body = Object.entries(groups).map(([g, items]) => `  ${JSON.stringify(g)}: ${joined([...new Set(items)])},`).join('\n')
  let out = BANNER.replace('{SOURCE}', relPath)
  out += `\n/** ${doc} Group → items joined by "|". */\n`
  out += `export const ${exportName}: Readonly<Record<string, string>> = {\n${body}\n}\n`
  return out
}

/** A TSV file as rows of columns (comments and blanks dropped), each row checked for its width. */
function tsvRows(relPath: string, width: number): string[][] {
  return readLines(relPath).map((line) => {
    const cols = line.split('\t').map((c) => c.trim())
    if (cols.length !== width || cols.some((c) => c === '' || c.includes('|'))) throw new Error(`${relPath}: "${line}" needs ${width} tab-separated columns`)
    return cols
  })
}

function tsvModule(relPath: string, width: number, exportName: string, doc: string): string {
  const rows = tsvRows(relPath, width).map((cols) => cols.join('\t'))
  let out = BANNER.replace('{SOURCE}', relPath)
  out += `\n/** ${doc} Rows joined by "|", columns by tabs. */\n`
  out += `export const ${exportName}: string = ${JSON.stringify(rows.join('|'))}\n`
  return out
}

/** The entity tagger (data/ner/model.txt, written by data/tools/train-ner.ts). */
function nerModel(): string {
  const packed = readFileSync(join(dataDir, 'ner', 'model.txt'), 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .join('\n')
    .trim()
  let out = BANNER.replace('{SOURCE}', 'ner/model.txt')
  out += '\n/** The packed averaged-perceptron entity tagger trained on KazNERD (CC BY 4.0); see src/entities/perceptron.ts. */\n'
  out += `export const nerModel: string = ${JSON.stringify(packed)}\n`
  return out
}

/** Given names: the hand list and the KazNERD-derived one, folded (lower case, no ь/ъ). */
function givenNames(): string {
  const items = new Set<string>()
  for (const file of ['gazetteer/given-names.txt', 'gazetteer/given-names-kaznerd.txt']) {
    for (const line of readLines(file)) if (!line.startsWith('[')) items.add(line.toLowerCase().replace(/[ьъ]/g, ''))
  }
  let out = BANNER.replace('{SOURCE}', 'gazetteer/given-names.txt and gazetteer/given-names-kaznerd.txt')
  out += '\n/** Given names, lower case without ь/ъ: a listed name before a capitalized word is a person. */\n'
  out += `export const givenNames: string = ${joined([...items].sort())}\n`
  return out
}

/** A list of word forms kept as written (case matters to the tagger's features), `|`-joined. */
function wordForms(relPath: string, name: string, doc: string): string {
  let out = BANNER.replace('{SOURCE}', relPath)
  out += `\n/** ${doc} */\n`
  out += `export const ${name}: string = ${joined(readLines(relPath))}\n`
  return out
}

/** Every generated file: path relative to src/data → its content. */
export function generateAll(): Map<string, string> {
  return new Map([
    ['abbreviations.generated.ts', abbreviations()],
    ['tlds.generated.ts', tlds()],
    ['homoglyphs.generated.ts', homoglyphs()],
    ['suffixes.generated.ts', suffixes()],
    ['vowel-drop.generated.ts', pairs('morphology/vowel-drop.tsv', 'vowelDropStems', 'Stems that drop their last vowel before a vowel suffix, "written:lemma" joined by "|".')],
    ['countries.generated.ts', countryList('gazetteer/countries.tsv', 'countryNames', 'ISO 3166-1 alpha-2 code and Kazakh name, "CODE:name" joined by "|" (CLDR names plus hand-added short forms).')],
    ['country-spellings.generated.ts', countryList('gazetteer/country-spellings.tsv', 'countrySpellings', 'Other spellings of country names (Әзербайжан, Австрия), "CODE:name" joined by "|": the entity gazetteer only.')],
    ['stems.generated.ts', stems()],
    ['dropped-finals.generated.ts', groupedList('morphology/dropped-finals.txt', 'droppedFinalLoans', 'Loans whose last consonant drops before a suffix (журналист → журналисі, процесс → процесі), as lemmas.')],
    ['lexicon.generated.ts', lexicon()],
    ['foreign-acronyms.generated.ts', foreignAcronyms()],
    ['latin-acronyms.generated.ts', latinAcronyms()],
    ['e-loans.generated.ts', eLoans()],
    ['ia-stems.generated.ts', groupedList('script/ia-stems.txt', 'iaStems', 'Latin stems whose ıa before -da is иа (Olımpıada → Олимпиада).')],
    ['speech-verbs.generated.ts', groupedList('quotes/speech-verbs.txt', 'speechVerbs', 'Reporting verbs that close a direct quotation.')],
    ['titles.generated.ts', groupedList('quotes/titles.txt', 'personTitles', 'Words that name a person by role.')],
    ['name-heads.generated.ts', groupedList('quotes/name-heads.txt', 'nameHeads', 'Nouns after «…» that make it a name, not speech.')],
    ['according-to.generated.ts', groupedList('quotes/according-to.txt', 'accordingToCues', 'Cues of "according to X, …".')],
    ['organizations.generated.ts', tsvModule('gazetteer/organizations.tsv', 3, 'organizationRows', 'Organizations: abbreviation, full name, kind ("-" when unknown).')],
    ['places.generated.ts', tsvModule('gazetteer/places.tsv', 4, 'placeRows', 'Places that are not countries: name, type, kind, country ("-" when none).')],
    ['ner-model.generated.ts', nerModel()],
    ['frequent-words.generated.ts', wordForms('ner/frequent-words.txt', 'frequentWords', "The word forms of KazNERD's train split, commonest first: the entity tagger prepares their features when it loads.")],
    ['outside-words.generated.ts', wordForms('ner/outside-words.txt', 'outsideWords', 'Common word forms seen outside entities in KazNERD and never at the start of one: outside an entity the tagger gives them O unscored.')],
    ['given-names.generated.ts', givenNames()],
    ['openers.generated.ts', groupedList('ner/openers.txt', 'sentenceOpeners', 'Sentence openers trimmed from the start of a name.')],
    ['units.generated.ts', groupedList('ner/units.txt', 'unitsOfMeasure', 'Units of measure after a number (symbols as written, words as lemmas).')],
    ['company-forms.generated.ts', groupedList('ner/company-forms.txt', 'companyForms', "Words that end a foreign company's name (as written): Group, Corporation, LLC, GmbH …")],
    ['number-words.generated.ts', groupedList('ner/number-words.txt', 'numberWordStems', 'Stems of number words: an amount must hold a digit or a word that starts with one.')],
    ['date-ends.generated.ts', groupedList('ner/date-ends.txt', 'dateEnds', 'Lemmas that end a DATE in KazNERD\'s train split.')],
    ['facility-acronyms.generated.ts', groupedList('ner/facility-acronyms.txt', 'facilityAcronyms', 'Acronyms of power stations, which a number names: №1 ГРЭС, ЖЭО-2.')],
    ['common-acronyms.generated.ts', groupedList('ner/common-acronyms.txt', 'commonAcronyms', 'Acronyms of common nouns and documents, which name no entity: ЖІӨ, ҚҚС, ЖОО, ҰБТ.')],
    ['diseases.generated.ts', groupedList('ner/diseases.txt', 'diseaseStems', 'Stems of disease names: a DISEASE must hold a word that starts with one.')],
    ['about-this.generated.ts', groupedList('quotes/about-this.txt', 'aboutThisCues', 'Openers and verbs of "Бұл туралы X мәлімдеді".')],
    ['phrase-heads.generated.ts', groupedList('morphology/phrase-heads.txt', 'phraseHeads', 'Heads of names whose case the word lemmatizer misses: the phrase lemmatizer strips it.')],
    ['page-chrome.generated.ts', groupedList('article/page-chrome.txt', 'pageChrome', 'The furniture of news pages: headings of related and comment blocks, caption, byline, tag and source labels, buttons and notices.')],
    ['interview.generated.ts', groupedList('quotes/interview.txt', 'interviewWords', 'Words of an interview: lead stems ("сұхбат…") and honorifics of a question\'s address.')],
    ['source-verbs.generated.ts', groupedList('quotes/source-verbs.txt', 'sourceVerbs', 'Verbs of news-agency credits after "деп".')],
    ['kazakh-words.generated.ts', groupedList('language/kazakh-words.txt', 'kazakhWords', 'Kazakh words written with letters Russian has too: where the Kazakh-letter check fails, Cyrillic text with enough of them is Kazakh.')],
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
