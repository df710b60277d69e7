import { createReadStream, fstatSync, statSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { UsageErrorFromBatch } from './errors.js'
import type { Task } from './tasks.js'

/**
 * Bytes of input per message to a worker. The main thread only cuts the input at newlines and
 * hands the bytes over (transferred, not copied); workers decode, split and process the lines.
 * Large enough that messaging is nothing next to the work, small enough to keep both workers
 * busy to the end. KAZAKH_NLP_CHUNK_BYTES overrides it (tests use tiny chunks).
 */
const CHUNK_BYTES = Number(process.env.KAZAKH_NLP_CHUNK_BYTES) || 128 * 1024
/** Chunks in flight per worker: enough to keep it busy, few enough to bound memory on huge input. */
const IN_FLIGHT = 3
const NEWLINE = 10

/** A chunk of whole lines: its number, the line number of its first line, and its bytes. */
export interface BatchChunk {
  id: number
  first: number
  bytes: Uint8Array
  task: Task
  /** The day the pages were read, for records without their own "today". */
  today?: string
}

/**
 * A worker's answer: one output line per input line of the chunk, each ending in a newline, as
 * UTF-8 bytes. The worker encodes them and transfers the buffer, so the main thread neither
 * copies nor encodes strings: it only writes, and leaves both cores to the workers.
 */
export interface BatchResult {
  id: number
  output: Uint8Array
  lines: number
  bytes: number
}

/**
 * The progress line: records written, rate, elapsed time and, when the input's size is known
 * (a file, or standard input redirected from one), percent done and the time left.
 */
export function progressLine(records: number, bytesDone: number, totalBytes: number | undefined, seconds: number): string {
  const rate = `${records} records, ${(records / Math.max(seconds, 0.001)).toFixed(0)}/s, ${formatSeconds(seconds)}`
  if (!totalBytes || bytesDone <= 0) return rate
  const done = Math.min(bytesDone / totalBytes, 1)
  const left = (seconds * (1 - done)) / done
  return `${rate}, ${(done * 100).toFixed(0)} %, ETA ${formatSeconds(left)}`
}

function formatSeconds(s: number): string {
  const whole = Math.round(s)
  return whole < 60 ? `${whole} s` : `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`
}

/** The input's size in bytes when it is a regular file, so the progress line can tell the time left. */
function inputSize(file: string): number | undefined {
  try {
    const stat = file === '-' ? fstatSync(0) : statSync(file)
    return stat.isFile() ? stat.size : undefined
  } catch {
    return undefined
  }
}

/**
 * JSONL in, JSONL out, in input order, on `workers` threads. The input is cut into chunks of
 * whole lines; results are written as soon as every earlier chunk is written. On a TTY stderr
 * shows a progress line (records, rate, percent and ETA when the input size is known).
 */
export async function runBatch(options: { file: string; task: Task; workers: number; today?: string }): Promise<void> {
  const input = options.file === '-' ? process.stdin : createReadStream(options.file, { highWaterMark: 64 * 1024 })
  const opened = new Promise<void>((resolve, reject) => {
    input.once('error', reject)
    if (options.file === '-') resolve()
    else input.once('open', () => resolve())
  })
  try {
    await opened
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageErrorFromBatch(code === 'ENOENT' ? `no such file: ${options.file}` : `cannot read ${options.file}: ${(error as Error).message}`)
  }
  const totalBytes = inputSize(options.file)
  const workerUrl = new URL('./cli-worker.js', import.meta.url)
  const pool = Array.from({ length: options.workers }, () => new Worker(workerUrl))
  const pending = new Map<number, BatchResult>()
  let nextToWrite = 0
  let nextChunk = 0
  let written = 0
  let bytesDone = 0
  const started = Date.now()
  const progress = process.stderr.isTTY === true
  let lastProgress = 0
  const waiting: (() => void)[] = []
  const inFlight = new Array<number>(pool.length).fill(0)

  const flush = (): void => {
    while (pending.has(nextToWrite)) {
      const result = pending.get(nextToWrite)!
      pending.delete(nextToWrite)
      if (result.output.length > 0) process.stdout.write(result.output)
      written += result.lines
      bytesDone += result.bytes
      nextToWrite++
    }
    if (progress && Date.now() - lastProgress > 200) {
      lastProgress = Date.now()
      process.stderr.write(`\r${progressLine(written, bytesDone, totalBytes, (lastProgress - started) / 1000)}   `)
    }
  }
  const done = pool.map(
    (worker, w) =>
      new Promise<void>((resolve, reject) => {
        worker.on('message', (m: BatchResult) => {
          pending.set(m.id, m)
          inFlight[w]!--
          flush()
          waiting.shift()?.()
        })
        worker.on('error', reject)
        worker.on('exit', () => resolve())
      }),
  )
  const send = async (bytes: Uint8Array, first: number): Promise<void> => {
    for (;;) {
      const w = inFlight.indexOf(Math.min(...inFlight))
      if (inFlight[w]! < IN_FLIGHT) {
        inFlight[w]!++
        const chunk: BatchChunk = { id: nextChunk++, first, bytes, task: options.task, ...(options.today ? { today: options.today } : {}) }
        pool[w]!.postMessage(chunk, [bytes.buffer as ArrayBuffer])
        return
      }
      await new Promise<void>((resolve) => waiting.push(resolve))
    }
  }

  // Cut the input at the last newline of every CHUNK_BYTES; count lines so each chunk knows its
  // first line's number (a newline byte never sits inside a UTF-8 sequence).
  let held: Buffer[] = []
  let heldBytes = 0
  let lineNumber = 1
  const cut = async (final: boolean): Promise<void> => {
    const all = held.length === 1 ? held[0]! : Buffer.concat(held, heldBytes)
    const end = final ? all.length : all.lastIndexOf(NEWLINE) + 1
    // a copy of its own, so its buffer can be transferred to the worker
    const bytes = new Uint8Array(end)
    bytes.set(all.subarray(0, end))
    const first = lineNumber
    for (let at = bytes.indexOf(NEWLINE); at >= 0; at = bytes.indexOf(NEWLINE, at + 1)) lineNumber++
    held = end < all.length ? [all.subarray(end)] : []
    heldBytes = all.length - end
    await send(bytes, first)
  }
  for await (const data of input) {
    const buffer = typeof data === 'string' ? Buffer.from(data) : (data as Buffer)
    held.push(buffer)
    heldBytes += buffer.length
    // only when the newest data ends a line: a huge line is gathered once, not re-joined per read
    if (heldBytes >= CHUNK_BYTES && buffer.includes(NEWLINE)) await cut(false)
  }
  if (heldBytes > 0) await cut(true)
  while (nextToWrite < nextChunk) await new Promise<void>((resolve) => waiting.push(resolve))
  for (const worker of pool) await worker.terminate()
  await Promise.allSettled(done)
  if (progress) process.stderr.write(`\r${progressLine(written, bytesDone, totalBytes, (Date.now() - started) / 1000)}   \n`)
}
