import { assertString } from '../internal/assert-string.js'
import { CYRILLIC_LETTER, LATIN_LETTER } from '../internal/script-letters.js'
import type { LatinAlphabet } from '../script/alphabets.js'
import { detectScript, hasAlphabetMark, latinAlphabetOf, toCyrillic, toLatin } from '../script/transliterate.js'
import { sentenceOpeners } from '../data/openers.generated.js'
import { isListedGivenName } from '../internal/given-name.js'
import { withoutSigns } from '../internal/without-signs.js'
import { type Candidate, candidates, DROPPED_FINAL_LOANS, droppedFinalStemOf, type Suffix } from './candidates.js'
import { HAPAX_WEIGHT, isListedPlural, lexiconWeight } from './lexicon.js'
import { isVowel } from './sounds.js'

export type { Suffix } from './candidates.js'

/** One reading of a word: its lemma and the suffixes after it, innermost first. */
export interface WordAnalysis {
  /** The base form, in the word's own case: "Ресейге" → "Ресей", "ҰҚШҰ-дан" → "ҰҚШҰ". */
  lemma: string
  /** Suffixes as written, with tags: PL, POSS.1SG, POSS.2SG, POSS.2SG.POL, POSS.3, POSS.1PL, GEN, ACC, DAT, LOC, ABL, INS, SIM, ATTR. */
  suffixes: Suffix[]
  /** Ranking score (higher is better); comparable only between analyses of one word. */
  score: number
}

/** What a stripped suffix adds to a reading: common news morphology gains, rare persons lose. */
export const SUFFIX_GAIN: Record<string, number> = {
  PL: 0.6,
  // a touch below the cases: an unknown "Палестинаны" is Палестина + -ны, not Палестинан + -ы
  'POSS.3': 0.5,
  GEN: 0.6,
  ACC: 0.6,
  DAT: 0.6,
  LOC: 0.6,
  ABL: 0.6,
  INS: 0.6,
  ATTR: 0.6,
  // "like": тастай; but құдай, тай stay (short stems lose anyway)
  SIM: 0.3,
  // "Ислам" is not "Исла" + -м: 1st/2nd person possessives are rare in news
  'POSS.1SG': -2.5,
  'POSS.2SG': -2.5,
  'POSS.2SG.POL': -1.5,
  'POSS.1PL': -1.5,
}

/**
 * All readings of one word as noun/name + suffixes, best first. The first one is what
 * `lemmatize` returns. A word with no suffix gives one reading with no suffixes.
 *
 * Readings are made by stripping suffixes from the end in slot order (ATTR, case, possessive,
 * plural), every allomorph checked against the stem's last sound and vowel harmony; stem
 * alternations are restored (аймағы → аймақ, кітабы → кітап, халқы → халық). They are ranked by
 * the lexicon (curated stems, country names, and lemmas derived from KazNERD) and a small cost
 * per suffix, so words that only look inflected stay whole (Өскемен, Ақорда, Алматы, адам).
 *
 * Hyphenated suffixes after abbreviations and numbers are split at the hyphen: ҰҚШҰ-ға → ҰҚШҰ,
 * 2024-ке → 2024. In other hyphenated words only the last part is inflected: қарым-қатынасымыздың
 * → қарым-қатынас.
 *
 * @example
 * analyzeWord('үйлерімізде')[0]
 * // → { lemma: 'үй', suffixes: [{ text: 'лер', tag: 'PL' }, { text: 'іміз', tag: 'POSS.1PL' }, { text: 'де', tag: 'LOC' }], score: … }
 */
export function analyzeWord(word: string): WordAnalysis[] {
  assertString(word, 'analyzeWord', 'word')
  return analyzeAnyScript(word)
}

/**
 * The base form of one word (the best reading of `analyzeWord`).
 *
 * @example
 * lemmatize('Ресейге') // → 'Ресей'
 * lemmatize('Қазақстаннан') // → 'Қазақстан'
 * lemmatize('ҰҚШҰ-дан') // → 'ҰҚШҰ'
 * lemmatize('Өскемен') // → 'Өскемен' (a city, not Өске + -мен)
 */
