// The probe under Bun or Deno (both read node:fs): prints {"sha1", "ms"} as JSON.
import { readFileSync } from 'node:fs'
import { probe } from './probe.js'

const root = new URL('../../', import.meta.url)
const kazakhNlp = await import(new URL('dist/index.js', root).href)
const page = readFileSync(new URL('examples/egemen-2024-01-03.txt', root), 'utf8')
console.log(JSON.stringify(await probe(kazakhNlp, page)))
