/**
 * Reads UD_Kazakh-KTB (CoNLL-U) into documents with gold token and sentence spans.
 * Surface tokens: a multiword token ("Баласыз" = бала + сыз) counts once, as written.
 * A document is the sentences of one source file (the part of sent_id before ':'),
 * joined by one space, as razdel's evaluation does.
 */
import { readFileSync } from 'node:fs'

export interface GoldSpan {
  start: number
  end: number
}

export interface UdWord {
  form: string
  lemma: string
  upos: string
  feats: string
  /** Surface token this word belongs to (a word of a multiword token shares it). */
  token: GoldSpan
}

export interface UdDocument {
  id: string
  text: string
  tokens: GoldSpan[]
  sentences: GoldSpan[]
  words: UdWord[]
}

export function readUd(path: string): UdDocument[] {
  const docs = new Map<string, UdDocument>()
  const blocks = readFileSync(path, 'utf8').split(/\n\s*\n/)
  for (const block of blocks) {
    const lines = block.split('\n').filter((l) => l.trim() !== '')
    if (lines.length === 0) continue
    const sentId = lines.find((l) => l.startsWith('# sent_id = '))?.slice(12) ?? 'doc'
    const sentText = lines.find((l) => l.startsWith('# text = '))?.slice(9)
    if (sentText === undefined) continue
    const docId = sentId.split(':')[0]!
    let doc = docs.get(docId)
    if (!doc) {
      doc = { id: docId, text: '', tokens: [], sentences: [], words: [] }
      docs.set(docId, doc)
    }
    const base = doc.text === '' ? 0 : doc.text.length + 1
    doc.text = doc.text === '' ? sentText : `${doc.text} ${sentText}`
    let cursor = 0
    let mwtEnd = 0
    let mwtSpan: GoldSpan | undefined
    let first = -1
    let last = -1
    for (const line of lines) {
      if (line.startsWith('#')) continue
      const cols = line.split('\t')
      const id = cols[0]!
      if (id.includes('.')) continue
      const form = cols[1]!
      const place = (): GoldSpan => {
        const at = sentText.indexOf(form, cursor)
        if (at < 0) throw new Error(`${sentId}: cannot place "${form}"`)
        cursor = at + form.length
        const span = { start: base + at, end: base + cursor }
        doc!.tokens.push(span)
        if (first < 0) first = span.start
        last = span.end
        return span
      }
      if (id.includes('-')) {
        mwtEnd = Number(id.split('-')[1])
        mwtSpan = place()
        continue
      }
      const token = Number(id) <= mwtEnd && mwtSpan ? mwtSpan : place()
      doc.words.push({ form, lemma: cols[2]!, upos: cols[3]!, feats: cols[5]!, token })
    }
    doc.sentences.push({ start: first, end: last })
  }
  return [...docs.values()]
}