export function lemmatize(word: string): string {
  assertString(word, 'lemmatize', 'word')
  return bestReading(word)?.lemma ?? word
}

/**
 * analyzeWord(word)[0] without ranking every reading (undefined for a word with none): the
 * stages ask many words for their best reading only (a head's possessive, a subject's case).
 */
export function bestReading(word: string): WordAnalysis | undefined {
  return bestReadingBy(word, firstReading)
}

/**
 * lemmatize(word) as the entity tagger's model was trained on it: without the case taken off a
 * form the lexicon lists whole once (see withCaseOffOnceListed) and without a loan's dropped last
 * consonant restored (журналисі stays whole: see candidates). The tagger's features must stay what
 * it learned; everything else reads `lemmatize`.
 */
export function lemmatizeAsTrained(word: string): string {
  return bestReadingBy(word, firstReadingAsTrained)?.lemma ?? word
}

function bestReadingBy(word: string, first: (w: string) => WordAnalysis | undefined): WordAnalysis | undefined {
  if (!isLatinScriptWord(word)) return first(word)
  let best: WordAnalysis | undefined
  for (const { cyrillic, map, from } of throughCyrillic(word)) {
    const reading = first(cyrillic)
    if (reading && outranks(reading, best)) best = backToLatin(word, cyrillic, map, from, reading)
  }
  return best
}

/**
 * Is a word in Latin script: a Latin letter and no Cyrillic one? (A Cyrillic first letter settles it
 * at once: most words the stages ask about are Cyrillic.)
 */
function isLatinScriptWord(word: string): boolean {
  const first = word.charCodeAt(0)
  if (first >= 0x400 && first <= 0x52f) return false
  return LATIN_LETTER.test(word) && !CYRILLIC_LETTER.test(word)
}

/**
 * The lemma `lemmatize` gives a word whose lemma as trained is `lemmaAsTrained`: the same, but where
 * lemmatize's corrections may change it (see firstReadingOf) — a form the lexicon lists whole once,
 * a listed loan that dropped its last consonant (журналисі), a -ғ stem the lexicon lists, a listed
 * plural. Cheap for most words: the lexicon is asked only when the lemma is the whole word, the
 * loans only for a word with a listed loan's stem in it, the plurals only for a lemma in -ар/-ер.
 */
export function lemmaFromTrained(word: string, lemmaAsTrained: string): string {
  if (word.lastIndexOf('-') > 0) return lemmaAsTrained
  // (a Latin-script word is read through its Cyrillic form, which the tests below cannot see: the
  // stages read Cyrillic working text, so only a foreign name here and there comes this way)
  if (isLatinScriptWord(word)) return bestReading(word)?.lemma ?? lemmaAsTrained
  const mayDiffer =
    (lemmaAsTrained.length === word.length && lexiconWeight(word.toLowerCase()) === HAPAX_WEIGHT) ||
    holdsDroppedFinalStem(word) ||
    lemmaAsTrained.charCodeAt(lemmaAsTrained.length - 1) === 0x493 ||
    (endsLikePlural(lemmaAsTrained) && isListedPlural(lemmaAsTrained.toLowerCase()))
  return mayDiffer ? (bestReading(word)?.lemma ?? lemmaAsTrained) : lemmaAsTrained
}

/** Does a lemma end in -ар/-ер (лар, дар, тар …), as a plural does? A cheap test before the lexicon's. */
function endsLikePlural(lemma: string): boolean {
  const n = lemma.length
  if (n < 6 || (lemma.charCodeAt(n - 1) !== 0x440 && lemma.charCodeAt(n - 1) !== 0x420)) return false
  const vowel = lemma[n - 2]!.toLowerCase()
  return vowel === 'а' || vowel === 'е'
}

