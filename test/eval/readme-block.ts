/** Writes generated text into README.md between `<!-- NAME:start -->` and `<!-- NAME:end -->`. */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export function writeReadmeBlock(name: string, body: string): void {
  const path = join(import.meta.dirname, '..', '..', 'README.md')
  const readme = readFileSync(path, 'utf8')
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const a = readme.indexOf(start)
  const b = readme.indexOf(end)
  if (a < 0 || b < a) throw new Error(`README.md has no ${start} … ${end} block`)
  writeFileSync(path, `${readme.slice(0, a + start.length)}\n\`\`\`text\n${body.trim()}\n\`\`\`\n${readme.slice(b)}`)
  console.log(`wrote the ${name} block of README.md`)
}
