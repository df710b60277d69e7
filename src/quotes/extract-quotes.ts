import { foldName, isDemonymLemma, isPlacePhraseFolded } from '../entities/gazetteer.js'
import { AMOUNT_WORDS } from '../internal/amount-words.js'
import { assertString } from '../internal/assert-string.js'
import { countBelow } from '../internal/count-below.js'
import { domainWithoutEnding } from '../internal/domain-ending.js'
import { KAZAKH_MONTHS } from '../internal/months.js'
import { PLACE_ADJECTIVE } from '../internal/place-adjective.js'
import { PLURAL_POSSESSED } from '../internal/plural-possessed.js'
import { SURNAME } from '../internal/surname.js'
import { bestReading } from '../morphology/analyze-word.js'
import { VERBAL_NOUN } from '../internal/verbal-noun.js'
import { lexiconWeight } from '../morphology/lexicon.js'
import { readsOnlyAsLocative } from '../internal/reads-only-as-locative.js'
import { lemmatizePhrase } from '../morphology/lemmatize-phrase.js'
import { lemmaInInput, type SharedWork, toWorkingText } from '../script/working-text.js'
import type { Span, Token } from '../types.js'
import { ADJUNCT_CASES, firstPersonFrom, hasTag, isAcronym, isCapitalized, isCountry, isPlaceName, isPossessedNominative, isPronoun, POSSESSIVE_3, lowerLemma, NON_SUBJECT_CASES, OBLIQUE_CASES, paragraphAt, prepare, type QuoteDocument, readingOf, tokenFrom } from './document.js'
import { dropOverlaps } from './drop-overlaps.js'
import { aboutThisOpeners, aboutThisVerbs, accordingTo, accordingToAfterSubject, accordingToFromAblative, cueAfterDep, cueAlone, documentNouns, isAnonymousSource, isBodyWord, isOutletWord, isSentenceOpener, isTitleHead, isTitleWord, matchPhrase, mediaNames, nameHeadSet, organizationLemmas, openerPhrases, passiveCues, phraseIndex, sourceCues, withholdsName } from './lexicon.js'
import { findInterviews, type InterviewTurn } from './interviews.js'
import { pairDoubleQuotes, pairGuillemets } from './pair-marks.js'
import { lastEndingBy, startsName } from './people-index.js'
import { isPlural, type Referent, resolveSpeaker } from './resolve-speaker.js'

export type QuoteKind = 'direct' | 'indirect' | 'according_to' | 'source'

/** The mention of who is speaking, as the attribution gives it ("Президент", "ол", "министр"). */
export interface Speaker extends Span {
  /** The resolved, uninflected name: "Қасым-Жомарт Тоқаев" for "Президент" when the article names him. */
  name: string
  /**
   * Present (true) when the speaker is a source the text does not identify: "агенттік дереккөзі",
   * "ақпарат көзі", or an unnamed group of one plural word ("Синоптиктер", "Сарапшылар"). `name`
   * is then the mention, uninflected, and names no one.
   */
  anonymous?: true
}

/** A quotation: start/end/text are the quoted words only, without marks, dashes or a final period. */
export interface Quote extends Span {
  kind: QuoteKind
  /** Who said it; null when the text does not tell. */
  speaker: Speaker | null
  /** The reporting phrase: "деді", "деп атап өтті", "айтуынша", "деп хабарлайды" … */
  cue: Span | null
  /** How the quotation is marked in the text. */
  marks: 'guillemets' | 'quotes' | 'dash' | 'colon' | 'none'
}

export interface ExtractQuotesOptions {
  /** Kinds to return (default: all). */
  kinds?: readonly QuoteKind[]
}

/** A quote found on the working (Cyrillic) text, in token indices. */
interface Found {
  kind: QuoteKind
  start: number
  end: number
  speaker: [number, number] | null
  cue: [number, number] | null
  marks: Quote['marks']
  /** Order of trust when two finds overlap (lower wins). */
  rank: number
  /** Kept beside a source credit with the same span: the agency and its own source told the same news. */
  alongside?: boolean
  /** A report inside a direct quotation, kept beside it: "«… атап өтті», – деп жазды Ақорда". */
  inside?: boolean
}

/** The kept finds, with the `alongside` finds whose source credit (same span) was kept; by position. */
function keepAlongside(found: readonly Found[], kept: Found[]): Found[] {
  if (!found.some((f) => f.alongside || f.inside)) return kept
  const keptSet = new Set(kept)
  const sourceSpans = new Set(kept.filter((k) => k.kind === 'source').map((k) => `${k.start}:${k.end}`))
  // (a report inside a kept direct quotation that no other kept find overlaps but that quotation;
  // kept finds do not overlap each other and are in order, so one binary search each answers)
  const direct = kept.filter((k) => k.kind === 'direct')
  const others = kept.filter((k) => k.kind !== 'direct')
  const insideDirect = (f: Found): boolean => {
    const d = direct[countBelow(direct, f.start + 1, (k) => k.start) - 1]
    const o = others[countBelow(others, f.end, (k) => k.start) - 1]
    return d !== undefined && f.end <= d.end && !(o !== undefined && o.end > f.start)
  }
  const extra = found.filter((f) => !keptSet.has(f) && ((f.alongside && sourceSpans.has(`${f.start}:${f.end}`)) || (f.inside && insideDirect(f))))
  return extra.length === 0 ? kept : [...kept, ...extra].sort((a, b) => a.start - b.start)
}

const DASHES = new Set(['–', '—', '-', '--', '―'])
const CLOSERS = new Set(['.', '!', '?', '…', '...'])

/**
 * Finds quotations and who said them in Kazakh news text (Cyrillic or Latin script).
 *
 * Direct quotes: «…», – деді X. · «…» деп атап өтті X. · X: «…». · X «…» деп мәлімдеді. ·
 * «…, – деді X, – …» · dash paragraphs "– …, – деді X." (and the paragraphs that continue
 * them) · straight and curly quotes "…" „…“ · a headline ending in "– X". A quotation over
 * several paragraphs is one quote. Guillemets that hold names are not quotes («Егемен
 * Қазақстан» газеті, «Қазақ газеттері» ЖШС, «…» атты сұхбат: data/quotes/name-heads.txt), and
 * neither are guillemets with no reporting verb (scare quotes).
 * Indirect: "X … -ғанын/-генін/екенін баса айтты / атап өтті / мәлімдеді …".
 * According to: "X айтуынша / мәліметінше / пікірінше, …". Source: "…, деп хабарлайды Kazinform".
 *
 * Speakers are resolved to the person the article names: titles (Президент, Мемлекет басшысы,
 * министр), pronouns (ол) and short names (Тоқаев) become the fullest name, uninflected and in
 * the input's script. Latin text is read through toCyrillic; every offset is into `text`.
 *
 * Bounded recovery: an unclosed « reaches at most 6000 characters or 8 paragraphs, so a stray
 * mark cannot swallow an article; the whole pass is linear in the text's length.
 *
 * @example
 * extractQuotes('«Біз дайынбыз», – деді Қасым-Жомарт Тоқаев.')[0]
 * // → { start: 1, end: 13, text: 'Біз дайынбыз', kind: 'direct', marks: 'guillemets',
 * //     cue: { start: 17, end: 21, text: 'деді' },
 * //     speaker: { start: 22, end: 41, text: 'Қасым-Жомарт Тоқаев', name: 'Қасым-Жомарт Тоқаев' } }
 */
export function extractQuotes(text: string, options: ExtractQuotesOptions = {}): Quote[] {
  assertString(text, 'extractQuotes')
  return quotesOf(text, options)
}

/** extractQuotes on the working text, tokens and paragraphs analyze() has made already (`shared`), or on its own. */
export function quotesOf(text: string, options: ExtractQuotesOptions, shared?: SharedWork): Quote[] {
  if (text.trim() === '') return []
  const working = shared?.working ?? toWorkingText(text)
  const doc = prepare(working.text, shared)
  const credits = sources(doc)
  const found = [
    ...markedQuotes(doc),
    ...dashParagraphs(doc),
    ...headlines(doc),
    ...credits,
    ...mediaHeadlines(doc),
    ...accordingToQuotes(doc),
    ...indirectQuotes(doc),
    ...depClauseQuotes(doc),
    ...aboutThisQuotes(doc, credits),
    ...documentReports(doc),
  ]
  const kept = keepAlongside(found, dropOverlaps(found))
  const kinds = options.kinds ? new Set(options.kinds) : undefined
  const out: Quote[] = []
  let lastSpeaker: Referent | undefined
  /** The token of the last speaker's mention: a person named after it may be who "ол" is. */
  let lastSpokeAt = -1
  for (const f of kept) {
    let speaker: Speaker | null = null
    if (f.speaker) {
      // "Алайда тұрғындардың айтуынша", "Дегенмен мамандар …": the sentence's opener is no part of who speaks
      while (f.speaker[0] < f.speaker[1] - 1 && isSentenceOpener(doc.words[f.speaker[0]]!) && !isPronoun(doc.words[f.speaker[0]]!)) f.speaker[0]++
      // nor is a particle after it: "Парк мамандары да"
      while (f.speaker[1] - 1 > f.speaker[0] && SPEAKER_PARTICLES.has(doc.words[f.speaker[1] - 1]!)) f.speaker[1]--
      const referent = pluralPronounReferent(doc, f.speaker[0], f.speaker[1]) ?? resolveSpeaker(doc, f.speaker[0], f.speaker[1], lastSpeaker, lastSpokeAt, tokenFrom(doc, f.start))
      // one unnamed source is one person too: "ол" after "агенттік дереккөзі" is that source
      const mention = doc.words.slice(referent.first, referent.last)
      const anonymous = !referent.person && (isAnonymousSource(mention.map((w) => lowerLemma(doc, w))) || withholdsName(mention))
      if (referent.person || anonymous) {
        lastSpeaker = referent
        lastSpokeAt = f.speaker[0]
      }
      // the name in the input's script, of its repaired letters (see toWorkingText)
      speaker = {
        ...toSpan(text, doc, working.map, f.speaker[0], f.speaker[1]),
        name: working.latin ? nameOf(text, doc, working.map, referent) : nameOf(working.text, doc, (offset) => offset, referent),
      }
      // an unnamed group is no one identified either: "Синоптиктер … ескертті", "Сарапшылардың
      // пікірінше" (the name stays the group's; "ол" after it is not the group)
      if (anonymous || isUnnamedGroup(doc, referent)) speaker.anonymous = true
    }
    if (kinds && !kinds.has(f.kind)) continue
    const content = toSpanOffsets(text, working.map, f.start, f.end)
    if (content.end <= content.start) continue
    out.push({
      ...content,
      kind: f.kind,
      speaker,
      cue: f.cue ? toSpan(text, doc, working.map, f.cue[0], f.cue[1]) : null,
      marks: f.marks,
    })
  }
  return out
}

/**
 * "Олар" / "олардың" as the whole speaker: the group the sentence before names as its subject, in
 * the plural, in the same paragraph or the one before — "Роскосмос корпорациясының өкілдері
 * тұсаукесерге келді. Олардың айтуынша, …" is the representatives. Undefined when that sentence's
 * subject is no group (then "олар" resolves as ever).
 */
function pluralPronounReferent(doc: QuoteDocument, first: number, last: number): Referent | undefined {
  if (last - first !== 1 || (doc.words[first] !== 'олар' && doc.words[first] !== 'олардың')) return undefined
  const s = doc.sentenceOf[first]
  if (s === undefined || s === 0) return undefined
  const before = sentenceTokens(doc, s - 1)
  if (paragraphAt(doc, doc.tokens[first]!.start) - paragraphAt(doc, doc.tokens[before.first]!.start) > 1) return undefined
  const subject = subjectAt(doc, before.first, before.end)
  if (!subject || !isPlural(doc.words[subject[1] - 1]!) || isPronoun(doc.words[subject[0]]!)) return undefined
  return { first: subject[0], last: subject[1], person: false }
}

function toSpanOffsets(input: string, map: (o: number) => number, start: number, end: number): Span {
  const s = map(start)
  const e = map(end)
  return { start: s, end: e, text: input.slice(s, e) }
}

function toSpan(input: string, doc: QuoteDocument, map: (o: number) => number, first: number, last: number): Span {
  return toSpanOffsets(input, map, doc.tokens[first]!.start, doc.tokens[last - 1]!.end)
}

/** The speaker's name in the input's script, uninflected: "Тоқаевтың" → "Тоқаев". */
function nameOf(input: string, doc: QuoteDocument, map: (o: number) => number, r: Referent): string {
  const span = toSpan(input, doc, map, r.first, r.last)
  const text = span.text.replace(/[.,:;]+$/u, '')
  // (an outlet's domain with its case ending: "Zakon.kz-тің хабарлауынша" → Zakon.kz)
  const domain = domainWithoutEnding(text)
  if (domain !== undefined) return domain
  // many speakers stay many: "Мамандардың айтуынша" → Мамандар, not Маман
  if (!r.person && isPlural(doc.words[r.last - 1]!)) return withoutCase(text)
  // a person named as a subject or a speaker is in no locative: a last word that reads only so is
  // a foreign surname whole ("провосты Илесанми Адесида", not Адеси + -да)
  if (r.person && r.last - r.first >= 2 && readsOnlyAsLocative(doc.tokens[r.last - 1]!.text)) return text
  // (in Latin script, as the working text reads it: see lemmaInInput)
  if (doc.text !== input) {
    const start = doc.tokens[r.first]!.start
    const cyrillic = doc.text.slice(start, doc.tokens[r.last - 1]!.end).replace(/[.,:;]+$/u, '')
    const lemma = lemmaInInput(cyrillic, lemmatizePhrase(cyrillic), (length) => input.slice(span.start, map(start + length)))
    if (lemma !== undefined) return lemma
  }
  return lemmatizePhrase(text)
}