/**
 * Does a Cyrillic word begin with a listed loan's stem without its last consonant and go on
 * (журналис|і, Журналис|тер)? (droppedFinalStemOf, for a capital too.)
 */
function holdsDroppedFinalStem(word: string): boolean {
  const first = word.charCodeAt(0)
  // (а capital's lower-case letter is 0x20 above it in the Cyrillic block's first row)
  return droppedFinalStemOf(first >= 0x410 && first <= 0x42f ? word.toLowerCase() : word) !== undefined
}

/** A score a reading has only with a lemma the lexicon knows (see score). */
const KNOWN_LEMMA = 40

/**
 * Does the best reading in a later alphabet (2021) take the place of the first one's (2018)? Only
 * with a lemma the lexicon knows and a higher score: jılı → жыл (2021) over жили, but Sasanı stays
 * Сасани (2018), not Саса + -ны, where neither lemma is known.
 */
function outranks(reading: WordAnalysis, best: WordAnalysis | undefined): boolean {
  return best === undefined || (reading.score >= KNOWN_LEMMA && reading.score > best.score)
}

/**
 * analyze(word)[0], without ranking the readings of a plain word (no hyphen after its first
 * letter): the highest score, the earliest generated on ties — what the stable sort of `rank`
 * puts first. (lemmatize's reading: see firstReadingOf.)
 */
function firstReading(word: string): WordAnalysis | undefined {
  return firstReadingOf(word, true)
}

/** Lemmas the lexicon lists once that take no case off (single words of data/ner/openers.txt: "Сондықтан", "Неліктен"). */
const OPENERS: ReadonlySet<string> = new Set((sentenceOpeners.all ?? '').split('|').filter((w) => !w.includes(' ')))

/**
 * The shortest lemma each case may leave on a form the lexicon lists once: the genitive is never
 * a name's own ending; -ға, -да, -дан and -мен end some (Дариға, Алайда, Сүлеймен is listed).
 */
const CASE_OFF_MIN_LEMMA: ReadonlyMap<string, number> = new Map([
  ['GEN', 3],
  ['DAT', 5],
  ['LOC', 5],
  ['ABL', 5],
  ['INS', 5],
])

/**
 * A form KazNERD has once, which the lexicon (derived from its forms) lists as a lemma of its
 * own, with a case ending on it: "Ердоғанның", "Миланда", "Мюнхеннен", "гвардияның". Its reading
 * with the case taken off is the better one (Ердоған + -ның), or undefined where there is none.
 * Not for a listed given name ("Сүлеймен"), a sentence opener, the accusative (-ты, -ді end
 * adjectives and place names: Қайрақты, Жергілікті) or a possessive.
 */
function withCaseOffOnceListed(word: string, reading: WordAnalysis): WordAnalysis | undefined {
  if (!mayTakeCaseOff(word, reading.lemma, reading.suffixes.length, reading.score)) return undefined
  const proper = word[0] !== word[0]!.toLowerCase()
  return caseOffReading(word, candidates(word.toLowerCase(), true), proper, proper && isShortAcronym(word))
}

/**
 * The best of a word's readings with one case taken off, a lemma long enough for that case left
 * (CASE_OFF_MIN_LEMMA), as rank orders them: the highest score, the earliest on ties, the
 * patronymic kept. Undefined where there is none.
 */
function caseOffReading(word: string, found: readonly Candidate[], proper: boolean, acronym: boolean): WordAnalysis | undefined {
  let off: Candidate | undefined
  let offScore = -Infinity
  for (const c of found) {
    const k = keepPatronymic(c)
    if (k.suffixes.length !== 1 || k.lemma.length < (CASE_OFF_MIN_LEMMA.get(k.suffixes[0]!.tag) ?? Infinity)) continue
    const s = score(c, proper, acronym, true)
    if (s > offScore) {
      offScore = s
      off = k
    }
  }
  return off ? { lemma: caseLike(word, off), suffixes: off.suffixes, score: offScore } : undefined
}

