import { countryCodeOfAnySpelling, foldName, isPlaceFolded } from '../entities/gazetteer.js'
import { countBelow } from '../internal/count-below.js'
import { domainWithoutEnding, isNamedSite } from '../internal/domain-ending.js'
import { caseByCode } from '../internal/letter-case.js'
import { isListedGivenName } from '../internal/given-name.js'
import { runsIntoSurname } from '../internal/joined-names.js'
import { PATRONYMIC, RUSSIAN_SURNAME_ENDINGS, SURNAME } from '../internal/surname.js'
import { PLACE_ADJECTIVE } from '../internal/place-adjective.js'
import { withoutSigns } from '../internal/without-signs.js'
import { bestReading, type WordAnalysis } from '../morphology/analyze-word.js'
import { lemmatizeCached } from '../morphology/lemmatize-cached.js'
import { readsOnlyAsLocative } from '../internal/reads-only-as-locative.js'
import { sentencesFromTokens } from '../segment/split-sentences.js'
import type { NumberedWords } from '../script/working-text.js'
import { splitParagraphs } from '../segment/split-paragraphs.js'
import { tokenize } from '../segment/tokenize.js'
import type { Span, Token } from '../types.js'
import { isBodyWord, isOneWordBody, isSentenceOpener, isTitleWord } from './lexicon.js'
import type { PeopleIndex } from './people-index.js'

/** The quote stage's view of a (Cyrillic) text: tokens, words, sentences, paragraphs, people. */
export interface QuoteDocument {
  text: string
  tokens: Token[]
  /** tokens[k].text lower-cased */
  words: string[]
  paragraphs: Span[]
  sentences: Span[]
  /** For every token, the index of its sentence. */
  sentenceOf: Int32Array
  people: Person[]
  /** lemmatize(word) of this text's words by the word as written, filled as the rules ask (see lowerLemma); analyze() shares it with the entity stage. */
  lemmas: Map<string, string>
  /** lowerLemma's answers by the word as written: the rules ask the same words again and again. */
  lowerLemmas: Map<string, string>
  /** The best reading of each lower-case word the rules ask about (see readingOf). */
  readings: Map<string, WordAnalysis | null>
  /** The people's index (people-index.ts), made when a speaker first needs it. */
  peopleIndex: { value?: PeopleIndex }
  /** The text's mentions of news outlets, found when "басылым" first needs them (resolve-speaker.ts). */
  outlets: { value?: { first: number; last: number; person: boolean }[] }
  /** The people's names as their lemmas joined by spaces, made when first asked (extract-quotes.ts, knownNameEnd). */
  peopleNames: { value?: Set<string> }
}

/** A person named in the text: "министр Ерлан Ақкенженов", "Қасым-Жомарт Тоқаев". */
export interface Person {
  /** Token range of the name (end exclusive). */
  first: number
  last: number
  /** Lower-case lemmas of the name's words: ["қасым-жомарт", "тоқаев"]. */
  lemmas: string[]
  /** Lower-case lemmas of a title right before the name: ["министр"], ["мемлекет", "басшы"]. */
  title: string[]
}

const PRONOUNS = new Set(['ол', 'оның', 'олар', 'ол өзі'])

export function isPronoun(lower: string): boolean {
  return PRONOUNS.has(lower)
}

export function isCapitalized(t: Token): boolean {
  // (a company's name written as its domain is a name too, "Kaspi.kz басқарма төрағасы …", but
  // not with a case ending, which the word's reading cannot see: "Kaspi.kz-тің")
  if (t.type !== 'word' && t.type !== 'initial' && !(t.type === 'url' && isNamedSite(t.text) && domainWithoutEnding(t.text) === undefined)) return false
  const letterCase = caseByCode(t.text.charCodeAt(0))
  if (letterCase !== 0) return letterCase === 1
  const c = t.text[0]!
  return c !== c.toLowerCase()
}

