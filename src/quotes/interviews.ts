import { PATRONYMIC } from '../internal/surname.js'
import { interviewWords } from '../data/interview.generated.js'
import { firstPersonFrom, type Person, type QuoteDocument, isCapitalized, lowerLemma, tokenFrom } from './document.js'
import { fullestWith, peopleIndex } from './people-index.js'

/** One turn of an interview: a dash paragraph and the paragraphs it runs over. */
export interface InterviewTurn {
  /** Index of the turn's dash paragraph. */
  first: number
  /** Index of its last paragraph (an answer runs on over paragraphs without a dash up to the next turn). */
  last: number
  /** A journalist's question (true) or the interviewee's answer. */
  question: boolean
}

export interface Interview {
  turns: InterviewTurn[]
  /** Token range of a mention of the one who answers, or null when the text does not say. */
  interviewee: [number, number] | null
  /** Token range of the journalist a closing byline names ("Әңгімелескен Айгерім Сәрсенова"), or null. */
  interviewer: [number, number] | null
}

/** At most this many paragraphs without a dash between two turns of one interview. */
const MAX_GAP = 3

const LEAD_STEMS = (interviewWords['lead-stems'] ?? '').split('|').filter(Boolean)
const HONORIFICS = new Set((interviewWords.honorifics ?? '').split('|').filter(Boolean))

/** -мен / -бен / -пен: "… Гүлнар Сейітовамен сұхбаттастық" (with whom the interview was). */
const COMITATIVE = /\p{Ll}(?:мен|бен|пен)$/u

/**
 * Interviews: runs of dash paragraphs with no reporting verb in which questions and answers take
 * turns. A run is an interview when at least two of its turns end with "?" and nearly all such
 * turns fall on every other turn (question, answer, question, …): a request ("– Жетістіктеріңіз
 * туралы айтып берсеңіз.") is a question by its place. A dash list or a dialogue in a story has
 * no such rhythm and is left to the other rules.
 *
 * @param dashed indices of the paragraphs that open with a dash and hold no attribution, ascending
 * @param opensWithDash whether a paragraph opens with a dash (an attributed one ends a run)
 */
export function findInterviews(doc: QuoteDocument, dashed: readonly number[], opensWithDash: (pi: number) => boolean): Interview[] {
  const out: Interview[] = []
  // a turn opens with a capital and is no item of a list: "– бюджет жобасы;" is not said by anyone
  const candidates = dashed.filter((pi) => opensLikeTurn(doc, pi))
  let from = 0
  while (from < candidates.length) {
    let to = from + 1
    while (to < candidates.length && continuesRun(doc, candidates[to - 1]!, candidates[to]!, opensWithDash)) to++
    const run = candidates.slice(from, to)
    from = to
    const parity = questionParity(doc, run)
    if (parity < 0) continue
    const turns = run.map((pi, i): InterviewTurn => {
      const question = i % 2 === parity
      // an answer runs on to the next turn over paragraphs in which its speaker speaks of
      // themselves (a journalist's note between turns does not: "Кітапхана ғимараты 1968 жылы
      // салынған."); a question, and the last answer, stay one paragraph
      let last = pi
      if (!question && i + 1 < run.length) while (last + 1 < run[i + 1]! && speaksOfSelf(doc, last + 1)) last++
      return { first: pi, last, question }
    })
    out.push({ turns, interviewee: interviewee(doc, turns), interviewer: bylineAfter(doc, turns.at(-1)!.last) })
  }
  return out
}

/**
 * Do two turns belong to one run? Not when more than MAX_GAP paragraphs lie between them, nor when
 * one of those opens with a dash (an attributed quotation, a list item) or ends with a colon (it
 * introduces what follows: "Жиналыста мына мәселелер қаралды:").
 */
function continuesRun(doc: QuoteDocument, previous: number, next: number, opensWithDash: (pi: number) => boolean): boolean {
  if (next - previous - 1 > MAX_GAP) return false
  for (let q = previous + 1; q < next; q++) if (opensWithDash(q) || lastCharacter(doc, q) === ':') return false
  return true
}

const FIRST_PERSON_WORDS = new Set((interviewWords['first-person'] ?? '').split('|').filter(Boolean))
const FIRST_PERSON_ENDINGS = (interviewWords['first-person-endings'] ?? '').split('|').filter(Boolean)

/** Does paragraph `pi` hold a word in the first person (data/quotes/interview.txt: біз, менің, оқимын, ойымша)? */
function speaksOfSelf(doc: QuoteDocument, pi: number): boolean {
  const p = doc.paragraphs[pi]!
  for (let k = tokenFrom(doc, p.start); k < doc.tokens.length && doc.tokens[k]!.start < p.end; k++) {
    const w = doc.words[k]!
    if (FIRST_PERSON_WORDS.has(w)) return true
    if (w.length >= 5 && doc.tokens[k]!.type === 'word' && FIRST_PERSON_ENDINGS.some((e) => w.endsWith(e))) return true
  }
  return false
}

/** A dash, then a word that is not lower case, and no ";" at the end. */
function opensLikeTurn(doc: QuoteDocument, pi: number): boolean {
  const after = doc.tokens[tokenFrom(doc, doc.paragraphs[pi]!.start) + 1]
  if (!after || after.end > doc.paragraphs[pi]!.end) return false
  const c = after.text[0]!
  return c === c.toUpperCase() && lastCharacter(doc, pi) !== ';'
}