/** Is a plain word's best reading, whole, one of a form the lexicon lists once (see withCaseOffOnceListed)? */
function mayTakeCaseOff(word: string, lemma: string, suffixes: number, score: number): boolean {
  // (a cheap test first: the whole word's reading scores 40 + its weight, 41 for such a form)
  if (suffixes > 0 || score !== 40 + HAPAX_WEIGHT || word.length < 5 || word.length > MAX_WORD || word.lastIndexOf('-') > 0 || lemma.length !== word.length) return false
  const lower = word.toLowerCase()
  return lexiconWeight(lower) === HAPAX_WEIGHT && !OPENERS.has(lower) && !isListedGivenName(withoutSigns(lower))
}

/** firstReading as the entity tagger's model was trained on it (see lemmatizeAsTrained). */
function firstReadingAsTrained(word: string): WordAnalysis | undefined {
  return firstReadingOf(word, false)
}

/**
 * The best reading of one word, its candidates made once. `corrected` is lemmatize's reading, not
 * the one the tagger was trained on: a listed loan's dropped consonant restored (журналисі →
 * журналист, see candidates), a listed plural's plural taken off and a restored -қ stem given its
 * listed -ғ stem's weight (see score), and the best reading with one case taken off where the best
 * is a form the lexicon lists once (withCaseOffOnceListed).
 */
function firstReadingOf(word: string, corrected: boolean): WordAnalysis | undefined {
  if (word === '' || word.length > MAX_WORD || word.lastIndexOf('-') > 0) return analyze(word, corrected)[0]
  const proper = word[0] !== word[0]!.toLowerCase()
  const acronym = proper && isShortAcronym(word)
  let best: Candidate | undefined
  let bestScore = -Infinity
  const found = candidates(word.toLowerCase(), corrected)
  for (const c of found) {
    const s = score(c, proper, acronym, corrected)
    if (s > bestScore) {
      bestScore = s
      best = c
    }
  }
  const kept = keepPatronymic(best!)
  const lemma = caseLike(word, kept)
  const off = corrected && mayTakeCaseOff(word, lemma, kept.suffixes.length, bestScore) ? caseOffReading(word, found, proper, acronym) : undefined
  return off ?? { lemma, suffixes: kept.suffixes, score: bestScore }
}

/**
 * Latin-script words (Reseıge, AQSh-tyń, Qazaqstannan) are read through their Cyrillic
 * transliteration; lemma and suffixes are cut from the Latin word at the mapped offsets, so
 * Reseıge → Reseı. A restored lemma (halqy → halyq) is transliterated back.
 */
function analyzeAnyScript(word: string): WordAnalysis[] {
  if (!isLatinScriptWord(word)) return withBestFirst(word, analyze(word, true))
  const lists = throughCyrillic(word).map(({ cyrillic, map, from }) => withBestFirst(cyrillic, analyze(cyrillic, true)).map((a) => backToLatin(word, cyrillic, map, from, a)))
  if (lists.length === 1) return lists[0]!
  // both alphabets' readings, the winning alphabet's first (as bestReading chooses), one per lemma and tag chain
  const [first, second] = lists as [WordAnalysis[], WordAnalysis[]]
  return onePerLemmaAndTags(second[0] && outranks(second[0], first[0]) ? [...second, ...first] : [...first, ...second])
}

/**
 * A Latin-script word in Cyrillic, with the offset map back and the alphabet it was read as. A
 * word that shows its alphabet (2018's á ǵ ń ó ú ý, 2021's ä ğ ñ ö ū ü ş ç, 2017's apostrophes)
 * is read once; a word that does not is read as 2018 and as 2021, which disagree on ı, y, u and
 * i (jılı is 2021 жылы, 2018 жили; sauda is 2021 сауда, 2018 саұда), and the lexicon chooses.
 */