/** АҚШ, ҰҚШҰ: two or more capitals and no lower-case letter. */
export function isAcronym(t: Token): boolean {
  // (an initial is a capital and its period: "Қ." of "Қ. Тоқаев" is no acronym)
  if (t.type === 'initial') return false
  // a small second letter settles it (Қазақстан), without splitting and converting the word
  if (caseByCode(t.text.charCodeAt(1)) === -1) return false
  const head = t.text.split('-')[0]!
  return head.length >= 2 && head === head.toUpperCase() && head !== head.toLowerCase()
}

/**
 * A name of joined words with a capital inside and a case ending after a hyphen: "ҚазҰУ-ды",
 * "ҚазМұнайГаз-дың" (isAcronym wants capitals only). No person's name; it ends one before it.
 */
export function isJoinedNameInCase(t: Token): boolean {
  const hyphen = t.text.indexOf('-')
  if (hyphen < 2 || t.type !== 'word') return false
  let inner = false
  for (let i = 1; i < hyphen && !inner; i++) inner = caseByCode(t.text.charCodeAt(i)) === 1
  return inner && (bestReading(t.text)?.suffixes.length ?? 0) > 0
}

/** The index of the first of `people` (in text order) whose name starts at or after token `at` (binary search). */
export function firstPersonFrom(people: readonly Person[], at: number): number {
  return countBelow(people, at, (p) => p.first)
}

/** Token index of the first token starting at or after `offset`. */
export function tokenFrom(doc: QuoteDocument, offset: number): number {
  return countBelow(doc.tokens, offset, (t) => t.start)
}

/** The index of the paragraph holding an offset, or -1 (binary search: a long text has thousands). */
export function paragraphAt(doc: QuoteDocument, offset: number): number {
  // (the paragraphs that start at or before the offset)
  const at = countBelow(doc.paragraphs, offset + 1, (p) => p.start)
  return at > 0 && offset < doc.paragraphs[at - 1]!.end ? at - 1 : -1
}

export function prepare(
  text: string,
  given?: { tokens: Token[]; paragraphs: Span[]; sentences?: Span[]; lemmas?: Map<string, string>; numbered?: NumberedWords },
): QuoteDocument {
  const tokens = given?.tokens ?? tokenize(text)
  const paragraphs = given?.paragraphs ?? splitParagraphs(text)
  const sentences = given?.sentences ?? sentencesFromTokens(text, tokens, paragraphs)
  const sentenceOf = new Int32Array(tokens.length)
  let s = 0
  tokens.forEach((t, k) => {
    while (s < sentences.length - 1 && sentences[s]!.end <= t.start) s++
    sentenceOf[k] = s
  })
  const words = lowerCased(tokens, given?.numbered)
  const caches: LemmaCaches = { lemmas: given?.lemmas ?? new Map<string, string>(), lowerLemmas: new Map<string, string>(), readings: new Map() }
  return { text, tokens, words, paragraphs, sentences, sentenceOf, people: findPeople(tokens, words, sentenceOf, caches), ...caches, peopleIndex: {}, outlets: {}, peopleNames: {} }
}

/** The tokens' texts lower-cased; each distinct text once when the entity stage has numbered them. */
function lowerCased(tokens: Token[], numbered: NumberedWords | undefined): string[] {
  if (!numbered || numbered.ids.length !== tokens.length) return tokens.map((t) => t.text.toLowerCase())
  const { ids, words } = numbered
  const lower: (string | undefined)[] = new Array(words.length)
  const out: string[] = new Array(tokens.length)
  for (let k = 0; k < tokens.length; k++) out[k] = lower[ids[k]!] ??= words[ids[k]!]!.toLowerCase()
  return out
}

/** A text's lemma caches (one call's, nothing kept between calls): lemmatize(word) shared with the entity stage, its lower case, and the best readings of lower-case words. */
export interface LemmaCaches {
  lemmas: Map<string, string>
  lowerLemmas: Map<string, string>
  readings: Map<string, WordAnalysis | null>
}

/** bestReading of a lower-case word, through the text's cache: the rules ask the same words again and again. */
export function readingOf(caches: Pick<LemmaCaches, 'readings'>, lower: string): WordAnalysis | undefined {
  let reading = caches.readings.get(lower)
  if (reading === undefined) caches.readings.set(lower, (reading = bestReading(lower) ?? null))
  return reading ?? undefined
}

