/** The bench text: the bundled page, plus UD_Kazakh-KTB sentences when ../shared is there, to ≥ 1 MB. */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

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
