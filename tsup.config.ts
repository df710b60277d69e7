import { readFileSync } from 'node:fs'
import { defineConfig, type Options } from 'tsup'

const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version

/** The command line and its batch worker: Node, ESM, the library bundled in (no second copy to resolve). */
export const cliOptions: Options = {
  entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  dts: false,
  clean: false,
  splitting: true,
  banner: { js: '#!/usr/bin/env node' },
  define: { __VERSION__: JSON.stringify(version) },
  noExternal: [/^franc-min$/, /^trigram-utils$/, /^collapse-white-space$/, /^n-gram$/],
  esbuildOptions(options) {
    options.charset = 'utf8'
  },
}

// One entry per public subpath. `platform: 'neutral'` keeps node built-ins out of the core,
// so the same files load in browsers, Deno and Bun.
export default defineConfig([{
  entry: { index: 'src/index.ts', tokenize: 'src/tokenize.ts', 'reading-time': 'src/reading-time.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  platform: 'neutral',
  target: 'es2022',
  sourcemap: false,
  // npm run build empties dist/ first: two configs build into it at once
  clean: false,
  minify: false,
  splitting: true,
  // franc-min is ESM-only: bundled, so the CommonJS build works on Node 20 (see the README)
  noExternal: [/^franc-min$/, /^trigram-utils$/, /^collapse-white-space$/, /^n-gram$/],
  treeshake: true,
  // Kazakh text as UTF-8, not \uXXXX escapes: the word lists and the model are Cyrillic, and
  // escaped they took three times the bytes (the bundle was 4.8 MB, 770 KB gzipped)
  esbuildOptions(options) {
    options.charset = 'utf8'
  },
},
  cliOptions,
])
