/** A batch worker: receives chunks of lines, answers with their results in the same order. */
import { parentPort } from 'node:worker_threads'
import { processLine, type Task } from './tasks.js'

parentPort!.on('message', (message: { id: number; first: number; lines: string[]; task: Task }) => {
  const results = message.lines.map((line, k) => processLine(line, message.first + k, message.task))
  parentPort!.postMessage({ id: message.id, results })
})