/** The phrase with its last word's case suffixes dropped, its plural and possessive kept: мамандарының → мамандары. */
function withoutCase(text: string): string {
  const at = text.search(/[\p{L}\p{M}\p{N}'’-]+$/u)
  if (at < 0) return text
  const word = text.slice(at)
  const suffixes = bestReading(word)?.suffixes ?? []
  let keep = suffixes.length
  while (keep > 0 && !(suffixes[keep - 1]!.tag === 'PL' || suffixes[keep - 1]!.tag.startsWith('POSS'))) keep--
  const dropped = suffixes.slice(keep).reduce((n, x) => n + x.text.length, 0)
  return text.slice(0, text.length - dropped)
}

/** One plural word and no more, not a pronoun: синоптиктер, мамандардың, сарапшылар. */
function isUnnamedGroup(doc: QuoteDocument, r: Referent): boolean {
  if (r.person || r.last - r.first !== 1) return false
  const word = doc.words[r.first]!
  // (the lexicon lists some plurals as lemmas: "сарапшылардың" is сарапшылар + -дың)
  return doc.tokens[r.first]!.type === 'word' && !isPronoun(word) && !isAcronym(doc.tokens[r.first]!) && (isPlural(word) || isPlural(lowerLemma(doc, doc.tokens[r.first]!.text)))
}

/** Content offsets of a token range, without a final period or comma ("…жүгіндік." → "…жүгіндік"). */
function contentRange(doc: QuoteDocument, startOffset: number, endOffset: number): [number, number] {
  let s = startOffset
  let e = endOffset
  const t = doc.text
  while (s < e && /[\s\u00a0]/u.test(t[s]!)) s++
  while (e > s && /[\s\u00a0.,;:]/u.test(t[e - 1]!)) {
    // keep "...", drop a single final period or comma
    if (t[e - 1] === '.' && t[e - 2] === '.') break
    e--
  }
  return [s, e]
}

/** A reporting verb at token k: деді, дейді, деп + verb. Returns its end (exclusive) or -1. */
function cueAt(doc: QuoteDocument, k: number): number {
  if (k >= doc.words.length) return -1
  if (doc.words[k] === 'деп') {
    const n = matchPhrase(doc.words, k + 1, cueAfterDep)
    return n > 0 ? k + 1 + n : -1
  }
  // «…» екенін айтқан еді: what someone said, in their words, as a clause ("that «…»")
  if (doc.words[k] === 'екенін' || doc.words[k] === 'екендігін') {
    const n = matchPhrase(doc.words, k + 1, INDIRECT_VERBS)
    return n > 0 ? k + 1 + n : -1
  }
  const n = matchPhrase(doc.words, k, cueAlone)
  return n > 0 ? k + n : -1
}

/** The words after a cue up to the end of its clause: ", – деді Қасым-Жомарт Тоқаев." → Қасым-Жомарт Тоқаев. */
function speakerAfter(doc: QuoteDocument, k: number): [number, number] | null {
  if (k > 0 && passiveCues.has(doc.words[k - 1]!)) return documentOwner(doc, k)
  let end = k
  while (end < doc.tokens.length && end - k < MAX_AFTER_CUE && doc.sentenceOf[end] === doc.sentenceOf[k]) {
    const w = doc.words[end]!
    // a company's name in guillemets that opens the speaker is the speaker's, not another
    // quotation: "– деді | «Астана-Теплотранзит» АҚ басқарма төрағасы Ерлан Жақсылықов" (after a
    // word it is what the speaker spoke in or to: "деді ол | «Хабар» арнасына")
    if (w === '«' && end === k) {
      const close = guillemetName(doc, end, doc.tokens.length)
      if (close < 0 || close >= doc.tokens.length || doc.sentenceOf[close] !== doc.sentenceOf[k] || doc.tokens[close]!.type !== 'word') break
      end = close
      continue
    }
    if (CLOSERS.has(w) || w === ',' || w === ':' || w === ';' || DASHES.has(w) || w === '«' || w === '»') break
    end++
  }
  const start = afterLeadingAdjunct(doc, k, end)
  end = Math.min(end, start + MAX_SPEAKER)
  return end > start ? withoutAdjunct(doc, [start, end]) : null
}

/**
 * After a passive cue, the owner of the statement it names: "делінген | Көлік министрлігінің |
 * хабарламасында", "делінген | Ақорданың | Telegram-арнасында", "деп жазылған | ведомство |
 * хабарламасында", "делінген | «Қазгидромет» | таратқан хабарламада"; a participle before the
 * statement is left out ("министрліктің | таратқан хабарламасында"); no owner, no speaker
 * ("делінген хабарламада").
 */
function documentOwner(doc: QuoteDocument, k: number): [number, number] | null {
  for (let j = k; j < doc.tokens.length && j - k <= MAX_SPEAKER && doc.sentenceOf[j] === doc.sentenceOf[k]; j++) {
    const w = doc.words[j]!
    // (a name in guillemets is the owner's: "делінген | «Қазгидромет» | таратқан хабарламада")
    if (w === '«') {
      const close = guillemetName(doc, j, doc.tokens.length)
      if (close < 0) return null
      j = close - 1
      continue
    }
    if (doc.tokens[j]!.type !== 'word' && doc.tokens[j]!.type !== 'number') return null
    if (!isStatementNoun(doc, w) && !documentNouns.has(lemma(doc, w))) continue
    // (the owner ends at its genitive: "министрлігінің | ресми сайтында"; a nominative owner
    // stands before the noun itself: "ведомство | хабарламасында")
    let end = j
    for (let g = j - 1; g >= k; g--) {
      if (GENITIVE_ENDING.test(doc.words[g]!)) {
        end = g + 1
        break
      }
    }
    end = beforeParticiples(doc, k, end)
    if (end > k && (doc.words[end - 1] === 'өз' || doc.words[end - 1] === 'өзінің')) end--
    return end > k ? [k, end] : null
  }
  return null
}

/**
 * "Ақордадан таратылған мәлімдемеде кодекс … қорғауды күшейтетіні айтылған." — a sentence that
 * ends in a passive verb of saying, with a clause in the possessive before it (-атыны, -ғаны,
 * екені) and a statement in the locative before that, reports what the statement says: the
 * words between are the (indirect) quote, and the statement's owner before it speaks.
 */
function documentReports(doc: QuoteDocument): Found[] {
  const out: Found[] = []
  for (let s = 0; s < doc.sentences.length; s++) {
    const { first, end } = sentenceTokens(doc, s)
    const cue = end - 1
    if (cue - first < 4 || !PASSIVE_REPORTS.has(doc.words[cue]!) || !REPORTED_PASSIVE.test(doc.words[cue - 1]!)) continue
    // the statement in the locative, the first in the sentence: "мәлімдемеде", "Telegram-арнасында"
    let statement = -1
    for (let j = first + 1; j < cue - 1 && statement < 0; j++) {
      const w = doc.words[j]!
      if (doc.tokens[j]!.type === 'word' && isStatementNoun(doc, w) && hasTag(doc, w, LOCATIVE_CASE)) statement = j
    }
    // ("Онда", in it, after a sentence that made the statement: "Банк өкілдері ресми мәлімдеме
    // жасады. Онда … өтелетіні айтылған." — its subject speaks)
    if (statement < 0 && doc.words[first] === 'онда' && s > 0) {
      const owner = statementMaker(doc, s - 1)
      const [cs, ce] = owner ? contentRange(doc, doc.tokens[first + 1]!.start, doc.tokens[cue - 1]!.end) : [0, 0]
      if (owner && ce > cs) out.push({ kind: 'indirect', start: cs, end: ce, speaker: owner, cue: [cue, cue + 1], marks: 'none', rank: 6 })
      continue
    }
    if (statement < 0) continue
    // its owner: the words before it, without the participle that says what was done with it
    // ("Ақордадан | таратылған мәлімдемеде"), ending in the genitive or the ablative
    const ownerEnd = beforeParticiples(doc, first, statement)
    let ownerStart = first
    const opener = matchPhrase(doc.words, first, openerPhrases)
    if (opener > 0 && first + opener < ownerEnd) ownerStart += opener
    const last = doc.words[ownerEnd - 1] ?? ''
    if (ownerEnd <= ownerStart || ownerEnd - ownerStart > MAX_SPEAKER || !(GENITIVE_ENDING.test(last) || hasTag(doc, last, ABLATIVE_CASE))) continue
    const [cs, ce] = contentRange(doc, doc.tokens[statement + 1]!.start, doc.tokens[cue - 1]!.end)
    if (ce > cs) out.push({ kind: 'indirect', start: cs, end: ce, speaker: [ownerStart, ownerEnd], cue: [cue, cue + 1], marks: 'none', rank: 6 })
  }
  return out
}

/** Verbs that make a statement public: "мәлімдеме жасады", "хабарлама таратты". */
const STATEMENT_VERBS = new Set(['жасады', 'таратты', 'жариялады', 'жолдады', 'жіберді', 'жазды', 'шығарды'])

/**
 * The subject of sentence s when it ends in making a statement ("Банк өкілдері оқиғаға қатысты
 * ресми мәлімдеме жасады."), else null.
 */
function statementMaker(doc: QuoteDocument, s: number): [number, number] | null {
  const { first, end } = sentenceTokens(doc, s)
  const verb = end - 1
  if (verb - first < 2 || !STATEMENT_VERBS.has(doc.words[verb]!) || !isStatementNoun(doc, doc.words[verb - 1]!) || hasTag(doc, doc.words[verb - 1]!, NON_SUBJECT_CASES)) return null
  return subjectAt(doc, first, verb - 1)
}

/** Sentence s's tokens: its first, the one after its last, and the one after its last word (closing marks left out). */
function sentenceTokens(doc: QuoteDocument, s: number): { first: number; last: number; end: number } {
  const first = tokenFrom(doc, doc.sentences[s]!.start)
  let last = first
  while (last < doc.tokens.length && doc.sentenceOf[last] === s) last++
  let end = last
  while (end > first && CLOSERS.has(doc.words[end - 1]!)) end--
  return { first, last, end }
}

/** Passive verbs of saying that end a statement's report: "… күшейтетіні айтылған". */
const PASSIVE_REPORTS = new Set(['айтылған', 'айтылады', 'делінген', 'делінеді', 'көрсетілген', 'көрсетіледі', 'жазылған'])
/** The reported clause before them, a participle's or "екен" in the possessive: -атыны, -етіні, -ғаны, екені. */
const REPORTED_PASSIVE = /(?:атыны|етіні|йтыны|йтіні|тыны|тіні|ғаны|гені|қаны|кені|екені)$/u
const LOCATIVE_CASE: ReadonlySet<string> = new Set(['LOC'])

/** Is the word a statement's noun (data/quotes/speech-verbs.txt, [documents]), or a compound's last part one ("telegram-арнасында" → арна)? */
function isStatementNoun(doc: QuoteDocument, w: string): boolean {
  return documentNouns.has(lemma(doc, w.slice(w.lastIndexOf('-') + 1)))
}

/** `end`, moved back over the lower-case participles before a statement's noun ("министрліктің | таратқан хабарламасында"), not past `from`. */
function beforeParticiples(doc: QuoteDocument, from: number, end: number): number {
  while (end > from && isParticiple(doc.words[end - 1]!) && !isCapitalized(doc.tokens[end - 1]!)) end--
  return end
}

/** A past participle in -ған/-ген/-қан/-кен of more than five letters (таратқан, жариялаған). */
function isParticiple(w: string): boolean {
  return w.length > 5 && RELATIVE_PARTICIPLE.test(w)
}

/** A speaker after its cue has at most this many words… */
const MAX_SPEAKER = 8
/** …after at most this many words of a phrase that says where or when it was said. */
const MAX_AFTER_CUE = 14

/**
 * Where the speaker starts after a phrase that says where it was said, between the cue and the
 * speaker: "деді | ойыннан кейінгі баспасөз мәслихатында | құраманың бас бапкері Станислав
 * Черчесов". The phrase ends at the last word in a case of place, direction, source or means,
 * when a title, a pronoun or a capitalized word in no case follows it and nothing after it is
 * in such a case again ("деді Мемлекет басшысы Ақордада Қытай Төрағасымен кездесуде" keeps its
 * start: what follows "Ақордада" is an adjunct too).
 */
function afterLeadingAdjunct(doc: QuoteDocument, start: number, end: number): number {
  let headAfter = false
  for (let j = end - 1; j > start - 1; j--) {
    const w = doc.words[j]!
    const suffixes = readingOf(doc, w)?.suffixes ?? []
    if (suffixes.some((x) => ADJUNCT_CASES.has(x.tag)) && !SURNAME.test(lowerLemma(doc, doc.tokens[j]!.text))) return headAfter && j + 1 < end ? j + 1 : start
    if (!suffixes.some((x) => OBLIQUE_CASES.has(x.tag)) && (isTitleWord(w, lemma(doc, w)) || isPronoun(w) || isCapitalized(doc.tokens[j]!))) headAfter = true
  }
  return start
}

/** Postpositions after an adjunct in the ablative or the dative: "жарыстан кейін", "кездесуге дейін". */
const TIME_POSTPOSITIONS = new Set(['кейін', 'соң', 'бұрын', 'дейін'])

/**
 * A speaker span without the words after its head that say where or to whom: "ол
 * Telegram-арнасында" → ол, "… Тимур Сүлейменов брифингте" → … Тимур Сүлейменов, "министр
 * журналистердің сұрағына" → министр, "Әкім өз Facebook парақшасында" → Әкім, "спортшы жарыстан
 * кейін" → спортшы. The head is the last title word, pronoun or capitalized word before the
 * adjunct (and before "өз", "own"), in no case but the nominative.
 */
function withoutAdjunct(doc: QuoteDocument, span: [number, number]): [number, number] {
  const [start, end] = span
  // (a postposition after the adjunct is part of it: "спортшы | жарыстан кейін", after the match)
  const last = end - 1 > start + 1 && TIME_POSTPOSITIONS.has(doc.words[end - 1]!) ? end - 2 : end - 1
  // (readings come from the text's cache: the same words are asked about again and again)
  const adjunct = last - start < 1 ? [] : (readingOf(doc, doc.words[last]!)?.suffixes ?? [])
  if (!adjunct.some((x) => ADJUNCT_CASES.has(x.tag))) return span
  // (a pronoun is the whole speaker, whatever names the place after it: "ол | X әлеуметтік
  // желісіндегі парақшасында", where X is the network)
  if (isPronoun(doc.words[start]!)) return [start, start + 1]
  // the first of several adjuncts: "Президент | Ақордада Қытай Төрағасымен кездесуде"
  const first = firstAdjunct(doc, start + 1, last)
  let limit = first
  const firstAdjunctSuffixes = first === last ? adjunct : (readingOf(doc, doc.words[first]!)?.suffixes ?? [])
  // a possessed adjunct takes its possessor with it: "министр | Үкімет отырысында" (at the
  // government's meeting), "Тоқаев | Ақорда ғимаратында"
  if (limit - 1 > start && firstAdjunctSuffixes.some((x) => x.tag === 'POSS.3') && !isTitleWord(doc.words[limit - 1]!, lemma(doc, doc.words[limit - 1]!))) limit--
  for (let j = start + 1; j < limit; j++) if (doc.words[j] === 'өз') limit = j
  // (capitals before the adjunct that the name found ends before are the place's own name: "деп
  // мәлімдеді Дональд Трамп | Ақ үйде өткен брифингте")
  const named = doc.people[lastEndingBy(doc.people, limit)]
  if (named !== undefined && named.first >= start && named.last < limit && named.last - named.first >= 2) {
    let capitals = true
    for (let j = named.last; j < limit && capitals; j++) capitals = isCapitalized(doc.tokens[j]!) && !hasTag(doc, doc.words[j]!, OBLIQUE_CASES)
    if (capitals) return [start, named.last]
  }
  for (let h = limit - 1; h >= start; h--) {
    const w = doc.words[h]!
    if ((isTitleWord(w, lemma(doc, w)) || isPronoun(w) || isCapitalized(doc.tokens[h]!)) && !hasTag(doc, w, OBLIQUE_CASES)) return [start, h + 1]
  }
  return span
}

/**
 * The first word in [from, last] in a case of place, direction, source or means (`last` is one):
 * a small word, or a capitalized one the lexicon knows in that case (Ақордада), not a surname —
 * an unknown name may only end like a case (Аделаида).
 */
function firstAdjunct(doc: QuoteDocument, from: number, last: number): number {
  for (let j = from; j < last; j++) {
    const w = doc.words[j]!
    const reading = readingOf(doc, w)
    if (!reading || !reading.suffixes.some((x) => ADJUNCT_CASES.has(x.tag))) continue
    if (isCapitalized(doc.tokens[j]!) && (lexiconWeight(reading.lemma) === 0 || SURNAME.test(reading.lemma))) continue
    return j
  }
  return last
}

/**
 * The subject before a quote in its sentence: "AQSh Ulttyq meteorologııalyq qyzmeti «Ferndi» «…»
 * dep atady" → the words from the sentence start to the first mark, at most 6.
 */
function speakerBefore(doc: QuoteDocument, openToken: number): [number, number] | null {
  const sentence = doc.sentenceOf[openToken] ?? 0
  let start = openToken
  while (start > 0 && doc.sentenceOf[start - 1] === sentence) start--
  let end = start
  // (past a converb's comma: "Сапарды қорытындылап, | … Нұрсұлтан Назарбаев «…» екенін айтты")
  while (end < openToken && (doc.tokens[end]!.type !== 'punctuation' || (doc.words[end] === ',' && end > start && isConverb(doc.words[end - 1]!)))) end++
  if (end === start) return null
  // (the sentence's subject when it has one: "Ақ үйдің баспасөз хатшысы Кэролайн Ливитт |
  // келісімді «…» деп атады" — six words back would lose "Ақ", and the object is no speaker)
  // (and a short sentence's when it runs up to the mark past an opener: "Сол кезде | Фидан «…»
  // екенін айтқан еді")
  const opener = matchPhrase(doc.words, start, openerPhrases)
  const subject = end - start > 6 || opener > 0 ? subjectAt(doc, start, end) : null
  if (subject && ((end - start > 6 && subject[0] === start) || (subject[1] === end && subject[0] > start && opener === subject[0] - start))) return subject
  // (a participle's clause before the speaker is no part of it: "Комитет отырысына шақырылған |
  // Ұлттық қоғамдық сенім мүшелері болса: «…»")
  let from = Math.max(start, end - 6)
  for (let k = end - 2; k >= from; k--) {
    if (PARTICIPLE.test(doc.words[k]!)) {
      from = k + 1
      break
    }
  }
  // (a time is no speaker: "Одан кейін «…» деді")
  if (end - from >= 2 && TIME_POSTPOSITIONS.has(doc.words[end - 1]!) && (hasTag(doc, doc.words[end - 2]!, FROM_OR_TO) || PRONOUN_ABLATIVES.has(doc.words[end - 2]!))) {
    end -= 2
    if (end === from) return null
  }
  // (a word in the accusative is what is spoken of, and a genitive before it is no speaker
  // either: "… Үкіметтің бұрынғы құрамының жұмысын «жеткіліксіз» деді" names no one)
  // (a pronoun's too, which the lexicon reads as a word of its own: "Сарапшы Нұрлан Жұмағұлов |
  // мұны «күрделі теңгерім» деп атады")
  if ((hasTag(doc, doc.words[end - 1]!, OBJECT_CASE) || PRONOUN_ACCUSATIVES.has(doc.words[end - 1]!)) && !isCapitalized(doc.tokens[end - 1]!)) {
    if (end - 1 === from || hasTag(doc, doc.words[end - 2]!, OBLIQUE_CASES)) return null
    end--
    // (and its "this", "that": "Сарапшы Арман Бейсенбаев | бұл келісімді «…» деп атады")
    if (end - 1 > from && DEMONSTRATIVES.has(doc.words[end - 1]!)) end--
  }
  // ("сондай-ақ", "тағы" after the speaker say it is more: "Ол сондай-ақ: «…», – деп қосты")
  while (end - 1 > from && MORE_ADVERBS.has(doc.words[end - 1]!)) end--
  return withoutAdjunct(doc, [from, end])
}

/** Adverbs that say there is more, after a speaker before a colon: сондай-ақ, тағы, және. */
const MORE_ADVERBS: ReadonlySet<string> = new Set(['сондай-ақ', 'тағы', 'және'])

const OBJECT_CASE: ReadonlySet<string> = new Set(['ACC'])

/** "This", "that" before a noun. */
const DEMONSTRATIVES = new Set(['бұл', 'осы', 'сол', 'мына', 'ол', 'әлгі'])

/** "This", "that" as objects: accusatives of pronouns, which the lexicon reads as words of their own. */
const PRONOUN_ACCUSATIVES = new Set(['мұны', 'бұны', 'оны', 'соны', 'осыны', 'мынаны'])

/** "From that", "from this": ablatives of pronouns, which the lexicon reads as words of their own. */
const PRONOUN_ABLATIVES = new Set(['одан', 'бұдан', 'содан', 'осыдан', 'онан', 'мұнан'])

/** «…» and "…" with a reporting verb after them, a colon before them, or a whole paragraph of their own. */
function markedQuotes(doc: QuoteDocument): Found[] {
  const out: Found[] = []
  const pairs = [...pairGuillemets(doc.text, doc.paragraphs), ...pairDoubleQuotes(doc.text, doc.paragraphs)]
  for (const pair of pairs) {
    const after = tokenFrom(doc, pair.close + 1)
    const openToken = tokenFrom(doc, pair.open)
    if (holdsName(doc, after)) continue
    // «…», – деді X. · «…» деп атап өтті X. · «…». – деді X.
    let k = after
    let skipped = 0
    while (k < doc.words.length && skipped < 3 && (doc.words[k] === ',' || CLOSERS.has(doc.words[k]!) || DASHES.has(doc.words[k]!))) {
      k++
      skipped++
    }
    const cueEnd = skipped < 3 ? cueAt(doc, k) : -1
    const [cs, ce] = contentRange(doc, pair.open + 1, pair.close)
    if (ce <= cs) continue
    // «Біз дайынбыз, – деді министр, – бәрі жақсы болады.»: the attribution interrupts the quote
    const inner = interruption(doc, openToken + 1, tokenFrom(doc, pair.close))
    if (inner) {
      const [c1s, c1e] = contentRange(doc, pair.open + 1, doc.tokens[inner.comma - 1]!.end)
      const [c2s, c2e] = contentRange(doc, doc.tokens[inner.resume]!.start, pair.close)
      const quote = { kind: 'direct' as const, speaker: inner.speaker, cue: inner.cue, marks: pair.marks, rank: 0 }
      if (c1e > c1s) out.push({ ...quote, start: c1s, end: c1e })
      if (c2e > c2s) out.push({ ...quote, start: c2s, end: c2e })
      continue
    }
    if (cueEnd > 0 && doc.sentenceOf[k] === doc.sentenceOf[Math.max(0, after - 1)]) {
      const speaker = speakerAfter(doc, cueEnd) ?? speakerBefore(doc, openToken)
      out.push({ kind: 'direct', start: cs, end: ce, speaker, cue: [k, cueEnd], marks: pair.marks, rank: 0 })
      continue
    }
    // X: «…» — the colon introduces the quotation ("Президент былай деді: «…»")
    if (openToken > 0 && doc.words[openToken - 1] === ':') {
      const intro = colonIntro(doc, openToken - 1)
      out.push({ kind: 'direct', start: cs, end: ce, speaker: intro.speaker, cue: intro.cue, marks: pair.marks === 'guillemets' ? 'colon' : pair.marks, rank: 0 })
      continue
    }
  }
  return out
}

/** ", – деді X, – " inside a quotation's tokens [from, to): where it is, who, and where the quote resumes. */
function interruption(doc: QuoteDocument, from: number, to: number): { comma: number; cue: [number, number]; speaker: [number, number] | null; resume: number } | undefined {
  for (let k = from + 1; k < to - 2; k++) {
    if (doc.words[k] !== ',' || !DASHES.has(doc.words[k + 1]!)) continue
    const cueEnd = cueAt(doc, k + 2)
    if (cueEnd < 0 || cueEnd >= to) continue
    const speaker = speakerAfter(doc, cueEnd)
    const after = speaker ? speaker[1] : cueEnd
    // (or a full stop, where the quotation's next sentence resumes: "«Біз жоспарды орындадық, –
    // деді ол. – Келесі жылы жаңа зауыт саламыз».")
    if ((doc.words[after] === ',' || doc.words[after] === '.') && DASHES.has(doc.words[after + 1] ?? '') && after + 2 < to) {
      return { comma: k, cue: [k + 2, cueEnd], speaker, resume: after + 2 }
    }
  }
  return undefined
}

/** «Егемен Қазақстан» газеті, «Қазақ газеттері» ЖШС, «Ақсай» нан зауытын, «…» атты сұхбатында. */
function holdsName(doc: QuoteDocument, after: number): boolean {
  for (let j = after; j < Math.min(after + 2, doc.tokens.length); j++) {
    const t = doc.tokens[j]!
    // (in its own sentence: a headline's «…» names nothing of the line after it, "…: «…»\n\nНазарбаев
    // Университетінің профессоры …")
    if (t.type !== 'word' || (after > 0 && doc.sentenceOf[j] !== doc.sentenceOf[after - 1])) return false
    const w = doc.words[j]!
    if (nameHeadSet.has(w) || nameHeadSet.has(lemma(doc, w))) return true
    if (isAcronym(t)) return nameHeadSet.has(w)
  }
  return false
}

/**
 * The closing » of a name in guillemets that opens at token k, in its sentence, within twelve
 * tokens and with a name's head after it ("«Бір белдеу, бір жол» бастамасының", "«Қазақ газеттері»
 * ЖШС"); else -1.
 */
function nameInGuillemetsEnd(doc: QuoteDocument, k: number): number {
  for (let j = k + 1; j < doc.words.length && j - k <= 12 && doc.sentenceOf[j] === doc.sentenceOf[k]; j++) {
    const w = doc.words[j]!
    if (w === '«') return -1
    if (w === '»') return j > k + 1 && holdsName(doc, j + 1) ? j : -1
  }
  return -1
}

/** Lower-case lemma of a word, cached in the document. */
function lemma(doc: QuoteDocument, word: string): string {
  return lowerLemma(doc, word)
}

/** "Президент былай деді:" → speaker Президент, cue деді. "Министр:" → speaker Министр. */
function colonIntro(doc: QuoteDocument, colon: number): { speaker: [number, number] | null; cue: [number, number] | null } {
  const sentence = doc.sentenceOf[colon]
  let start = colon
  while (start > 0 && doc.sentenceOf[start - 1] === sentence && doc.words[start - 1] !== ',' && !DASHES.has(doc.words[start - 1]!)) start--
  let end = colon
  let cue: [number, number] | null = null
  for (let k = start; k < colon; k++) {
    const c = cueAt(doc, k)
    if (c === colon) {
      cue = [k, c]
      end = k
      break
    }
  }
  // "… қуанышты екенін айтты: «…»": a verb of saying ends the sentence before the colon
  if (!cue) {
    for (let k = Math.max(start, colon - 2); k < colon; k++) {
      if (matchPhrase(doc.words, k, INDIRECT_VERBS) === colon - k) {
        cue = [k, colon]
        end = k
        break
      }
    }
  }
  // "былай", "бұлай", "осылай" are how, not who; "сондай-ақ", "тағы" say it is more (the speaker is
  // before them: "Ол сондай-ақ: «…», – деп қосты")
  while (end > start && (['былай', 'бұлай', 'осылай', 'мынадай', 'мынаны'].includes(doc.words[end - 1]!) || MORE_ADVERBS.has(doc.words[end - 1]!))) end--
  // a subject before what it did first, a converb's clause and its comma: "Ерлан Қарин сөз алып, |
  // былай деді: «…»"
  if (end <= start && cue && start >= 2 && doc.words[start - 1] === ',' && isConverb(doc.words[start - 2]!)) {
    let clause = start - 1
    while (clause > 0 && doc.sentenceOf[clause - 1] === sentence && doc.words[clause - 1] !== ',' && !DASHES.has(doc.words[clause - 1]!)) clause--
    const p = doc.people[firstPersonFrom(doc.people, clause)]
    if (p && p.last < start - 1 && p.first - clause <= 3 && !hasTag(doc, doc.words[p.last - 1]!, OBLIQUE_CASES)) return { speaker: [clause, p.last], cue }
    const subject = subjectAt(doc, clause, start - 1)
    if (subject) return { speaker: subject, cue }
  }
  if (end <= start) return { speaker: null, cue }
  // a long clause before the cue: its first person named, with the words before the name
  // ("Жергілікті тұрғын Бауыржан Есенов | те жаңалыққа қуанышты екенін айтты:"), else its subject,
  // else the words before the cue
  if (cue && end - start > 6) {
    const p = doc.people[firstPersonFrom(doc.people, start)]
    if (p && p.last <= end && p.first - start <= 3) return { speaker: [start, p.last], cue }
    const subject = subjectAt(doc, start, end)
    if (subject) return { speaker: subject, cue }
  }
  // so too a clause with no verb of saying that opens with a person in the nominative ("Көрермен
  // Гүлнар Сәтбаева | қойылымнан алған әсерімен бөлісті: «…»"; not "Егер маған Нұрсұлтан
  // Назарбаевты … десе: «…»", who is spoken of)
  if (!cue && end - start > 3) {
    const p = doc.people[firstPersonFrom(doc.people, start)]
    if (p && p.last < end && p.first - start <= 2 && !hasTag(doc, doc.words[p.last - 1]!, OBLIQUE_CASES)) return { speaker: [start, p.last], cue }
  }
  // a lone word in a case that says to whom or where is no speaker: "оларға айтады: «…»" (they
  // tell them) names who hears it
  if (end - start === 1 && hasTag(doc, doc.words[start]!, ADJUNCT_CASES)) return { speaker: null, cue }
  return { speaker: [Math.max(start, end - 6), end], cue }
}

/**
 * Dash paragraphs: "– …, – деді X." (speaker after the cue), "– …, – деді X, – …" (the words after
 * the attribution too), and dash paragraphs with no attribution, which continue the previous
 * speaker's words when one came right before (or a sentence ending in ':' introduced them).
 */
function dashParagraphs(doc: QuoteDocument): Found[] {
  const out: Found[] = []
  let previous: Found | undefined
  let previousParagraph = -2
  const startsWithDash = (pi: number): boolean => {
    const p = doc.paragraphs[pi]!
    const t = tokenFrom(doc, p.start)
    return t < doc.tokens.length && DASHES.has(doc.words[t]!) && doc.tokens[t]!.start === p.start
  }
  // interviews first: their turns take their paragraphs (no attribution in them, by definition)
  const unattributed: number[] = []
  doc.paragraphs.forEach((p, pi) => {
    if (startsWithDash(pi) && !hasAttribution(doc, p, tokenFrom(doc, p.start) + 2)) unattributed.push(pi)
  })
  const turnAt = new Map<number, InterviewTurn>()
  const interviews = unattributed.length >= 3 ? findInterviews(doc, unattributed, startsWithDash) : []
  for (const interview of interviews) {
    for (const turn of interview.turns) {
      turnAt.set(turn.first, turn)
      const [cs, ce] = contentRange(doc, doc.tokens[tokenFrom(doc, doc.paragraphs[turn.first]!.start)]!.end, doc.paragraphs[turn.last]!.end)
      if (ce > cs) out.push({ kind: 'direct', start: cs, end: ce, speaker: turn.question ? interview.interviewer : interview.interviewee, cue: null, marks: 'dash', rank: 2 })
    }
  }
  // (a paragraph between that goes on about the same speaker does not end its words: "Оның айтуынша, …")
  const aboutThem = (q: number): boolean => isPronoun(doc.words[tokenFrom(doc, doc.paragraphs[q]!.start)] ?? '')
  let skipUntil = -1
  doc.paragraphs.forEach((p, pi) => {
    if (pi <= skipUntil || !startsWithDash(pi)) return
    const turn = turnAt.get(pi)
    if (turn) {
      // the words after an interview are nobody's continued answer
      skipUntil = turn.last
      previous = undefined
      return
    }
    const first = tokenFrom(doc, p.start)
    // the quotation may run on over paragraphs without a dash until its attribution (at most 4 more)
    let lastParagraph = pi
    for (let q = pi; q < doc.paragraphs.length && q <= pi + 4; q++) {
      if (q > pi && startsWithDash(q)) break
      // (nor over a paragraph that is no one's words but the narrator's: one that opens a quotation
      // of its own, opens with a pronoun, or names a person before its attribution — "– Ұлттық Банк
      // нарыққа араласпайды … ¶ Ол сондай-ақ … болжады. ¶ Ал … Ерлан Абдрахманов басқаша пікірде.
      // ¶ «Бюджет …», – дейді Абдрахманов." is three voices)
      if (q > pi && narrates(doc, doc.paragraphs[q]!)) break
      if (hasAttribution(doc, doc.paragraphs[q]!, q === pi ? first + 2 : tokenFrom(doc, doc.paragraphs[q]!.start))) {
        lastParagraph = q
        break
      }
    }
    if (lastParagraph > pi) skipUntil = lastParagraph
    const end = doc.paragraphs[lastParagraph]!.end
    let last = first
    while (last < doc.tokens.length && doc.tokens[last]!.end <= end) last++
    // the attribution: ", – деді X" after the first words
    for (let k = first + 2; k < last; k++) {
      if (!DASHES.has(doc.words[k]!)) continue
      const cueEnd = cueAt(doc, k + 1)
      if (cueEnd < 0) continue
      const [cs, ce] = contentRange(doc, doc.tokens[first]!.end, doc.tokens[k - 1]!.end)
      const speaker = speakerAfter(doc, cueEnd)
      const found: Found = { kind: 'direct', start: cs, end: ce, speaker, cue: [k + 1, cueEnd], marks: 'dash', rank: 1 }
      out.push(found)
      // "…, – деді X, – …": the words after the second dash are the same quotation (after a full
      // stop too: "– Біз жоспарды орындадық, – деді ол. – Келесі жылы …")
      const afterSpeaker = speaker ? speaker[1] : cueEnd
      if ((doc.words[afterSpeaker] === ',' || doc.words[afterSpeaker] === '.') && DASHES.has(doc.words[afterSpeaker + 1] ?? '') && afterSpeaker + 2 < last) {
        const [s2, e2] = contentRange(doc, doc.tokens[afterSpeaker + 1]!.end, p.end)
        if (e2 > s2) out.push({ ...found, start: s2, end: e2 })
      }
      previous = found
      previousParagraph = pi
      return
    }
    // no attribution: the previous speaker's words go on, or a sentence with a reporting verb and
    // a colon introduced them ("Министр былай деді:"); a dash list after "…қатарында:" is not speech
    const [cs, ce] = contentRange(doc, doc.tokens[first]!.end, p.end)
    if (ce <= cs || doc.text[p.end - 1] === ';') return
    const introduced = pi > 0 && doc.text.slice(doc.paragraphs[pi - 1]!.start, doc.paragraphs[pi - 1]!.end).trimEnd().endsWith(':')
    let speaker: [number, number] | null = null
    let cue: [number, number] | null = null
    const reporter = pi > 0 && !introduced ? reportingPerson(doc, doc.paragraphs[pi - 1]!) : null
    if (previous && (previousParagraph === pi - 1 || (previousParagraph === pi - 2 && aboutThem(pi - 1)))) {
      speaker = previous.speaker
    } else if (reporter) {
      // (a paragraph before that ends in a person's reported words introduces theirs: "… Мұрат
      // Темірханов жақын айларда бағам тұрақтанады деп есептейді. ¶ – Ұлттық Банк нарыққа
      // араласпайды. …")
      speaker = reporter
    } else if (introduced) {
      const colon = tokenFrom(doc, doc.paragraphs[pi - 1]!.end - 1)
      const intro = colonIntro(doc, colon)
      if (!intro.cue) return
      speaker = intro.speaker
      cue = intro.cue
    } else {
      return
    }
    const found: Found = { kind: 'direct', start: cs, end: ce, speaker, cue, marks: 'dash', rank: 2 }
    out.push(found)
    previous = speaker ? found : undefined
    previousParagraph = pi
  })
  return out
}

/**
 * Is a paragraph the narrator's, not a quotation's going on: it opens a quotation of its own (« or
 * "), opens with a pronoun ("Ол сондай-ақ …"), or names a person before its attribution's dash?
 */
function narrates(doc: QuoteDocument, p: Span): boolean {
  const first = tokenFrom(doc, p.start)
  const w = doc.words[first] ?? ''
  if (w === '«' || w === '"' || isPronoun(w)) return true
  const person = doc.people[firstPersonFrom(doc.people, first)]
  if (person === undefined || doc.tokens[person.first]!.end > p.end) return false
  for (let k = first; k < person.first; k++) if (DASHES.has(doc.words[k]!) && doc.words[k - 1] === ',') return false
  return true
}

/**
 * The person whose words a paragraph's last sentence reports, when it ends in a verb of saying
 * ("… деп есептейді.", "… айтты.") and names a person in the nominative: their name's token range.
 */
function reportingPerson(doc: QuoteDocument, p: Span): [number, number] | null {
  const end = tokenFrom(doc, p.end) - 1
  if (end < 1 || doc.words[end] !== '.') return null
  let said = false
  for (let k = Math.max(0, end - 3); k < end && !said; k++) said = matchPhrase(doc.words, k, INDIRECT_VERBS) === end - k || cueAt(doc, k) === end
  if (!said) return null
  const from = tokenFrom(doc, doc.sentences[doc.sentenceOf[end]!]!.start)
  const person = doc.people[firstPersonFrom(doc.people, from)]
  if (person === undefined || person.last > end || hasTag(doc, doc.words[person.last - 1]!, OBLIQUE_CASES)) return null
  return [person.first, person.last]
}

/** Does the paragraph hold ", – деді X" (a dash and a reporting verb) at or after token `from`? */
function hasAttribution(doc: QuoteDocument, p: Span, from: number): boolean {
  for (let k = from; k < doc.tokens.length && doc.tokens[k]!.end <= p.end; k++) {
    if (DASHES.has(doc.words[k]!) && k > 0 && doc.words[k - 1] === ',' && cueAt(doc, k + 1) > 0) return true
  }
  return false
}

/**
 * A headline quote: a paragraph with no final punctuation that ends in "– X", where X is one to
 * three words naming the speaker ("… маңызды деп санаймын – Президент", "… белгісі – шебер").
 */
function headlines(doc: QuoteDocument): Found[] {
  const out: Found[] = []
  for (const p of doc.paragraphs) {
    const lastChar = doc.text[p.end - 1]!
    if ('.!?…:;'.includes(lastChar)) continue
    const last = tokenFrom(doc, p.end)
    const first = tokenFrom(doc, p.start)
    let dash = -1
    for (let k = last - 1; k > first && k >= last - 4; k--) {
      if (DASHES.has(doc.words[k]!) && doc.tokens[k]!.start > doc.tokens[k - 1]!.end) {
        dash = k
        break
      }
    }
    if (dash < 0) continue
    const speakerWords = doc.tokens.slice(dash + 1, last)
    if (speakerWords.length === 0 || speakerWords.some((t) => t.type !== 'word')) continue
    const leadIsName = isCapitalized(speakerWords[0]!) || isTitleWord(doc.words[dash + 1]!, lemma(doc, doc.words[dash + 1]!))
    if (!leadIsName || dash - first < 3) continue
    let [cs, ce] = contentRange(doc, p.start, doc.tokens[dash - 1]!.end)
    if (doc.text[cs] === '«' && doc.text[ce - 1] === '»') {
      cs++
      ce--
    }
    out.push({ kind: 'direct', start: cs, end: ce, speaker: [dash + 1, last], cue: null, marks: 'dash', rank: 3 })
  }
  return [...out, ...quoteColonHeadlines(doc), ...nameColonHeadlines(doc)]
}

/**
 * A headline that gives its speaker first and what they said after a colon: "Головкин: Бокс
 * федерациясы жаңа чемпиондарды тәрбиелейді", "Тоқаев: «Біз реформаны жалғастырамыз»". The
 * speaker is a person the text names (findPeople), a surname alone or a title of up to three
 * words; a place before a colon is a dateline ("Алматы: …") and a label is page chrome ("Фото:
 * Ақорда"), neither of which speak. A headline has no final period; at least three words follow.
 */
function nameColonHeadlines(doc: QuoteDocument): Found[] {
  const out: Found[] = []
  for (const p of doc.paragraphs) {
    if ('.;:,'.includes(doc.text[p.end - 1]!)) continue
    const first = tokenFrom(doc, p.start)
    let colon = first + 1
    while (colon < first + 4 && doc.tokens[colon]?.type === 'word') colon++
    if (doc.words[colon] !== ':' || !isCapitalized(doc.tokens[first]!)) continue
    const last = tokenFrom(doc, p.end)
    let words = 0
    for (let k = colon + 1; k < last; k++) if (doc.tokens[k]!.type === 'word') words++
    if (words < 3) continue
    const person = doc.people[firstPersonFrom(doc.people, first)]
    const named = person !== undefined && person.first === first && person.last === colon
    const surname = colon === first + 1 && SURNAME.test(lowerLemma(doc, doc.tokens[first]!.text)) && !isPlaceName(lemma(doc, doc.words[first]!))
    const title = !named && !surname && isTitleHead(doc.words[colon - 1]!, lemma(doc, doc.words[colon - 1]!))
    if (!named && !surname && !title) continue
    let [cs, ce] = contentRange(doc, doc.tokens[colon]!.end, p.end)
    const marked = doc.text[cs] === '«' && doc.text[ce - 1] === '»'
    if (marked) {
      cs++
      ce--
    }
    out.push({ kind: 'direct', start: cs, end: ce, speaker: [first, colon], cue: null, marks: marked ? 'guillemets' : 'colon', rank: 3 })
  }
  return out
}

/**
 * A headline that opens with a quotation and gives its speaker after a colon: "«Ауыл мектебіне
 * жас мамандар келуі керек»: Гүлнар Сейітова ұстаздық туралы". The speaker is a person the text
 * names (findPeople) right after the colon; a headline has no final period.
 */
function quoteColonHeadlines(doc: QuoteDocument): Found[] {
  const out: Found[] = []
  for (const p of doc.paragraphs) {
    if (doc.text[p.start] !== '«' || '.!?…;'.includes(doc.text[p.end - 1]!)) continue
    const first = tokenFrom(doc, p.start)
    let close = first + 1
    while (close < doc.tokens.length && doc.tokens[close]!.end <= p.end && doc.words[close] !== '»' && doc.words[close] !== '«') close++
    if (doc.words[close] !== '»' || doc.words[close + 1] !== ':' || close - first < 3) continue
    const person = doc.people[firstPersonFrom(doc.people, close + 2)]
    let speaker: [number, number] | null = person && person.first === close + 2 && doc.tokens[person.last - 1]!.end <= p.end ? [person.first, person.last] : null
    // (or a title of up to three words: "«…»: облыс әкімі ауруханаға барды", the holder named in the text)
    for (let j = close + 2; !speaker && j < close + 5 && doc.tokens[j]?.type === 'word' && doc.tokens[j]!.end <= p.end; j++) {
      if (isTitleHead(doc.words[j]!, lemma(doc, doc.words[j]!)) && !hasTag(doc, doc.words[j]!, OBLIQUE_CASES)) speaker = [close + 2, j + 1]
    }
    if (!speaker) continue
    out.push({ kind: 'direct', start: doc.tokens[first + 1]!.start, end: doc.tokens[close - 1]!.end, speaker, cue: null, marks: 'guillemets', rank: 3 })
  }
  return out
}

/** "…, деп хабарлайды Kazinform." · "… деп жазады Egemen.kz." — a news agency's credit. */
function sources(doc: QuoteDocument): Found[] {
  const out: Found[] = []
  // k ≥ 2: a credit needs words before its comma
  for (let k = 2; k < doc.words.length; k++) {
    if (doc.words[k] !== 'деп' || doc.words[k - 1] !== ',') continue
    const n = matchPhrase(doc.words, k + 1, sourceCues)
    if (n === 0) continue
    // «…», деп жазды Ақорда is a direct quote, found with its marks
    if (k >= 2 && ['»', '"', '”', '“'].includes(doc.words[k - 2]!)) continue
    const sentence = doc.sentenceOf[k]
    let start = k - 1
    while (start > 0 && doc.sentenceOf[start - 1] === sentence) start--
    start = afterDateline(doc, start, k - 1)
    const speaker = speakerAfter(doc, k + 1 + n)
    if (!speaker || start > k - 2) continue
    // "S1. Бұл туралы Көлік министрлігі хабарлады, деп хабарлайды Kazinform тілшісі.": the news is
    // the sentences before it in its paragraph, the agency's and the body's both
    const about = matchPhrase(doc.words, start, aboutThisOpeners)
    let verb = -1
    for (let j = Math.max(start + about + 1, k - 3); j < k - 1 && about > 0 && verb < 0; j++) if (matchPhrase(doc.words, j, aboutThisVerbs) === k - 1 - j) verb = j
    if (verb > 0) {
      const paragraph = doc.paragraphs[paragraphAt(doc, doc.tokens[start]!.start)]!
      const from = afterDateline(doc, tokenFrom(doc, paragraph.start), start)
      if (from >= start) continue
      const [cs, ce] = contentRange(doc, doc.tokens[from]!.start, doc.tokens[start - 1]!.end)
      if (ce <= cs) continue
      out.push({ kind: 'source', start: cs, end: ce, speaker, cue: [k, k + 1 + n], marks: 'none', rank: 4 })
      out.push({ kind: 'indirect', start: cs, end: ce, speaker: [start + about, verb], cue: [verb, k - 1], marks: 'none', rank: 6, alongside: true })
      continue
    }
    const [cs, ce] = contentRange(doc, doc.tokens[start]!.start, doc.tokens[k - 2]!.end)
    if (ce > cs) out.push({ kind: 'source', start: cs, end: ce, speaker, cue: [k, k + 1 + n], marks: 'none', rank: 4 })
  }
  return out
}

/** What may follow an outlet's name before the colon: "Reuters агенттігі: …". */
const MEDIA_HEADS = new Set(['агенттігі', 'басылымы', 'газеті', 'журналы', 'телеарнасы', 'порталы', 'сайты', 'радиосы'])
/** Longest headline credited to an outlet, in tokens: a paragraph, not an article. */
const MAX_HEADLINE = 40

/**
 * "Report: Министрлік АҚШ-қа хат жолдады" — a paragraph that opens with a news outlet's name
 * (data/gazetteer/organizations.tsv, kind media) and a colon credits the headline after it to
 * that outlet, with no verb of saying. "Фото: …" or "Дереккөз: …" name no outlet and are not
 * quotes; neither is a headline that does not start with a capital or a mark.
 */
function mediaHeadlines(doc: QuoteDocument): Found[] {
  const out: Found[] = []
  const names = mediaNames()
  for (const p of doc.paragraphs) {
    const first = tokenFrom(doc, p.start)
    let n = matchPhrase(doc.words, first, names)
    if (n === 0) continue
    if (MEDIA_HEADS.has(doc.words[first + n]!)) n++
    const colon = first + n
    if (doc.words[colon] !== ':' || doc.tokens[colon]!.end > p.end) continue
    let last = colon + 1
    while (last < doc.tokens.length && doc.tokens[last]!.end <= p.end) last++
    const opener = doc.tokens[colon + 1]
    if (last - colon - 1 < 3 || last - colon - 1 > MAX_HEADLINE || !opener || !(isCapitalized(opener) || opener.text === '«')) continue
    const [cs, ce] = contentRange(doc, opener.start, doc.tokens[last - 1]!.end)
    if (ce > cs) out.push({ kind: 'source', start: cs, end: ce, speaker: [first, first + n], cue: null, marks: 'colon', rank: 4 })
  }
  return out
}

/** Longest «…» before "Бұл туралы X айтты" read as one quotation, in tokens (a bound, so a long paragraph is not read again per sentence). */
const MAX_QUOTE_TOKENS = 400

/** Does tokens [from, to) hold this mark? */
function hasMark(doc: QuoteDocument, from: number, to: number, mark: string): boolean {
  for (let k = from; k < to; k++) if (doc.words[k] === mark) return true
  return false
}

/**
 * "АСТАНА. KAZINFORM – …", "Астана, 2 желтоқсан. …": the first token after a lead's dateline, or
 * `start` when there is none (looked for before `limit`).
 */
function afterDateline(doc: QuoteDocument, start: number, limit: number): number {
  let from = start
  for (let j = start; j < limit && j < start + 4; j++) {
    if (DASHES.has(doc.words[j]!) && doc.tokens.slice(start, j).every((t) => isAcronym(t) || t.text === '.')) from = j + 1
  }
  return from === start ? afterDatedLine(doc, start, limit) : from
}

/**
 * A lead's dated dateline: a place, a comma or a period, a day and a month, a year and "ж." or
 * "жылы" if any, a period or a comma, an agency and a dash if any ("Астана, 12 наурыз 2025 ж.",
 * "АЛМАТЫ. 5 маусым. ҚазАқпарат –", of which a sentence may hold only the agency and its dash).
 * The first token after it, or `start` when there is none.
 */
function afterDatedLine(doc: QuoteDocument, start: number, limit: number): number {
  const { tokens, words } = doc
  // what is left of it after the sentence splitter: a news agency and a dash ("ҚазАқпарат – …")
  const agency = matchPhrase(words, start, mediaNames())
  if (agency > 0 && start + agency + 1 < limit && DASHES.has(words[start + agency]!)) return start + agency + 1
  let j = start
  // the place: one or two capitalized words
  while (j < limit && j - start < 2 && isCapitalized(tokens[j]!)) j++
  if (j === start || (words[j] !== ',' && words[j] !== '.')) return start
  j++
  if (!(j + 1 < limit && tokens[j]!.type === 'number' && /^\d{1,2}$/.test(words[j]!) && KAZAKH_MONTHS.includes(lemma(doc, words[j + 1]!)))) return start
  j += 2
  if (j < limit && /^(?:19|20)\d\d$/.test(words[j]!)) j++
  if (j < limit && (words[j] === 'ж.' || words[j] === 'жылы')) j++
  if (j < limit && (words[j] === '.' || words[j] === ',')) j++
  // "ҚазАқпарат –", "Egemen.kz –": an agency before a dash
  if (j + 1 < limit && (isCapitalized(tokens[j]!) || isAcronym(tokens[j]!)) && DASHES.has(words[j + 1]!)) j += 2
  else if (j < limit && DASHES.has(words[j]!)) j++
  return j < limit ? j : start
}

/** A word whose last part, after a hyphen, is lower case: "Telegram-арнасында". */
const LOWER_AFTER_HYPHEN = /-\p{Ll}+$/u

/** A lower-case word in the locative, where a speaker's occasion begins: "форумында", "жиында", "брифингте". */
const LOCATIVE = /\p{Ll}(?:да|де|та|те)$/u

/**
 * "S1. S2. Бұл туралы қаржы вице-министрі Дәурен Кеңбейіл мәлімдеді." — a sentence that opens
 * with "бұл туралы" (data/quotes/about-this.txt) and ends with a verb of saying names the speaker
 * of the sentences before it in its paragraph, which are the (indirect) quote. A lead's dateline
 * is not part of it; a sentence that opens its paragraph has nothing to point back to.
 */
function aboutThisQuotes(doc: QuoteDocument, credits: readonly Found[]): Found[] {
  const out: Found[] = []
  // each paragraph's first agency credit, by the paragraph's index
  const creditIn = new Map<number, Found>()
  for (const c of credits) {
    const at = c.cue ? paragraphAt(doc, doc.tokens[c.cue[0]]!.start) : -1
    if (at >= 0 && !creditIn.has(at)) creditIn.set(at, c)
  }
  let p = 0
  for (let s = 0; s < doc.sentences.length; s++) {
    const sentence = doc.sentences[s]!
    while (p < doc.paragraphs.length - 1 && doc.paragraphs[p]!.end <= sentence.start) p++
    const first = tokenFrom(doc, sentence.start)
    const n = matchPhrase(doc.words, first, aboutThisOpeners)
    if (n === 0 || doc.sentenceOf[first] !== s) continue
    let end = first + n
    while (end < doc.tokens.length && doc.sentenceOf[end] === s) end++
    while (end > first + n && CLOSERS.has(doc.words[end - 1]!)) end--
    let verb = -1
    for (let k = Math.max(first + n + 1, end - 2); k < end && verb < 0; k++) if (matchPhrase(doc.words, k, aboutThisVerbs) === end - k) verb = k
    if (verb < 0) continue
    // the speaker: the words between, up to the occasion, which ends in the locative and may have its
    // place before it: "Президент | Волонтерлер форумында айтты", "министр Ерлан Ақкенженов |
    // Астанадағы брифингте айтты"
    let speakerStart = first + n
    let speakerEnd = speakerStart
    // (a foreign name's channel is one too: "Telegram-арнасында", "Facebook-парақшасында")
    while (speakerEnd < verb && !(speakerEnd > speakerStart && LOCATIVE.test(doc.words[speakerEnd]!) && (!isCapitalized(doc.tokens[speakerEnd]!) || LOWER_AFTER_HYPHEN.test(doc.tokens[speakerEnd]!.text)))) speakerEnd++
    const occasion = speakerEnd
    if (speakerEnd < verb) {
      // a possessed occasion takes its bare possessor, and "own" before it: "Тимур Сүлейменов |
      // баспасөз конференциясында", "Руслан Желдібай | өзінің Telegram-арнасында"
      const possessor = doc.words[speakerEnd - 1]!
      // (a capitalized one after a person's name or a place adjective too: "Aıdarbek Saparov |
      // Úkimet otyrysynda", "… Алдыбергенов | Мәжілістегі Үкімет сағатында")
      if (speakerEnd - 1 > speakerStart && readingOf(doc, doc.words[speakerEnd]!)?.suffixes.some((x) => x.tag === 'POSS.3') && doc.tokens[speakerEnd - 1]!.type === 'word' && (!isCapitalized(doc.tokens[speakerEnd - 1]!) || personEndsAt(doc, speakerEnd - 1, speakerStart) || PLACE_ADJECTIVE.test(doc.words[speakerEnd - 2]!)) && !isTitleWord(possessor, lemma(doc, possessor)) && readingOf(doc, possessor)?.suffixes.length === 0) speakerEnd--
      if (speakerEnd - 1 > speakerStart && (doc.words[speakerEnd - 1] === 'өз' || doc.words[speakerEnd - 1] === 'өзінің')) speakerEnd--
      while (speakerEnd - 1 > speakerStart) {
        const w = doc.words[speakerEnd - 1]!
        const before = doc.words[speakerEnd - 2]!
        const occasion = PLACE_ADJECTIVE.test(w) || (isCapitalized(doc.tokens[speakerEnd - 1]!) && isTitleWord(before, lemma(doc, before)))
        if (!occasion) break
        speakerEnd--
      }
    }
    // the occasion may come first, and the speaker after it: "Бұл туралы … министрлігінің баспасөз
    // брифингінде | Бас мемлекеттік санитарлық дәрігер Айжан Есмағамбетова | айтты"
    if (occasion < verb - 1 && hasNameOrTitle(doc, occasion + 1, verb)) {
      speakerStart = occasion + 1
      speakerEnd = verb
    }
    // nothing after a person's name is the speaker's: "… төрағасы Ләззат Ибрагимова | Орталық
    // коммуникациялар қызметінде өткен брифингте айтты"
    const named = doc.people[lastEndingBy(doc.people, speakerEnd - 1)]
    if (named && named.first >= speakerStart && named.last < speakerEnd) speakerEnd = named.last
    // (of eight words at most, a short name in brackets not counted: "Сыбайлас жемқорлыққа қарсы
    // іс-қимыл агенттігінің (Антикор) баспасөз қызметі"; twelve when a body's head ends them, a
    // body's long name: "Қазақстан Республикасы Ғылым және жоғары білім министрлігінің Зоология
    // институты")
    const most = isBodyWord(lemma(doc, doc.words[speakerEnd - 1] ?? '')) ? 12 : 8
    if (speakerEnd === speakerStart || speakerEnd - speakerStart - bracketedTokens(doc, speakerStart, speakerEnd) > most) continue
    const paragraph = doc.paragraphs[p]!
    const from = afterDateline(doc, tokenFrom(doc, paragraph.start), first)
    if (from >= first) {
      // a paragraph of its own after a lead the agency credits ("…, деп хабарлайды TASS.\n\nБұл
      // туралы әуежайдың диспетчерлік қызметі хабарлады."): the same news, from its own source
      const credit = p > 0 ? creditIn.get(p - 1) : undefined
      if (credit) out.push({ kind: 'indirect', start: credit.start, end: credit.end, speaker: [speakerStart, speakerEnd], cue: [verb, end], marks: 'none', rank: 6, alongside: true })
      // else the paragraph before it, when that is a report of the news, in sentences and no one's
      // quotation: "Соңғы бір аптада … 20 пайызға артты. …\n\nБұл туралы … айтты."
      // (less its dateline, a lead's: "Шымкент, 4 желтоқсан. | Шымкент қалалық полиция …")
      else if (p > 0 && isReportParagraph(doc, p - 1)) {
        const lead = tokenFrom(doc, doc.paragraphs[p - 1]!.start)
        const news = afterDateline(doc, lead, first)
        const [cs, ce] = contentRange(doc, news > lead && news < first ? doc.tokens[news]!.start : doc.paragraphs[p - 1]!.start, doc.paragraphs[p - 1]!.end)
        if (ce > cs) out.push({ kind: 'indirect', start: cs, end: ce, speaker: [speakerStart, speakerEnd], cue: [verb, end], marks: 'none', rank: 6 })
      }
      continue
    }
    // "«Инфляция төмендейді». Бұл туралы X мәлімдеді.": the words in guillemets are X's own
    let close = first - 1
    while (close > from && CLOSERS.has(doc.words[close]!)) close--
    if (doc.words[from] === '«' && doc.words[close] === '»' && close - from > 1 && close - from < MAX_QUOTE_TOKENS && !hasMark(doc, from + 1, close, '«')) {
      out.push({ kind: 'direct', start: doc.tokens[from + 1]!.start, end: doc.tokens[close - 1]!.end, speaker: [speakerStart, speakerEnd], cue: [verb, end], marks: 'guillemets', rank: 6 })
      continue
    }
    const [cs, ce] = contentRange(doc, doc.tokens[from]!.start, doc.tokens[first - 1]!.end)
    if (ce > cs) out.push({ kind: 'indirect', start: cs, end: ce, speaker: [speakerStart, speakerEnd], cue: [verb, end], marks: 'none', rank: 6 })
  }
  return out
}

/** Do tokens [from, to) hold a capitalized word or a title? */
function hasNameOrTitle(doc: QuoteDocument, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isCapitalized(doc.tokens[k]!) || isTitleWord(doc.words[k]!, lemma(doc, doc.words[k]!))) return true
  return false
}

/**
 * Is paragraph `pi` a report that a "Бұл туралы …" paragraph after it can credit: it ends with a
 * period, has six words or more (a headline or a page's meta line has no period), and holds no
 * quotation marks and no dash turn (those are quotations of their own)?
 */
function isReportParagraph(doc: QuoteDocument, pi: number): boolean {
  const paragraph = doc.paragraphs[pi]!
  const first = tokenFrom(doc, paragraph.start)
  let words = 0
  let last = first
  for (let k = first; k < doc.tokens.length && doc.tokens[k]!.start < paragraph.end; k++) {
    const w = doc.words[k]!
    if (w === '«' || w === '»' || w === '"' || (k === first && DASHES.has(w))) return false
    if (doc.tokens[k]!.type === 'word') words++
    last = k
  }
  return words >= 6 && doc.words[last] === '.'
}

/** "Министрдің айтуынша, …" — the rest of the sentence is what the speaker says. */
function accordingToQuotes(doc: QuoteDocument): Found[] {
  const out: Found[] = []
  for (let k = 1; k < doc.words.length; k++) {
    const n = matchPhrase(doc.words, k, accordingTo)
    if (n === 0 || doc.words[k + n] !== ',') continue
    const sentence = doc.sentenceOf[k]
    let start = k
    while (start > 0 && doc.sentenceOf[start - 1] === sentence && doc.words[start - 1] !== ',') start--
    if (start === k) continue
    // (as made known by a source in the ablative, "Ведомстводан мәлім етілгендей": "Бұған дейін
    // хабарланғандай" is "as reported before")
    const cue = doc.words.slice(k, k + n).join(' ')
    if (accordingToFromAblative.has(cue) && !hasTag(doc, doc.words[k - 1]!, ABLATIVE_CASE)) continue
    // (as reported by a name, a body or a title: "… баспасөз қызметі хабарлағандай", not "Бұған
    // дейін хабарлағандай", "Жоғарыда мәлімдегендей" (above))
    if (accordingToAfterSubject.has(cue) && (hasTag(doc, doc.words[k - 1]!, ADJUNCT_CASES) || !(isCapitalized(doc.tokens[k - 1]!) || isAcronym(doc.tokens[k - 1]!) || isBodyWord(lemma(doc, doc.words[k - 1]!)) || isTitleWord(doc.words[k - 1]!, lemma(doc, doc.words[k - 1]!))))) continue
    let end = k + n + 1
    while (end < doc.tokens.length && doc.sentenceOf[end] === sentence) end++
    const [cs, ce] = contentRange(doc, doc.tokens[k + n + 1]?.start ?? doc.text.length, doc.tokens[end - 1]!.end)
    // (a long body's name, up to ten words, after a sentence's openers: "Каспий табиғатын қорғау
    // қоғамдық қорының директоры Айгүл Жұмабаеваның мәліметінше")
    // (not a lead's dateline: "KAZINFORM – | Ұлттық статистика бюросының деректеріне сәйкес",
    // "Астана, 12 наурыз 2025 ж. | Денсаулық сақтау министрлігінің мәліметінше")
    const lead = tokenFrom(doc, doc.sentences[sentence!]!.start)
    let from = Math.max(start, k - 10, afterDateline(doc, lead, k))
    while (from < k - 1) {
      // (not "оның", whose title it is: "Оның адвокатының айтуынша" is his lawyer's)
      const opener = matchPhrase(doc.words, from, openerPhrases)
      if (opener === 0 || from + opener >= k || POSSESSIVE_OPENERS.has(doc.words[from]!)) break
      from += opener
    }
    if (ce > cs) out.push({ kind: 'according_to', start: cs, end: ce, speaker: [from, k], cue: [k, k + n], marks: 'none', rank: 5 })
  }
  return out
}

/** A reported clause's last word before "білдірді": екенін, -атынын, -ғанын (not ризашылығын). */
const FEELING_REPORTED = /(?:екенін|нын|нін)$/u

/** Possessive pronouns the opener list holds: before a title they are part of the speaker. */
const POSSESSIVE_OPENERS = new Set(['оның', 'олардың'])

/** Who a report is told to, in the dative after the subject: журналистерге, тілшілерге. */
const ADDRESSEES = new Set(['журналист', 'журналистер', 'тілші', 'тілшілер'])
const DATIVE_CASE: ReadonlySet<string> = new Set(['DAT'])

/** What a subject does before it speaks: "сөйлесіп", "кездесіп", "қабылдап" …, then a comma. */
const OCCASION_CONVERBS = new Set(['сөйлесіп', 'кездесіп', 'тоқталып', 'қатысып', 'қабылдап', 'танысып', 'барып', 'келіп', 'аралап', 'құттықтап', 'құптап', 'қолдап', 'мақұлдап'])

/** Sentence openers meaning "also", after which the previous sentence's subject goes on speaking. */
const CONTINUATIONS = phraseIndex(['сонымен қатар', 'сонымен бірге', 'сондай-ақ', 'сондай-ақ ол', 'ол сондай-ақ', 'бұдан бөлек', 'бұдан басқа', 'оған қоса', 'бұған қоса'].map((v) => v.split(' ')).sort((a, b) => b.length - a.length))

/** Do two offsets lie in one paragraph (no paragraph break between them)? */
function sameParagraph(doc: QuoteDocument, a: number, b: number): boolean {
  const p = doc.paragraphs[paragraphAt(doc, a)]
  return p !== undefined && b < p.end
}

/**
 * -ғанын / -генін / екенін / қажеттігін …: a reported clause's last word. (-ғын and -гін only after
 * -лы/-ды/-ты: "болғандығын", "маңыздылығын", not a noun in the accusative, "сауда аймағын
 * бірлесіп салу жоспарын айтты", which names what was spoken of.) And a participle with the
 * plural of the speakers' "they": "үкімге шағымданатындарын айтты".
 */
const REPORTED = /(нын|нін|[дтл]ығын|[дтл]ігін|(?:атын|етін|йтын|йтін|ған|ген|қан|кен)(?:дар|дер|тар|тер)[ыі]н)$/u
/** -атынына / -етініне / -ғанына / екеніне: the same clause in the dative (a participle's), after DATIVE_VERBS. */
const REPORTED_DATIVE = /(?:атын|етін|йтын|йтін|ған|ген|қан|кен|екен)[ыі](?:на|не)$/u
/** Verbs of confidence whose clause is in the dative ("… қосатынына сенім білдірді"); the verb ends the sentence. */
const DATIVE_VERBS = phraseIndex([
  ['сенім', 'білдірді'],
  // and of doubt: "… жақсартатынына күмән келтірді"
  ['күмән', 'келтірді'],
])
/** Verbs that report only with their dative clause: "келтірді" alone is no verb of saying ("мысал келтірді"). */
const ONLY_DATIVE = new Set(['келтірді'])
/** Verbs of saying as converbs, which join a first report to a second: "… атап өтіп, … жеткізді". */
const CONVERB_CUES = phraseIndex(['атап өтіп', 'баса айтып', 'айтып', 'жеткізіп', 'мәлімдеп', 'түсіндіріп', 'ескертіп', 'атап көрсетіп'].map((v) => v.split(' ')))

/**
 * What someone had said before, a story's background: "Мәдина Әбілқасымова бұған дейін … қажет
 * екенін айтқан болатын" (with болатын or еді).
 */
const PLUPERFECT_VERBS = ['айтқан', 'атап өткен', 'баса айтқан', 'мәлімдеген', 'жеткізген', 'хабарлаған', 'ескерткен', 'жазған', 'растаған', 'мойындаған']
const INDIRECT_VERBS = phraseIndex(['атап өтті', 'баса айтты', 'келтірді', 'мәлімдеді', 'мәлім етті', 'жеткізді', 'хабарлады', 'айтты', 'атап көрсетті', 'түсіндірді', 'сендірді', 'еске салды', 'мойындады', 'растады', 'ескертті', 'қуаттады', 'білдірді', 'айтады', 'атап өтеді', 'мәлімдейді', 'болжады', 'болжайды', 'жазды', 'жазады', 'ескертеді', 'хабарлайды', 'түсіндіреді', 'растайды', 'мойындайды', 'сынады', 'жариялады', 'жариялайды', 'нақтылады', ...PLUPERFECT_VERBS.flatMap((v) => [`${v} болатын`, `${v} еді`])].map((v) => v.split(' ')))

/**
 * "Мемлекет басшысы … ҰҚШҰ ұйымы … қатыспағанын, … оқ атпағанын баса айтты." — a named subject,
 * a reported clause ending in -ғанын/-генін/екенін, and a speech verb at the sentence's end.
 */
function indirectQuotes(doc: QuoteDocument): Found[] {
  const out: Found[] = []
  for (let s = 0; s < doc.sentences.length; s++) {
    const sentence = sentenceTokens(doc, s)
    const { first, last } = sentence
    let end = sentence.end
    // a report at the end of a quotation a cue closes, the quotation's last sentence: "«Гидеон Саар
    // … бағалады. Бұл … ықпал ететінін атап өтті», – деп жазды Ақорда" (the press service quotes
    // its own text, which reports what the guest said)
    const closing = quotationEnd(doc, first, end)
    if (closing >= 0) {
      end = closing
      while (end > first && CLOSERS.has(doc.words[end - 1]!)) end--
    }
    let verb = -1
    for (let k = Math.max(first, end - 3); k < end; k++) {
      if (matchPhrase(doc.words, k, INDIRECT_VERBS) === end - k) {
        verb = k
        break
      }
    }
    if (verb < 0) continue
    if (holdsQuotedWords(doc, first, end)) continue
    // "… үлес қосатынына сенім білдірді": a verb of confidence takes the clause in the dative
    const dative = verb > first && matchPhrase(doc.words, verb - 1, DATIVE_VERBS) === end - verb + 1
    if (!dative && ONLY_DATIVE.has(doc.words[verb]!)) continue
    if (dative) verb--
    // (and "сендірді", assured, takes either: "… аспайтынына сендірді", "… екенін сендірді")
    const assured = !dative && doc.words[verb] === 'сендірді' && verb > first && REPORTED_DATIVE.test(doc.words[verb - 1]!)
    const reportedForm = dative || assured ? REPORTED_DATIVE : REPORTED
    let reported = -1
    for (let k = verb - 1; k > first; k--) {
      if (doc.tokens[k]!.type === 'word' && reportedForm.test(doc.words[k]!)) {
        reported = k
        break
      }
    }
    if (reported < 0) continue
    // a feeling expressed is no report: "Ол дәрігерлерге ризашылығын білдірді" (but "… дайын екенін
    // білдірді" is)
    if (reported === verb - 1 && doc.words[verb] === 'білдірді' && !FEELING_REPORTED.test(doc.words[reported]!)) continue
    let speaker = subjectAt(doc, first, reported)
    let subjectEnd = speaker?.[1] ?? first
    if (!speaker) {
      // "Президент … қолдайтынын жеткізді. Сонымен қатар … қуаттайтынын растады.": no subject of its
      // own after "also", so the previous sentence's subject, in the same paragraph, is speaking
      // ("ол" after it is that subject: "Сонымен қатар ол …"); so too in a quotation's last
      // sentence, whose subject the quotation's first one named: "«Гидеон Саар … бағалады. Бұл …
      // атап өтті», – …" (a person only, after the quotation's opening mark)
      let n = matchPhrase(doc.words, first, CONTINUATIONS)
      if (n > 0 && doc.words[first + n] === 'ол') n++
      const previous = (n > 0 || closing >= 0) && s > 0 ? tokenFrom(doc, doc.sentences[s - 1]!.start) : -1
      if (previous < 0 || !sameParagraph(doc, doc.tokens[previous]!.start, doc.tokens[first]!.start)) continue
      if (n === 0) {
        // (the person's name the text gives elsewhere, at the subject's start: "«Гидеон Саар |
        // Қазақстанның …", after "Израиль Сыртқы істер министрі Гидеон Саар")
        const opened = doc.words[previous] === '«' ? previous + 1 : -1
        const subject = opened > 0 ? subjectAt(doc, opened, first) : null
        const named = subject ? knownNameEnd(doc, subject[0], subject[1]) : -1
        if (named < 0) continue
        speaker = [subject![0], named]
      } else {
        // (with no subject there, "ол" speaks, and is resolved as ever: "Министрдің сөзінше, … .
        // Сонымен қатар ол … жеткізді")
        speaker = subjectAt(doc, previous, first) ?? (doc.words[first + n - 1] === 'ол' ? [first + n - 1, first + n] : null)
      }
      if (!speaker) continue
      subjectEnd = first + n
    }
    // skip an adverbial clause before the report: "осы сауалға жауап бере келе ҰҚШҰ …"
    // (and a particle or "as for" after the subject: "«МузАрт» тобының әншілері | де …",
    // "Сарапшы Олжас Байділдинов | болса …")
    let start = subjectEnd
    while (start < reported && SPEAKER_PARTICLES.has(doc.words[start]!)) start++
    let firstReported = -1
    for (let k = subjectEnd; k <= reported; k++) {
      if (doc.tokens[k]!.type === 'word' && reportedForm.test(doc.words[k]!)) {
        firstReported = k
        break
      }
    }
    for (let k = subjectEnd; k < firstReported; k++) {
      // (not a compound verb's: "өсіп келе | жатқанын" is "has been growing")
      // (and its comma: "сөз сөйлеп, | Қазақстан …")
      if (['келе', 'отырып', 'тұрып', 'сөйлеп'].includes(doc.words[k]!) && k + 1 < firstReported && !CONVERB.test(doc.words[k - 1] ?? '')) start = doc.words[k + 1] === ',' ? k + 2 : k + 1
      // "… телефон арқылы сөйлесіп, екі ел … қажет екенін айтты": what the subject did before
      // speaking ends at its comma (a converb inside the report stays: "мұз қатып, … екенін")
      else if (OCCASION_CONVERBS.has(doc.words[k]!) && doc.words[k + 1] === ',') start = k + 2
    }
    // "өз сөзінде" (in their own speech), "өз баяндамасында" right after the subject is where the
    // subject said it, not what: "Арман Шаққалиев | өз сөзінде | екі ел арасындағы …"
    // (and "өзінің Telegram-арнасында", on their own channel)
    if (start === subjectEnd && (doc.words[start] === 'өз' || doc.words[start] === 'өзінің') && start + 2 < reported && hasTag(doc, doc.words[start + 1]!, ADJUNCT_CASES)) start += 2
    // and whom they told it: "Мединский | журналистерге | тараптар … уағдаласқанын айтты"
    if (start + 1 < reported && ADDRESSEES.has(lemma(doc, doc.words[start]!)) && hasTag(doc, doc.words[start]!, DATIVE_CASE)) {
      start++
      // and the statement given to them: "журналистерге | берген түсініктемесінде | Үкіметтің …"
      if (start + 2 < reported && isParticiple(doc.words[start]!) && isStatementNoun(doc, doc.words[start + 1]!) && hasTag(doc, doc.words[start + 1]!, LOCATIVE_CASE)) start += 2
    }
    if (start >= reported) continue
    // two reports of one subject, the first with a verb of saying as a converb: "… қамтылғанын
    // атап өтіп, | идеяларды қолдайтынын жеткізді" is two quotations, each with its own cue
    for (let k = start + 1; k < reported - 1; k++) {
      const n = matchPhrase(doc.words, k, CONVERB_CUES)
      if (n === 0 || doc.words[k + n] !== ',') continue
      // (what the subject conveyed first, no report, goes: "Ли Цян | Төраға Си Цзиньпиннің сәлемін
      // жеткізіп, | Қытай … мүдделі екенін айтты")
      if (!reportedForm.test(doc.words[k - 1]!)) {
        if (k - start <= 5) {
          start = k + n + 1
          break
        }
        continue
      }
      const [fs, fe] = contentRange(doc, doc.tokens[start]!.start, doc.tokens[k - 1]!.end)
      if (fe > fs) out.push({ kind: 'indirect', start: fs, end: fe, speaker, cue: [k, k + n], marks: 'none', rank: 6 })
      start = k + n + 1
      break
    }
    if (start >= reported) continue
    const [cs, ce] = contentRange(doc, doc.tokens[start]!.start, doc.tokens[reported]!.end)
    out.push({ kind: 'indirect', start: cs, end: ce, speaker, cue: [verb, end], marks: 'none', rank: 6, ...(closing >= 0 ? { inside: true } : {}) })
  }
  return out
}

/**
 * The end of the longest name of a person the text names (findPeople) that tokens from `k` spell,
 * before `limit`, in their lemmas: "Гидеон Саар | Қазақстанның …"; else -1.
 */
function knownNameEnd(doc: QuoteDocument, k: number, limit: number): number {
  // (the names are a set made once: a long text may ask this of many sentences)
  const names = (doc.peopleNames.value ??= new Set(doc.people.map((p) => p.lemmas.join(' '))))
  for (let end = Math.min(limit, k + 4); end > k; end--) {
    if (names.has(doc.tokens.slice(k, end).map((t) => lowerLemma(doc, t.text)).join(' '))) return end
  }
  return -1
}

/**
 * The closing » of a quotation that ends in tokens [first, end) and that a cue follows ("…», –
 * деп жазды Ақорда"), opened before `first` (the quotation has sentences before this one); else -1.
 */
function quotationEnd(doc: QuoteDocument, first: number, end: number): number {
  for (let k = end - 1; k > first && end - k <= 8; k--) {
    if (doc.words[k] === '«') return -1
    if (doc.words[k] !== '»') continue
    let c = k + 1
    if (doc.words[c] === ',') c++
    if (DASHES.has(doc.words[c] ?? '')) c++
    if (cueAt(doc, c) < 0) return -1
    for (let j = first; j < k; j++) if (doc.words[j] === '«' || doc.words[j] === '»') return -1
    return k
  }
  return -1
}

/**
 * The subject at a sentence's start, before `limit`: capitalized words and titles (at most 12), or
 * a pronoun, after at most two sentence openers ("Ал Наурызбай …", "Алайда Министр …"). Its token
 * range, or null.
 */
function subjectAt(doc: QuoteDocument, sentenceStart: number, limit: number): [number, number] | null {
  // a lead's dateline is nobody: "Астана, 12 наурыз 2025 ж. Премьер-министр … айтты"
  const first = afterDatedLine(doc, sentenceStart, limit)
  let start = first
  // a capital that only opens the sentence: "Бұл дұрыс емес деп санайды сарапшылар", "Мұны жұрт …
  // деп есептейді", "Өз кезегінде Шавкат Мирзиёев …"
  while (start < limit && start - first < 2 && !isPronoun(doc.words[start]!)) {
    const opener = matchPhrase(doc.words, start, openerPhrases)
    if (opener === 0 || start + opener >= limit) break
    start += opener
  }
  // what the subject did first, a converb's clause and its comma: "Сапарды қорытындылап, | …
  // Нұрсұлтан Назарбаев «…» екенін айтты" (see isConverb: not "Кітап, …")
  for (let k = start + 1; k < Math.min(limit - 2, start + 5); k++) {
    if (doc.tokens[k]!.type !== 'word') break
    const w = doc.words[k]!
    if (doc.words[k + 1] === ',' && isConverb(w) && !holdsSubjectWord(doc, start, k)) {
      start = k + 2
      break
    }
  }
  // a participle's clause before the subject, its object or place first: "Форумды ашқан | Жасанды
  // интеллект және цифрлық даму министрі …" (not a name's relative clause: "Сағынтаев бастаған
  // Үкіметтің …", below)
  for (let k = start + 1; k < Math.min(limit - 1, start + 4); k++) {
    if (doc.tokens[k]!.type !== 'word') break
    // (a capital inside the sentence is a name that ends like one: "Жекпе-жектен кейін | Сәкен
    // Бибосынов …")
    if (!RELATIVE_PARTICIPLE.test(doc.words[k]!) || isCapitalized(doc.tokens[k]!)) continue
    let object = false
    for (let j = start; j < k; j++) if (hasTag(doc, doc.words[j]!, NON_SUBJECT_CASES)) object = true
    const next = doc.words[k + 1]!
    if (object && (isCapitalized(doc.tokens[k + 1]!) || isTitleWord(next, lemma(doc, next)))) start = k + 1
    // (and the noun it describes, in the locative: "Саммитте сөйлеген | сөзінде | Президент …", in
    // the speech he gave at the summit)
    else if (object && k + 2 < limit && doc.tokens[k + 1]!.type === 'word' && !isCapitalized(doc.tokens[k + 1]!) && hasTag(doc, next, LOCATIVE_CASE) && (isCapitalized(doc.tokens[k + 2]!) || isTitleWord(doc.words[k + 2]!, lemma(doc, doc.words[k + 2]!)))) start = k + 2
    // (its object unmarked, when a title and a person's name follow it: "Стипендия алған | 9-сынып
    // оқушысы Аружан Серікқызы …")
    else if (titleThenNameAt(doc, k + 1, limit)) start = k + 1
    break
  }
  // a time before the subject, a noun and a postposition: "Ойыннан кейін | «Қайраттың» бас
  // бапкері …", "Кездесу соңында | Елбасы …"
  // (and the comma after it: "Ойыннан кейін, бапкер …")
  if (start + 2 < limit) {
    const next = doc.words[start + 1]!
    if ((TIME_POSTPOSITIONS.has(next) && hasTag(doc, doc.words[start]!, FROM_OR_TO)) || (OCCASION_POSTPOSITIONS.has(next) && readingOf(doc, doc.words[start]!)?.suffixes.length === 0)) start += doc.words[start + 2] === ',' ? 3 : 2
  }
  // where it was said, one or two small-headed words in the locative, before a title or a
  // name: "Сот отырысында | прокурор Мақсат Жүсіпов …", "Брифингте | министр …"
  // (only the sentence's first word has a capital)
  for (let k = start; k < Math.min(start + 2, limit - 2); k++) {
    if (doc.tokens[k]!.type !== 'word' || (isCapitalized(doc.tokens[k]!) && k !== first)) break
    if (!hasTag(doc, doc.words[k]!, LOCATIVE_CASE)) continue
    const next = doc.words[k + 1]!
    if (isCapitalized(doc.tokens[k + 1]!) || isTitleWord(next, lemma(doc, next))) start = k + 1
    break
  }
  let end = start
  let listedEnd = -1
  while (end < limit && end - start < 12) {
    const t = doc.tokens[end]!
    const w = doc.words[end]!
    const listed = end === start && isCapitalized(t) ? organizationEnd(doc, end, limit) : -1
    // (a pronoun is the whole subject: "Ол | ҚҚС мөлшерлемесі … сақталатынын жеткізді")
    if (end === start && isPronoun(w)) {
      end++
      break
    }
    // "own" begins what the subject says or does: "Аня Хайдук | өз кезегінде неміс компаниялары …",
    // "Тоқаев | өз сөзінде …"
    else if (end > start && w === 'өз') break
    // a title's lower-case words or number before it and a person's name: "9-сынып | оқушысы
    // Аружан Серікқызы"
    else if (end === start && !isCapitalized(t) && !isTitleWord(w, lemma(doc, w)) && titleThenNameAt(doc, end, limit)) end++
    // a noun in no case after a place's people, before a person's name, is what the person is:
    // "Жапониялық | аудармашы | Мақпал Исаева …" (a translator no title list holds; a foreign
    // name the quote stage does not know as one, "Юкио Сато", is not found so)
    else if (end === start + 1 && isCapitalized(doc.tokens[start]!) && isDemonymLemma(foldName(lemma(doc, doc.words[start]!))) && t.type === 'word' && !isCapitalized(t) && !hasTag(doc, w, OBLIQUE_CASES) && startsName(doc.people, end + 1)) end++
    // a place after a person's surname is where they are or act, not part of the name: "… бастығы
    // Нұрлан Мақсұтов | Өскемен мен Семей қалаларында …"
    else if (end > start && isCapitalized(t) && isNominativeSurname(doc, end - 1) && isPlaceName(lemma(doc, w))) break
    // (after a whole name found as a person too, a surname the pattern does not know: "Сильвен
    // Гиоже | Қазақстан мен Франция арасындағы …")
    else if (end - start >= 2 && isCapitalized(t) && personEndsAt(doc, end, start) && !PLACE_ADJECTIVE.test(w) && isCountry(lemma(doc, w))) break
    // and so is a capital before a possessed noun of its own, after a person's whole name: "Облыс
    // әкімі Нұрдәулет Қилыбай | Каспий теңізі суын …"
    // (a word in no case, as a compound's first word is: not "Назарбаев | Университетінің профессоры")
    else if (end > start && isCapitalized(t) && personEndsAt(doc, end, start) && end - start >= 2 && lemma(doc, w) === w && end + 1 < limit && doc.tokens[end + 1]!.type === 'word' && !isCapitalized(doc.tokens[end + 1]!) && isPossessedNominative(doc, doc.words[end + 1]!)) break
    // a title's apposition after a comma, a title of its own and the name: "Департамент бастығының
    // орынбасары | , полиция полковнигі Ғалымжан Ахметов"
    // (or after a possessed noun, a role the title list does not hold: "орынбасары")
    else if (w === ',' && end > start && (isTitleWord(doc.words[end - 1]!, lemma(doc, doc.words[end - 1]!)) || isPossessedNominative(doc, doc.words[end - 1]!))) {
      const name = titledNameAfter(doc, end + 1, limit)
      if (name < 0) break
      end = name
    }
    // (or after a profession the title list does not hold, alone before the comma, when a person's
    // name follows the title: "Гидролог | , география ғылымдарының кандидаты Айжан Бекішева
    // жағдайды алаңдатарлық деп санайды")
    else if (w === ',' && end === start + 1 && isCapitalized(doc.tokens[start]!) && !startsName(doc.people, start) && titledPersonAfter(doc, end + 1, limit) > end) end = titledPersonAfter(doc, end + 1, limit)
    // a name in guillemets, a club's or a company's: "«Қайраттың» бас бапкері Рафаэль Уразбахтин"
    // (of up to three words: "«Астана LRT» ЖШС бас директоры")
    // (opening the subject: after a title it is what is spoken of, "Министр | «Абай жолы» … деп
    // сенетінін жеткізді")
    else if (w === '«' && (end === start || !isTitleWord(doc.words[end - 1]!, lemma(doc, doc.words[end - 1]!)))) {
      const close = guillemetName(doc, end, limit)
      if (close < 0) break
      end = close
    }
    // a body's short name in brackets after it: "Қазақстан футбол федерациясы | (ҚФФ) | ұлттық
    // құраманың … тағайындалғанын хабарлады"
    // (a title after it goes on, "(ҚФФ) президенті Әділет Бармаңқұлов"; anything else is reported)
    // (and a place after it is what the body speaks of: "Дүниежүзілік денсаулық сақтау ұйымы
    // (ДДСҰ) | Еуропа мен Орталық Азияда …")
    else if (w === '(' && end > start && end + 2 < limit && doc.words[end + 2] === ')' && (isAcronym(doc.tokens[end + 1]!) || isCapitalized(doc.tokens[end + 1]!))) {
      end += 3
      // (a place of two words too: "Азық-түлік және ауыл шаруашылығы ұйымы (ФАО) | Орталық Азия
      // елдерінде …")
      if (end < limit && !isTitleWord(doc.words[end]!, lemma(doc, doc.words[end]!)) && (!isCapitalized(doc.tokens[end]!) || isPlaceName(lemma(doc, doc.words[end]!)) || (end + 1 < limit && isPlacePhraseFolded(foldName(`${doc.words[end]!} ${lemma(doc, doc.words[end + 1]!)}`))))) break
    }
    // a body's head after its name in guillemets, through the adjectives before it: "«Қазселденқорғау»
    // | мемлекеттік мекемесі | Іле Алатауының … ескертті" (the name was the whole subject)
    else if (end > start && doc.words[end - 1] === '»' && bodyHeadAfter(doc, end, limit) > end) end = bodyHeadAfter(doc, end, limit)
    // a listed organization's name, whatever its words: "Қазақстан темір жолы | … хабарлады"
    else if (listed > end) end = listedEnd = listed
    // a place after a plural noun that opens the sentence starts what they speak of: "Ғалымдар |
    // Арал теңізінің … көтерілгенін хабарлады"
    else if (end === start + 1 && isCapitalized(t) && isPlural(doc.words[start]!) && !isPlaceName(lemma(doc, doc.words[start]!)) && isPlaceName(lemma(doc, w))) break
    // a country after a subject that is a country starts what it speaks of: "Қазақстан |
    // Әзербайжан мен Армения арасындағы келісімді қолдайтынын мәлімдеді"
    // (the first in the nominative, the second no "in X": "Түркияның Қазақстандағы елшісі" goes on)
    else if (end === start + 1 && isCapitalized(t) && !PLACE_ADJECTIVE.test(w) && isCountry(lemma(doc, w)) && isCountry(lemma(doc, doc.words[start]!)) && !inObliqueCase(doc, start)) break
    // a place after a body's whole name, in no case, is what the subject speaks of: "Дүниежүзілік
    // денсаулық сақтау ұйымы | Еуропа мен Орталық Азияда … ескертті"
    else if (end > start && isCapitalized(t) && isBodyWord(lemma(doc, doc.words[end - 1]!)) && !hasTag(doc, doc.words[end - 1]!, OBLIQUE_CASES) && !PLACE_ADJECTIVE.test(w) && isPlaceName(lemma(doc, w))) break
    // a name of capitals in a case after the subject's words is what the subject acts on: "Саясат
    // Нұрбек | ҚазҰУ-ды құттықтап, …" (its hyphen keeps the lower-cased word from a reading)
    // (not a place adjective before a title, where the subject works: "АҚШ-тың | БҰҰ-дағы тұрақты
    // өкілі Майк Уолц …", as the rule for place adjectives below reads it)
    else if (end > start && isCapitalized(t) && w.includes('-') && (bestReading(t.text)?.suffixes.some((x) => NON_SUBJECT_CASES.has(x.tag)) ?? false) && !(HYPHENED_PLACE_ADJECTIVE.test(w) && hasTitle(doc, end + 1, Math.min(limit, end + 6)))) break
    // and a capital in a case after a body's whole name in the nominative: "Туризм және спорт
    // министрлігі | Рыпаковаға «Құрмет» орденін беру туралы ұсыныс жасайтынын хабарлады"
    else if (end > start && isCapitalized(t) && hasTag(doc, w, NON_SUBJECT_CASES) && isBodyWord(lemma(doc, doc.words[end - 1]!)) && isPossessedNominative(doc, doc.words[end - 1]!)) break
    // and so is any capital after a whole name the entity stage found, whose words are the
    // subject's own: "Мәдениет және ақпарат министрі Аида Балаева | Алтын адамның табылуы …
    // екенін айтты" (a surname alone might go on: the name is of two words or more)
    else if (end - start >= 2 && isCapitalized(t) && wholePersonEndsAt(doc, end, start)) break
    else if (isCapitalized(t) || isTitleWord(w, lemma(doc, w))) end++
    // a body's head after a title word in the plural, whose people it names: "«Атамекен» Ұлттық
    // кәсіпкерлер | палатасының төрағасы …" (кәсіпкер is a title; the chamber is of many)
    else if (end > start && t.type === 'word' && isBodyWord(lemma(doc, w)) && !hasTag(doc, w, NON_SUBJECT_CASES) && isPlural(doc.words[end - 1]!) && isTitleWord(doc.words[end - 1]!, lemma(doc, doc.words[end - 1]!))) end++
    // a body's head in lower case opens the subject before its title: "Алайда | кәсіподақ
    // жетекшісі Ғалым Жұмабаев … деп санайды" (after an opener the body has no capital)
    else if (end === start && t.type === 'word' && isBodyWord(lemma(doc, w)) && !hasTag(doc, w, OBLIQUE_CASES) && hasTitle(doc, end + 1, Math.min(limit, end + 3))) end++
    // a title "as" which someone was appointed or elected, on to their name: "Мектеп директоры |
    // болып тағайындалған | Лаура Есенова ұжым … жасақталғанын айтты" (the subject ended at the
    // title and the report began with "болып")
    else if (w === 'болып' && end > start && end + 2 < limit && isTitleWord(doc.words[end - 1]!, lemma(doc, doc.words[end - 1]!)) && RELATIVE_PARTICIPLE.test(doc.words[end + 1]!) && isCapitalized(doc.tokens[end + 2]!)) end += 2
    // a group or a side of a body after its name is the subject's head, and ends it: "«Қазгидромет»
    // РМК | синоптиктері | 6-8 желтоқсан аралығында …", "Әзербайжан | тарапы | …" (a group in
    // the plural, or a side: not "Президент | сапары барысында")
    // (not a ministry's field listed on with "and": "Су ресурстары | және ирригация министрі …")
    else if (end > start && (isCapitalized(doc.tokens[end - 1]!) || doc.words[end - 1] === '»') && isGroupNoun(doc, end) && (PLURAL_POSSESSED.test(w) || SIDES.has(lemma(doc, w))) && doc.words[end + 1] !== 'және') {
      end++
      break
    }
    // a body's or an outlet's head after its capitalized name, a title word or not: "Алматы
    // қаласы Полиция | департаменті", "Bloomberg | басылымы"
    // (not after a person's name: "… талдаушысы Ерден Нұрланов | компания акциялары … атап өтті")
    // (nor after a title, but for the title's own body, possessed: "Президент әкімшілігі", not
    // "Министр | театр ұжымын құттықтап, …")
    else if (end > start && isCapitalized(doc.tokens[end - 1]!) && (isBodyWord(lemma(doc, w)) || isOutletWord(lemma(doc, w))) && !hasTag(doc, w, NON_SUBJECT_CASES) && !personEndsAt(doc, end, start) && !(isTitleWord(doc.words[end - 1]!, lemma(doc, doc.words[end - 1]!)) && !isPossessedNominative(doc, w))) end++
    // a place adjective after a name, on to a title: "Денисов | ауданындағы | «Ақжар» ЖШС директоры
    // Виктор Ким" (the place where the speaker works)
    // (after a body's letters too, and through the title's own words: "Қазақстанның БҰҰ |
    // жанындағы тұрақты өкілі | Қайрат Өмаров", where "тұрақты" reads as тұрақ + -ты)
    // (not after a person's whole name: "Облыс әкімі Нұрдәулет Қилыбай | өңірдегі су тапшылығының
    // басты себебі …", where "басты" reads as a title's "бас")
    else if (end > start && (isCapitalized(doc.tokens[end - 1]!) || isAcronym(doc.tokens[end - 1]!)) && (PLACE_ADJECTIVE.test(w) || HYPHENED_PLACE_ADJECTIVE.test(w)) && hasTitle(doc, end + 1, Math.min(limit, end + 6)) && !wholePersonEndsAt(doc, end, start)) {
      end++
      if (!isCapitalized(doc.tokens[end]!) && doc.words[end] !== '«') {
        while (end < limit && !isTitleWord(doc.words[end]!, lemma(doc, doc.words[end]!))) end++
        end++
      }
    }
    // a noun in apposition after a name, before another: "Өскемен | тұрғыны | Гүлжан Бекова"
    // (a name in no case: "Қазақстан халқы Ассамблеясының" is one body's name)
    else if (end > start && isCapitalized(doc.tokens[end - 1]!) && end + 1 < limit && isCapitalized(doc.tokens[end + 1]!) && isPossessedNominative(doc, w) && readingOf(doc, doc.words[end + 1]!)?.suffixes.length === 0) end++
    // a body's people after its head in the genitive: "… қорғау министрлігінің | қызметкерлері"
    // (its own possessed noun, in no case)
    else if (end > start && isBodyWord(lemma(doc, doc.words[end - 1]!)) && hasTag(doc, doc.words[end - 1]!, GENITIVE_CASE) && isPossessedNominative(doc, w)) end++
    // and a group's, after a name that is no person's: "«МузАрт» | тобының әншілері" (not "Аида
    // Балаева | кәсіпкерлердің пікірі …", what the report is about)
    else if (end > start && (doc.words[end - 1] === '»' || (isCapitalized(doc.tokens[end - 1]!) && !isNominativeSurname(doc, end - 1))) && end + 1 < limit && hasTag(doc, w, GENITIVE_CASE) && isPossessedNominative(doc, doc.words[end + 1]!)) end += 2
    // a body's whole name in the nominative ends the subject before a word in lower case that is
    // none of its people: "«Астана» футбол клубы | серб маманы Никола Станкович бас бапкер болып
    // тағайындалғанын хабарлады" (a title of the body's would follow it in the genitive)
    // (nor a part of the body's, in the genitive before a title: "«Ақ жол» партиясы фракциясының
    // жетекшісі Азат Перуашев …")
    else if (end > start && isBodyWord(lemma(doc, doc.words[end - 1]!)) && isPossessedNominative(doc, doc.words[end - 1]!) && !isCapitalized(t) && t.type === 'word' && !PLURAL_POSSESSED.test(w) && !isBodyWord(lemma(doc, w)) && !isTitleWord(w, lemma(doc, w)) && !isPartBeforeTitle(doc, end, limit)) break
    // ("Бас" is a title's first word, no title: "Бас | мемлекеттік санитарлық дәрігер …")
    // (nor does a person's name go on to a body's head in no case: "Михаил Ломтадзе | компания
    // стартаптармен … бөлетінін айтты" — a body after a name would be possessed, "компаниясы")
    else if (end > start && !isPronoun(doc.words[start]!) && !hasTitle(doc, start, end, isTitleHead) && !personEndsAt(doc, end, start)) {
      // an organization's name goes on in lower case to its head, in the nominative or the
      // genitive: "Денсаулық сақтау министрлігі", "Ұлттық экономика министрлігінің өкілдері";
      // and a body's lower-case words go on to a title, before a name: "Ұлттық құраманың бас
      // бапкері Мырзағали Айтжанов" (not across a word in another case or a verb: "Кездесу
      // соңында Елбасы …", "Осылай деген Елбасы …", "… Таспихов кезектен тыс президент …")
      // (a list's commas may stand between: "Цифрлық даму, инновациялар және аэроғарыш
      // өнеркәсібі министрі"; they do not count among the words)
      let head = end
      let commas = 0
      const isWordOrListComma = (k: number): boolean => doc.tokens[k]!.type === 'word' || (doc.words[k] === ',' && k > end && doc.tokens[k + 1]?.type === 'word')
      while (head < limit && head - end - commas < BODY_NAME_WORDS && isWordOrListComma(head) && !isBodyWord(lemma(doc, doc.words[head]!))) {
        const w = doc.words[head]!
        // (not through a person's name: "Freedom Finance талдаушысы | Ерден Нұрланов компания …"
        // is no body's name that "компания" ends)
        if (head > end && startsName(doc.people, head)) {
          head = limit
          break
        }
        if (w === ',') commas++
        else if (isTitleWord(w, lemma(doc, w))) {
          // (but for a verbal noun's object in a ministry's field: "Еңбек және халықты әлеуметтік
          // қорғау министрі", "Қаржы нарығын реттеу … агенттігінің төрағасы")
          // (nor for a possessed noun an unknown stem lets read as an accusative, between a name and
          // its possessed title: "Алматы | метрополитені | басшысының орынбасары", not
          // метрополите + -ні)
          for (let k = end; k < head && head < limit; k++) if ((hasTag(doc, doc.words[k]!, NON_SUBJECT_CASES) && !objectOfVerbalNoun(doc, k, head) && !possessedBeforeTitle(doc, k, head)) || PARTICIPLE.test(doc.words[k]!)) head = limit
          break
        }
        head++
      }
      if (head < limit && head - end - commas < BODY_NAME_WORDS && doc.tokens[head]!.type === 'word' && !hasTag(doc, doc.words[head]!, NON_SUBJECT_CASES)) end = head + 1
      else break
    } else break
  }
  // (a listed organization in a case is not the subject, nor are its first words: "Қазақстан
  // халқы Ассамблеясының | алдағы … жылдығын … айтты")
  if (end === listedEnd && inObliqueCase(doc, end - 1)) return null
  // a person's name ends the subject when what follows it is another phrase, a name in a case or
  // a body's in the genitive: "Экономист Айдархан Құсайынов | Ұлттық банктің шешімін …",
  // "Қасым-Жомарт Тоқаев | Түркі мемлекеттері ұйымының … саммитіне …"
  if (end - start >= 2 && (inObliqueCase(doc, end - 1) || (end < limit && doc.tokens[end]!.type === 'word' && !isCapitalized(doc.tokens[end]!) && (hasTag(doc, doc.words[end]!, OBLIQUE_CASES) || GENITIVE_ENDING.test(doc.words[end]!) || PLACE_ADJECTIVE.test(doc.words[end]!))))) {
    for (let k = start + 1; k < end; k++) {
      // (a title too, a possessor of what follows: "Erlan Saırov | Prezıdent usynystaryn …")
      // (or after a group's or a side's noun: "«Қазгидромет» РМК синоптиктері | Алматы облысының
      // …", "Әзербайжан тарапы | Алат портындағы …")
      // (but for a person's name after the noun, in apposition: "Сарыағаш ауданының тұрғыны |
      // Мақпал Исаева")
      if (isCapitalized(doc.tokens[k]!) && (personEndsAt(doc, k, start) || (isGroupNoun(doc, k - 1) && !startsName(doc.people, k)))) {
        end = k
        break
      }
    }
  }
  // a title is followed in the subject by its holder's name alone: capitals after it that are no
  // person's and go on to the genitive are what the holder acts on, "Мемлекет басшысы | Түркі
  // мемлекеттері ұйымының … саммитіне қатысатынын растады", "Министр | Ұлттық экономика
  // министрлігінің жоспары …" (not a title of a body's: "Президент Әкімшілігінің басшысы …")
  if (end - start >= 2) {
    const title = titleBeforeName(doc, start, end)
    if (title >= 0 && !startsName(doc.people, title + 1)) {
      let genitive = false
      // (up to two lower-case words after the subject's end: "Ұлттық | экономика министрлігінің")
      for (let k = title + 1; k <= end + 2 && k < limit && doc.tokens[k]!.type === 'word' && !genitive; k++) {
        const next = k + 1 < limit ? doc.words[k + 1]! : ''
        genitive = GENITIVE_ENDING.test(doc.words[k]!) && !(next !== '' && isTitleWord(next, lemma(doc, next)))
      }
      if (genitive) end = title + 1
    }
  }
  // a name before a participle and the name it describes is inside a relative clause, not the
  // subject: "Бақытжан Сағынтаев бастаған | Үкіметтің …" (the government he led); not before a
  // common noun ("Нұрлан Нығматулин | елеп-екшелген құжаттар … атап өтті")
  // (or one word in a case between: "Комитет отырысына шақырылған | Ұлттық … мүшелері")
  if (end > start && !isPronoun(doc.words[start]!)) {
    const participle = end + 1 < limit && RELATIVE_PARTICIPLE.test(doc.words[end]!) ? end : end + 2 < limit && hasTag(doc, doc.words[end]!, OBLIQUE_CASES) && RELATIVE_PARTICIPLE.test(doc.words[end + 1]!) ? end + 1 : -1
    if (participle > 0 && isCapitalized(doc.tokens[participle + 1]!)) return null
  }
  // nor is a number word, a count's first word at the sentence's start: "Жүз | жетпіс тоғызыншы
  // үйдің тұрғындары … айтады"
  if (end === start + 1 && AMOUNT_WORDS.has(doc.words[start]!)) return null
  // a converb that only has the sentence's capital is no subject ("Мінгізіп жіберейік деп айтты")
  if (end === first + 1 && CONVERB.test(doc.words[first]!)) return null
  // a subject is in the nominative: "Астанада …" and "Біздің …" open the sentence but do not speak,
  // and "Мемлекет басшысы Гидеон Саардың сапарын …" ends before the name in the genitive
  if (end > start && inObliqueCase(doc, end - 1)) {
    // a lower-case noun in a case that says with whom or where ("Тоқаев Қытай басшысымен …")
    // takes its capitalized modifiers with it, but the subject's first word stays
    const keep = !isCapitalized(doc.tokens[end - 1]!) && hasTag(doc, doc.words[end - 1]!, ADJUNCT_CASES) ? start + 1 : start
    end--
    // (a surname in the nominative ends a name of its own: "Шавкат Мирзиёев | Қазақстанмен …")
    while (end > keep && isCapitalized(doc.tokens[end - 1]!) && !isTitleWord(doc.words[end - 1]!, lemma(doc, doc.words[end - 1]!)) && !isNominativeSurname(doc, end - 1)) end--
  }
  return end > start ? [start, end] : null
}

/** Is word k an accusative object of a verbal noun (-у, -ю) within two words after it, before `end`: "халықты | әлеуметтік қорғау"? */
function objectOfVerbalNoun(doc: QuoteDocument, k: number, end: number): boolean {
  if (!hasTag(doc, doc.words[k]!, ACCUSATIVE)) return false
  for (let j = k + 1; j < Math.min(end, k + 3); j++) if (VERBAL_NOUN.test(doc.words[j]!)) return true
  return false
}

/**
 * Is word k, read as an accusative in -ны/-ні, rather a possessed noun between a capitalized name
 * and the possessed title at `title`: "Алматы | метрополитені | басшысының"?
 */
function possessedBeforeTitle(doc: QuoteDocument, k: number, title: number): boolean {
  return title === k + 1 && k > 0 && isCapitalized(doc.tokens[k - 1]!) && /[^ауеоөұүыіэюяи][ыі]$/u.test(doc.words[k]!) && hasTag(doc, doc.words[k]!, ACCUSATIVE) && hasTag(doc, doc.words[title]!, POSSESSIVE_3)
}

const ACCUSATIVE: ReadonlySet<string> = new Set(['ACC'])

/** The last title word of [start, end) in the nominative with a capital after it, or -1: "Мемлекет басшысы | Түркі …", "Министр | Ұлттық …". */
function titleBeforeName(doc: QuoteDocument, start: number, end: number): number {
  for (let k = end - 2; k >= start; k--) {
    const w = doc.words[k]!
    if (isTitleWord(w, lemma(doc, w)) && isCapitalized(doc.tokens[k + 1]!) && !inObliqueCase(doc, k)) return k
  }
  return -1
}

/** The end of a listed organization's name of two or more words (organizationLemmas) at token k, before `limit`; else -1. */
function organizationEnd(doc: QuoteDocument, k: number, limit: number): number {
  const bucket = organizationLemmas().get(lemma(doc, doc.words[k]!))
  if (!bucket) return -1
  for (const name of bucket) {
    if (k + name.length > limit) continue
    let j = 1
    while (j < name.length && doc.tokens[k + j]!.type === 'word' && lemma(doc, doc.words[k + j]!) === name[j]) j++
    if (j === name.length) return k + j
  }
  return -1
}

/**
 * The end of a name of one to three words in guillemets at token k, the first capitalized
 * («Қайраттың», «Астана LRT»), before `limit`; else -1.
 */
function guillemetName(doc: QuoteDocument, k: number, limit: number): number {
  if (k + 1 >= limit || !isCapitalized(doc.tokens[k + 1]!)) return -1
  for (let j = k + 2; j < Math.min(limit, k + 5); j++) {
    if (doc.words[j] === '»') return j + 1
    if (doc.tokens[j]!.type !== 'word') return -1
  }
  return -1
}

/**
 * The end of a body's head in no case at token `from` or after one or two lower-case words in no
 * case before it (мемлекеттік | мекемесі, ұлттық | компаниясы), or -1.
 */
function bodyHeadAfter(doc: QuoteDocument, from: number, limit: number): number {
  for (let j = from; j < Math.min(limit, from + 3); j++) {
    const w = doc.words[j]!
    if (doc.tokens[j]!.type !== 'word' || isCapitalized(doc.tokens[j]!) || hasTag(doc, w, OBLIQUE_CASES)) return -1
    if (isBodyWord(lemma(doc, w))) return j + 1
  }
  return -1
}

/**
 * Do up to three lower-case words or numbers from `from` end in a title that a person's name the
 * entity stage found follows: "9-сынып оқушысы | Аружан Серікқызы"?
 */
function titleThenNameAt(doc: QuoteDocument, from: number, limit: number): boolean {
  for (let j = from; j < Math.min(limit - 1, from + 3); j++) {
    const t = doc.tokens[j]!
    if ((t.type !== 'word' && t.type !== 'number') || isCapitalized(t)) return false
    if (isTitleWord(doc.words[j]!, lemma(doc, doc.words[j]!))) return startsName(doc.people, j + 1)
  }
  return false
}

/** How many of tokens [from, to) are a short name in brackets with its brackets: "( Антикор )" is 3. */
function bracketedTokens(doc: QuoteDocument, from: number, to: number): number {
  let n = 0
  for (let k = from; k + 2 < to; k++) if (doc.words[k] === '(' && doc.words[k + 2] === ')') n += 3
  return n
}

/** Is word k a noun in the genitive before a title: "фракциясының | жетекшісі", "кеңесінің | хатшысы"? */
function isPartBeforeTitle(doc: QuoteDocument, k: number, limit: number): boolean {
  return k + 1 < limit && hasTag(doc, doc.words[k]!, GENITIVE_CASE) && isTitleWord(doc.words[k + 1]!, lemma(doc, doc.words[k + 1]!))
}

/**
 * Do tokens [from, to) hold a word that could be a subject: a title, or a capitalized word in no
 * case ("Министр | театр ұжымын құттықтап, …"; not "Сапарды | қорытындылап, …")?
 */
function holdsSubjectWord(doc: QuoteDocument, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = doc.words[k]!
    if ((isCapitalized(doc.tokens[k]!) || isTitleWord(w, lemma(doc, w))) && !hasTag(doc, w, OBLIQUE_CASES)) return true
  }
  return false
}