function throughCyrillic(word: string): { cyrillic: string; map: (offset: number) => number; from: LatinAlphabet }[] {
  const alphabet = latinAlphabetOf(detectScript(word)) ?? '2018'
  // (a hyphenated word is read once: its score is its last part's, which says nothing of the
  // alphabet — AQSh-ta would be 2021 АҚСҺ + та, a known particle)
  const plain = word.lastIndexOf('-') <= 0
  const froms: LatinAlphabet[] = alphabet !== '2018' || hasAlphabetMark(word) || !plain ? [alphabet] : ['2018', '2021']
  const out = froms.map((from) => {
    const { text: cyrillic, map } = toCyrillic(word, { from })
    return { cyrillic, map, from }
  })
  // the same Cyrillic either way (Qazaqstan): one reading is enough
  return out.length === 2 && out[0]!.cyrillic === out[1]!.cyrillic ? [out[0]!] : out
}

/** A reading of the Cyrillic form of a Latin-script word, as the Latin word's own. */
function backToLatin(word: string, cyrillic: string, map: (offset: number) => number, from: string, a: WordAnalysis): WordAnalysis {
  let end = cyrillic.length
  const suffixes = [...a.suffixes]
    .reverse()
    .map((s) => {
      const start = end - s.text.length
      const latin = { text: word.slice(map(start), map(end)), tag: s.tag }
      end = start
      return latin
    })
    .reverse()
  // the hyphen of AQSh-tyń stays out of the lemma
  if (cyrillic[end - 1] === '-' && cyrillic.slice(0, end - 1) === a.lemma) end--
  const written = cyrillic.slice(0, end)
  const lemma = written === a.lemma ? word.slice(0, map(end)) : toLatin(a.lemma, { alphabet: from === '2021' ? '2021' : '2018' }).text
  return { lemma, suffixes, score: a.score }
}

/** The readings with the case taken off a form the lexicon lists once first, as bestReading has it. */
function withBestFirst(word: string, readings: WordAnalysis[]): WordAnalysis[] {
  const first = readings[0]
  const better = first && first.suffixes.length === 0 ? withCaseOffOnceListed(word, first) : undefined
  if (!better) return readings
  return [better, ...readings.filter((r) => r.lemma !== better.lemma || r.suffixes.length !== 1 || r.suffixes[0]!.tag !== better.suffixes[0]!.tag)]
}

/** Longest word analysed: anything longer is returned whole (no Kazakh word is this long). */
const MAX_WORD = 64

/** Every reading of a word, ranked (`corrected`: see firstReadingOf). */
function analyze(word: string, corrected: boolean): WordAnalysis[] {
  if (word === '') return []
  if (word.length > MAX_WORD) return [{ lemma: word, suffixes: [], score: 0 }]
  const hyphen = word.lastIndexOf('-')
  if (hyphen > 0) return analyzeHyphenated(word, hyphen, corrected)
  return rank(word, candidates(word.toLowerCase(), corrected), corrected)
}

/** ҰҚШҰ-ға, 2024-ке, 74,9%-ы: a suffix chain after an abbreviation or a number. Қарым-қатынасы: the last part inflects. */
function analyzeHyphenated(word: string, hyphen: number, corrected: boolean): WordAnalysis[] {
  const head = word.slice(0, hyphen)
  const tail = word.slice(hyphen + 1)
  if (tail === '') return [{ lemma: word, suffixes: [], score: 0 }]
  if (isAbbreviationOrNumber(head)) {
    const chains = suffixChains(tail.toLowerCase())
    if (chains.length > 0) {
      const out = chains.map((suffixes) => ({ lemma: head, suffixes, score: 40 + suffixes.length }))
      out.push({ lemma: word, suffixes: [], score: 0 })
      return out
    }
    // (a name of joined words before a noun of its own is a compound: "АйТи-мамандарды" → АйТи-маман)
    if (head === head.toUpperCase()) return [{ lemma: word, suffixes: [], score: 0 }]
  }
  return analyze(tail, corrected).map((a) => ({ ...a, lemma: `${head}-${a.lemma}` }))
}

