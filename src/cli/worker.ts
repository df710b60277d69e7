/** A batch worker: receives chunks of whole lines as bytes, answers with one output line per input line. */
import { parentPort } from 'node:worker_threads'
import type { BatchChunk, BatchResult } from './batch.js'
import { processLine } from './tasks.js'

const decoder = new TextDecoder()
const encoder = new TextEncoder()

parentPort!.on('message', (chunk: BatchChunk) => {
  const text = decoder.decode(chunk.bytes)
  // a chunk is whole lines: the newline after the last one leaves an empty piece to drop
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  let output = ''
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!
    output += `${processLine(line.endsWith('\r') ? line.slice(0, -1) : line, chunk.first + k, chunk.task, chunk.today)}\n`
  }
  const bytes = encoder.encode(output)
  const result: BatchResult = { id: chunk.id, output: bytes, lines: lines.length, bytes: chunk.bytes.length }
  parentPort!.postMessage(result, [bytes.buffer as ArrayBuffer])
})