/**
 * Is token k a lower-case noun in the possessive that names a group or a side, no title and no
 * body's head: синоптиктері, тарапы (not директоры, департаменті)?
 */
function isGroupNoun(doc: QuoteDocument, k: number): boolean {
  const t = doc.tokens[k]!
  const w = doc.words[k]!
  return t.type === 'word' && !isCapitalized(t) && isPossessedNominative(doc, w) && !isTitleWord(w, lemma(doc, w)) && !isBodyWord(lemma(doc, w)) && !PLACE_HEADS.has(lemma(doc, w))
}

/** A side of talks or a dispute: "Әзербайжан тарапы", "Қытай жағы". */
const SIDES = new Set(['тарап', 'жақ'])

/** A place's head inside a body's name: "Алматы қаласы Полиция департаменті". */
const PLACE_HEADS = new Set(['қала', 'облыс', 'аудан', 'ауыл', 'кент', 'округ'])

/**
 * Is token k in an oblique case? A capitalized word is read as the name it is: "Дархан
 * Сатыбалды" is whole (a name of "… honey"), though "сатыбалды" in lower case reads as an
 * accusative.
 */
function inObliqueCase(doc: QuoteDocument, k: number): boolean {
  const w = doc.words[k]!
  if (!isCapitalized(doc.tokens[k]!)) return hasTag(doc, w, OBLIQUE_CASES)
  if (lowerLemma(doc, doc.tokens[k]!.text) === w) return false
  // (a surname the lexicon reads whole in lower case is read as the name it is: "Головкиннің" →
  // Головкин, in the genitive)
  return hasTag(doc, w, OBLIQUE_CASES) || GENITIVE_ENDING.test(w)
}

