/**
 * Peers behind one adapter, `(text) => Span[]`, as razdel's zoo does. Peers that return
 * strings without offsets are aligned to the text by searching forward.
 * wink-nlp and natural are devDependencies: benchmark and quality peers only.
 */
import { createRequire } from 'node:module'
import { splitSentences as srcSplitSentences, tokenize as srcTokenize } from '../../src/index.js'

/** The functions under test: src/ by default; the bench swaps in dist/ with `useImplementation`. */
let impl = { tokenize: srcTokenize, splitSentences: srcSplitSentences }
export function useImplementation(next: typeof impl): void {
  impl = next
}
const tokenize = (t: string): ReturnType<typeof srcTokenize> => impl.tokenize(t)
const splitSentences = (t: string): ReturnType<typeof srcSplitSentences> => impl.splitSentences(t)

export interface PeerSpan {
  start: number
  end: number
}
export interface Peer {
  name: string
  run: (text: string) => PeerSpan[]
}

const require = createRequire(import.meta.url)

/** Places strings in text in order; a string that cannot be found is skipped. */
export function align(text: string, pieces: readonly string[]): PeerSpan[] {
  const out: PeerSpan[] = []
  let cursor = 0
  for (const piece of pieces) {
    if (piece === '') continue
    const at = text.indexOf(piece, cursor)
    if (at < 0) continue
    out.push({ start: at, end: at + piece.length })
    cursor = at + piece.length
  }
  return out
}

function regexSpans(text: string, re: RegExp): PeerSpan[] {
  const out: PeerSpan[] = []
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length })
  return out
}

const wordSegmenter = new Intl.Segmenter('kk', { granularity: 'word' })
const sentenceSegmenter = new Intl.Segmenter('kk', { granularity: 'sentence' })

/**
 * Intl.Segmenter, line by line: on one long string Node 20's segmenter is quadratic
 * (200 K characters take 25 s), so it is fed lines, as a careful user would.
 */
function segmentByLine(text: string, segmenter: Intl.Segmenter, trim: boolean): PeerSpan[] {
  const out: PeerSpan[] = []
  let lineStart = 0
  for (const line of text.split('\n')) {
    for (const s of segmenter.segment(line)) {
      const start = lineStart + s.index
      if (!trim) {
        if (s.segment.trim() !== '') out.push({ start, end: start + s.segment.length })
        continue
      }
      const body = s.segment.trimEnd()
      const lead = body.length - body.trimStart().length
      if (body.trim() !== '') out.push({ start: start + lead, end: start + body.length })
    }
    lineStart += line.length + 1
  }
  return out
}

let winkNlp: { readDoc: (t: string) => { tokens: () => { out: () => string[] } } } | undefined
function wink(): NonNullable<typeof winkNlp> {
  if (!winkNlp) {
    const winkFactory = require('wink-nlp') as (model: unknown, pipe?: string[]) => NonNullable<typeof winkNlp>
    winkNlp = winkFactory(require('wink-eng-lite-web-model'), [])
  }
  return winkNlp
}

let naturalTokenizer: { tokenize: (t: string) => string[] } | undefined
function natural(): NonNullable<typeof naturalTokenizer> {
  if (!naturalTokenizer) {
    // natural prints to stdout on load: keep the eval's tables clean
    const log = console.log
    console.log = () => {}
    try {
      const lib = require('natural') as { WordTokenizer: new () => NonNullable<typeof naturalTokenizer> }
      naturalTokenizer = new lib.WordTokenizer()
    } finally {
      console.log = log
    }
  }
  return naturalTokenizer
}

let compromiseNlp: ((t: string) => { json: (o: object) => { terms: { offset: { start: number; length: number } }[] }[] }) & { tokenize: (t: string) => { json: (o: object) => { terms: { offset: { start: number; length: number } }[] }[] } } | undefined
function compromise(): NonNullable<typeof compromiseNlp> {
  compromiseNlp ??= require('compromise') as NonNullable<typeof compromiseNlp>
  return compromiseNlp
}

export const tokenPeers: Peer[] = [
  { name: 'kazakh-nlp tokenize', run: (t) => tokenize(t) },
  { name: 'whitespace split', run: (t) => regexSpans(t, /\S+/gu) },
  { name: 'Unicode regex', run: (t) => regexSpans(t, /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu) },
  { name: 'Intl.Segmenter (word)', run: (t) => segmentByLine(t, wordSegmenter, false) },
  { name: 'wink-nlp readDoc', run: (t) => align(t, wink().readDoc(t).tokens().out()) },
  { name: 'natural WordTokenizer', run: (t) => align(t, natural().tokenize(t)) },
  {
    name: 'compromise tokenize',
    run: (t) =>
      compromise()
        .tokenize(t)
        .json({ offset: true, text: false })
        .flatMap((s) => s.terms.map((x) => ({ start: x.offset.start, end: x.offset.start + x.offset.length }))),
  },
]

export const sentencePeers: Peer[] = [
  { name: 'kazakh-nlp splitSentences', run: (t) => splitSentences(t) },
  { name: 'Intl.Segmenter (sentence)', run: (t) => segmentByLine(t, sentenceSegmenter, true) },
  {
    name: 'regex [.!?…] + space',
    run: (t) => {
      const out: PeerSpan[] = []
      let start = 0
      for (const m of t.matchAll(/[.!?…]+["»”)]*(\s+)/gu)) {
        const end = m.index + m[0].length - m[1]!.length
        out.push({ start, end })
        start = m.index + m[0].length
      }
      if (start < t.trimEnd().length) out.push({ start, end: t.trimEnd().length })
      return out
    },
  },
]
