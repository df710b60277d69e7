/**
 * Reads KazNERD's IOB2 file (CC BY 4.0, Yeshpanov et al., LREC 2022) and splits it the way both
 * training and evaluation do: sentence i goes to dev when i % 5 === 4, to train otherwise.
 */
import { readFileSync } from 'node:fs'

/** KazNERD's words as running text: no space before closing marks or after opening ones ("Ресейге, «ҰҚШҰ» …"). */
export function detokenize(words: readonly string[]): string {
  return words.join(' ').replace(/ ([.,:;!?»)])/g, '$1').replace(/([«(]) /g, '$1')
}

export interface LabelledSentence {
  words: string[]
  tags: string[]
}

export function readKazNerd(path: string): { train: LabelledSentence[]; dev: LabelledSentence[] } {
  const train: LabelledSentence[] = []
  const dev: LabelledSentence[] = []
  let words: string[] = []
  let tags: string[] = []
  let index = 0
  const flush = (): void => {
    if (words.length > 0) (index % 5 === 4 ? dev : train).push({ words, tags })
    if (words.length > 0) index++
    words = []
    tags = []
  }
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const trimmed = line.trim()
    if (trimmed === '') {
      flush()
      continue
    }
    const space = trimmed.lastIndexOf(' ')
    words.push(trimmed.slice(0, space))
    tags.push(trimmed.slice(space + 1))
  }
  flush()
  return { train, dev }
}