/**
 * АҚШ, ҰҚШҰ, ҚР, 2024, 74,9%, 32,5°С: no lower-case letter in it; or a name of joined words with a
 * capital inside, ҚазҰУ, ҚазМұнайГаз (ҚазҰУ-ды → ҚазҰУ; "Қасым-Жомарт", "Нұр-Сұлтан" have one
 * capital before the hyphen and inflect their last part).
 */
function isAbbreviationOrNumber(head: string): boolean {
  if (head === head.toLowerCase()) return /\d/.test(head)
  if (head === head.toUpperCase()) return true
  for (let i = 1; i < head.length; i++) if (head[i] !== head[i]!.toLowerCase()) return true
  return false
}

/** Every way `tail` is a whole suffix chain (used after a hyphen, where the stem cannot be checked). */
function suffixChains(tail: string): Suffix[][] {
  // A 2-letter stand-in stem of each sound class lets candidates() parse the chain.
  const out: Suffix[][] = []
  const seen = new Set<string>()
  for (const stand of ['аа', 'ар', 'ал', 'ан', 'аз', 'ат', 'ее', 'ер', 'ел', 'ен', 'ез', 'ет']) {
    for (const c of candidates(stand + tail)) {
      if (c.stemLength !== 2 || c.restored || c.disharmonic) continue
      const key = c.suffixes.map((s) => s.tag).join('+')
      if (!seen.has(key)) {
        seen.add(key)
        out.push(c.suffixes)
      }
    }
  }
  return out
}

function rank(word: string, found: Candidate[], corrected: boolean): WordAnalysis[] {
  const proper = word[0] !== word[0]!.toLowerCase()
  const acronym = proper && isShortAcronym(word)
  const scored = found.map((c) => {
    const kept = keepPatronymic(c)
    return { lemma: caseLike(word, kept), suffixes: kept.suffixes, score: score(c, proper, acronym, corrected) }
  })
  // stable: equal scores keep generation order
  scored.sort((a, b) => b.score - a.score)
  return onePerLemmaAndTags(scored)
}