/** hasSuffixTag through the text's cache of readings. */
export function hasTag(caches: Pick<LemmaCaches, 'readings'>, lower: string, tags: ReadonlySet<string>): boolean {
  const suffixes = readingOf(caches, lower)?.suffixes
  return suffixes !== undefined && suffixes.some((x) => tags.has(x.tag))
}

/** Lower-case lemma of a word, through the text's caches. */
export function lowerLemma(caches: LemmaCaches, word: string): string {
  let lower = caches.lowerLemmas.get(word)
  if (lower === undefined) caches.lowerLemmas.set(word, (lower = lemmatizeCached(caches.lemmas, word).toLowerCase()))
  return lower
}

/**
 * Cases of a phrase that says where, to or from whom, how something was said: брифингте,
 * сұрағына, арнасынан, хатпен. No name goes on after a word in one, and no speaker holds one.
 */
export const ADJUNCT_CASES: ReadonlySet<string> = new Set(['LOC', 'DAT', 'ABL', 'INS'])
/** The cases of where, whither and whence. */
const PLACE_CASES: ReadonlySet<string> = new Set(['LOC', 'DAT', 'ABL'])
/** Cases a subject is never in (the genitive opens "Министрдің айтуынша", an according-to quote). */
export const OBLIQUE_CASES: ReadonlySet<string> = new Set(['GEN', 'ACC', 'DAT', 'LOC', 'ABL', 'INS'])
/** The oblique cases but the genitive, which may stand inside a subject or a body's name ("министрлігінің өкілдері", "Қазақстан Республикасының …"). */
export const NON_SUBJECT_CASES: ReadonlySet<string> = new Set(['ACC', 'DAT', 'LOC', 'ABL', 'INS'])
const INSTRUMENTAL: ReadonlySet<string> = new Set(['INS'])
export const POSSESSIVE_3: ReadonlySet<string> = new Set(['POSS.3'])

/** теңізі, облысы, орынбасары: the 3rd person's possessive and no case after it (not "шағын", шағ + -ы + -н). */
export function isPossessedNominative(caches: Pick<LemmaCaches, 'readings'>, lower: string): boolean {
  const suffixes = readingOf(caches, lower)?.suffixes
  return suffixes !== undefined && suffixes.length > 0 && suffixes.at(-1)!.tag === 'POSS.3'
}

/** Heads of buildings and places named after someone, in any form: кесенесі, әуежайы, даңғылы … */
const NAMED_THING_HEAD = /^(?:кесене|әуежай|стадион|сарай|мешіт|мұражай|саябақ|көше|даңғыл|ескерткіш)/u

/** Is the word's best reading a plural possessed (-лары/-лері …), in any case after it? елдерін, халықтарына. */
function isPossessedPlural(caches: Pick<LemmaCaches, 'readings'>, lower: string): boolean {
  const suffixes = readingOf(caches, lower)?.suffixes
  return suffixes !== undefined && suffixes[0]?.tag === 'PL' && suffixes[1]?.tag === 'POSS.3'
}

/** A Russian-style surname as written, in the nominative (lower case): балаева, тоқаев, путин. */
const RUSSIAN_SURNAME = new RegExp(`\\p{Ll}(?:${RUSSIAN_SURNAME_ENDINGS})$`, 'u')

/**
 * People named in the text: runs of capitalized words that have a surname ending (-ов, -ева,
 * -ұлы, -уулу …), a hyphenated given name (Қасым-Жомарт), or a title right before them
 * (министр Ерлан Ақкенженов, шебер Болатбек Қалдыров).
 */
/**
 * Is the word (as written: the lemma cache is keyed so, and the entity stage has filled it) its
 * own lemma, an initial's period aside? `lemmaOf` gives lower-case lemmas.
 */
function uninflected(word: string, lemmaOf: (word: string) => string): boolean {
  return lemmaOf(word) === (word.endsWith('.') ? word.slice(0, -1) : word).toLowerCase()
}

