/** The bench texts: one long text, and article-sized documents (see each). */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { detokenize } from '../../data/tools/kaznerd.js'

export const root = join(import.meta.dirname, '..', '..')

/**
 * One text of ≥ 1 MB in which nothing repeats, when ../shared is there: the bundled page, the
 * UD_Kazakh-KTB dev sentences (8 to a paragraph), then the KazNERD articles (articleCorpus) as
 * paragraphs, as many as it takes. A text made by repeating a small one would flatter every stage
 * that works per distinct word (the tagger prepares a word once per text): the 66 KB of page and
 * UD sentences repeated to 1 MB ran `analyze` at 5.6–6.0 MB/s, this text at 3.3–3.4. Without
 * ../shared the page is repeated, and `source` says so.
 */
export function benchCorpus(sharedDir: string): { text: string; source: string } {
  const page = readFileSync(join(root, 'examples', 'egemen-2024-01-03.txt'), 'utf8')
  const parts = [page]
  const ud = join(sharedDir, 'data', 'ud-kazakh-ktb', 'kk_ktb-dev.conllu')
  const kaznerd = join(sharedDir, 'data', 'kaznerd', 'IOB2_valid.txt')
  if (!existsSync(ud) || !existsSync(kaznerd)) {
    let text = page
    while (Buffer.byteLength(text) < 1_048_576) text += `\n\n${page}`
    return { text, source: `the bundled page, repeated (no ${existsSync(ud) ? kaznerd : ud})` }
  }
  const sentences = readFileSync(ud, 'utf8').split('\n').filter((l) => l.startsWith('# text = ')).map((l) => l.slice(9))
  for (let i = 0; i < sentences.length; i += 8) parts.push(sentences.slice(i, i + 8).join(' '))
  let bytes = parts.reduce((n, p) => n + Buffer.byteLength(p) + 2, 0)
  let articles = 0
  for (const document of articleCorpus(sharedDir).documents) {
    if (bytes >= 1_048_576) break
    parts.push(document)
    bytes += Buffer.byteLength(document) + 2
    articles++
  }
  return { text: parts.join('\n\n'), source: `seed page + UD_Kazakh-KTB dev sentences + ${articles} KazNERD articles, nothing repeated` }
}

/**
 * Article-sized documents of text the tagger has not seen (articleCorpus is mostly KazNERD's train
 * split, whose 5,000 commonest word forms the tagger prepares when it loads, so it flatters the
 * per-word work): KazNERD's dev split (every 5th sentence, 25 to a document), the UD_Kazakh-KTB dev
 * sentences (≈ 3.3 KB to a document: another source) and the bundled page. Each set is measured
 * on its own; undefined without ../shared.
 */
export function unseenCorpora(sharedDir: string): { name: string; documents: string[] }[] | undefined {
  const kaznerd = join(sharedDir, 'data', 'kaznerd', 'IOB2_valid.txt')
  const ud = join(sharedDir, 'data', 'ud-kazakh-ktb', 'kk_ktb-dev.conllu')
  if (!existsSync(kaznerd) || !existsSync(ud)) return undefined
  const dev = kazNerdSentences(kaznerd).filter((_, i) => i % 5 === 4)
  const devDocuments: string[] = []
  for (let i = 0; i < dev.length; i += 25) devDocuments.push(dev.slice(i, i + 25).join(' '))
  const udDocuments: string[] = []
  let current = ''
  for (const line of readFileSync(ud, 'utf8').split('\n')) {
    if (!line.startsWith('# text = ')) continue
    current += (current === '' ? '' : ' ') + line.slice(9)
    if (Buffer.byteLength(current) >= 3300) {
      udDocuments.push(current)
      current = ''
    }
  }
  if (current !== '') udDocuments.push(current)
  return [
    { name: `KazNERD dev split (${devDocuments.length} documents of 25 sentences)`, documents: devDocuments },
    { name: `UD_Kazakh-KTB dev (${udDocuments.length} documents of ≈ 3.3 KB)`, documents: udDocuments },
    { name: 'the bundled page (egemen.kz)', documents: [readFileSync(join(root, 'examples', 'egemen-2024-01-03.txt'), 'utf8')] },
  ]
}

/** KazNERD's sentences, detokenized, in file order. */
function kazNerdSentences(path: string): string[] {
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
  if (words.length > 0) sentences.push(detokenize(words))
  return sentences
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
  const sentences = kazNerdSentences(path)
  const documents: string[] = []
  for (let i = 0; i < sentences.length; i += 25) documents.push(sentences.slice(i, i + 25).join(' '))
  return { documents, source: `${documents.length} documents of 25 KazNERD sentences` }
}