/** Does a person's name (findPeople) of `words` words or more, starting at or after `from`, end right before token k? */
function personEndsAt(doc: QuoteDocument, k: number, from: number, words = 1): boolean {
  const p = doc.people[lastEndingBy(doc.people, k)]
  return p !== undefined && p.last === k && p.first >= from && p.last - p.first >= words
}

/** personEndsAt for a name of two words or more: "Аида Балаева", not "Балаева" alone. */
function wholePersonEndsAt(doc: QuoteDocument, k: number, from: number): boolean {
  return personEndsAt(doc, k, from, 2)
}

/**
 * Where a capitalized name starts after a title, when the words from `from` hold both within five
 * words and before `limit` ("полиция полковнигі | Ғалымжан …"); else -1.
 */
function titledNameAfter(doc: QuoteDocument, from: number, limit: number): number {
  let titled = false
  // (the title may follow its body's name, when a person's name follows it: "Мемлекеттік
  // айыптаушы | , Алматы қаласы прокуратурасының прокуроры Нұрбол Әбдірахманов …")
  let body = false
  for (let k = from; k < Math.min(limit, from + (body ? 9 : 5)); k++) {
    const t = doc.tokens[k]!
    if (t.type !== 'word') return -1
    const title = isTitleWord(doc.words[k]!, lemma(doc, doc.words[k]!))
    if (isCapitalized(t) && !title) {
      if (titled) return !body || startsName(doc.people, k) ? k : -1
      body = true
    }
    if (title) titled = true
  }
  return -1
}