/** Is the word's best reading a stem and a 1st or 2nd person singular possessive alone (досым, ерім)? */
function isFirstPersonOnly(caches: LemmaCaches, lower: string): boolean {
  const suffixes = readingOf(caches, lower)?.suffixes
  return suffixes !== undefined && suffixes.length === 1 && (suffixes[0]!.tag === 'POSS.1SG' || suffixes[0]!.tag === 'POSS.2SG')
}

/** Is a lower-case lemma a country's name? */
export function isCountry(lemma: string): boolean {
  return countryCodeOfAnySpelling(withoutSigns(lemma)) !== undefined
}

/** Is a lower-case lemma a listed place's or country's name (Өскемен, Қазақстан)? */
export function isPlaceName(lemma: string): boolean {
  return isCountry(lemma) || isPlaceFolded(withoutSigns(lemma))
}

/**
 * Is a word a listed place with a suffix on it, which no name ends in: "Қасым-Жомарт Тоқаев |
 * Астанада кездесті". (Uninflected, a place may be a name too — Орал Мұхамеджанов — and so may
 * a place shaped like a surname: Дінмұхамед Қонаевтың.)
 */
function isInflectedPlace(word: string, lemma: string): boolean {
  return lemma !== word.toLowerCase() && !SURNAME.test(lemma) && isPlaceFolded(withoutSigns(lemma))
}

/** A settlement's or a region's head after its name: қаласы, қаласындағы, облысында, ауданы … */
const PLACE_HEAD_WORD = /^(?:қала|облыс|аудан|ауыл|кент|шаһар)[а-яәғқңөұүһі]*$/u