/** The paragraph's last character, closing quotation marks and brackets aside. */
function lastCharacter(doc: QuoteDocument, pi: number): string | undefined {
  const p = doc.paragraphs[pi]!
  let e = p.end
  while (e > p.start && /[\s\u00a0»"”)\]]/u.test(doc.text[e - 1]!)) e--
  return e > p.start ? doc.text[e - 1] : undefined
}

/** 0 or 1: the turns (by index in the run) that are questions; -1 when the run is no interview. */
function questionParity(doc: QuoteDocument, run: readonly number[]): number {
  if (run.length < 3) return -1
  const asked = [0, 0]
  run.forEach((pi, i) => {
    if (lastCharacter(doc, pi) === '?') asked[i % 2]!++
  })
  const parity = asked[1]! > asked[0]! ? 1 : 0
  const other = asked[1 - parity]!
  // an answer may end with a question of its own, now and then ("…, солай емес пе?")
  return asked[parity]! >= 2 && other * 3 <= asked[parity]! ? parity : -1
}

/**
 * Who answers: the person a question addresses ("– Гүлнар Әбдірахманқызы, …?", "– Ерлан мырза,
 * …?") when the text names them in full elsewhere; else the person the lead names in a sentence
 * about the interview ("… Гүлнар Сейітовамен сұхбаттастық"); else the address itself.
 */
function interviewee(doc: QuoteDocument, turns: readonly InterviewTurn[]): [number, number] | null {
  let address: [number, number] | null = null
  for (const turn of turns) {
    if (!turn.question) continue
    const found = addressOf(doc, turn.first)
    if (!found) continue
    const person = fullestWith(peopleIndex(doc), [lowerLemma(doc, doc.tokens[found[0]]!.text)])
    if (person) return [person.first, person.last]
    address ??= found
  }
  const lead = leadPerson(doc, doc.paragraphs[turns[0]!.first]!.start)
  if (lead) return [lead.first, lead.last]
  return address
}

/** The address that opens a question: capitalized words, then a patronymic or an honorific, then a comma. */
function addressOf(doc: QuoteDocument, pi: number): [number, number] | null {
  const first = tokenFrom(doc, doc.paragraphs[pi]!.start) + 1
  let k = first
  while (k < doc.tokens.length && k - first < 3 && isCapitalized(doc.tokens[k]!)) k++
  if (k === first) return null
  if (doc.words[k] === ',' && k - first >= 2 && PATRONYMIC.test(doc.words[k - 1]!)) return [first, k]
  if (HONORIFICS.has(doc.words[k]!) && doc.words[k + 1] === ',') return [first, k]
  return null
}

/**
 * The journalist of a byline right after the last turn, a paragraph of "Әңгімелескен" (talked
 * with) or "Сұхбаттасқан" (interviewed) and a name: "Әңгімелескен Айгерім Сәрсенова".
 */
function bylineAfter(doc: QuoteDocument, lastTurn: number): [number, number] | null {
  const p = doc.paragraphs[lastTurn + 1]
  if (p === undefined) return null
  const k = tokenFrom(doc, p.start)
  if (!BYLINE_WORDS.has(doc.words[k] ?? '')) return null
  const person = doc.people[firstPersonFrom(doc.people, k + 1)]
  return person !== undefined && person.first === k + 1 && doc.tokens[person.last - 1]!.end <= p.end ? [person.first, person.last] : null
}
/** "Talked with", "interviewed", "prepared by": the byline's first word. */
const BYLINE_WORDS = new Set(['әңгімелескен', 'сұхбаттасқан', 'сұхбатты', 'дайындаған'])

/** Sentences before the interview that the lead may be read from. */
const LEAD_SENTENCES = 6

/**
 * The person named in a sentence of the lead that speaks of the interview: the one in the
 * comitative (with whom) if any, else the only person of that sentence.
 */
function leadPerson(doc: QuoteDocument, before: number): Person | undefined {
  const lastSentence = doc.sentenceOf[Math.max(0, tokenFrom(doc, before) - 1)]!
  for (let s = lastSentence; s >= 0 && s > lastSentence - LEAD_SENTENCES; s--) {
    const sentence = doc.sentences[s]!
    if (sentence.end > before) continue
    const from = tokenFrom(doc, sentence.start)
    let about = false
    for (let k = from; k < doc.tokens.length && doc.tokens[k]!.end <= sentence.end && !about; k++) about = LEAD_STEMS.some((stem) => doc.words[k]!.startsWith(stem))
    if (!about) continue
    const named = peopleInSentence(doc, from, s)
    const withWhom = named.find((p) => COMITATIVE.test(doc.words[p.last - 1]!) || ['мен', 'бен', 'пен'].includes(doc.words[p.last] ?? ''))
    if (withWhom) return withWhom
    if (named.length === 1) return named[0]
    // (a sentence that names no one speaks of the one the lead named just before: "… жазушы
    // Смағұл Елубай жаңа романын аяқтады. Біз қаламгермен … әңгімелестік.")
    if (named.length === 0 && s > 0) {
      const before = peopleInSentence(doc, tokenFrom(doc, doc.sentences[s - 1]!.start), s - 1)
      if (before.length > 0) return before[0]
    }
  }
  return undefined
}

/** The people named in sentence `s`, which starts at token `from`. */
function peopleInSentence(doc: QuoteDocument, from: number, s: number): Person[] {
  const { people } = doc
  const out: Person[] = []
  for (let i = firstPersonFrom(people, from); i < people.length && doc.sentenceOf[people[i]!.first] === s; i++) out.push(people[i]!)
  return out
}