/** titledNameAfter's answer when a person's name the text has found starts there, else -1. */
function titledPersonAfter(doc: QuoteDocument, from: number, limit: number): number {
  const name = titledNameAfter(doc, from, limit)
  return name >= 0 && startsName(doc.people, name) ? name : -1
}

/**
 * Do tokens [first, end) hold quotation marks other than around a name of one or two capitalized
 * words ("«Қайраттың» бас бапкері …" holds none)? A quotation is another rule's.
 */
function holdsQuotedWords(doc: QuoteDocument, first: number, end: number): boolean {
  for (let k = first; k < end; k++) {
    const w = doc.words[k]!
    if (w === '"' || w === '»') return true
    if (w !== '«') continue
    let close = doc.words[k + 2] === '»' ? k + 2 : doc.words[k + 3] === '»' ? k + 3 : -1
    // (or a longer name with its head after it: "Қытай «Бір белдеу, бір жол» бастамасы аясында";
    // or of capitals and dashes alone: "«Орталық Азия – Жапония» диалогының")
    if (close < 0) for (let j = k + 4; j < Math.min(end, k + 12) && close < 0; j++) if (doc.words[j] === '»' && (holdsName(doc, j + 1) || onlyCapitals(doc, k + 1, j))) close = j
    if (close < 0 || close >= end || !isCapitalized(doc.tokens[k + 1]!)) return true
    k = close
  }
  return false
}

