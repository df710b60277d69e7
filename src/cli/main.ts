/**
 * kazakh-nlp — the command line. Node only (this folder is the one place that may use fs and
 * process); the library itself stays runtime-neutral.
 *
 *   kazakh-nlp analyze <file|->        everything: language, quotes, entities, reading time, page fields
 *   kazakh-nlp quotes <file|->         who said what
 *   kazakh-nlp entities <file|->       people, organizations, places, dates
 *   kazakh-nlp reading-time <file|->   minutes to read (a scraped page's body, as analyze counts it)
 *   kazakh-nlp batch [file|-]          JSONL in ({"id", "text"} a line), JSONL out, in input order
 *
 * Errors (missing file, unknown flag or command): one line on stderr and exit code 2.
 */
import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { analyze, extractQuotes, quotesToRows } from '../index.js'
import { runBatch } from './batch.js'
import { articleEntities, articleReadingTime, isIsoDay, type Task, TASKS } from './tasks.js'

declare const __VERSION__: string

const HELP = `kazakh-nlp — Kazakh news text: quotes and speakers, entities, reading time

Usage:
  kazakh-nlp <command> [file|-] [options]

Commands:
  analyze        language, paragraphs, sentences, entities, quotes, reading time, page fields
  quotes         quotations with speakers and cues
  entities       people, organizations, countries, places, dates (with lemmas and codes)
  reading-time   minutes to read (a scraped page's body only)
  batch          JSONL in ({"id": …, "text": …} per line), JSONL out in input order, on all cores

Options:
  --format json|table   output format (default json; batch is always JSONL)
  --task <command>      batch: what to run on each record (default analyze)
  --workers <n>         batch: worker threads (default: the number of cores)
  --today <YYYY-MM-DD>  the day the page was read, for dates such as "Бүгін, 10:15"
                        (batch: for records without their own "today" field)
  -h, --help            this help
  -v, --version         the version

Reads standard input when the file is "-" or missing.`

class UsageError extends Error {}

function parse(argv: string[]): { command: string; file: string; format: 'json' | 'table'; task: Task; workers: number; today?: string } {
  let command = ''
  let file = '-'
  let format: 'json' | 'table' = 'json'
  let task: Task = 'analyze'
  let workers = availableParallelism()
  let today: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const value = (): string => {
      const v = argv[++i]
      if (v === undefined) throw new UsageError(`${arg} needs a value`)
      return v
    }
    if (arg === '-h' || arg === '--help') return { command: 'help', file, format, task, workers }
    if (arg === '-v' || arg === '--version') return { command: 'version', file, format, task, workers }
    if (arg === '--format') {
      const f = value()
      if (f !== 'json' && f !== 'table') throw new UsageError(`--format must be json or table, not "${f}"`)
      format = f
    } else if (arg === '--task') {
      const t = value()
      if (!(TASKS as readonly string[]).includes(t)) throw new UsageError(`--task must be one of ${TASKS.join(', ')}, not "${t}"`)
      task = t as Task
    } else if (arg === '--workers') {
      const n = Number(value())
      if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError('--workers must be a whole number from 1 to 256')
      workers = n
    } else if (arg === '--today') {
      const d = value()
      if (!isIsoDay(d)) throw new UsageError(`--today must be a date such as 2026-12-05, not "${d}"`)
      today = d
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option ${arg} (see --help)`)
    } else if (!command) {
      command = arg
    } else if (file === '-') {
      file = arg
    } else {
      throw new UsageError(`unexpected argument "${arg}" (see --help)`)
    }
  }
  if (!command) throw new UsageError('no command given (see --help)')
  return { command, file, format, task, workers, ...(today ? { today } : {}) }
}

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file === '-' ? 'standard input' : file}: ${(error as Error).message}`)
  }
}

function print(value: unknown, format: 'json' | 'table', rows?: () => Record<string, unknown>[]): void {
  if (format === 'table' && rows) {
    console.table(rows())
    return
  }
  process.stdout.write(`${JSON.stringify(value, null, format === 'json' ? 2 : 0)}\n`)
}

const short = (s: string, n = 60): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s)

async function main(argv: string[]): Promise<void> {
  const args = parse(argv)
  switch (args.command) {
    case 'help':
      process.stdout.write(`${HELP}\n`)
      return
    case 'version':
      process.stdout.write(`${__VERSION__}\n`)
      return
    case 'analyze': {
      const result = analyze(readInput(args.file), args.today ? { today: args.today } : {})
      print(result, args.format, () => [
        { field: 'language', value: result.language },
        { field: 'paragraphs', value: result.paragraphs.length },
        { field: 'sentences', value: result.sentences.length },
        { field: 'entities', value: result.entities.length },
        { field: 'quotes', value: result.quotes.length },
        { field: 'reading time', value: result.readingTime.label },
        ...(result.article?.title ? [{ field: 'title', value: short(result.article.title.text) }] : []),
      ])
      return
    }
    case 'quotes': {
      const quotes = extractQuotes(readInput(args.file))
      print(quotes, args.format, () => quotesToRows(quotes).map((r) => ({ speaker: r.speaker, quote: short(r.quote), cue: r.cue, kind: r.kind })))
      return
    }
    case 'entities': {
      const entities = articleEntities(readInput(args.file), args.today)
      print(entities, args.format, () => entities.map((e) => ({ type: e.type, text: short(e.text, 40), lemma: short(e.lemma, 40), country: e.country ?? '', value: e.value ?? '' })))
      return
    }
    case 'reading-time': {
      const result = articleReadingTime(readInput(args.file), args.today)
      print(result, args.format, () => [{ minutes: result.minutes, words: result.words, label: result.label }])
      return
    }
    case 'batch':
      await runBatch({ file: args.file, task: args.task, workers: args.workers, ...(args.today ? { today: args.today } : {}) })
      return
    default:
      throw new UsageError(`unknown command "${args.command}" (see --help)`)
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`kazakh-nlp: ${message}\n`)
  process.exitCode = error instanceof UsageError || (error as { usage?: boolean }).usage === true ? 2 : 1
})
