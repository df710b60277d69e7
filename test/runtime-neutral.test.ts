/** The core must run in browsers, Deno and Bun: no Node built-ins in src/ (cli/ excepted). */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const srcDir = join(import.meta.dirname, '..', 'src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'cli' ? [] : sourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

describe('src/ is runtime-neutral', () => {
  const files = sourceFiles(srcDir)
  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(5)
  })
  it.each(files.map((f) => [relative(srcDir, f), f]))('%s uses no fs, path, process, Buffer or node: imports', (_, file) => {
    const code = readFileSync(file, 'utf8')
    expect(code).not.toMatch(/from ['"](node:)?(fs|path|os|child_process|worker_threads|url)['"]/)
    expect(code).not.toMatch(/\bprocess\.|\bBuffer\.|\brequire\(/)
  })
})