/** Are tokens [from, to) capitalized words and dashes only, a word first? */
function onlyCapitals(doc: QuoteDocument, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isCapitalized(doc.tokens[k]!) && !(k > from && DASHES.has(doc.words[k]!))) return false
  return true
}

/** The ablative and the dative, before a postposition of time: "ойыннан кейін", "кездесуге дейін". */
const FROM_OR_TO: ReadonlySet<string> = new Set(['ABL', 'DAT'])
const ABLATIVE_CASE: ReadonlySet<string> = new Set(['ABL'])

/** Postpositions of time after a noun in no case: "кездесу соңында", "сапар барысында". */
/** A place adjective after an acronym's hyphen: "БҰҰ-дағы", "АҚШ-тағы" (PLACE_ADJECTIVE wants a letter before the ending). */
const HYPHENED_PLACE_ADJECTIVE = /-(?:дағы|дегі|тағы|тегі)$/u

const OCCASION_POSTPOSITIONS = new Set(['соңында', 'барысында', 'кезінде', 'алдында', 'аясында', 'қарсаңында'])

const GENITIVE_CASE: ReadonlySet<string> = new Set(['GEN'])

/** A genitive's ending, for a word the lexicon lists whole: "гвардияның" (KazNERD's once-seen case forms). */
const GENITIVE_ENDING = /\p{L}{3}(?:ның|нің|дың|дің|тың|тің)$/u