function findPeople(tokens: Token[], words: string[], sentenceOf: Int32Array, caches: LemmaCaches): Person[] {
  const people: Person[] = []
  const lemmaOf = (word: string): string => lowerLemma(caches, word)
  // (after a title, a foreign given name that only reads as inflected, no place's, before the
  // name's last capital: "елшісі Ямада | Дзюнъити" is Яма + -да to the lemmatizer)
  const isForeignNameAfterTitle = (k: number): boolean =>
    k > 0 &&
    isTitleWord(words[k - 1]!, lemmaOf(words[k - 1]!)) &&
    !isPlaceName(lemmaOf(tokens[k]!.text)) &&
    k + 1 < tokens.length &&
    uninflected(tokens[k + 1]!.text, lemmaOf) &&
    !(k + 2 < tokens.length && isCapitalized(tokens[k + 2]!))
  // (do the capitals from token j, up to three, come before a lower-case head of a building or a
  // body named after them? "Қожа Ахмет Ясауи | кесенесін", "Әл-Фараби | университетінде")
  const namesThingFrom = (j: number): boolean => {
    let h = j
    while (h < tokens.length && h - j < 3 && isCapitalized(tokens[h]!)) h++
    const head = tokens[h]
    return h > j && head !== undefined && head.type === 'word' && !isCapitalized(head) && (NAMED_THING_HEAD.test(words[h]!) || isBodyWord(lemmaOf(words[h]!)))
  }
  // (after a title, a foreign given name before a surname that reads only as an unknown stem in the
  // locative, no place's, the name's last capital: "Университет провосты Илесанми | Адесида" is
  // Адеси + -да to the lemmatizer)
  // (the cheap tests first: a title's lemma and a reading cost)
  const isForeignSurnameAfterTitle = (k: number, end: number): boolean =>
    k > 0 && !(end + 1 < tokens.length && isCapitalized(tokens[end + 1]!)) && readsOnlyAsLocative(tokens[end]!.text) && isTitleWord(words[k - 1]!, lemmaOf(words[k - 1]!)) && !isPlaceName(lemmaOf(tokens[end]!.text))
  let k = 0
  while (k < tokens.length) {
    // a sentence's opener and a country are no one's name: "Бүгін | Елбасы Нұрсұлтан Назарбаев",
    // "Сонымен | Украина" (a country is not a surname in -ина)
    if (!isCapitalized(tokens[k]!) || isAcronym(tokens[k]!) || isSentenceOpener(words[k]!) || isCountry(lemmaOf(tokens[k]!.text))) {
      k++
      continue
    }
    let end = k + 1
    // (the name's own words start after a title that opens the run: "Жазушы | Смағұл Елубай")
    // (asked only of runs of three capitals or more: a word's lemma costs on first asking)
    let nameFromAt = -1
    const nameFrom = (): number => (nameFromAt >= 0 ? nameFromAt : (nameFromAt = isTitleWord(words[k]!, lemmaOf(words[k]!)) ? k + 1 : k))
    // a place adjective after a name is not part of it: "Ерлан Ақкенженов | Астанадағы брифингте"
    // nor is a country after it: "Тоқаев | Қытай басшысымен сөйлесті", nor a place in a case:
    // "Тоқаев | Астанада кездесті"
    // and a name in a case ends there: "Қасым-Жомарт Тоқаевтың | Президент …"
    while (
      end < tokens.length &&
      end - k < 5 &&
      isCapitalized(tokens[end]!) &&
      !isAcronym(tokens[end]!) &&
      !isJoinedNameInCase(tokens[end]!) &&
      sentenceOf[end] === sentenceOf[k] &&
      !PLACE_ADJECTIVE.test(words[end]!) &&
      !isCountry(lemmaOf(tokens[end]!.text)) &&
      // nor a title with a capital, the next person's: "Ли Цян | Төраға Си Цзиньпиннің сәлемін …"
      // (a given name that is a title word too goes on: "Ғалым")
      !(isTitleWord(words[end]!, lemmaOf(tokens[end]!.text)) && !isListedGivenName(foldName(tokens[end]!.text))) &&
      // nor a state body: "Саясат Нұрбек | Мәжіліс депутаттарымен"
      !isOneWordBody(lemmaOf(tokens[end]!.text)) &&
      !isInflectedPlace(tokens[end]!.text, lemmaOf(tokens[end]!.text)) &&
      // nor a listed place after a name of two words, where the next clause begins: "Хакан Фидан |
      // Анкара келіссөздерді ұйымдастыруға дайын екенін мәлімдеді"
      !(end - k >= 2 && isPlaceName(lemmaOf(tokens[end]!.text)) && !SURNAME.test(lemmaOf(tokens[end]!.text))) &&
      // nor is a place before its head: "Дархан Сатыбалды | Шымкент қаласындағы …"
      !(end + 1 < tokens.length && PLACE_HEAD_WORD.test(words[end + 1]!) && isPlaceName(lemmaOf(tokens[end]!.text))) &&
      // nor, after a name of two words, any capital before a possessed noun of its own, a
      // compound's first word: "Нұрдәулет Қилыбай | Каспий теңізі суын …"
      // (not a surname, nor before a pronoun: "Нұрлан Жұмағұлов | мұны …")
      // (a plural possessed in any case too: "Василий Небензя | Батыс елдерін …"; not any possessed
      // form, "Сенатор Нұртөре Жүсіп шағын …" reads шақ + -ы + -н)
      !(end - k >= 2 && end + 1 < tokens.length && tokens[end + 1]!.type === 'word' && !isCapitalized(tokens[end + 1]!) && uninflected(tokens[end]!.text, lemmaOf) && !SURNAME.test(lemmaOf(tokens[end]!.text)) && !isPronoun(words[end + 1]!) && (isPossessedNominative(caches, words[end + 1]!) || isPossessedPlural(caches, words[end + 1]!))) &&
      // nor the capitals of a thing named after someone, before its head: "Алессандра Приянте | Қожа
      // Ахмет Ясауи кесенесін аралады"
      // (two words of the name besides a title before it, and no surname here: "Ректор Жансейіт
      // Түймебаев | Әл-Фараби университетінде")
      !(end - k >= 2 && end - nameFrom() >= 2 && !SURNAME.test(lemmaOf(tokens[end]!.text)) && namesThingFrom(end)) &&
      // nor a capital before a lower-case noun in a case of place, the place's name and head:
      // "Дональд Трамп | Ақ үйде өткен брифингте" (after a name of two words; not a surname or a
      // patronymic)
      // (two words of the name besides a title before it; where, whither or whence, not with whom:
      // "Жазушы Смағұл Елубай оқырмандармен кездесіп")
      !(end - k >= 2 && end + 1 < tokens.length && tokens[end + 1]!.type === 'word' && !isCapitalized(tokens[end + 1]!) && end - nameFrom() >= 2 && uninflected(tokens[end]!.text, lemmaOf) && !SURNAME.test(lemmaOf(tokens[end]!.text)) && !PATRONYMIC.test(words[end]!) && hasTag(caches, words[end + 1]!, PLACE_CASES)) &&
      // nor a body's name of capitals after it: "Антониу Гутерриш | Қауіпсіздік Кеңесінің
      // отырысында …" (the first word in no case, before a body's head)
      !(end - k >= 2 && end + 1 < tokens.length && isCapitalized(tokens[end + 1]!) && uninflected(tokens[end]!.text, lemmaOf) && !SURNAME.test(lemmaOf(tokens[end]!.text)) && isBodyWord(lemmaOf(words[end + 1]!))) &&
      // nor a word in a case that says where, to or from whom, but a surname: "Тоқаев | Ақордада"
      // (the instrumental on a name's second word is with whom: "министрі Хакан | Фиданмен кездесті")
      !(hasTag(caches, words[end]!, ADJUNCT_CASES) && !SURNAME.test(lemmaOf(tokens[end]!.text)) && !(end - k === 1 && hasTag(caches, words[end]!, INSTRUMENTAL))) &&
      // (a given name before a surname may only look inflected: "Аида" is read as Аи + -да, and a
      // listed one before any capital, "Давиде | Ливермор")
      // (an initial goes on to the name: "Н.Ә. Назарбаев")
      (tokens[end - 1]!.type === 'initial' ||
        uninflected(tokens[end - 1]!.text, lemmaOf) ||
        // (a given name that reads as "my …" is no possessive inside a name: "Досым | Сәтпаев" is
        // дос + -ым to the lemmatizer)
        isFirstPersonOnly(caches, words[end - 1]!) ||
        (end - k === 1 && ((RUSSIAN_SURNAME.test(words[end]!) && !isInflectedPlace(tokens[k]!.text, lemmaOf(tokens[k]!.text))) || isListedGivenName(foldName(tokens[k]!.text)) || isForeignNameAfterTitle(k) || isForeignSurnameAfterTitle(k, end)))) &&
      // a Russian-style surname ends the name but for a patronymic after it: "Аида Балаева | Абай
      // мұрасының" ("Иван Петров Сергеевич" goes on, and so does a given name that ends like
      // one: "Мәдина | Әбілқасымова")
      !(RUSSIAN_SURNAME.test(words[end - 1]!) && !PATRONYMIC.test(words[end]!) && !(end - 1 === k && isListedGivenName(foldName(lemmaOf(tokens[k]!.text)))))
    )
      end++
    // a pilgrim's honorific inside a name goes on with it: "Бас мүфти Наурызбай | қажы | Тағанұлы"
    // (the entity stage's tagger has the three words as one person)
    if (end > k && words[end] === 'қажы' && end + 1 < tokens.length && isCapitalized(tokens[end + 1]!) && sentenceOf[end + 1] === sentenceOf[k]) end += 2
    // nor is the sentence's capital on a word before a given name: "Кітапханашы | Марат Омаров"
    // (a word the title list does not know, which is no given name itself)
    if (end - k >= 3 && (k === 0 || sentenceOf[k - 1] !== sentenceOf[k]) && isListedGivenName(foldName(lemmaOf(tokens[k + 1]!.text))) && !isListedGivenName(foldName(lemmaOf(tokens[k]!.text)))) k++
    // a capitalized title is not part of the name: "Премьер-министр Олжас Бектенов"
    const leadingTitle: string[] = []
    // (but a listed given name that is a title word too, before a surname alone: "Ғалым | Жұмабаев"
    // is a name; "Ғалым | Нұрлан Әмірханов" is the scientist)
    while (k < end - 1 && isTitleWord(words[k]!, lemmaOf(words[k]!)) && !(end - k === 2 && isListedGivenName(foldName(tokens[k]!.text)) && SURNAME.test(lemmaOf(tokens[k + 1]!.text)))) {
      leadingTitle.push(lemmaOf(words[k]!))
      k++
    }
    const lemmas = tokens.slice(k, end).map((t) => lemmaOf(t.text.replace(/\.$/, '')))
    const title: string[] = [...leadingTitle]
    for (let j = k - 1; j >= 0 && j >= k - 3 && sentenceOf[j] === sentenceOf[k]; j--) {
      if (leadingTitle.length > 0) break
      const lemma = lemmaOf(words[j]!)
      if (!isTitleWord(words[j]!, lemma) && !(title.length > 0 && isCapitalized(tokens[j]!))) break
      // (a title listed as written, whose lemma is wrong: "провосты" reads as провос + -ты)
      title.unshift(!isTitleWord(lemma, lemma) && isTitleWord(words[j]!, words[j]!) ? words[j]! : lemma)
    }
    // a name that ends its sentence after "title –" is the title's holder: "Қойылымның режиссері –
    // Италиядан келген Давиде Ливермор." (the title heads the sentence's subject, the name is what
    // it is)
    if (title.length === 0 && (words[end] === '.' || end === tokens.length)) {
      for (let j = k - 1; j > 0 && j >= k - 5 && sentenceOf[j] === sentenceOf[k]; j--) {
        if (!COPULA_DASHES.has(words[j]!)) continue
        const lemma = lemmaOf(words[j - 1]!)
        if (isTitleWord(words[j - 1]!, lemma)) title.push(lemma)
        break
      }
    }
    const surname = lemmas.some((l) => SURNAME.test(l))
    const hyphenatedGiven = tokens[k]!.text.includes('-') && /^\p{Lu}/u.test(tokens[k]!.text.split('-')[1] ?? '')
    const titled = title.some((w) => isTitleWord(w, w))
    // (or a listed given name first, and one word after it: "Дональд Трамп | Ақ үйде")
    const given = !surname && !hyphenatedGiven && !titled && end - k >= 2 && isListedGivenName(foldName(lemmas[0]!))
    if (given && end - k > 2) {
      end = k + 2
      lemmas.length = 2
    }
    // (nor is a surname alone before the body named after its bearer: "Сәтбаев | университетінің
    // студенттерімен", "Абай | атындағы", and with the head's capital: "Назарбаев | Университеті")
    const namesBody = (): boolean => end < tokens.length && (words[end] === 'атындағы' || (isBodyWord(lemmaOf(words[end]!)) && hasTag(caches, words[end]!, POSSESSIVE_3)))
    // (one word in -ина is more often a loan noun than a surname: Вакцина, Машина, Медицина)
    if ((end - k >= 2 && (surname || hyphenatedGiven || titled || given)) || (end - k === 1 && surname && lemmas[0]!.length > 4 && !lemmas[0]!.endsWith('ина') && !namesBody())) {
      people.push({ first: k, last: end, lemmas, title })
    }
    k = end
  }
  return withJoinedPeopleSplit(people, words)
}

/** The dash that stands for "is" between a subject and what it is. */
const COPULA_DASHES = new Set(['–', '—', '-'])

/**
 * The people that run on into another person's surname (runsIntoSurname), each cut into two:
 * "Гилберто Мендоса | Головкиннің тәжірибесі …" after "Геннадий Головкин".
 */
function withJoinedPeopleSplit(people: Person[], words: string[]): Person[] {
  if (people.length < 2) return people
  const runs = runsIntoSurname(
    people.map((p) => ({ lemmas: p.lemmas, genitive: /(?:ның|нің|дың|дің|тың|тің)$/u.test(words[p.last - 1]!), patronymic: p.lemmas.slice(0, -1).some((l) => PATRONYMIC.test(l)) })),
  )
  return people.flatMap((p, i) =>
    runs[i] ? [{ first: p.first, last: p.last - 1, lemmas: p.lemmas.slice(0, -1), title: p.title }, { first: p.last - 1, last: p.last, lemmas: [p.lemmas.at(-1)!], title: [] }] : [p],
  )
}
