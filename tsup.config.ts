import { defineConfig } from 'tsup'

// One entry per public subpath. `platform: 'neutral'` keeps node built-ins out of the core,
// so the same files load in browsers, Deno and Bun.
export default defineConfig({
  entry: { index: 'src/index.ts', tokenize: 'src/tokenize.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  platform: 'neutral',
  target: 'es2022',
  sourcemap: false,
  clean: true,
  minify: false,
  splitting: true,
  treeshake: true,
})