/** The first reading of each lemma and tag chain, in order. */
function onePerLemmaAndTags(readings: WordAnalysis[]): WordAnalysis[] {
  const seen = new Set<string>()
  return readings.filter((a) => {
    const key = `${a.lemma}|${a.suffixes.map((x) => x.tag).join('+')}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * Patronymics keep their -ы: Қамзабекұлына → Қамзабекұлы (not Қамзабекұл + -ы + -на),
 * Сейітқызының → Сейітқызы. The bare words ұл "son" and қыз "girl" are not patronymics.
 */
function keepPatronymic(c: Candidate): Candidate {
  const first = c.suffixes[0]
  if (first?.tag !== 'POSS.3' || c.restored) return c
  if (!(c.lemma.endsWith('ұл') || c.lemma.endsWith('қыз')) || c.lemma === 'ұл' || c.lemma === 'қыз') return c
  return { ...c, lemma: c.lemma + first.text, stemLength: c.stemLength + first.text.length, suffixes: c.suffixes.slice(1) }
}

/**
 * A known lemma scores 40 + its lexicon weight (log2 of its attested paradigm), so it beats any
 * unknown one; then every suffix adds its SUFFIX_GAIN.
 */
function score(c: Candidate, proper: boolean, acronym: boolean, corrected: boolean): number {
  // (a listed loan restored is what its forms are, whatever KazNERD's forms made the lexicon list:
  // журналистер and артисі whole, турис and пунк as stems)
  // (only lemmatize's candidates hold a restored loan: see candidates)
  let weight = corrected && c.restored && DROPPED_FINAL_LOANS.get(c.lemma.slice(0, -1)) === c.lemma ? LISTED_LOAN_WEIGHT : lexiconWeight(c.lemma)
  // (lemmatize's reading takes the plural off a plural the lexicon lists beside its singular:
  // сарапшылары → сарапшы, not сарапшылар; the tagger was trained on the latter)
  if (corrected && weight > 0 && isListedPlural(c.lemma)) weight = 0
  // (and gives a stem restored to -қ the weight of its written -ғ where the lexicon knows only
  // that: KazNERD's forms made it list "аралығ", so аралығында read as аралығ + -ы + -нда; no
  // native stem ends in ғ, and no loan does)
  else if (corrected && weight === 0 && c.restored && c.lemma.charCodeAt(c.lemma.length - 1) === 0x49b) weight = lexiconWeight(`${c.lemma.slice(0, -1)}ғ`)
  let s = weight > 0 ? 40 + weight : 0
  for (const suffix of c.suffixes) s += SUFFIX_GAIN[suffix.tag] ?? 0
  // an acronym's suffixes follow a hyphen (СІМ-нің): without one, the capitals are all the name
  // ("СІМ" is no "СІ" + -м, though the lexicon knows a "сі")
  if (acronym && c.suffixes.length > 0) s -= 50
  // loan names may break harmony (Гонконгте); native words do not
  if (c.disharmonic) s -= proper ? 0.4 : 4
  if (weight === 0 && c.suffixes.length > 0) {
    // unknown stems: a one- or two-letter stem is more likely a wrong cut
    if (c.lemma.length <= 2) s -= 3
    const innermost = c.suffixes[0]!
    const outermost = c.suffixes.at(-1)!
    // -стан is "land", not an ablative: Систан, Хұзыстан, Курдстан
    if (proper && outermost.text === 'тан' && c.lemma.endsWith('с')) s -= 2
    // a name made of "… gave" or "… honey" ends like an accusative: Құдайберді, Тілеуберді,
    // Сатыбалды are whole names, not Құдайбер + -ді
    if (proper && c.suffixes.length === 1 && innermost.tag === 'ACC' && NAME_ENDING_LIKE_ACCUSATIVE.test(c.lemma)) s -= 1
    // a name ending in -ы/-і is more often whole (Қарақойлы, Бұқтырма) than possessed;
    // with a case after it the possessive is real (Арабиясының → Арабия)
    if (proper && c.suffixes.length === 1 && innermost.tag === 'POSS.3') s -= 0.8
    // native stems do not end in д: торғайды is торғай + -ды, not торғайд + -ы (a suffix that
    // starts with a consonant leaves no such choice: Мадридте, Мадридке are Мадрид's)
    if (c.lemma.endsWith('д') && !c.restored && isVowel(innermost.text[0]!)) s -= 0.4
    // nor in -уш: the agent noun's -ушы/-уші is whole (сотталушы, тыңдаушы, айыптаушы are no
    // possessed "сотталуш"); -үш is a stem's (күші → күш)
    if (innermost.tag === 'POSS.3' && c.lemma.endsWith('уш')) s -= 3
  }
  return s
}

/** The lexicon weight of a listed loan restored (data/morphology/dropped-finals.txt): above any form KazNERD's lexicon lists. */
const LISTED_LOAN_WEIGHT = 20

/** Two to five letters, all capitals, no hyphen: СІМ, ІІМ, ДДСҰ (a headline in capitals has longer words: ҚАЗАҚСТАНДА). */
function isShortAcronym(word: string): boolean {
  return word.length >= 2 && word.length <= 5 && word === word.toUpperCase() && word !== word.toLowerCase()
}

/** Stems of names that end like an accusative: Құдайбер(ді), Сатыбал(ды), Жанбол(ды). */
const NAME_ENDING_LIKE_ACCUSATIVE = /\p{L}{2}(?:бер|бал|бол)$/u

/** The lemma in the word's own case: the written stem, or the restored lemma cased like it. */
function caseLike(word: string, c: Candidate): string {
  const written = word.slice(0, c.stemLength)
  if (!c.restored) return written
  if (written === written.toUpperCase() && written !== written.toLowerCase()) return c.lemma.toUpperCase()
  if (written[0] !== written[0]!.toLowerCase()) return c.lemma[0]!.toUpperCase() + c.lemma.slice(1)
  return c.lemma
}
