/**
 * npm run check:runtimes — does the built package give the same answers in Bun, Deno and a
 * headless browser as in Node? Each runtime found on this machine (PATH or node_modules/.bin)
 * runs probe.js on the bundled page; its SHA-1 must equal Node's. Runtimes not found are named
 * and skipped (none is a dependency: install bun / deno from npm, Chromium from your system).
 * Exits 1 when a runtime that ran disagrees with Node or fails.
 */
import { execFile, execFileSync } from 'node:child_process'
import { accessSync, constants, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { delimiter, extname, join, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { table } from '../eval/metrics.js'
import { probe } from './probe.js'

const root = resolve(import.meta.dirname, '..', '..')
const page = readFileSync(join(root, 'examples', 'egemen-2024-01-03.txt'), 'utf8')
const reference = await probe(await import(pathToFileURL(join(root, 'dist', 'index.js')).href), page)

/** The first of `names` that is an executable on PATH or in node_modules/.bin. */
function findExecutable(names: string[]): string | undefined {
  const dirs = [join(root, 'node_modules', '.bin'), ...(process.env.PATH ?? '').split(delimiter).filter(Boolean)]
  for (const name of names) {
    for (const dir of dirs) {
      try {
        accessSync(join(dir, name), constants.X_OK)
        return join(dir, name)
      } catch {
        // not here
      }
    }
  }
  return undefined
}

const run = (file: string, args: string[]): string => execFileSync(file, args, { cwd: root, encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'] })
/** run, without blocking this process: the browser loads its files from our server meanwhile. */
const runAsync = async (file: string, args: string[]): Promise<string> => (await promisify(execFile)(file, args, { cwd: root, encoding: 'utf8', timeout: 120_000 })).stdout
const lastJson = (output: string): { sha1: string; ms: number } => JSON.parse(output.trim().split('\n').at(-1)!) as { sha1: string; ms: number }

/** Serves the project's dist/, examples/ and test/runtimes/ to the browser, nothing else. */
function serve(): Promise<Server> {
  const types: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.txt': 'text/plain; charset=utf-8' }
  const server = createServer((request, response) => {
    const path = resolve(root, `.${decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)}`)
    const allowed = ['dist', 'examples', join('test', 'runtimes')].some((dir) => path.startsWith(join(root, dir) + sep))
    try {
      if (!allowed) throw new Error('not served')
      const body = readFileSync(path)
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' })
      response.end(body)
    } catch {
      response.writeHead(404)
      response.end()
    }
  })
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)))
}

interface Runtime {
  name: string
  executables: string[]
  version: (file: string) => string
  probe: (file: string) => Promise<{ sha1: string; ms: number }>
  /** Whether its ms mean anything (a headless browser runs the page on virtual time). */
  timed: boolean
}

const runtimes: Runtime[] = [
  {
    name: 'Bun',
    executables: ['bun'],
    version: (file) => run(file, ['--version']).trim(),
    probe: async (file) => lastJson(run(file, ['test/runtimes/run-probe.mjs'])),
    timed: true,
  },
  {
    name: 'Deno',
    executables: ['deno'],
    version: (file) => run(file, ['--version']).split(' ')[1] ?? '',
    probe: async (file) => lastJson(run(file, ['run', '--allow-read', 'test/runtimes/run-probe.mjs'])),
    timed: true,
  },
  {
    name: 'headless browser',
    executables: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
    version: (file) => run(file, ['--version']).trim().split(' ').slice(0, 2).join(' '),
    probe: async (file) => {
      const server = await serve()
      try {
        const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/test/runtimes/probe.html`
        // --no-sandbox: CI containers run as root; the virtual time budget lets the module finish
        const dom = await runAsync(file, ['--headless=new', '--no-sandbox', '--disable-gpu', '--virtual-time-budget=60000', '--dump-dom', url])
        const found = /probe (\{.*?\})/.exec(dom)
        if (!found) throw new Error(/probe-error (.*)/.exec(dom)?.[1] ?? 'the page did not finish')
        return JSON.parse(found[1]!) as { sha1: string; ms: number }
      } finally {
        server.close()
      }
    },
    timed: false,
  },
]

const rows: string[][] = [['Node', process.versions.node, reference.sha1.slice(0, 12), 'reference', reference.ms.toFixed(0)]]
let failed = false
for (const runtime of runtimes) {
  const file = findExecutable(runtime.executables)
  if (!file) {
    rows.push([runtime.name, '', '', `not found (${runtime.executables.join(', ')}): skipped`, ''])
    continue
  }
  try {
    const result = await runtime.probe(file)
    const same = result.sha1 === reference.sha1
    failed ||= !same
    rows.push([runtime.name, runtime.version(file), result.sha1.slice(0, 12), same ? 'same as Node' : 'DIFFERENT', runtime.timed ? result.ms.toFixed(0) : '–'])
  } catch (error) {
    failed = true
    rows.push([runtime.name, '', '', `failed: ${String((error as Error).message).split('\n')[0]}`, ''])
  }
}
console.log('The bundled page analyzed in Cyrillic and Latin (tokens included) and round-tripped through the 2021 alphabet:\n')
console.log(table(['runtime', 'version', 'SHA-1', 'output', 'ms'], rows))
process.exit(failed ? 1 : 0)