/** Is token k a surname in the nominative (Мирзиёев, Қамзабекұлы)? */
function isNominativeSurname(doc: QuoteDocument, k: number): boolean {
  const w = doc.words[k]!
  return lemma(doc, w) === w && SURNAME.test(w)
}

/**
 * At most this many words in lower case between a body's capital and its head, list commas aside:
 * "Ақмола | облыстық энергетика және тұрғын үй-коммуналдық шаруашылық | басқармасының басшысы" has
 * seven (six left the subject at "Ақмола").
 */
const BODY_NAME_WORDS = 8

/** A past participle that makes a relative clause of the words before it: "Сағынтаев бастаған Үкімет". */
const RELATIVE_PARTICIPLE = /\p{L}(?:ған|ген|қан|кен)$/u

/** A participle or a past verb, which no subject's words hold: "деген", "болған", "айтқан". */
const PARTICIPLE = /\p{L}(?:ған|ген|қан|кен|атын|етін|йтын|йтін)$/u

/** Does tokens [start, end) hold a title word (or, with isTitleHead, a title's last word)? */
function hasTitle(doc: QuoteDocument, start: number, end: number, isTitle: (lower: string, lemma: string) => boolean = isTitleWord): boolean {
  for (let k = start; k < end; k++) if (isTitle(doc.words[k]!, lemma(doc, doc.words[k]!))) return true
  return false
}

