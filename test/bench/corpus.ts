/** The bench text: the bundled page, plus UD_Kazakh-KTB sentences when ../shared is there, to ≥ 1 MB. */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { detokenize } from '../../data/tools/kaznerd.js'

export const root = join(import.meta.dirname, '..', '..')

export function benchCorpus(sharedDir: string): { text: string; source: string } {
  const parts = [readFileSync(join(root, 'examples', 'egemen-2024-01-03.txt'), 'utf8')]
  let source = 'seed page'
  const ud = join(sharedDir, 'data', 'ud-kazakh-ktb', 'kk_ktb-dev.conllu')
  if (existsSync(ud)) {
    const sentences = readFileSync(ud, 'utf8').split('\n').filter((l) => l.startsWith('# text = ')).map((l) => l.slice(9))
    for (let i = 0; i < sentences.length; i += 8) parts.push(sentences.slice(i, i + 8).join(' '))
    source += ' + UD_Kazakh-KTB dev sentences'
  } else {
    source += ` (no ${ud})`
  }
  const unit = parts.join('\n\n')
  let text = unit
  while (Buffer.byteLength(text) < 1_048_576) text += `\n\n${unit}`
  return { text, source }
}

/**
 * Article-sized documents, for throughput as users see it (one call per article, every cache
 * cold): 25 consecutive KazNERD sentences each (≈ 1.8 KB, 290 tokens), detokenized, when
 * ../shared is there; else the bundled page, as many times as it takes to make 1 MB.
 */
export function articleCorpus(sharedDir: string): { documents: string[]; source: string } {
  const path = join(sharedDir, 'data', 'kaznerd', 'IOB2_valid.txt')
  if (!existsSync(path)) {
    const page = readFileSync(join(root, 'examples', 'egemen-2024-01-03.txt'), 'utf8')
    return { documents: Array.from({ length: Math.ceil(1_048_576 / Buffer.byteLength(page)) }, () => page), source: `the bundled page, repeated (no ${path})` }
  }
  const sentences: string[] = []
  let words: string[] = []
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const trimmed = line.trim()
    if (trimmed !== '') words.push(trimmed.slice(0, trimmed.lastIndexOf(' ')))
    else if (words.length > 0) {
      sentences.push(detokenize(words))
      words = []
    }
  }
  if (words.length > 0) sentences.push(words.join(' '))
  const documents: string[] = []
  for (let i = 0; i < sentences.length; i += 25) documents.push(sentences.slice(i, i + 25).join(' '))
  return { documents, source: `${documents.length} documents of 25 KazNERD sentences` }
}
