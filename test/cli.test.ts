/**
 * The built CLI, run as a child process on real files. The CLI is built once into a temporary
 * folder with the project's own tsup options (no type declarations, so it takes a few seconds).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'tsup'
import { beforeAll, describe, expect, it } from 'vitest'
import { cliOptions } from '../tsup.config.js'
import { toLatin } from '../src/index.js'

const dir = mkdtempSync(join(tmpdir(), 'kazakh-nlp-cli-'))
const cli = join(dir, 'cli.js')
const pagePath = new URL('./fixtures/seed/000_c7d509376adc05ed.txt', import.meta.url).pathname
const page = readFileSync(pagePath, 'utf8')

beforeAll(async () => {
  // config: false — else tsup also runs tsup.config.ts's builds, and two builds writing one
  // chunk file at once corrupt it
  await build({ ...cliOptions, outDir: dir, silent: true, config: false })
  // as in the published package, where dist/ sits under "type": "module": without it Node has to
  // guess each .js file's module type, and sometimes reads the chunk as CommonJS
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n')
}, 120_000)

function run(args: string[], input?: string, env: Record<string, string> = {}): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', env: { ...process.env, ...env } })
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}

describe('kazakh-nlp CLI', () => {
  it('prints help and the version', () => {
    expect(run(['--help']).stdout).toMatch(/^kazakh-nlp — /)
    expect(run(['--version']).stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version)
  })
  it('finds the seed page’s quotes as JSON', () => {
    const r = run(['quotes', pagePath])
    expect(r.code).toBe(0)
    const quotes = JSON.parse(r.stdout) as { kind: string; speaker: { name: string } | null; cue: unknown }[]
    expect(quotes.filter((q) => q.kind === 'direct' && q.cue).map((q) => q.speaker?.name)).toEqual(['Қасым-Жомарт Тоқаев', 'Қасым-Жомарт Тоқаев'])
  })
  it('prints a table readable in a terminal (speaker | quote | cue)', () => {
    const r = run(['quotes', pagePath, '--format', 'table'])
    expect(r.stdout).toContain('speaker')
    expect(r.stdout).toContain('Қасым-Жомарт Тоқаев')
    expect(r.stdout).toContain('деді')
  })
  it('reads standard input with "-" and runs every command', () => {
    // a page's body only, as analyze counts it (the whole page has 333 words), in the text's script
    // (the body's paragraphs: the repeated headline is not read twice)
    expect(JSON.parse(run(['reading-time', '-'], page).stdout)).toMatchObject({ minutes: 2, words: 290, label: '2 мин' })
    expect(JSON.parse(run(['reading-time', '-'], toLatin(page).text).stdout)).toMatchObject({ minutes: 2, words: 290, label: '2 mın' })
    expect(JSON.parse(run(['entities', '-'], 'Ресейге барды.').stdout)).toMatchObject([{ type: 'GPE', lemma: 'Ресей', country: 'RU' }])
    expect(JSON.parse(run(['analyze', pagePath]).stdout)).toMatchObject({ language: 'kaz', readingTime: { minutes: 2 } })
  })
  it('gives the entities analyze gives: none in a Russian quotation inside a Kazakh paragraph', () => {
    // (analyze's own, in test/analyze.test.ts; the tagger is not loaded in this test's process)
    const text = 'Жоба туралы «Интерфакс» агенттігі де хабарлады: «В Актобе построят многопрофильную больницу на 500 коек», – деп жазды басылым.'
    const entities = JSON.parse(run(['entities', '-'], text).stdout) as { text: string }[]
    expect(entities.map((e) => e.text)).toEqual(['Интерфакс'])
  })
  it.each([
    [['quotes', 'no-such-file.txt'], /^kazakh-nlp: no such file: no-such-file\.txt\n$/],
    [['quotes', '--frobnicate'], /^kazakh-nlp: unknown option --frobnicate/],
    [['dance'], /^kazakh-nlp: unknown command "dance"/],
    [[], /^kazakh-nlp: no command given/],
    [['quotes', '--format', 'xml'], /^kazakh-nlp: --format must be json or table/],
    [['batch', 'no-such-file.jsonl'], /^kazakh-nlp: no such file: no-such-file\.jsonl\n$/],
    [['analyze', '-', '--today', '2026-02-31'], /^kazakh-nlp: --today must be a date such as 2026-12-05, not "2026-02-31"\n$/],
    [['analyze', '-', '--today'], /^kazakh-nlp: --today needs a value\n$/],
  ])('%j → one line on stderr, exit code 2', (args, message) => {
    const r = run(args)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
  })
})

describe('kazakh-nlp batch', () => {
  const records = Array.from({ length: 150 }, (_, i) => JSON.stringify({ id: i, text: page.slice(0, 200 + ((i * 53) % 2000)) }))
  const lines = [...records.slice(0, 3), 'not json', '', JSON.stringify({ id: 'no-text' }), '[1,2]', ...records.slice(3)]
  const file = join(dir, 'in.jsonl')
  writeFileSync(file, `${lines.join('\n')}\n`)

  it('writes one line per input line, in input order, with error records in place', () => {
    const r = run(['batch', file, '--workers', '2', '--task', 'reading-time'])
    expect(r.code).toBe(0)
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(out).toHaveLength(lines.length)
    expect(out.slice(3, 7)).toEqual([
      { line: 4, error: 'not valid JSON' },
      { line: 5, error: 'empty line' },
      { line: 6, id: 'no-text', error: 'no string "text" field' },
      { line: 7, error: 'not a JSON object' },
    ])
    const ids = out.filter((o) => !('error' in o)).map((o) => o.id)
    expect(ids).toEqual(records.map((_, i) => i))
  })
  it('gives the same results on one worker and on two, from standard input too', () => {
    const one = run(['batch', '-', '--workers', '1', '--task', 'quotes'], readFileSync(file, 'utf8')).stdout
    const two = run(['batch', file, '--workers', '2', '--task', 'quotes']).stdout
    expect(two).toBe(one)
  })
  it('keeps lines and their numbers across chunk boundaries: tiny chunks, CRLF, no final newline, multi-byte text', () => {
    const crlf = `${lines.join('\r\n')}`
    const whole = run(['batch', file, '--workers', '2', '--task', 'reading-time']).stdout
    for (const bytes of ['1', '97', '4096']) {
      const r = run(['batch', '-', '--workers', '2', '--task', 'reading-time'], crlf, { KAZAKH_NLP_CHUNK_BYTES: bytes })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe(whole)
    }
  })
  it('gives an empty input an empty output', () => {
    const r = run(['batch', '-', '--task', 'quotes'], '')
    expect(r).toMatchObject({ code: 0, stdout: '' })
  })
  it('dates "Бүгін, 10:15" by --today, or by a record\'s own "today", and gives a bad one an error record', () => {
    const text = 'Бүгін, 10:15\n\nАстанада жылу беру маусымы басталады\n\nАстанада жылу беру маусымы 1 қазанда басталады деп хабарлады әкімдік.'
    const input = [JSON.stringify({ id: 'a', text }), JSON.stringify({ id: 'b', text, today: '2026-01-01' }), JSON.stringify({ id: 'c', text, today: 20260101 })].join('\n')
    const r = run(['batch', '-', '--today', '2026-12-05', '--workers', '1'], input)
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; article?: { date?: { value: string; time?: string } }; error?: string })
    expect(out.map((o) => [o.id, o.article?.date?.value ?? o.error])).toEqual([
      ['a', '2026-12-05'],
      ['b', '2026-01-01'],
      ['c', '"today" must be an ISO date such as "2026-12-05"'],
    ])
    // and on one file: without --today the date is left out
    expect(JSON.parse(run(['analyze', '-', '--today', '2026-12-05'], text).stdout).article.date).toMatchObject({ value: '2026-12-05', time: '10:15' })
    expect(JSON.parse(run(['analyze', '-'], text).stdout).article.date).toBeUndefined()
  })
  it('runs analyze by default', () => {
    const out = execFileSync(process.execPath, [cli, 'batch', '-'], { input: `${records[0]}\n`, encoding: 'utf8' })
    expect(JSON.parse(out)).toMatchObject({ id: 0, language: 'kaz' })
  })
})