/** -ып/-іп: a converb, a verb form that cannot be a subject. */
const CONVERB = /[ыі]п$/u

/** -п after a verb's -ла/-да/-та: a converb too (қорытындылап, сөйлеп), in a long word (not кітап). */
const VERB_CONVERB = /(?:ла|ле|да|де|та|те)п$/u

/** Is a lower-case word a converb: -ып/-іп, or -лап/-деп … in a word of six letters or more? */
function isConverb(w: string): boolean {
  return CONVERB.test(w) || (w.length >= 6 && VERB_CONVERB.test(w))
}

/** "Too", "only", "also", "as for": particles that may follow a speaker. */
const SPEAKER_PARTICLES = new Set(['да', 'де', 'та', 'те', 'ғана', 'қана', 'өзі', 'болса'])

/** "деп атады" names a thing ("… тарихи күн деп атады"); it does not report what someone thinks. */
const NAMING_VERBS = new Set(['атады'])
/** "So", "this": words before деп that point at what was said rather than say it. */
const POINTERS = new Set(['осылай', 'былай', 'солай', 'осыны', 'мұны', 'соны', 'бұны'])
/** Words that may follow the verb when the sentence goes on: "… деп санайды және бұл мәселені талқылады". */
const CLAUSE_JOINERS = new Set(['және', 'әрі', ','])

/** Does sentence `sentence` end at token k (the text ends, another sentence starts, or a closing . ! ? …)? */
function endsSentence(doc: QuoteDocument, k: number, sentence: number): boolean {
  return k >= doc.words.length || doc.sentenceOf[k] !== sentence || CLOSERS.has(doc.words[k]!)
}

/**
 * "Нұрланбек Тұрғынбекұлы заңнаманы қайта қарау қажет деп санайды және …" — an unmarked clause
 * before "деп" and a verb of saying or thinking (data/quotes/speech-verbs.txt, [after-dep]) is
 * what the subject at the sentence's start says or thinks. With no subject there, the words
 * after the verb name the speaker: "Бұл дұрыс емес деп санайды сарапшылар."
 */
function depClauseQuotes(doc: QuoteDocument): Found[] {
  const out: Found[] = []
  // one pass: the sentence's first token and whether a quotation mark came since (a mark makes it
  // a direct quote, found with its marks)
  let first = 0
  let marked = false
  for (let k = 0; k < doc.words.length; k++) {
    const sentence = doc.sentenceOf[k]
    if (k > 0 && sentence !== doc.sentenceOf[k - 1]) {
      first = k
      marked = false
    }
    const word = doc.words[k]!
    // (but a name's guillemets, its head after them, mark no quotation: "Әлібек Тәжібаев сапар
    // «Бір белдеу, бір жол» бастамасының жаңа кезеңін ашады деп санайды")
    if (word === '«') {
      const close = nameInGuillemetsEnd(doc, k)
      if (close > 0) {
        k = close
        continue
      }
    }
    if (word === '«' || word === '»' || word === '"') marked = true
    if (word !== 'деп' || marked || k - first < 2 || doc.tokens[k - 1]!.type !== 'word') continue
    const n = matchPhrase(doc.words, k + 1, cueAfterDep)
    if (n === 0 || (n === 1 && NAMING_VERBS.has(doc.words[k + 1]!))) continue
    const verbEnd = k + 1 + n
    const sentenceEnds = endsSentence(doc, verbEnd, sentence!)
    let speaker = subjectAt(doc, first, k - 1)
    let start = speaker?.[1] ?? first
    if (speaker) {
      if (!sentenceEnds && !CLAUSE_JOINERS.has(doc.words[verbEnd]!)) continue
    } else {
      speaker = sentenceEnds ? null : speakerAfter(doc, verbEnd)
      // the speaker runs to the sentence's end
      if (!speaker || !endsSentence(doc, speaker[1], sentence!)) continue
      start = first
    }
    // "… осылай деп мәлімдеді" points at a quotation elsewhere; it does not hold one
    if (POINTERS.has(doc.words[k - 1]!) || start >= k) continue
    const [cs, ce] = contentRange(doc, doc.tokens[start]!.start, doc.tokens[k - 1]!.end)
    if (ce > cs) out.push({ kind: 'indirect', start: cs, end: ce, speaker, cue: [k, verbEnd], marks: 'none', rank: 6 })
  }
  return out
}
