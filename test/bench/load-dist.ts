/** The built package (npm run bench builds it first), typed as the source API. */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

export type Api = typeof import('../../src/index.js')

export async function loadDist(): Promise<Api> {
  const path = join(import.meta.dirname, '..', '..', 'dist', 'index.js')
  if (!existsSync(path)) {
    console.error('bench: dist/ is missing; run npm run build (npm run bench does it for you)')
    process.exit(2)
  }
  return (await import(pathToFileURL(path).href)) as Api
}
