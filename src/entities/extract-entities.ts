import { countryNames } from '../data/countries.generated.js'
import { frequentWords } from '../data/frequent-words.generated.js'
import { outsideWords } from '../data/outside-words.generated.js'
import { nerModel } from '../data/ner-model.generated.js'
import { countrySpellings } from '../data/country-spellings.generated.js'
import { dateEnds } from '../data/date-ends.generated.js'
import { placeRows } from '../data/places.generated.js'
import { unitsOfMeasure } from '../data/units.generated.js'
import { commonAcronyms } from '../data/common-acronyms.generated.js'
import { facilityAcronyms } from '../data/facility-acronyms.generated.js'
import { diseaseStems } from '../data/diseases.generated.js'
import { companyForms } from '../data/company-forms.generated.js'
import { numberWordStems } from '../data/number-words.generated.js'
import { AMOUNT_WORDS } from '../internal/amount-words.js'
import { assertString } from '../internal/assert-string.js'
import { domainWithoutEnding, isNamedSite } from '../internal/domain-ending.js'
import { caseByCode } from '../internal/letter-case.js'
import { inflectedSurnameLength, PATRONYMIC, RUSSIAN_SURNAME_ENDINGS, SURNAME } from '../internal/surname.js'
import { withoutSigns } from '../internal/without-signs.js'
import { isGivenName, isListedGivenName } from '../internal/given-name.js'
import { LOCATIVE_ENDING } from '../internal/locative-ending.js'
import { readsOnlyAsLocative } from '../internal/reads-only-as-locative.js'
import { runsIntoSurname } from '../internal/joined-names.js'
import { KAZAKH_MONTHS } from '../internal/months.js'
import { analyzeWord, bestReading, lemmatize } from '../morphology/analyze-word.js'
import { hasSuffixTag } from '../morphology/has-suffix-tag.js'
import { lemmatizeCached } from '../morphology/lemmatize-cached.js'
import { lemmatizePhrase, phraseLemma } from '../morphology/lemmatize-phrase.js'
import { lexiconWeight } from '../morphology/lexicon.js'
import { toLatin } from '../script/transliterate.js'
import { nameForms } from '../script/name-forms.js'
import { lemmaInInput, type SharedWork, toWorkingText } from '../script/working-text.js'
import { sentencesFromTokens } from '../segment/split-sentences.js'
import { splitParagraphs } from '../segment/split-paragraphs.js'
import { tokenize } from '../segment/tokenize.js'
import type { Span, Token } from '../types.js'
import { viewOf, type WordView } from './features.js'
import { isSentenceOpener, isTitleHead, isTitleWord } from '../quotes/lexicon.js'
import { countryCodeOf, countryCodeOfAnySpelling, countryCodeOfFolded, countryOfPlaceFolded, foldName, isDemonymLemma, isListedPlaceOrCountry, isPlaceFolded, organizationEntries } from './gazetteer.js'
import { withDoubleQuotesAsGuillemets } from './double-quotes-as-guillemets.js'
import { type CompiledTagger, compilePackedTagger, eachIobSpan, numberWords, renumberWords, tagIndices, type Vocabulary, withPreparedWords } from './perceptron.js'
import { isHeadInPossessive } from '../internal/head-in-possessive.js'
import { PLACE_ADJECTIVE } from '../internal/place-adjective.js'
import { VERBAL_NOUN } from '../internal/verbal-noun.js'
import { PLURAL_POSSESSED } from '../internal/plural-possessed.js'

/** KazNERD's entity types (ORGANISATION is spelt ORGANIZATION, PERCENTAGE is PERCENT). */
export type EntityType =
  | 'PERSON'
  | 'ORGANIZATION'
  | 'GPE'
  | 'LOCATION'
  | 'FACILITY'
  | 'EVENT'
  | 'NORP'
  | 'POSITION'
  | 'DATE'
  | 'TIME'
  | 'MONEY'
  | 'PERCENT'
  | 'QUANTITY'
  | 'CARDINAL'
  | 'ORDINAL'
  | 'PROJECT'
  | 'ART'
  | 'LAW'
  | 'LANGUAGE'
  | 'DISEASE'
  | 'PRODUCT'
  | 'ADAGE'
  | 'CONTACT'
  | 'MISCELLANEOUS'
  | 'NON_HUMAN'

export interface Entity extends Span {
  type: EntityType
  /** Base form: Ресейге → Ресей, Қырғыз Республикасының → Қырғыз Республикасы. */
  lemma: string
  /** ISO 3166-1 alpha-2 for countries and the places of data/gazetteer/places.tsv (Ресей → RU), and for a POSITION that names one (АҚШ президенті → US). */
  country?: string
  /** 'country' | 'city' | 'region' | 'village' … for places; 'media' | 'intergovernmental' | 'government' | 'company' … for organizations. */
  kind?: string
  /** DATE: ISO 8601 where it can be known (03 Қаңтар, 2024 → 2024-01-03; 2024 жылы → 2024; 2020 – 2024 жылдары → 2020/2024). */
  value?: string
  /** One name for all mentions of the same thing in the text (ҰҚШҰ ≡ Ұжымдық қауіпсіздік туралы шарт ұйымы; Тоқаев ≡ Қасым-Жомарт Тоқаев). */
  canonical?: string
}

export interface ExtractEntitiesOptions {
  /** Types to return (default: all). */
  types?: readonly EntityType[]
}

/** A found entity on the working (Cyrillic) text, in token indices, before it is reported. */
interface Found {
  first: number
  last: number
  type: EntityType
  kind?: string
  country?: string
  canonical?: string
  /** Start and end offsets when they are not the tokens' (the « of «Қазақ газеттері» ЖШС). */
  start?: number
  rule: boolean
  /** What is left of a tagger span that rules cut. */
  cut?: boolean
  /** The span is in the nominative, whatever it ends like: its lemma is its text (Аделаида | қаласында). */
  nominative?: boolean
}

let model: CompiledTagger | undefined

/** The bundled tagger, unpacked on first use with the word forms of KazNERD's train split prepared and its never-beginning words marked (≈ 0.3–0.4 s, once). */
export function loadTagger(): CompiledTagger {
  if (!model) {
    const lemmas = new Map<string, string>()
    model = withPreparedWords(compilePackedTagger(nerModel), frequentWords.split('|'), (word) => viewOf(word, lemmas), outsideWords.split('|'))
  }
  return model
}
/** "Too", "only": particles that follow a word but are never the end of a name. */
/** Words after a place's «name»: its head (ықшамауданы, шағынауданы, тұрғын алабы, ауылы, шаһары — шахары read back from Latin, where h is both) or "деген" (called). */
const PLACE_HEAD_AFTER_NAME = /^(?:ықшамаудан|шағынаудан|мөлтекаудан|тұрғын|алаб|ауыл|аудан|кент|көше|даңғыл|мекен|елді|қала|шаһар|шахар|облыс|деген)/u

/** Words after a building's «name»: its head (стадионы, әуежайы, стансасы, қонақүйі, концерттік залы, мұз айдыны, курорты …; not порталы, a site, nor портреті, a work). */
const FACILITY_HEAD_AFTER_NAME = /^(?:стадион|әуежай|станса|вокзал|бекет|порт(?!ал|рет)|сарай|саяба[қғ]|қонақүй|мешіт|концерттік|шахта|кеніш|кинотеатр|мұз|курорт|өткізу)/u

/** "Former", "present": a place's names before and after it was renamed. */
const RENAMED = new Set(['бұрынғы', 'қазіргі'])

/** A settlement's head after its «name» (PLACE_HEAD_AFTER_NAME's settlements: no street, no "деген"). */
const SETTLEMENT_AFTER_NAME = /^(?:ықшамаудан|шағынаудан|мөлтекаудан|ауыл|аудан|кент|қала|шаһар|шахар|облыс)/u

/** The instrumental and the locative: a quantity's unit in one ends it. */
const WITH_OR_IN: ReadonlySet<string> = new Set(['INS', 'LOC'])

/** Bullets and bars that separate a page's fields: never part of an entity. */
const SEPARATORS = new Set(['•', '·', '●', '▪', '■', '|', '/'])

/** Round brackets: no KazNERD span starts or ends with one. */
const BRACKETS = new Set(['(', ')'])

const PARTICLES = new Set(['да', 'де', 'та', 'те', 'ғана', 'қана', 'ше'])

/**
 * "Between" after the last of two names, a postposition: "Astana Hub пен Microsoft | арасында"
 * (KazNERD has it after 9 of its entities and inside none but two spans of time).
 */
const BETWEEN = new Set(['арасында', 'арасындағы', 'арасынан', 'арасына', 'арасы', 'арасының', 'арасын'])
/** "And", "or": no KazNERD entity starts or ends with one ("Халықаралық еріктілер жылының Еуропа мен" is cut at мен). */
const CONJUNCTIONS = new Set(['мен', 'бен', 'пен', 'және', 'немесе', 'әрі', 'яғни'])
/** "And", "with" written apart from the word before, which stays in the nominative (in Latin script too: men, ben, pen). */
const JOINED_BY_WITH = new Set(['мен', 'бен', 'пен', 'men', 'ben', 'pen'])
/** The types a sentence opener is trimmed from (KazNERD's label names). */
const NAME_TYPES = new Set(['PERSON', 'ORGANISATION', 'GPE', 'LOCATION'])

/**
 * Named entities of Kazakh text (Cyrillic or Latin script), KazNERD-compatible.
 *
 * A hybrid: an averaged-perceptron tagger trained on KazNERD (all 25 types) finds the entities,
 * and high-precision rules win where they overlap it —
 * - gazetteers matched on lemmas, so every suffix works: the countries (CLDR, with their ISO
 *   codes), places (data/gazetteer/places.tsv) and organizations with their abbreviations
 *   (data/gazetteer/organizations.tsv: ҰҚШҰ-дан, Ұжымдық қауіпсіздік туралы шарт ұйымына);
 * - «Name» + a legal form (ЖШС, АҚ) is one organization, guillemets included; «Name» + a media
 *   head (газеті, журналы, агенттігі) is the organization inside the marks;
 * - bare news domains (Egemen.kz) are media organizations;
 * - dates with a month name get an ISO value (03 Қаңтар, 2024 → 2024-01-03).
 * Spans cover whole tokens with their suffixes, as KazNERD annotates (Ресейге is the GPE span).
 * Mentions of one thing share a `canonical`: an abbreviation and its expansion, a surname and
 * the full name.
 *
 * @example
 * extractEntities('Ресейге емес, ҰҚШҰ-ға жүгіндік.')
 * // → [{ text: 'Ресейге', type: 'GPE', lemma: 'Ресей', country: 'RU', kind: 'country', canonical: 'Ресей', … },
 * //    { text: 'ҰҚШҰ-ға', type: 'ORGANIZATION', lemma: 'ҰҚШҰ', kind: 'intergovernmental',
 * //      canonical: 'Ұжымдық қауіпсіздік туралы шарт ұйымы', … }]
 */
export function extractEntities(text: string, options: ExtractEntitiesOptions = {}): Entity[] {
  assertString(text, 'extractEntities')
  return entitiesOf(text, options)
}

/** extractEntities on the working text, tokens and sentences analyze() has made already (`shared`), or on its own. */
export function entitiesOf(text: string, options: ExtractEntitiesOptions, shared?: SharedWork): Entity[] {
  if (text.trim() === '') return []
  const working = shared?.working ?? toWorkingText(text)
  const latin = working.latin
  const W = working.text
  const given = shared?.tokens ?? tokenize(W)
  const { tokens, changed } = withDoubleQuotesAsGuillemets(given, W)
  const sentences = shared?.sentences ?? sentencesFromTokens(W, given, splitParagraphs(W))
  const tagger = loadTagger()
  // the distinct words, numbered, with one view each, shared by the tagger's features and the rules
  // (lemmatize(word) by the word as written: analyze() shares it with the quote stage)
  const lemmaCache = shared?.lemmas ?? new Map<string, string>()
  const view = (word: string): WordView => viewOf(word, lemmaCache)
  const numbered = numberWords(
    tagger,
    given.map((t) => t.text),
    view,
  )
  // (the quote stage reads the marks as the text has them: "…" is not «…» to it)
  if (shared) shared.numbered = { ids: numbered.ids, words: numbered.vocabulary.words }
  const { vocabulary, ids } = changed.size === 0 ? numbered : renumberWords(tagger, numbered, changed, view)
  // (past the last token there is no word: a rule that looks one ahead at the text's end asks for
  // it, "… 1" → the month after a day)
  const lemmaOf = (k: number): string => (k < ids.length ? vocabulary.views[ids[k]!]!.lemma : '')
  // lemmatize(word) through the same cache as the views (a one-word entity's lemma is there already)
  const cachedLemma = (word: string): string => lemmatizeCached(lemmaCache, word)

  // sentences as token index ranges
  const ranges: [number, number][] = []
  let k = 0
  for (const s of sentences) {
    while (k < tokens.length && tokens[k]!.start < s.start) k++
    const first = k
    while (k < tokens.length && tokens[k]!.end <= s.end) k++
    if (k > first) ranges.push([first, k])
  }
  const sentenceFirst = new Uint8Array(tokens.length)
  for (const [first] of ranges) sentenceFirst[first] = 1
  const amountWord = amountWords(tokens, vocabulary, ids)
  const tagged = tagIndices(
    tagger,
    ranges.map(([a, b]) => ids.subarray(a, b)),
    vocabulary,
  )
  const found: Found[] = []
  ranges.forEach(([offset], si) => {
    const sentenceEnd = offset + tagged[si]!.length
    // the end of the run of title words from token k in the sentence ("профессоры", "дәрігер")
    const afterTitles = (k: number): number => {
      while (k < sentenceEnd && tokens[k]!.type === 'word' && isTitleWord(tokens[k]!.text.toLowerCase(), lemmaOf(k))) k++
      return k
    }
    eachIobSpan(tagger, tagged[si]!, (a, b, type) => {
      // an entity has a letter or a digit in it (the tagger may label a lone bullet)
      let wordy = false
      for (let t = offset + a; t < offset + b && !wordy; t++) wordy = tokens[t]!.type !== 'punctuation' && tokens[t]!.type !== 'symbol'
      if (!wordy) return
      // a unit of measure alone is nothing (the tagger takes ГВт for an organization); with its number it is a quantity (quantities)
      if (b - a === 1 && isUnitSymbol(tokens[offset + a])) return
      // a contact holds a number, a number word, an address or a site: "«109» нөмірі", "khabar.kz",
      // "Достық көшесі 14-інші үйдің"; not a name the tagger took for one ("Достық және Алтынкөл
      // шекара бекеттері")
      if (type === 'CONTACT') {
        let contact = false
        for (let t = offset + a; t < offset + b && !contact; t++) contact = /[\d@.]/u.test(tokens[t]!.text) || amountWord[t] === 1 || tokens[t]!.type !== 'word'
        if (!contact) return
      }
      let first = offset + a
      let last = offset + b
      // "Кейін Тоқаев": a sentence opener is not part of the name (data/ner/openers.txt), nor one
      // alone, after an interview's dash too: "– Алдағы жоспарларыңыз қандай?"
      if ((first === offset || (first === offset + 1 && isDash(tokens[offset]!))) && NAME_TYPES.has(type) && isSentenceOpener(tokens[first]!.text.toLowerCase())) {
        if (last - first === 1) return
        first++
      }
      // guillemets before ", – деді" hold a quotation, not a thing's name, when the tagger's thing
      // is all of it ("«Көмек жоқ», – деді Гутерриш" was a PROJECT) or its first words that hold a
      // clause's word, a small word in a case of its own, before the dash that says "is" ("«Абай
      // бейнесін сахнаға шығару – әр актер үшін …», – деді актер" was an ART); a quotation holds
      // dates, roles and names of its own ("«Елбасының … реформалары …», – деді Қасым-Жомарт
      // Тоқаев", "«Жаңа жылды сіздермен қарсы алғым келеді», – деді", "«Транскаспий халықаралық
      // көлік бағыты – біздің …», – деді"), and a disease's name is the disease, below ("«Қызылша –
      // өте жұқпалы ауру …», – деп ескертті ол")
      if (tokens[first - 1]?.text === '«' && QUOTATION_OPENER_TYPES.has(type as EntityType) && (tokens[last]?.text === '»' || (holdsOrEndsBeforeDash(tokens, first, last) && holdsClauseWord(tokens, first, last))) && !namesDisease(tokens, first, first + 1) && isQuotationBeforeCue(tokens, closingGuillemet(tokens, first))) return
      // a body's name ends at its head in the genitive before one capital of something the body
      // gave, no name's head: "Мәдениет министрлігінің | Алғыс хатын табыстады" (an ORGANIZATION of
      // three words to the tagger; "… министрлігінің Ғылым комитеті" goes on to its own head)
      if (type === 'ORGANISATION' && last - first >= 3 && caseByCode(tokens[last - 1]!.text.charCodeAt(0)) === 1 && GENITIVE.test(tokens[last - 2]!.text) && isOrganizationHead(tokens[last - 2]!.text.toLowerCase()) && !isOrganizationHead(tokens[last - 1]!.text.toLowerCase()) && tokens[last]?.type === 'word' && caseByCode(tokens[last]!.text.charCodeAt(0)) === -1 && !isOrganizationHead(tokens[last]!.text.toLowerCase())) last--
      // a city's name in the genitive before a club's letters is the city's, the club is the
      // letters: "Мәскеудің | ЦСКА командасын", "Санкт-Петербургтің | СКА командасымен" (the
      // tagger had one organization and one product)
      if ((type === 'ORGANISATION' || type === 'PRODUCT' || type === 'FACILITY') && last - first === 2 && GENITIVE.test(tokens[first]!.text) && isListedPlaceOrCountry(lemmaOf(first)) && isAllCapitals(tokens[first + 1]!.text)) {
        found.push({ first, last: first + 1, type: 'GPE', rule: false })
        first++
        type = 'ORGANISATION'
      }
      // a role that ends in a title's genitive goes on through one lower-case word in no case to
      // the title it qualifies: "Президенттің | баспасөз хатшысы Руслан Жақсылықов" (the tagger had
      // "Президенттің" alone; KazNERD marks "әкімінің баспасөз хатшысы" in the role)
      if (type === 'POSITION' && last + 1 < sentenceEnd && GENITIVE.test(tokens[last - 1]!.text) && tokens[last]!.type === 'word' && caseByCode(tokens[last]!.text.charCodeAt(0)) === -1 && lemmaOf(last) === tokens[last]!.text && !isTitleWord(tokens[last]!.text, lemmaOf(last)) && tokens[last + 1]!.type === 'word' && caseByCode(tokens[last + 1]!.text.charCodeAt(0)) === -1 && isTitleWord(tokens[last + 1]!.text, lemmaOf(last + 1)) && !hasSuffixTag(tokens[last + 1]!.text, ADJUNCT_CASES)) last += 2
      // a name ends before a colon outside guillemets: "Astana Hub | : стартаптар биыл …" (KazNERD
      // has a colon inside titles in guillemets only, and in times)
      if (type !== 'TIME' && tokens[first - 1]?.text !== '«') {
        let colon = first + 1
        while (colon < last && tokens[colon]!.text !== ':') colon++
        last = colon
      }
      // a name ends before a dash that says "is", outside guillemets, when a lower-case word that is
      // no number follows it: "Тұмау | – вирустық ауру" (KazNERD's spans go on past a spaced dash
      // in guillemets, in proverbs and in ranges only: "қаңтар – мамыр", "COVID – он тоғыз")
      // (a « that opens a quotation, not a name, is no guillemet of a name's: "«Қызылша | – өте
      // жұқпалы ауру. …»", where the tagger had a FACILITY "Қызылша – өте")
      if (type !== 'DATE' && type !== 'ADAGE' && (tokens[first - 1]?.text !== '«' || !closesWithin(tokens, first, NAME_IN_GUILLEMETS_TOKENS))) {
        for (let t = first + 1; t < last - 1; t++) {
          if (tokens[t]!.text !== '–' && tokens[t]!.text !== '—') continue
          const next = tokens[t + 1]!
          if (next.type === 'word' && caseByCode(next.text.charCodeAt(0)) === -1 && amountWord[t + 1] !== 1) last = t
          break
        }
      }
      // and a name after a straight quotation mark ends at the next one: «"Абай жолы | " эпопеясы …»
      if (tokens[first - 1]?.text === '"') {
        for (let t = first + 1; t < last; t++) {
          if (tokens[t]!.text !== '"') continue
          last = t
          break
        }
      }
      // no KazNERD span starts or ends with a dash ("біреуі –" is not a CARDINAL with its dash)
      // (nor with a page's separator: "Қоғам • 4 Желтоқсан, 2026 • | 2 мин оқу үшін")
      // (nor with a bracket: "A(H3N2 | )" was a PRODUCT of the Latin text read in Cyrillic)
      while (first < last - 1 && (isDash(tokens[first]!) || SEPARATORS.has(tokens[first]!.text) || BRACKETS.has(tokens[first]!.text))) first++
      while (last - 1 > first && (isDash(tokens[last - 1]!) || SEPARATORS.has(tokens[last - 1]!.text) || BRACKETS.has(tokens[last - 1]!.text))) last--
      // (nor runs past a bracket it did not open: "(ҚББҚ | ) қарсы шықты")
      for (let t = first + 1, open = false; t < last; t++) {
        if (tokens[t]!.text === '(') open = true
        else if (tokens[t]!.text === ')' && !open) {
          last = t
          break
        }
      }
      while (first < last - 1 && CONJUNCTIONS.has(tokens[first]!.text.toLowerCase())) first++
      while (last - 1 > first && CONJUNCTIONS.has(tokens[last - 1]!.text.toLowerCase())) last--
      // a particle after a name is not part of it: "Әкесі Оразбек те шебер болған"
      if (NAME_TYPES.has(type)) while (last - 1 > first && PARTICLES.has(tokens[last - 1]!.text.toLowerCase())) last--
      // (a span of time keeps it: "2010-2015 жылдар арасында")
      if (type !== 'DATE' && type !== 'TIME' && last - 1 > first && BETWEEN.has(tokens[last - 1]!.text.toLowerCase())) last--
      // a facility ends at its head in a case that says where: "Қарасу – Ақжол өткізу бекетінде |
      // жүк көліктерінің кезегін", "Достық – Мойынты учаскесінде | екінші" (the tagger ran on)
      if (type === 'FACILITY') {
        for (let t = first + 1; t < last - 1; t++) {
          const lower = tokens[t]!.text.toLowerCase()
          if ((FACILITY_HEAD_AFTER_NAME.test(lower) || lower.startsWith('учаске')) && hasSuffixTag(lower, ADJUNCT_CASES)) {
            last = t + 1
            break
          }
        }
      }
      // a name ends at a lower-case word in the locative before a capital, outside guillemets: where
      // one thing is, and the next name begins: "Қазақстан Республикасының Ұлттық музейінде | Есік
      // қорғанынан табылған" (the tagger had a PROJECT "Ұлттық музейінде Есік")
      if (!AMOUNT_OR_TIME.has(type) && type !== 'ORDINAL' && type !== 'ADAGE' && tokens[first - 1]?.text !== '«') {
        for (let t = first + 1; t < last - 1; t++) {
          if (caseByCode(tokens[t + 1]!.text.charCodeAt(0)) !== 1 || caseByCode(tokens[t]!.text.charCodeAt(0)) !== -1 || !LOCATIVE_ENDING.test(tokens[t]!.text)) continue
          if (hasSuffixTag(tokens[t]!.text, LOCATIVE_CASE)) {
            last = t + 1
            break
          }
        }
      }
      // ordinal number words before "рет" (times) count, they date nothing: "он алтыншы рет өтіп
      // жатыр" (the tagger had a DATE; KazNERD has all 26 such as ORDINAL)
      if (type === 'DATE' && tokens[last]?.text === 'рет' && /(?:ыншы|інші|ншы|нші)$/u.test(tokens[last - 1]!.text)) {
        let numbers = true
        for (let t = first; t < last && numbers; t++) numbers = amountWord[t] === 1 || /^\d/u.test(tokens[t]!.text) || t === last - 1
        if (numbers) type = 'ORDINAL'
      }
      // a title that opens a person's name is the person's role: "Министр | Әлназарованың сөзінше"
      // (but a given name that is a title word too: "Ғалым Нұрланов")
      if (type === 'PERSON' && last - first > 1 && isCapitalThenSmall(tokens[first + 1]!.text) && isTitleWord(tokens[first]!.text.toLowerCase(), lemmaOf(first)) && !isListedGivenName(foldName(tokens[first]!.text))) {
        found.push({ first, last: first + 1, type: 'POSITION', rule: false })
        first++
      }
      // an era is a time, not a body or a person: "Әмір Темір дәуіріндегі | қала мәдениетінің" was an
      // organization; KazNERD marks "кеңес дәуірінде", "сақ дәуірінен" as DATEs
      // (a title in guillemets keeps it: "« Жаһандану дәуіріндегі цифрлық күн тәртібі 2.0 »" is an event)
      if ((type === 'ORGANISATION' || type === 'PERSON' || type === 'EVENT') && tokens[first - 1]?.text !== '«') {
        for (let t = first + 1; t < last; t++) {
          if (!tokens[t]!.text.startsWith('дәуір')) continue
          last = t + 1
          type = 'DATE'
          break
        }
      }
      // an amount ends before a verbal noun, what is done with it: "200 мың басты | аулау
      // жоспарланды" (the tagger ran on)
      // (not a number word that ends so: "елу", fifty)
      if ((type === 'QUANTITY' || type === 'CARDINAL') && last - first > 1 && amountWord[last - 1] !== 1 && VERBAL_NOUN.test(tokens[last - 1]!.text) && lemmaOf(last - 1) === tokens[last - 1]!.text) last--
      // a name ends before a clause of time, a participle in a case and its postposition: "Көкарал
      // бөгеті | салынғаннан бері" (KazNERD ends no name but a date, a time or an amount so)
      if (!AMOUNT_OR_TIME.has(type) && last - first > 2 && TIME_POSTPOSITION_WORDS.has(tokens[last - 1]!.text.toLowerCase()) && RELATIVE_PARTICIPLE_IN_CASE.test(tokens[last - 2]!.text)) last -= 2
      // nor does a word that says where or to whom begin a longer name: "Ақордада | Өзбекстан
      // Республикасының Президенті" (the genitive and the -дағы adjective may: "Қазақстандағы
      // Германия елшісі")
      if (NAME_TYPES.has(type) || type === 'POSITION') {
        const before = first
        // (nor does a sentence's first word in the dative before a capital: "Премьераға | Мәдениет
        // және ақпарат министрі"; before a small word it may: "Жемқорлыққа қарсы іс-қимыл агенттігі")
        while (last - first > 1 && (startsNoName(tokens[first]!) || (sentenceFirst[first] === 1 && isCapitalThenSmall(tokens[first + 1]!.text) && hasSuffixTag(tokens[first]!.text.toLowerCase(), DATIVE_CASE)))) first++
        // (a name with no capital left is none: "Izraılmen | baılanys")
        if (first > before && NAME_TYPES.has(type) && !tokens.slice(first, last).some((t) => isCapitalThenSmall(t.text) || isAcronymToken(t))) return
      }
      // a name whose only capital is the first letter of a quotation, with no body's head in it,
      // is none: "«Трамвай қала тұрғындарының уақытын …» – деді әкім" (a name in guillemets ends
      // at them: "«Темір баба» шекаралық бақылау бөлімшесінің"; a known name stays: "«Алматы
      // қаласында …")
      if (NAME_TYPES.has(type) && last - first > 1 && tokens[first - 1]?.text === '«' && tokens[last]?.text !== '»' && !isKnownName(lemmaOf(first))) {
        let capital = false
        for (let t = first + 1; t < last && !capital; t++) {
          const lower = tokens[t]!.text.toLowerCase()
          capital = /^\p{Lu}/u.test(tokens[t]!.text) || isOrganizationHead(lower)
        }
        if (!capital) return
      }
      // a participle's clause before a body's name is no part of it: "Қазақстан ұсынған |
      // Халықаралық биологиялық қауіпсіздік агенттігін" (Kazakhstan proposed the agency)
      if ((type === 'ORGANISATION' || type === 'EVENT' || type === 'FACILITY') && last - first > 2) {
        for (let t = first + 1; t < last - 1; t++) {
          const w = tokens[t]!.text
          if (caseByCode(w.charCodeAt(0)) === -1 && PAST_PARTICIPLE.test(w) && caseByCode(tokens[t + 1]!.text.charCodeAt(0)) === 1) {
            first = t + 1
            break
          }
        }
      }
      // a name in a case that says where, whither or whence ends the span when only small words
      // follow it, none a head: "Франкфуртқа | тікелей рейстер" (the tagger ran on)
      // (in a name's types, mid-sentence and outside guillemets: "«Жалпыға бірдей игілік үшін …»"
      // is a title, "Сағатына бір киловатт" an amount)
      if ((NAME_TYPES.has(type) || type === 'FACILITY') && last - first > 1) {
        for (let t = first; t < last - 1; t++) {
          // (at a sentence's start, a known place only: "Шымкентте | облыс әкімі … кездесті")
          if (caseByCode(tokens[t]!.text.charCodeAt(0)) !== 1 || (sentenceFirst[t] === 1 && !isKnownName(lemmaOf(t))) || tokens[t - 1]?.text === '«') continue
          const lower = tokens[t]!.text.toLowerCase()
          if (!ADJUNCT_ENDING.test(lower) || !hasSuffixTag(lower, WHERE_CASES) || lemmaOf(t) === withoutSigns(lower)) continue
          let small = true
          for (let j = t + 1; j < last && small; j++) small = tokens[j]!.type === 'word' && caseByCode(tokens[j]!.text.charCodeAt(0)) === -1 && !isOrganizationHead(tokens[j]!.text.toLowerCase())
          if (small) last = t + 1
          break
        }
      }
      // before the rules: what it cuts off may hold a place of theirs ("… Ұйымының | Таяу Шығыстағы миссиясына")
      if (type === 'ORGANISATION') last = organizationEnd(tokens, first, last)
      // an institution's head in a case that says where, whence or whither ends it: "… ұлттық
      // университетінде | конференция өтті" (in the genitive it goes on: "… университетінің заң
      // факультетінде")
      if (type === 'ORGANISATION' || type === 'PRODUCT' || type === 'FACILITY') {
        for (let t = first + 1; t < last - 1; t++) {
          const lower = tokens[t]!.text.toLowerCase()
          if (caseByCode(tokens[t]!.text.charCodeAt(0)) === -1 && ADJUNCT_ENDING.test(lower) && hasSuffixTag(lower, ADJUNCT_CASES) && isOrganizationHead(lower)) {
            last = t + 1
            break
          }
        }
      }
      // an acronym with a case ending ends a name: "Екібастұздағы №1 ГРЭС-те | апат болып" (the
      // tagger ran on to "апат", an accident); a title in guillemets keeps its words («MEGA-дан
      // Jaguar ұтып ал!»), and the -дағы of an adjective ends nothing ("БАҚ-тағы үздік жарияланым")
      if (tokens[first - 1]?.text !== '«') {
        for (let t = first; t < last - 1; t++) {
          if (isAcronymWithEnding(tokens[t]!) && !PLACE_ADJECTIVE.test(tokens[t]!.text) && hasSuffixTag(tokens[t]!.text, ADJUNCT_CASES)) {
            last = t + 1
            break
          }
        }
      }
      // a name's initials go with it: "Қ. | И. Сәтбаев атындағы …"
      while (first > offset && tokens[first]!.type === 'initial' && tokens[first - 1]!.type === 'initial' && (found.at(-1)?.last ?? 0) < first) first--
      // a capitalized word in Latin letters before a name in Cyrillic text is part of it, even at
      // a sentence's start, where the tagger leaves it out: "Air | Astana әуекомпаниясы", "Freedom
      // | Finance компаниясының" (KazNERD has 6 such words outside its entities, 118 inside)
      if (!latin && LATIN_JOINS.has(type)) {
        const previous = found.at(-1)?.last ?? 0
        while (first > offset && first > previous && tokens[first - 1]!.type === 'word' && FOREIGN_NAME_WORD.test(tokens[first - 1]!.text)) first--
      }
      let kind = kazNerdType(type)
      // an "organization" that runs on through a title into a person's name is the role and the
      // person: "Мәдениет және ақпарат министрі | Аида Балаева Абай мұрасының" (KazNERD's spans
      // hold no one's name but a person's own)
      if (kind === 'ORGANIZATION') {
        for (let t = first + 1; t < last; t++) {
          // (a listed given name, or any capitalized word before a surname: "Аида | Балаева")
          if (isCapitalThenSmall(tokens[t]!.text) && isTitleHead(tokens[t - 1]!.text.toLowerCase(), lemmaOf(t - 1)) && (isGivenName(lemmaOf(t)) || (t + 1 < last && SURNAME.test(tokens[t + 1]!.text)))) {
            found.push({ first, last: t, type: 'POSITION', rule: false })
            first = t
            kind = 'PERSON'
            break
          }
        }
      }
      // a number with a word after its hyphen ends a count: "87-шақырымында | екі көлік" (KazNERD
      // has no CARDINAL that runs on past one)
      if (kind === 'CARDINAL') {
        for (let t = first; t < last - 1; t++) {
          if (!NUMBER_AND_WORD.test(tokens[t]!.text)) continue
          found.push({ first, last: t + 1, type: 'CARDINAL', rule: false })
          first = t + 1
          break
        }
      }
      // (a match's score ends no name: "жапониялық Такума Отогуроны | 4:2 есебімен жеңді")
      if (last - first > 1 && SCORE.test(tokens[last - 1]!.text) && (kind === 'ORGANIZATION' || kind === 'PERSON')) last--
      // two capitals the tagger took for an organization with no head, no guillemets and no
      // place in them are a foreign person's given name and surname: "оларда Эрлинг Холанд бар"
      // (in a case too after a place's people: "жапониялық Такума Отогуроны")
      const afterDemonym = first > 0 && tokens[first - 1]!.type === 'word' && isDemonymLemma(lemmaOf(first - 1))
      if (kind === 'ORGANIZATION' && last - first === 2 && tokens[first - 1]?.text !== '«' && tokens[last]?.text !== '»' && isForeignPersonLike(tokens, first, lemmaOf, afterDemonym)) kind = 'PERSON'
      // an "organization" that opens with a listed given name before a place is the person and
      // the rest: "«Никола | Еуропа чемпионаттарында жұмыс істеген»" (KazNERD opens no
      // organization with a given name before a place; an event's head makes the rest an event)
      if (kind === 'ORGANIZATION' && last - first > 2 && isListedGivenName(foldName(tokens[first]!.text)) && isListedPlaceOrCountry(lemmaOf(first + 1)) && !SURNAME.test(lemmaOf(first + 1))) {
        found.push({ first, last: first + 1, type: 'PERSON', rule: false })
        first++
        if (EVENT_LAST_WORD.test(tokens[last - 1]!.text.toLowerCase())) kind = 'EVENT'
      }
      // a "project" that opens with a listed given name, not a title in guillemets of its own, is
      // the person, the run of capitals: "«Нұрсұлтан | бұл жеңіске ұзақ дайындалды …»" (no KazNERD
      // project opens so)
      if (kind === 'PROJECT' && !(tokens[first - 1]?.text === '«' && tokens[offset + b]?.text === '»') && isListedGivenName(foldName(tokens[first]!.text))) {
        last = first + 1
        while (last < offset + b && isCapitalThenSmall(tokens[last]!.text)) last++
        kind = 'PERSON'
      }
      // no person, place or country opens with "in X" before more words: "Семейдегі | Әуезовтің
      // мұражайында" was one GPE (no KazNERD one does); the place is one of its own, and a
      // surname after it the person
      if ((kind === 'PERSON' || kind === 'GPE' || kind === 'LOCATION') && last - first > 1 && PLACE_ADJECTIVE.test(tokens[first]!.text) && caseByCode(tokens[first]!.text.charCodeAt(0)) === 1) {
        if (kind !== 'PERSON') found.push({ first, last: first + 1, type: kind, rule: false })
        first++
        if (SURNAME.test(lemmaOf(last - 1))) kind = 'PERSON'
        // (what is left of a place is a place only with a known one in it: "Қазақстандағы |
        // Төтенше жағдайлар …" leaves none)
        else if (kind !== 'PERSON') {
          let place = false
          for (let t = first; t < last && !place; t++) place = isListedPlaceOrCountry(lemmaOf(t))
          // (a name in Latin letters is left to the rule for those: "Түркиядағы | Hepsiburada")
          if (!place && !FOREIGN_NAME_WORD.test(tokens[first]!.text)) return
        }
      }
      // a person's name ends in a capitalized word: "Хвича Кварацхелия | айып" (of KazNERD's 1,352
      // people one ends in a small word, "Аяз ата"; "әл-Фараби" has its capital after the hyphen)
      if (kind === 'PERSON') while (last - first > 1 && tokens[last - 1]!.type === 'word' && caseByCode(tokens[last - 1]!.text.charCodeAt(0)) === -1 && !/-\p{Lu}/u.test(tokens[last - 1]!.text)) last--
      // and a given name's Russian-style surname ends it, but for a patronymic: "Ләззат Ибрагимова |
      // Орталық коммуникациялар қызметінде" ("Иван Петров Сергеевич" goes on)
      // (the first word is the given name when it is no surname itself: "Аида Балаева | Абай …")
      if (kind === 'PERSON' && last - first >= 3 && !NOMINATIVE_RUSSIAN_SURNAME.test(tokens[first]!.text) && NOMINATIVE_RUSSIAN_SURNAME.test(tokens[first + 1]!.text) && !PATRONYMIC.test(tokens[first + 2]!.text.toLowerCase())) last = first + 2
      // a surname alone ends before an adjective, the first word of another name: "Головкин |
      // Әлемдік бокс қауымдастығының вице-президенті болды" (a given name may follow it:
      // "Головкин Геннадий")
      if (kind === 'PERSON' && last - first >= 2 && NOMINATIVE_RUSSIAN_SURNAME.test(tokens[first]!.text) && ADJECTIVE_ENDING.test(tokens[first + 1]!.text.toLowerCase())) last = first + 1
      // an acronym joined to a common noun is a thing, not a body: "SMS-кодты", "IT-мамандарды"
      // (KazNERD has such words outside its entities, but for an organization's head: "IT-кеңес")
      // (nor with the small words after it: "SMS-кодты сұрамайды")
      if ((kind === 'ORGANIZATION' || kind === 'PRODUCT') && isAcronymCompound(tokens[first]!.text) && allSmallWords(tokens, first + 1, last)) return
      // nor does one end a longer name: "Astana Hub | IT-стартаптар алаңында"
      if (kind === 'ORGANIZATION' && last - first > 1 && isAcronymCompound(tokens[last - 1]!.text)) last--
      // a body's adjective that opens the sentence opens its name too: "Ұлттық | экономика
      // министрінің орынбасары қызметіне …" (the tagger took its capital for the sentence's)
      if ((kind === 'POSITION' || kind === 'ORGANIZATION') && first > 0 && sentenceFirst[first - 1] === 1 && caseByCode(tokens[first]!.text.charCodeAt(0)) === -1 && NAME_ADJECTIVES.has(tokens[first - 1]!.text.toLowerCase())) first--
      // nor a company's head in the plural, which names the kind of the names listed before it:
      // "Kaspi.kz, Halyk Bank және Beeline Қазақстан | компанияларының өкілдері" (a name's own
      // plural stays: "Қарулы Күштері", "Абай орталықтарын")
      if (kind === 'ORGANIZATION' && last - first > 1 && caseByCode(tokens[last - 2]!.text.charCodeAt(0)) === 1 && COMPANIES_HEAD.test(tokens[last - 1]!.text)) last--
      // and with its kind in lower case before it, it names no one company: "Сигэру Исиба | жапон
      // компанияларының" (Japanese companies; a name before it is someone's, found by the rules)
      else if (kind === 'ORGANIZATION' && last - first > 1 && caseByCode(tokens[last - 2]!.text.charCodeAt(0)) === -1 && COMPANIES_HEAD.test(tokens[last - 1]!.text)) {
        let end = last - 1
        while (end > first && tokens[end - 1]!.type === 'word' && caseByCode(tokens[end - 1]!.text.charCodeAt(0)) === -1) end--
        if (end === first) return
        last = end
      }
      // a "person" that ends in an institution's head is the institution named after one, and with
      // a title after it a role there: "Назарбаев Университетінің | профессоры" (KazNERD: "Цукуба
      // университетінің құрметті докторы", a POSITION)
      if (kind === 'PERSON' && last - first > 1 && orgKindOf(possessedForm(tokens[last - 1]!.text.toLowerCase())) !== undefined) {
        const end = afterTitles(last)
        kind = end > last ? 'POSITION' : 'ORGANIZATION'
        last = end
      }
      // a role ends at its title where a capitalized name follows it: "ҚХР Төрағасы | Си Цзиньпин
      // Женевада өткен кездесуде" (KazNERD's roles hold no one's name)
      if (kind === 'POSITION') {
        for (let t = first + 1; t < last; t++) {
          if (isCapitalThenSmall(tokens[t]!.text) && isTitleWord(tokens[t - 1]!.text.toLowerCase(), lemmaOf(t - 1)) && !isTitleWord(tokens[t]!.text.toLowerCase(), lemmaOf(t)) && isGivenName(lemmaOf(t))) {
            last = t
            break
          }
        }
      }
      // a role ends at its last title: "Денсаулық сақтау министрі | тұмауға қарсы екпе" (the
      // tagger ran on in a headline)
      if (kind === 'POSITION' && !isTitleHead(tokens[last - 1]!.text.toLowerCase(), lemmaOf(last - 1))) {
        let end = last - 1
        while (end > first && !isTitleHead(tokens[end - 1]!.text.toLowerCase(), lemmaOf(end - 1))) end--
        if (end > first) last = end
      }
      // a "role" with no title word is the organization up to its head: "Ғылым және жоғары білім
      // министрлігіне | хат келді" (the tagger ran on to "хат", a letter)
      if (kind === 'POSITION' && !anyTitleWord(tokens, first, last, lemmaOf)) {
        let head = last - 1
        while (head >= first && !isOrganizationHead(tokens[head]!.text.toLowerCase())) head--
        if (head > first) {
          kind = 'ORGANIZATION'
          last = head + 1
        }
        // and one that opens with a surname is the person, up to the name's last capital: "– деді
        // Сәтқалиев | брифингте" (the tagger read the speaker after "деді" as the title one often is)
        else if (caseByCode(tokens[first]!.text.charCodeAt(0)) === 1 && SURNAME.test(lemmaOf(first))) {
          kind = 'PERSON'
          last = first + 1
          while (last < sentenceEnd && caseByCode(tokens[last]!.text.charCodeAt(0)) === 1 && tokens[last]!.type === 'word') last++
        }
      }
      // an "organization" with no head of its own, its last word in no case, before a title is the
      // title's first words: "Бас мемлекеттік санитарлық | дәрігер Айжан Есмағамбетова" is a role
      // ("Ақордада | Мемлекет басшысы", "Ұлттық Ұланның | қолбасшылары" are bodies)
      if (kind === 'ORGANIZATION') {
        // (the title first: the head test reads the word's every analysis)
        const end = afterTitles(last)
        if (end > last && lemmaOf(last - 1) === tokens[last - 1]!.text.toLowerCase() && !isOrganizationHead(tokens[last - 1]!.text.toLowerCase())) {
          last = end
          kind = 'POSITION'
        }
      }
      found.push({ first, last, type: headedType(oneWordType(kind, first, last, lemmaOf, tokens), tokens, first, last, lemmaOf), rule: false })
    })
  })
  // (the first of two rules with the same span wins: «Астана» before an organization's head is
  // the organization named after the city, not the city)
  // (an organization's head by distinct word: the lexicon lists some possessed heads as lemmas)
  const bodyHeadByWord = vocabulary.views.map((v) => bodyHeadOf(v.lemma))
  const bodyRoles: Found[] = []
  // a token as the input has it: a Latin-script input's working text reads "Group" as "Гроұп",
  // "Apple" as "Аппле"
  const written = (k: number): string => text.slice(working.map(tokens[k]!.start), working.map(tokens[k]!.end))
  const rules = [...guillemetNames(tokens, lemmaOf, sentenceFirst), ...(vocabulary.views.some((v) => v.lemma === 'үкімет' || v.lemma === 'жібек') ? governmentHourAndSilkRoad(tokens, lemmaOf) : []), ...(vocabulary.views.some((v) => v.lemma === 'халық') ? peoplesTitles(tokens) : []), ...gazetteerMatches(tokens, lemmaOf, W), ...domains(tokens), ...foreignCompanies(tokens, written, sentenceFirst, lemmaOf), ...(latin ? [] : latinNamesOfCompanies(tokens)), ...(vocabulary.words.some((w) => COMPANIES_HEAD.test(w)) ? companyLists(tokens, lemmaOf, sentenceFirst) : []), ...percents(tokens, lemmaOf, amountWord), ...moneyAmounts(tokens, lemmaOf, amountWord), ...quantities(tokens, lemmaOf, amountWord), ...streets(tokens, lemmaOf), ...(vocabulary.views.some((v) => NATURAL_HEADS.has(v.lemma) || NATURAL_HEAD_FORM.test(v.lower)) ? naturalFeatures(tokens, lemmaOf, sentenceFirst) : []), ...organizationsByHead(tokens, lemmaOf, (k) => bodyHeadByWord[ids[k]!]!, sentenceFirst, bodyRoles), ...organizationsByLevel(tokens, lemmaOf, sentenceFirst), ...namedAfterPeople(tokens), ...(vocabulary.views.some((v) => EVENT_OWNERS.has(v.lemma)) ? sportsEvents(tokens, lemmaOf) : []), ...numberedStations(tokens), ...facilitiesByHead(tokens, lemmaOf, sentenceFirst), ...serviceNumbers(tokens), ...clockTimes(tokens), ...dates(tokens, lemmaOf), ...durations(tokens, lemmaOf, amountWord), ...namedPeople(tokens, lemmaOf, sentenceFirst)]
  // no rule's name runs over a paragraph break: a headline and its paragraph, a name at a
  // paragraph's end and a capital at the next one's start ("Qasım-Jomart ¶ Qasım-Jomart ŪQŞŪ-ğa"
  // was one person); the tagger reads sentences, which stay inside their paragraphs
  // (nor over a line break, where splitParagraphs and splitSentences end theirs too: a page's
  // category line "Парламент" and its headline "Мәжіліс жаңа Салық кодексін …" were one body)
  withinLines(rules, tokens, W)
  const merged = merge(
    found,
    rules,
    // (what is left of a cut name must hold a capital: checked below, after trimming it)
    (f) => {
      for (let t = f.first; t < f.last; t++) if (tokens[t]!.type !== 'punctuation' && tokens[t]!.type !== 'symbol') return true
      return false
    },
    // the words a wider span adds must look like part of a name: a capital (Қазақстан
    // Республикасы Парламенті) or a head noun (… кеңесі, … министрлігі), not "ҰҚШҰ-ға жүгіндік"
    (f, r) => {
      // a date ends or splits no name but an event's: "Әшімов | 2023-2024 жылдары пара алған" is a person
      // and a date (the tagger had one organization)
      if (r.type === 'DATE' && r.first > f.first && f.type !== 'EVENT') return false
      // a news agency's dateline ends at its dash: "ASTANA. KAZINFORM – 2025 jyly …" is a city,
      // then the agency, then the story, never one name across the dash
      if (r.kind === 'media' && r.last < f.last && isDash(tokens[r.last]!)) return false
      // a listed body's whole name ends an organization the tagger ran on past it into a capital
      // that no body's head follows: "Дүниежүзілік банк | Көкарал бөгетін биіктету жобасына …"
      if (f.type === 'ORGANIZATION' && r.type === 'ORGANIZATION' && r.canonical !== undefined && r.first === f.first && r.last < f.last && !isOrganizationHead(tokens[f.last - 1]!.text.toLowerCase())) return false
      // a body opens no law, nor a law's title ending in "туралы": "Парламент Сенаты | Бюджет
      // кодексіне өзгерістер енгізу туралы заңды қабылдады" is the body and the title (the tagger
      // had one organization)
      if ((f.type === 'LAW' || tokens[f.last - 1]!.text.toLowerCase() === 'туралы') && r.type === 'ORGANIZATION' && r.first === f.first && r.last < f.last) return false
      // a company of a list before a plural head is in no name the tagger ran over the list: "Google
      // және Amazon Web Services компаниялары" was an EVENT
      if (r.kind === 'company' && r.nominative && holdsJoiner(tokens, f.first, f.last)) return false
      // nor does a person open an event the tagger ran on into: "елшісі Мехмет Секерджи | Түркия
      // тарапы жобаға …" was one EVENT
      if (r.type === 'PERSON' && f.type === 'EVENT' && r.first === f.first && r.last < f.last) return false
      // a person ends no organization, role or place: "Білім және ғылым министрі | Асхат
      // Аймағамбетов" is a role and a person (of the train split's spans of two words or more that
      // end in a capitalized surname, 564 are people and 1 a work: an order named after one)
      if (r.type === 'PERSON' && r.last === f.last && ENDS_WITHOUT_PERSON.has(f.type)) return false
      // nor does a place in a case other than the genitive end a name of another kind: "Делегация
      // Минскіге барды" is a delegation going to Minsk, not an event
      if ((r.type === 'GPE' || r.type === 'LOCATION') && r.last === f.last && f.type !== r.type && !GENITIVE.test(tokens[r.last - 1]!.text.toLowerCase()) && tokens[r.last - 1]!.text.toLowerCase() !== lemmaOf(r.last - 1)) return false
      // nor one after a small word in a case of place, where the next clause's subject begins: "БҰҰ
      // Бас ассамблеясының 81-сессиясында | Қазақстан ұсынған …"
      // (a body's name only: a title in guillemets may end so, "«Абай және XXI ғасырдағы Қазақстан»")
      if ((r.type === 'GPE' || r.type === 'LOCATION') && r.last === f.last && f.type === 'ORGANIZATION' && r.first > f.first && tokens[f.first - 1]?.text !== '«' && caseByCode(tokens[r.first - 1]!.text.charCodeAt(0)) !== 1 && /(?:да|де|та|те|нда|нде)$/u.test(tokens[r.first - 1]!.text) && hasSuffixTag(afterHyphen(tokens[r.first - 1]!.text.toLowerCase()), WHERE_CASES)) return false
      // a country in the genitive ends a name before it and starts no place or person after it:
      // "Гидеон Саар Қазақстанның Ибраһим …" is a person, a country and more, "Қазақстанның
      // Инвестициялық саясатының …" a country and a document (KazNERD has neither inside one
      // name; only an organization may follow one: "Ресейдің Мемлекеттік думасы")
      if (r.kind === 'country' && r.last < f.last && (r.first > f.first || f.type === 'GPE' || f.type === 'PERSON') && GENITIVE.test(tokens[r.last - 1]!.text.toLowerCase())) return false
      for (let t = f.first; t < f.last; t++) {
        if (t >= r.first && t < r.last) continue
        // (a sentence's first word before a person's given name is a capital, not a name, unless it
        // is a given name too: "Боксшы | Сәкен Бибосынов", "Әнші | Роза Рымбаева"; nor is a title
        // there: "Жазушы | Дулат Исабеков")
        if (sentenceFirst[t] === 1 && r.type === 'PERSON' && t < r.first && ((isGivenName(lemmaOf(r.first)) && !isGivenName(lemmaOf(t))) || isTitleWord(tokens[t]!.text.toLowerCase(), lemmaOf(t)))) continue
        if (/^\p{Lu}/u.test(tokens[t]!.text)) return true
      }
      if (f.type === 'POSITION') return true
      // (and an event that ends in an event's head holds its body: "Біріккен Ұлттар Ұйымы Бас
      // Ассамблеясының 74-інші сессиясына", as KazNERD marks it; an anniversary its owner, "Қытай
      // Халық Республикасының 70 жылдығымен")
      if (f.type === 'EVENT' && (EVENT_LAST_WORD.test(tokens[f.last - 1]!.text.toLowerCase()) || ANNIVERSARY.test(tokens[f.last - 1]!.text.toLowerCase()))) return true
      const head = possessedForm(tokens[f.last - 1]!.text.toLowerCase())
      // a place's airport or station is the tagger's FACILITY ("Тегеран әуежайы")
      if (f.type === 'FACILITY' && FACILITY_HEADS.test(head)) return true
      return ORG_KINDS.some(([re]) => re.test(head))
    },
    (t) => isListJoiner(tokens[t]!),
  )

  let remainders: Found[] = []
  // (people that a cut of a tagger span left out, put back after the sweep, in order)
  const personsCut: Found[] = []
  // (settlement heads found per distinct word, not per token: most articles have none)
  const headOfWord = vocabulary.views.map((v) => settlementHeadOf(v.lemma))
  const places = headOfWord.some((head) => head !== undefined) ? placesByHead(tokens, lemmaOf, sentenceFirst, (k) => headOfWord[ids[k]!]) : { names: [], nominative: new Set<number>() }
  for (const f of withPlacesByHead(joinedInGuillemets(splitJoinedPeople(merged, tokens, lemmaOf), tokens), places)) {
    if (f.cut && !mendRemainder(f, tokens, lemmaOf, sentenceFirst)) continue
    // (a span a name before it has grown over is that name's: "Web of | Science", the tagger's
    // "Scopus және Web" split and joined to its small word)
    const before = remainders.at(-1)
    if (before !== undefined && before.first <= f.first && f.last <= before.last) continue
    // (what a cut leaves is typed by its own last word: "Білім және ғылым министрі" is a role)
    if (f.cut) f.type = headedType(f.type, tokens, f.first, f.last, lemmaOf)
    // a country's, a city's or a person's name alone in guillemets is something named after it,
    // most often a club or a company: "«Қайрат» «Астананы» 2:1 есебімен ұтты" (of KazNERD's one
    // words in guillemets none is a country or a person); but for a place's name before its head,
    // "«Зерделі» ықшамауданында", "«Нұр-Сұлтан» шаһарына", "«Көктал-1» деген атаумен", and a
    // place's former or present name, "бұрынғы «Алғабас» қазіргі «Зерделі» …"
    const inGuillemets = tokens[f.first - 1]?.text === '«' && tokens[f.last]?.text === '»'
    const after = inGuillemets ? headAfterGuillemets(tokens, f.last + 1) : ''
    const namesPlace = (): boolean => PLACE_HEAD_AFTER_NAME.test(after) || RENAMED.has(tokens[f.first - 2]?.text.toLowerCase() ?? '')
    // a name in guillemets before a programme's head, through its adjectives, is the programme, as
    // KazNERD has 42 of 45 such: "«Наурыз» ипотекалық бағдарламасы", "«Наурыз» және «Отау»
    // бағдарламалары" (the tagger had an EVENT and an ART); a work the tagger found stays one (a
    // TV programme's name: "«Кеш жарық» бағдарламасының жүргізушісі")
    if (inGuillemets && f.type !== 'PROJECT' && f.type !== 'ART' && programAfterGuillemets(tokens, f.last + 1)) {
      f.type = 'PROJECT'
      delete f.kind
      delete f.country
      delete f.canonical
    }
    // (before a building's head it is the building: "«Қазақстан» стадионында", "«Қазақстан» қонақүйі")
    else if (inGuillemets && (f.type === 'GPE' || f.type === 'PERSON' || f.type === 'LOCATION') && f.last - f.first === 1 && !namesPlace()) {
      f.type = FACILITY_HEAD_AFTER_NAME.test(after) ? 'FACILITY' : 'ORGANIZATION'
      delete f.kind
      delete f.country
      delete f.canonical
    } else if (inGuillemets && f.type === 'PRODUCT' && /^(?:команда|клуб|компания|шаруа)/u.test(after)) {
      // (a "product" before a team's, a company's or a farm's head is the team: "«Ювентус»
      // командасын", "«Реал Мадрид» командасын", "«Көктерек» шаруа қожалығының")
      f.type = 'ORGANIZATION'
      delete f.kind
    } else if (inGuillemets && f.type === 'ORGANIZATION' && f.last - f.first === 1 && SETTLEMENT_AFTER_NAME.test(after)) {
      // (and a name the tagger calls an organization is the place before a settlement's head:
      // "«Нұр-Сұлтан» шаһарына", "«Зерделі» ықшамауданында")
      f.type = 'GPE'
      delete f.kind
    } else if (inGuillemets && (f.type === 'ORGANIZATION' || f.type === 'PRODUCT' || f.type === 'PERSON' || f.type === 'EVENT' || f.type === 'PROJECT') && FACILITY_HEAD_AFTER_NAME.test(after)) {
      // (so is any name in guillemets before one: "«Астана Арена» стадионында", "«Арман» және
      // «Kinopark 11 Esentai» кинотеатрларында"; a listed body's name is then no longer that
      // body's: "«Жібек жолы» жаңа өткізу пункті" is no TV channel)
      f.type = 'FACILITY'
      delete f.kind
      delete f.canonical
    }
    // a tagger event or product that opens with a company's Latin name and ends in a title is a
    // role, as KazNERD marks "Bloomberg Media Group компаниясының бас атқарушы директоры": "Astana
    // Hub халықаралық технопаркінің басшысы" was an EVENT
    if (!latin && !f.rule && (f.type === 'EVENT' || f.type === 'PRODUCT') && FOREIGN_NAME_WORD.test(tokens[f.first]!.text) && f.last - f.first > 2 && isTitleWord(tokens[f.last - 1]!.text.toLowerCase(), lemmaOf(f.last - 1))) {
      f.type = 'POSITION'
      delete f.kind
    }
    // a facility or a product before a team's head is the team: "Мәскеудің ЦСКА | командасын" (a
    // FACILITY to the tagger)
    if (!f.rule && (f.type === 'FACILITY' || f.type === 'PRODUCT') && TEAM_HEAD.test(tokens[f.last]?.text.toLowerCase() ?? '')) {
      f.type = 'ORGANIZATION'
      delete f.kind
    }
    // in Cyrillic text, a tagger country, city or person in Latin letters is a company or a
    // product's maker: "Hepsiburada қосымшасына", "Kaspi Pay арқылы" (of KazNERD's 79 names in
    // Latin letters none is a person or a GPE, one a LOCATION: "Shymkent City қалашығы"); a place
    // in a case before one is the place: "Түркиядағы | Hepsiburada"
    if (!latin && !f.rule && (f.type === 'GPE' || f.type === 'PERSON')) {
      let first = f.first
      if (f.type === 'GPE' && f.last - first > 1 && tokens[first]!.text.toLowerCase() !== lemmaOf(first) && !FOREIGN_NAME_WORD.test(tokens[first]!.text)) first++
      let foreign = true
      for (let t = first; t < f.last && foreign; t++) foreign = FOREIGN_NAME_WORD.test(tokens[t]!.text)
      if (foreign && first > f.first) {
        remainders.push({ first: f.first, last: first, type: f.type, rule: false })
        f.first = first
      }
      if (foreign) {
        f.type = 'ORGANIZATION'
        delete f.kind
        delete f.country
        delete f.canonical
      }
    }
    // two one-word names joined by "and" with no body's head are two organizations: "Microsoft
    // jáne Google kompanıalarymen" (the tagger had one; KazNERD's organizations with "және" in them
    // all end in their head, "Білім және ғылым министрлігі")
    if (!f.rule && f.type === 'ORGANIZATION' && f.last - f.first === 3 && LIST_JOINERS.has(tokens[f.first + 1]!.text.toLowerCase()) && isCapitalThenSmall(tokens[f.first]!.text) && isCapitalThenSmall(tokens[f.first + 2]!.text) && !isOrganizationHead(tokens[f.first + 2]!.text.toLowerCase())) {
      remainders.push({ first: f.first, last: f.first + 1, type: 'ORGANIZATION', rule: false })
      f.first += 2
    }
    // and a Kazakh body's name ends at its head before a name in Latin letters: "Әл-Фараби атындағы
    // Қазақ ұлттық университеті | QS World University Rankings рейтингінде" (the tagger ran on;
    // the Latin name is one of its own)
    if (!latin && f.type === 'ORGANIZATION' && f.last - f.first > 2) {
      for (let t = f.first + 1; t < f.last - 1; t++) {
        if (!FOREIGN_NAME_WORD.test(tokens[t + 1]!.text) || tokens[t]!.text.charCodeAt(0) < 0x400 || !isOrganizationHead(tokens[t]!.text.toLowerCase())) continue
        remainders.push({ first: t + 1, last: f.last, type: 'ORGANIZATION', rule: false })
        f.last = t + 1
        break
      }
    }
    // a name in Latin letters ends before the Kazakh head after it, whoever found it: "Bek Air |
    // компаниясының" (KazNERD leaves компания, корпорация, әуекомпания out of all 14 such names)
    // (in Latin-script input, by the word as written)
    if (f.type === 'ORGANIZATION' && f.last - f.first > 1 && COMPANY_HEAD.test(tokens[f.last - 1]!.text.toLowerCase()) && FOREIGN_NAME_WORD.test(latin ? written(f.last - 2) : tokens[f.last - 2]!.text)) f.last--
    // (and what the tagger took for a product there is the company: "Рейсті | Air Astana |
    // авиакомпаниясы ашады")
    if (!latin && f.type === 'PRODUCT' && FOREIGN_NAME_WORD.test(tokens[f.first]!.text) && COMPANY_HEAD.test(tokens[f.last]?.text.toLowerCase() ?? '')) f.type = 'ORGANIZATION'
    // (and before its exchange's, and any Kazakh word in a case of place after it: "Nasdaq |
    // биржасында листингтен өткен")
    if (!latin && f.type === 'ORGANIZATION' && FOREIGN_NAME_WORD.test(tokens[f.first]!.text)) {
      let t = f.first + 1
      while (t < f.last && FOREIGN_NAME_WORD.test(tokens[t]!.text)) t++
      const lower = t < f.last ? tokens[t]!.text.toLowerCase() : ''
      if (t < f.last && (COMPANY_HEAD.test(lower) || lower.startsWith('биржа') || hasSuffixTag(lower, WHERE_CASES))) f.last = t
    }
    // a name in Latin letters that the tagger ran on into Kazakh words in lower case ends before
    // them (of KazNERD's names in Latin letters only a model's number, "Superjet жүз", and a role
    // go on so); an event or a product cut so before a body's head is the body: "Astana Hub |
    // халықаралық технопаркінің резиденттері биыл …" was an EVENT, "Astana Hub | резиденттері" an
    // ORGANIZATION
    if (!latin && !f.rule && f.type !== 'POSITION' && f.type !== 'DISEASE' && tokens[f.first - 1]?.text !== '«' && FOREIGN_NAME_WORD.test(tokens[f.first]!.text)) {
      let t = f.first + 1
      while (t < f.last && FOREIGN_NAME_WORD.test(tokens[t]!.text)) t++
      // (a Kazakh word, not a small Latin one inside the name: "Five hundred Startups")
      if (t < f.last && tokens[t]!.type === 'word' && tokens[t]!.text.charCodeAt(0) >= 0x400 && caseByCode(tokens[t]!.text.charCodeAt(0)) === -1 && amountWord[t] !== 1) {
        let head = false
        for (let j = t; j < f.last && !head; j++) head = tokens[j]!.type === 'word' && isOrganizationHead(tokens[j]!.text.toLowerCase())
        if (head && (f.type === 'EVENT' || f.type === 'PRODUCT')) {
          f.type = 'ORGANIZATION'
          delete f.kind
        }
        // (a person named after a title in what is cut is a person still: "Astana Hub | халықаралық
        // технопаркінің басшысы Магжан Мадиев бұл мәміле …", an EVENT to the tagger, all of it)
        // (or a listed given name's: "WTA Finals | турнирінің финалында беларусиялық Арина
        // Соболенканы 6:4 …", one EVENT too)
        for (let j = t + 1; j < f.last - 1; j++) {
          if (tokens[j]!.type !== 'word' || caseByCode(tokens[j]!.text.charCodeAt(0)) !== 1 || !(isTitleWord(tokens[j - 1]!.text.toLowerCase(), lemmaOf(j - 1)) || isListedGivenName(foldName(tokens[j]!.text)))) continue
          let end = j
          while (end < f.last && end - j < 3 && tokens[end]!.type === 'word' && caseByCode(tokens[end]!.text.charCodeAt(0)) === 1) end++
          if (end - j >= 2) personsCut.push({ first: j, last: end, type: 'PERSON', rule: false })
          break
        }
        f.last = t
      }
    }
    // a name in Latin letters takes the capitals its small words join to it: "Web of | Science
    // базаларындағы", "Bank | of America" (the tagger had "Science" alone)
    if (!latin && !f.rule && FOREIGN_NAME_WORD.test(tokens[f.first]!.text)) {
      while (f.first >= 2 && LATIN_NAME_PARTICLES.has(tokens[f.first - 1]!.text) && FOREIGN_NAME_WORD.test(tokens[f.first - 2]!.text) && (remainders.at(-1)?.last ?? 0) <= f.first - 2) f.first -= 2
      while (f.last + 1 < tokens.length && LATIN_NAME_PARTICLES.has(tokens[f.last]!.text) && FOREIGN_NAME_WORD.test(tokens[f.last + 1]!.text) && FOREIGN_NAME_WORD.test(tokens[f.last - 1]!.text)) f.last += 2
    }
    // a disease has a disease's name in it (data/ner/diseases.txt): the tagger, which saw mostly
    // the coronavirus, calls names and random words diseases ("Жогорку Кенеш", "кейінгі")
    if (f.type === 'DISEASE' && !namesDisease(tokens, f.first, f.last)) continue
    // and a disease's name alone that the tagger took for a thing is the disease, outside a name's
    // guillemets: "«Қызылша – өте жұқпалы ауру …»" (a quotation's capital) was a FACILITY
    if (!f.rule && f.last - f.first === 1 && THING_TYPES.has(f.type) && (tokens[f.first - 1]?.text !== '«' || !closesWithin(tokens, f.first, NAME_IN_GUILLEMETS_TOKENS)) && namesDisease(tokens, f.first, f.last)) {
      f.type = 'DISEASE'
      delete f.kind
    }
    // a person of one word that opens a sentence and that the training data has in lower case, a
    // common word, no given name, surname or place, is none: "Жаттығу | Жамбыл облысындағы
    // полигонында өтіп жатыр" (the tagger took the sentence's capital for a name; inside a
    // sentence such a capital is a name KazNERD has, "оның фамилиясы Құмар")
    if (!f.rule && f.type === 'PERSON' && f.last - f.first === 1 && sentenceFirst[f.first] === 1 && isCommonWordCapitalized(tokens[f.first]!.text, lemmaOf(f.first), tagger)) continue
    // and any other thing of one word that opens a quotation before a dash that says "is" is the
    // quotation's first word, no name: "«Вакцинация – балаларды қорғаудың ең сенімді жолы», – деді
    // …" (the tagger had an EVENT)
    if (!f.rule && f.last - f.first === 1 && QUOTATION_OPENER_TYPES.has(f.type) && tokens[f.first - 1]?.text === '«' && f.last < tokens.length && isDash(tokens[f.last]!)) continue
    // an amount has a number in it: "кемінде" (at least) alone is no CARDINAL (data/ner/number-words.txt)
    if (AMOUNT_TYPES.has(f.type) && !holdsNumber(tokens, f.first, f.last)) continue
    // a year's word before an amount is a date of its own: "былтыр | 2,1 миллиард долларға жетті"
    // (no KazNERD amount opens with one)
    if (AMOUNT_TYPES.has(f.type) && !f.rule && f.last - f.first > 1 && YEAR_WORDS.has(tokens[f.first]!.text.toLowerCase())) {
      remainders.push({ first: f.first, last: f.first + 1, type: 'DATE', rule: false })
      f.first++
    }
    // and a collective number before a date is a number of its own: "Олардың бесеуі | жыл соңына
    // дейін ашылады" (KazNERD has "бесеуі", "екеуі" as CARDINALs, in no span but their own)
    if (f.type === 'DATE' && !f.rule && f.last - f.first > 1 && COLLECTIVE_NUMBER.test(tokens[f.first]!.text.toLowerCase())) {
      remainders.push({ first: f.first, last: f.first + 1, type: 'CARDINAL', rule: false })
      f.first++
    }
    // and a number word after "in X" ends no place's name: "Әбілқайыр хан даңғылындағы | тоғыз
    // қабатты үйде" (KazNERD's names end in one only when it is the name's own: "Хабар жиырма төрт")
    if ((NAME_TYPES.has(f.type) || f.type === 'FACILITY') && !f.rule && f.last - f.first > 1 && amountWord[f.last - 1] === 1 && PLACE_ADJECTIVE.test(tokens[f.last - 2]!.text)) {
      let end = f.last - 1
      while (end > f.first + 1 && amountWord[end - 1] === 1) end--
      f.last = end
    }
    // a name of one word has a capital (or a digit) somewhere: "көктемгі" (of spring) is no
    // FACILITY (none of KazNERD's one-word names of these kinds is all small letters)
    if (!f.rule && f.last - f.first === 1 && LOWER_CASE_NAMELESS.has(f.type) && !CAPITAL_OR_DIGIT.test(tokens[f.first]!.text)) continue
    // nor is a direction alone before a listed place: "Кеше Шығыс | Қазақстанда жаңа көпір
    // салынды" (KazNERD leaves it out of the place: "Шығыс Қазақстан өңірінде" has the GPE
    // "Қазақстан")
    if (!f.rule && f.last - f.first === 1 && (f.type === 'GPE' || f.type === 'LOCATION') && DIRECTIONS.has(lemmaOf(f.first)) && isListedPlaceOrCountry(lemmaOf(f.first + 1))) continue
    // a one-word place the gazetteers do not know, right after a title, is its holder: "Жапония
    // императоры | Нарухитомен кездесті" (the tagger had a GPE); not a place it goes to or is in,
    // "Мемлекет басшысы | Қосшы аулына", "… | Арыстағы апат", "… | Сыр еліне"
    if (!f.rule && f.last - f.first === 1 && (f.type === 'GPE' || f.type === 'LOCATION') && f.first > 0 && tokens[f.first - 1]!.type === 'word' && caseByCode(tokens[f.first - 1]!.text.charCodeAt(0)) === -1 && isTitleWord(tokens[f.first - 1]!.text.toLowerCase(), lemmaOf(f.first - 1)) && !isListedPlaceOrCountry(lemmaOf(f.first)) && !isPlaceFolded(lemmaOf(f.first)) && !hasSuffixTag(tokens[f.first]!.text.toLowerCase(), PLACE_CASES) && !(f.last < tokens.length && (PLACE_HEADS.has(lemmaOf(f.last)) || lemmaOf(f.last) === 'ел'))) {
      f.type = 'PERSON'
      delete f.kind
      delete f.country
    }
    // nor is one letter alone a name: "A" of the flu strain "A(H1N1)" was an ORGANIZATION (no
    // KazNERD entity is a lone letter)
    if (!f.rule && f.last - f.first === 1 && tokens[f.first]!.text.length === 1 && tokens[f.first]!.type === 'word') continue
    // an amount that opens with a scale word takes the number before it: "1,5 | мыңнан астам маман"
    // (KazNERD writes decimals apart, "1 , 5", so the tagger does not know "1,5" and had "мыңнан
    // астам" alone)
    if (AMOUNT_TYPES.has(f.type) && !f.rule && f.first > 0 && tokens[f.first - 1]!.type === 'number' && SCALES.has(lemmaOf(f.first)) && (remainders.at(-1)?.last ?? 0) < f.first) f.first--
    // a number whose scale word is possessed ends there: "Олардың 30 мыңы | үш ауысымды
    // мектептерде" (thirty thousand of them; KazNERD's "жүз отыз мыңы" ends so)
    if (f.type === 'CARDINAL' && !f.rule) {
      for (let t = f.first + 1; t < f.last - 1; t++) {
        if (!POSSESSED_SCALE.test(tokens[t]!.text.toLowerCase())) continue
        f.last = t + 1
        break
      }
    }
    // a tagger date ends at a word a date can end with: "былтырғы | көрсеткіштен" (than last
    // year's figure) is "былтырғы"
    // a tagger percentage ends at its percent word, a number or a bound: "45 пайызға | қысқартпасақ"
    // (if we do not cut by 45 per cent)
    if (f.type === 'PERCENT' && !f.rule) {
      let end = f.last
      while (end > f.first + 1 && tokens[end - 1]!.type === 'word' && amountWord[end - 1] !== 1 && !SCALES.has(lemmaOf(end - 1)) && !endsPercent(tokens[end - 1]!.text.toLowerCase(), lemmaOf(end - 1))) end--
      f.last = end
    }
    // a tagger law ends at its code, article, part or title: "Қылмыстық кодекстің 190-бабы | бойынша
    // айып тағылды" (KazNERD's laws end so, never in "бойынша")
    // and starts at its capitalized title after lower-case words that are no part of it:
    // "қылмыстық іс | Қылмыстық кодекстің 189-бабы бойынша тергеліп жатыр" (the case is under the
    // code's article; a title's own words end in "туралы": "салық туралы Заң")
    if (f.type === 'LAW' && !f.rule && caseByCode(tokens[f.first]!.text.charCodeAt(0)) === -1) {
      let t = f.first + 1
      while (t < f.last && tokens[t]!.type === 'word' && caseByCode(tokens[t]!.text.charCodeAt(0)) === -1) t++
      if (t < f.last - 1 && caseByCode(tokens[t]!.text.charCodeAt(0)) === 1 && tokens[t - 1]!.text.toLowerCase() !== 'туралы') f.first = t
    }
    if (f.type === 'LAW' && !f.rule && !endsLaw(tokens[f.last - 1]!)) {
      let end = f.last - 1
      while (end > f.first && !endsLaw(tokens[end - 1]!)) end--
      // (a "law" with no such word is none: "Конференциялар лигасының плей-офф кезеңіне" is a
      // tournament's stage; every one of KazNERD's 54 laws has one)
      if (end === f.first) continue
      f.last = end
    }
    // a name that ends in "туралы" (about) is a law's title before its head, or none: "… өңірлік
    // орталығын ашу туралы | бастаманы" was an EVENT (KazNERD ends only laws so)
    // (or a law that the tagger ran on into what is said about it: "Салық кодексі | туралы")
    if (!f.rule && f.type !== 'LAW' && tokens[f.last - 1]!.text.toLowerCase() === 'туралы') {
      if (f.last - f.first > 1 && LAW_HEADS.has(lemmaOf(f.last - 2))) f.last--
      else if (f.last >= tokens.length || !LAW_HEADS.has(lemmaOf(f.last))) continue
      f.type = 'LAW'
      delete f.kind
    }
    // a tagger time that holds a unit of length, mass or the like is none: "жолының | 24-шақырымында
    // екі жеңіл" (at the 24th kilometre)
    if (f.type === 'TIME' && !f.rule) {
      let unit = false
      // (the unit may follow its number's hyphen: "24-шақырымында" is one token)
      for (let t = f.first; t < f.last && !unit; t++) unit = tokens[t]!.type !== 'punctuation' && UNIT_WORDS.has(withoutSigns(cachedLemma(afterHyphen(tokens[t]!.text.toLowerCase()))))
      if (unit) continue
      // nor does it run past a time in a case to the number after it: "түнгі сағат 02:14-те | 5,2
      // магнитудалы" (the quake's magnitude)
      let end = f.last
      while (end - f.first > 1 && tokens[end - 1]!.type === 'number' && HYPHEN_CASE.test(tokens[end - 2]!.text)) end--
      f.last = end
    }
    // "жылы" alone is "warm" or a year's, no date: "Шымкентте ауа райы | жылы | болады" (KazNERD
    // has it alone outside its dates 9 times, inside none)
    if (f.type === 'DATE' && !f.rule && f.last - f.first === 1 && tokens[f.first]!.text.toLowerCase() === 'жылы') continue
    // nor is the weather "warm": "Алматы мен Шымкентте | күн жылы | болады" (KazNERD has no "күн
    // жылы" at all)
    if (f.type === 'DATE' && !f.rule && f.last - f.first === 2 && tokens[f.first]!.text.toLowerCase() === 'күн' && tokens[f.first + 1]!.text.toLowerCase() === 'жылы') continue
    if (f.type === 'DATE' && !f.rule) {
      const endsThere = (t: number): boolean => endsDate(tokens[t]!, lemmaOf(t)) || amountWord[t] === 1
      let end = f.last
      while (end > f.first && !endsThere(end - 1)) end--
      // (nor by a bare number after a word that ends none: "былтырғы көрсеткіштен | 3 балға
      // жоғары", three points above last year's figure)
      if (end - f.first > 2 && tokens[end - 1]!.type === 'number' && /^\d+$/u.test(tokens[end - 1]!.text) && tokens[end - 2]!.type === 'word' && !endsThere(end - 2)) {
        end--
        while (end > f.first && !endsThere(end - 1)) end--
      }
      if (end === f.first) continue
      f.last = end
      // a number that ends in its scale is a count, not a date: "Стадионға | 23 мың | жанкүйер
      // жиналды" (a year is no thousands; "2 мың жыл" ends in its unit)
      if (SCALES.has(lemmaOf(end - 1)) && isBareAmount(tokens, amountWord, f.first, end)) f.type = 'CARDINAL'
    }
    // a tagger quantity ends at its unit with "with" or "in": "61 ұпаймен | көш бастап тұр" is
    // "61 ұпаймен" (the other cases go on in ranges and bounds: "жүзден … мың көрсеткішке дейін",
    // "үш келіге жуығын")
    // (and a count of things is a CARDINAL without them: "1,5 миллион | доза вакцина")
    if (f.type === 'QUANTITY' && !f.rule && f.last - f.first > 1 && COUNTED_NOUNS.has(lemmaOf(f.last - 1))) {
      f.last--
      f.type = 'CARDINAL'
    }
    if (f.type === 'QUANTITY' && !f.rule) {
      for (let t = f.first + 1; t < f.last - 1; t++) {
        const lower = tokens[t]!.text.toLowerCase()
        // (the unit right after its number: "ең көп дегенде | 13 миллиметрдей" is no unit)
        if (tokens[t]!.type === 'word' && (tokens[t - 1]!.type === 'number' || amountWord[t - 1] === 1) && caseByCode(lower.charCodeAt(0)) === -1 && hasSuffixTag(lower, WITH_OR_IN)) {
          f.last = t + 1
          break
        }
      }
    }
    // a sum names its currency (every MONEY of KazNERD does): "1,5 миллион | доза вакцина" is a
    // number of doses, its number a CARDINAL
    if (f.type === 'MONEY' && !holdsCurrency(tokens, f.first, f.last)) {
      // (a range is one number: "жиырма – қырық")
      const isNumber = (k: number): boolean => k < f.last && (/^\d/.test(tokens[k]!.text) || amountWord[k] === 1)
      // ("about" stays with its number: "шамамен 1,5 мың")
      const from = AMOUNT_OPENERS.has(tokens[f.first]!.text.toLowerCase()) ? f.first + 1 : f.first
      let end = from
      while (isNumber(end) || (end > from && end < f.last && isDash(tokens[end]!) && isNumber(end + 1))) end++
      if (end === from) continue
      f.last = end
      f.type = 'CARDINAL'
    }
    // a name in Latin letters that ends in a building's English head is the building: "Лас-Вегастағы
    // T-Mobile Arena сахнасында" (the tagger had an organization)
    if (!latin && f.canonical === undefined && f.type === 'ORGANIZATION' && f.last - f.first >= 2 && FOREIGN_NAME_WORD.test(tokens[f.first]!.text) && FOREIGN_FACILITY_HEAD.test(tokens[f.last - 1]!.text)) {
      f.type = 'FACILITY'
      delete f.kind
    }
    // a company's name in Latin letters and a model's code after it is the model, a product:
    // "Рейске Airbus A321LR ұшағы қойылады" (the tagger had an organization; KazNERD's aircraft,
    // "Superjet жүз", is a PRODUCT)
    // (and so is one before a vehicle's or a device's head: "Toyota Camry | көлігінің жүргізушісі")
    if (!latin && f.canonical === undefined && f.type === 'ORGANIZATION' && f.last - f.first >= 2 && FOREIGN_NAME_WORD.test(tokens[f.first]!.text) && FOREIGN_NAME_WORD.test(tokens[f.last - 1]!.text) && (MODEL_CODE.test(tokens[f.last - 1]!.text) || PRODUCT_HEAD.test(tokens[f.last]?.text.toLowerCase() ?? ''))) {
      f.type = 'PRODUCT'
      delete f.kind
    }
    remainders.push(f)
  }
  if (personsCut.length > 0) remainders = [...remainders, ...personsCut.filter((p) => !remainders.some((f) => f.first < p.last && p.first < f.last))].sort((a, b) => a.first - b.first)
  namesInPairs(remainders, tokens)
  if (!latin) remainders = latinNameLists(remainders, tokens)
  withCodes(remainders, tokens, lemmaOf, sentenceFirst)
  remainders = withRepeatedNames(remainders, tokens, lemmaOf, (names) => {
    // (the words whose lemma opens a name, by word number: the sweep then reads a typed array)
    const opens = new Uint8Array(vocabulary.words.length)
    vocabulary.views.forEach((v, i) => (opens[i] = names.has(v.lemma) ? 1 : 0))
    return (k) => opens[ids[k]!] === 1
  })
  remainders = withPersonsRunOn(remainders, tokens, lemmaOf)
  remainders = withRepeatedSurnames(remainders, tokens, lemmaOf, (surnames) => {
    const surnameWord = new Uint8Array(vocabulary.words.length)
    vocabulary.views.forEach((v, i) => (surnameWord[i] = surnames.has(v.lemma) ? 1 : 0))
    return (k) => surnameWord[ids[k]!] === 1
  })
  // (minister's titles by distinct word: most articles have none)
  const ministerByWord = vocabulary.views.map((v) => MINISTER_TITLES.has(v.lemma) && v.lower.length > v.lemma.length)
  if (ministerByWord.some(Boolean)) ministersRoles(remainders, tokens, lemmaOf, sentenceFirst, (k) => ministerByWord[ids[k]!]!)
  if (bodyRoles.length > 0) withBodyRoles(remainders, bodyRoles)
  // (neither joins names across a paragraph break)
  const oneParagraph = (first: number, last: number): boolean => paragraphBreakIn(tokens, W, first, last) < 0
  if (vocabulary.words.includes('»')) guillemetRoles(remainders, tokens, lemmaOf, oneParagraph)
  if (vocabulary.views.some((v) => COUNTRY_BODIES.has(v.lemma))) withCountryBodies(remainders, tokens, lemmaOf, oneParagraph)
  withCountryRoles(remainders, tokens, lemmaOf, oneParagraph)
  if (vocabulary.words.includes('(')) withAbbreviations(remainders, tokens, lemmaOf)

  const kinds = options.types ? new Set(options.types) : undefined
  const out: Entity[] = []
  const givenNamed = new Set<Entity>()
  let namedFacilities: Set<string> | undefined
  // (demonyms by distinct word: a regular expression on every token's lemma cost more than the rule)
  const demonymByWord = vocabulary.views.map((v) => isDemonymLemma(v.lemma))
  for (const f of withDemonyms(remainders, tokens, (k) => demonymByWord[ids[k]!]!)) {
    if (kinds && !kinds.has(f.type)) continue
    // a level's akimat with only the sentence's capital is no name: "Облыс әкімдігінің баспасөз
    // қызметі …", "Қала әкімдігі: «…»" (KazNERD has all ten "облыс/қала/аудан әкімдігі" outside)
    if (f.type === 'ORGANIZATION' && f.last - f.first === 2 && sentenceFirst[f.first] === 1 && PLACE_LEVELS.has(tokens[f.first]!.text.toLowerCase()) && tokens[f.first + 1]!.text.startsWith('әкімдіг')) continue
    // nor is "сағат" (o'clock) alone a time: "14 қазанда | сағат | 19:00-де" (KazNERD has it outside
    // the time after it 14 times in 15; the tagger's span there was cut by the clock time)
    if (f.type === 'TIME' && f.last - f.first === 1 && lemmaOf(f.first) === 'сағат') continue
    // nor is a common noun's acronym a name: "ЖІӨ өсімі", "ҚҚС мөлшерлемесі" (data/ner/common-acronyms.txt)
    if (f.last - f.first === 1 && COMMON_ACRONYMS.has(tokens[f.first]!.text.split('-')[0]!.toLowerCase())) continue
    // a number word alone is a count, whatever the tagger called it: "«Үш | ауысымды мектептер …»"
    // (a quotation's capital made it a name)
    if (f.last - f.first === 1 && amountWord[f.first] === 1 && !NUMERIC_TYPES.has(f.type) && !f.rule) f.type = 'CARDINAL'
    // nor is a common noun in the plural one person: "Қайрат клубы | Чемпиондар | лигасының …" (a
    // family is: "Қалдыровтар", a surname's)
    if (f.type === 'PERSON' && f.last - f.first === 1 && !f.rule && isCommonPlural(tokens[f.first]!.text)) continue
    const workingStart = f.start ?? tokens[f.first]!.start
    const workingEnd = tokens[f.last - 1]!.end
    const start = working.map(workingStart)
    const end = working.map(workingEnd)
    const spanText = text.slice(start, end)
    // a name before "мен", "бен", "пен" written apart is in the nominative, whatever it ends like:
    // "Антониу Кошта | мен кездесті" is no Кош + -та (the joined "Коштамен" takes the ending)
    if (f.type === 'PERSON' && JOINED_BY_WITH.has(tokens[f.last]?.text.toLowerCase() ?? '')) f.nominative = true
    // and so is a name in guillemets before its head, which takes the case, but for the genitive
    // of whose it is: "«Партизан» және «Црвена Звезда» клубтарын" is no Звез + -да
    if (NAMED_TYPES.has(f.type) && tokens[f.first - 1]?.text === '«' && tokens[f.last]?.text === '»' && !GENITIVE.test(tokens[f.last - 1]!.text) && isNameHead(headAfterGuillemets(tokens, f.last + 1))) f.nominative = true
    // the lemma in the input's script, of its repaired letters (see toWorkingText)
    const e: Entity = { start, end, text: spanText, type: f.type, lemma: lemmaFor(f, latin ? spanText : W.slice(workingStart, workingEnd), cachedLemma, latin, W.slice(workingStart, workingEnd), (length) => text.slice(start, working.map(workingStart + length)), tokens[f.first - 1]?.text === '«' && tokens[f.last]?.text === '»') }
    describe(e, f, tokens, lemmaOf)
    // (on the working text: a Latin name is matched in its Cyrillic form)
    if (f.last - f.first === 1 && isGivenName(lemmaOf(f.first))) givenNamed.add(e)
    // (a name in guillemets before a building's head names that building wherever it stands alone)
    if (f.type === 'FACILITY' && f.nominative) (namedFacilities ??= new Set()).add(e.lemma.toLowerCase())
    if (f.type === 'DATE') {
      const value = dateValue(tokens.slice(f.first, f.last), lemmaOf, f.first)
      if (value) e.value = value
    }
    out.push(e)
  }
  personByName(out, givenNamed)
  withDomainNames(out)
  oneTypePerWord(out, namedFacilities)
  assignCanonical(out)
  // canonical names from the gazetteers are Cyrillic: give them in the input's script
  // (in the input's alphabet: "Mäjilis" in 2021 text, not 2018's "Májilis"; 2017's apostrophes
  // are read, and written as 2018)
  if (latin) for (const e of out) if (e.canonical && /[Ѐ-ԯ]/u.test(e.canonical)) e.canonical = toLatin(e.canonical, { alphabet: working.alphabet === '2021' ? '2021' : '2018' }).text
  return out
}

/**
 * Mends what the rules left of a tagger span they cut, in place; false when nothing worth keeping
 * is left. It does not start or end with the dash or the page's separator they cut it at ("–
 * Jogorký Kenesh", "• 2 мин оқу үшін") nor, for a name, start with a sentence opener ("Kazinform
 * – Бұл туралы" leaves no name); a name must still hold a capital, and only an amount may be
 * only a number ("KAZINFORM – 2025 жылы" left "2025" as a DISEASE). What is left of "«Қазақ
 * газеттері» ЖШС Бас директоры" after the organization is a role.
 */
function mendRemainder(f: Found, tokens: Token[], lemmaOf: (k: number) => string, sentenceFirst: Uint8Array): boolean {
  while (f.first < f.last && (isDash(tokens[f.first]!) || SEPARATORS.has(tokens[f.first]!.text))) f.first++
  while (f.last > f.first && (isDash(tokens[f.last - 1]!) || SEPARATORS.has(tokens[f.last - 1]!.text))) f.last--
  if (NAMED_TYPES.has(f.type)) while (f.first < f.last && isSentenceOpener(tokens[f.first]!.text.toLowerCase())) f.first++
  if (f.first === f.last) return false
  // what is left that is only a role is a POSITION, capitals or not ("Сенатор | Серік Ақылбай")
  if (NAMED_TYPES.has(f.type) && onlyTitleWords(tokens, f, lemmaOf)) f.type = 'POSITION'
  // (a sentence's first word has a capital whatever it is: "Делегация | Минскіге барды" leaves no
  // name, "Тоқаев | Ақордада" does)
  if (NAMED_TYPES.has(f.type) && !hasCapital(tokens, f, sentenceFirst, lemmaOf)) return false
  if (!NUMERIC_TYPES.has(f.type) && onlyNumbers(tokens, f)) return false
  // what is left of a role with no title word in it is an organization up to its head
  // ("Ұлттық банкі | базалық мөлшерлемені жылдық", once a share was cut out of it), or nothing
  if (f.type === 'POSITION' && !anyTitleWord(tokens, f.first, f.last, lemmaOf)) {
    let head = f.first
    while (head < f.last && !isOrganizationHead(tokens[head]!.text.toLowerCase())) head++
    if (head === f.last || !hasCapital(tokens, { ...f, last: head + 1 }, sentenceFirst, lemmaOf)) return false
    f.last = head + 1
    f.type = 'ORGANIZATION'
  }
  f.type = oneWordType(f.type, f.first, f.last, lemmaOf, tokens)
  return true
}

/**
 * An organization the tagger ends in a title word is a POSITION: "Білім және ғылым министрі" is
 * the minister, not the ministry; one it ends in a code, a law or a constitution is a LAW ("Салық
 * кодексіне"). (Of the train split's spans that end in a title word 434 are POSITIONs and 1 an
 * organization; all 16 that end in кодекс, заң or конституция are LAWs.)
 */
function headedType(type: EntityType, tokens: Token[], first: number, last: number, lemmaOf: (k: number) => string): EntityType {
  // a "product" that ends in a university's, a ministry's … head is an organization: "Л.Н. Гумилев
  // атындағы Еуразия ұлттық университеті"
  if (type === 'PRODUCT') return ORG_KINDS.some(([re]) => re.test(possessedForm(tokens[last - 1]!.text.toLowerCase()))) ? 'ORGANIZATION' : type
  // a people the tagger ends in a body's head is the body: "Сыбайлас жемқорлыққа қарсы іс-қимыл
  // агенттігі" (KazNERD's peoples of a body end in -дегілер: "… агенттігіндегілер")
  // (of two words or more, its head no mere legal form's letters: "қазақ")
  if (type === 'NORP') {
    const head = tokens[last - 1]!.text.toLowerCase()
    return first < last - 1 && isHeadNotLegalForm(head) && !/(?:дағы|дегі|тағы|тегі)(?:лар|лер)/u.test(head) ? 'ORGANIZATION' : type
  }
  // a role the tagger ends in a league is the league: "Қазақстан Премьер-лигасының" (its
  // "премьер-" is a prime minister's to the model; KazNERD's one league, "БАҚ лига", is an
  // organization)
  if (type === 'POSITION') return LEAGUE.test(lemmaOf(last - 1)) ? 'ORGANIZATION' : type
  if (type !== 'ORGANIZATION') return type
  const lower = tokens[last - 1]!.text.toLowerCase()
  const lemma = lemmaOf(last - 1)
  if (LAW_HEADS.has(lemma)) return 'LAW'
  // (some title words are bodies too: "полиция хабарлады" names a speaker, "Табиғатты қорғау полициясы" an organization)
  return isTitleWord(lower, lemma) && !isOrganizationHead(lower) ? 'POSITION' : type
}

const LAW_HEADS = new Set(['кодекс', 'заң', 'конституция'])
/** A league's lemma, alone or after a hyphen: лига, премьер-лига. */
const LEAGUE = /(?:^|-)лига$/u
/**
 * Does the word end a LAW: its head, its article, part or clause, or its title's "туралы" (about),
 * in any case ("190-бабы", "бөлігі", "тармағына": by how the word starts after a number's hyphen,
 * since the lexicon lacks some of their forms)?
 */
function endsLaw(t: Token): boolean {
  return LAW_END.test(afterHyphen(t.text.toLowerCase()))
}
const LAW_END = /^(?:кодек|заң|конституц|конвенц|декларац|келісім|хартия|шарт|ба[пб]|бөлі[кгм]|тарма[қғ]|туралы|жөніндегі)/u

/**
 * The type of a one-word tagger entity, mended: a month is no one's name ("Қаңтар оқиғасы …", a
 * tagger PERSON, is a date; a place may be one: Қазан), and an organization's head alone is an
 * organization ("Министрлік АҚШ-қа хат жолдады", "KAZINFORM – Комиссия мүшелері …"), whatever
 * the tagger called it.
 */
function oneWordType(type: EntityType, first: number, last: number, lemmaOf: (k: number) => string, tokens: Token[]): EntityType {
  if (last - first !== 1 || NUMERIC_TYPES.has(type)) return type
  const lemma = lemmaOf(first)
  if ((type === 'PERSON' || type === 'ORGANIZATION') && monthOf(lemma) > 0) return 'DATE'
  if (ORG_HEAD_LEMMAS.has(lemma)) return 'ORGANIZATION'
  // a surname alone is a person, not a role: "– …, – деді Головкин" (the tagger read it as the
  // title a speaker after "деді" often is)
  if (type === 'POSITION' && SURNAME.test(lemma) && !isTitleWord(lemma, lemma)) return 'PERSON'
  // and a title alone is a role, not a person or a place: "Министр | Шортанды ауданына барды"
  // (all of KazNERD's 148 "министр", "президент", "әкім" alone are POSITIONs)
  // (not before a settlement's head: "көрші Жетекші | аулымен" is a village)
  if ((type === 'PERSON' || type === 'GPE' || type === 'LOCATION') && isTitleHead(lemma, lemma) && !isGivenName(lemma) && !isListedPlaceOrCountry(lemma) && !(first + 1 < tokens.length && settlementHeadOf(lemmaOf(first + 1)) !== undefined && isPossessedHead(tokens[first + 1]!.text.toLowerCase()))) return 'POSITION'
  return type
}

/** Disease stems without soft and hard signs, as the words are compared (see namesDisease). */
const DISEASE_STEMS = (diseaseStems.all ?? '').split('|').filter((x) => x !== '').map(withoutSigns)

/** Does a word of tokens [first, last) start with a disease's stem? (Without signs: Latin's ınsýlt reads back as инсулт.) */
function namesDisease(tokens: Token[], first: number, last: number): boolean {
  for (let t = first; t < last; t++) {
    const lower = withoutSigns(tokens[t]!.text.toLowerCase())
    for (const stem of DISEASE_STEMS) if (lower.startsWith(stem)) return true
  }
  return false
}

/**
 * Is a capitalized word one that KazNERD's train split has in lower case (a form the tagger
 * prepared: "жаттығу", "әуе"), and no given name, surname or listed place?
 */
function isCommonWordCapitalized(word: string, lemma: string, tagger: CompiledTagger): boolean {
  if (caseByCode(word.charCodeAt(0)) !== 1) return false
  const lower = word.toLowerCase()
  return lower !== word && tagger.prepared?.has(lower) === true && !isKnownName(lemma) && !isListedGivenName(foldName(word))
}

/** Types of things the tagger gives a quotation's first word (a capital: "«Вакцинация – …»"). */
const QUOTATION_OPENER_TYPES = new Set<EntityType>(['FACILITY', 'PRODUCT', 'PROJECT', 'EVENT', 'MISCELLANEOUS', 'ART'])

/** Types of things and bodies the tagger gives a disease's name (a capital: FACILITY, PRODUCT …). */
const THING_TYPES = new Set<EntityType>(['FACILITY', 'PRODUCT', 'PROJECT', 'ORGANIZATION', 'EVENT', 'MISCELLANEOUS', 'ART'])

/** The types that count something: they must hold a number (holdsNumber). */
const AMOUNT_TYPES = new Set<EntityType>(['CARDINAL', 'ORDINAL', 'MONEY', 'PERCENT', 'QUANTITY'])
/** Types whose spans may end in a postposition of time: "2018 жылдан бері", "екі сағаттан кейін". */
/** The most tokens a name in guillemets holds: a « closed later opens a quotation. */
const NAME_IN_GUILLEMETS_TOKENS = 12

/** Does a » close the guillemets open before token `from` within `most` tokens, before another « and the sentence's end? */
function closesWithin(tokens: Token[], from: number, most: number): boolean {
  for (let t = from; t < Math.min(tokens.length, from + most); t++) {
    const w = tokens[t]!.text
    if (w === '»') return true
    if (w === '«' || w === '.' || w === '!' || w === '?') return false
  }
  return false
}

/** A number or a time with a case after its hyphen: "02:14-те", "14:00-ден", "5-ке". */
const HYPHEN_CASE = /\d-(?:да|де|та|те|дан|ден|тан|тен|нан|нен|ға|ге|қа|ке|ның|нің|дың|дің|тың|тің)$/u

const AMOUNT_OR_TIME = new Set(['DATE', 'TIME', 'CARDINAL', 'QUANTITY', 'MONEY', 'PERCENTAGE', 'AGE'])
/** Postpositions of time after a participle's clause: салынғаннан бері, келгеннен кейін. */
const TIME_POSTPOSITION_WORDS = new Set(['бері', 'кейін', 'соң', 'бастап', 'дейін'])
/** A past participle in the ablative or the dative: салынғаннан, келгенге. */
const RELATIVE_PARTICIPLE_IN_CASE = /\p{L}(?:ған|ген|қан|кен)(?:нан|нен|ға|ге|қа|ке)$/u
/** Words that say which year, alone a DATE: last year, this year. */
const YEAR_WORDS = new Set(['былтыр', 'биыл'])
const NUMBER_STEMS = Object.values(numberWordStems).flatMap((group) => group.split('|'))
/** Roman numerals, Latin or with the Kazakh І: "XXI ғасыр", "ІІ дүниежүзілік соғыс". */
const ROMAN = /^[IVXLCDMІ]+$/u

/** Does a token of [first, last) hold a digit, a Roman numeral or a number word (екеуі, жүздеген, бірінші)? */
function holdsNumber(tokens: Token[], first: number, last: number): boolean {
  for (let t = first; t < last; t++) {
    const text = tokens[t]!.text
    if (/\d/.test(text) || ROMAN.test(text)) return true
    const lower = text.toLowerCase()
    for (const stem of NUMBER_STEMS) if (lower.startsWith(stem)) return true
  }
  return false
}

/** Is f only numbers (and punctuation)? */
function onlyNumbers(tokens: Token[], f: Found): boolean {
  for (let t = f.first; t < f.last; t++) if (tokens[t]!.type !== 'number' && tokens[t]!.type !== 'punctuation') return false
  return true
}

/** Is any word of tokens [first, last) a title word? */
function anyTitleWord(tokens: Token[], first: number, last: number, lemmaOf: (k: number) => string): boolean {
  for (let t = first; t < last; t++) if (isTitleWord(tokens[t]!.text.toLowerCase(), lemmaOf(t))) return true
  return false
}

/** Are tokens [from, to) all words in lower case (none when from = to)? */
function allSmallWords(tokens: Token[], from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (tokens[t]!.type !== 'word' || caseByCode(tokens[t]!.text.charCodeAt(0)) !== -1) return false
  return true
}

/** Adjectives and abstract nouns in -лық/-лік/-дық/-дік/-тық/-тік (Әлемдік, Ұлттық): no given names. */
const ADJECTIVE_ENDING = /\p{L}{2}(?:лық|лік|дық|дік|тық|тік)$/u
/** A Russian-style surname in the nominative, as written: Ибрагимова, Тоқаев, Мишустин. */
const NOMINATIVE_RUSSIAN_SURNAME = new RegExp(`^\\p{Lu}\\p{Ll}+(?:${RUSSIAN_SURNAME_ENDINGS})$`, 'u')

/** A company's head after its name, in lower case: компаниясы, корпорациясының, әуекомпаниясы. */
const COMPANY_HEAD = /^(?:компания|корпорация|холдинг|концерн|фирма|әуекомпания|авиакомпания|партия)/u

/** Acronyms of common nouns, which name no entity (data/ner/common-acronyms.txt), lower case. */
const COMMON_ACRONYMS = new Set(Object.values(commonAcronyms).flatMap((group) => group.split('|')))

/** Acronyms of power stations (data/ner/facility-acronyms.txt). */
const STATION_ACRONYMS = new Set(facilityAcronyms.stations?.split('|') ?? [])

/**
 * The state's honorary titles before a name are a POSITION, as KazNERD marks them: "Халық артисі |
 * Роза Рымбаева" (the tagger had the person alone at a sentence's start), "Халық жазушысы Мұхтар
 * Шаханов"; after a country in the genitive the tagger finds them ("Қазақстанның халық әртісі").
 */
function peoplesTitles(tokens: Token[]): Found[] {
  const out: Found[] = []
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (tokens[k]!.type !== 'word' || tokens[k]!.text.toLowerCase() !== 'халық' || !HONORARY_TITLE.test(tokens[k + 1]!.text)) continue
    // (after a capital, a country's or a republic's, the role is longer and the tagger's)
    const before = tokens[k - 1]
    if (before && before.type === 'word' && caseByCode(before.text.charCodeAt(0)) === 1) continue
    const name = tokens[k + 2]!
    if (name.type === 'word' && caseByCode(name.text.charCodeAt(0)) === 1 && tokens[k + 2]!.start - tokens[k + 1]!.end <= 1) out.push({ first: k, last: k + 2, type: 'POSITION', rule: true })
  }
  return out
}

/** The people's artist, writer, poet, hero, teacher, doctor, painter or composer, possessed. */
const HONORARY_TITLE = /^(?:артисі|әртісі|жазушысы|ақыны|қаһарманы|мұғалімі|дәрігері|суретшісі|композиторы)$/u

/**
 * Names KazNERD marks that open with another name's word: the parliament's "Үкімет сағаты"
 * (government hour) is an EVENT, "Үкімет үйі" (the government's building) and "Жібек жолы" (the
 * Silk Road) FACILITYs (the tagger had the government and an organization).
 */
function governmentHourAndSilkRoad(tokens: Token[], lemmaOf: (k: number) => string): Found[] {
  const out: Found[] = []
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k]!
    // (the next word right after it: a paragraph break between is no name's, withinParagraphs)
    if (t.type !== 'word' || caseByCode(t.text.charCodeAt(0)) !== 1 || tokens[k + 1]!.type !== 'word' || tokens[k + 1]!.start - t.end > 1) continue
    const first = lemmaOf(k)
    const next = tokens[k + 1]!.text
    // (before the gazetteer, whose "Jibek Joly" is a TV channel: that one is in guillemets or
    // before its head, "«Жібек жолы» телеарнасы")
    const channel = tokens[k - 1]?.text === '«' || /^(?:теле)?арна/u.test(tokens[k + 2]?.text ?? '')
    const type = first === 'үкімет' && t.text === 'Үкімет' ? (next.startsWith('сағат') ? 'EVENT' : next.startsWith('үйі') ? 'FACILITY' : undefined) : first === 'жібек' && next.startsWith('жол') && !channel ? 'FACILITY' : undefined
    if (type) out.push({ first: k, last: k + 2, type, rule: true })
  }
  return out
}

/**
 * A power station named by its number is a FACILITY: "№1 ГРЭС-те", "ГРЭС 18" (KazNERD's), "ЖЭО-2".
 * (The tagger finds some, and ran one on into what followed: "№1 ГРЭС-те апат".)
 */
function numberedStations(tokens: Token[]): Found[] {
  const out: Found[] = []
  const station = (k: number): boolean => {
    const t = tokens[k]
    // (two capitals first: a cheap test before any string is made, as most words have one or none)
    if (t?.type !== 'word' || t.text.length < 3 || caseByCode(t.text.charCodeAt(0)) !== 1 || caseByCode(t.text.charCodeAt(1)) !== 1) return false
    const hyphen = t.text.indexOf('-')
    const base = hyphen > 0 ? t.text.slice(0, hyphen) : t.text
    return base === base.toUpperCase() && STATION_ACRONYMS.has(base.toLowerCase())
  }
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.type === 'symbol' && tokens[k]!.text === '№' && tokens[k + 1]?.type === 'number' && station(k + 2)) out.push({ first: k, last: k + 3, type: 'FACILITY', rule: true })
    else if (station(k) && (tokens[k + 1]?.type === 'number' || /-\d+$/u.test(tokens[k]!.text))) out.push({ first: k, last: tokens[k + 1]?.type === 'number' ? k + 2 : k + 1, type: 'FACILITY', rule: true })
  }
  return out
}

/** Is every word of f a title word (Бас директоры, төрағасы, министр)? */
function onlyTitleWords(tokens: Token[], f: Found, lemmaOf: (k: number) => string): boolean {
  for (let t = f.first; t < f.last; t++) if (!isTitleWord(tokens[t]!.text.toLowerCase(), lemmaOf(t))) return false
  return true
}

function lemmaFor(f: Found, spanText: string, lemmaOfWord: (word: string) => string, latinText: boolean, workingText: string, inputUpTo: (workingLength: number) => string, inGuillemets: boolean): string {
  if (f.type === 'DATE' || f.type === 'TIME' || f.type === 'MONEY' || f.type === 'PERCENT' || f.type === 'QUANTITY' || f.type === 'CARDINAL' || f.type === 'ORDINAL') return spanText
  // «Қазақ газеттері» ЖШС-ның → «Қазақ газеттері» ЖШС; a domain stays as written
  // (less its case ending: "Kaspi.kz-тің" → Kaspi.kz)
  const domain = domainWithoutEnding(spanText)
  if (domain !== undefined) return domain
  // (a person's initial is no domain: "Е.Брусиловскийдің" → Е.Брусиловский)
  if ((f.type !== 'PERSON' && /^[\p{L}\p{N}-]+\.[\p{L}]{2,}$/u.test(spanText)) || f.nominative) return spanText
  // a foreign name in Latin letters in Cyrillic text takes its suffixes after a hyphen: as written
  // it has none ("Hepsiburada" is no Hepsibura + -да)
  if (!latinText && FOREIGN_LAST_WORD.test(spanText)) return spanText
  // and after its hyphen a case ending, which goes: "Astana Hub-тың" → Astana Hub
  if (!latinText && FOREIGN_WORD_AND_ENDING.test(spanText)) return spanText.slice(0, spanText.lastIndexOf('-'))
  // a person's name of two words or more whose last word reads only as an unknown stem in the
  // locative is a foreign surname whole: "Илесанми Адесида", not Адеси + -да
  if (!latinText && f.type === 'PERSON' && f.last - f.first >= 2 && readsOnlyAsLocative(spanText.slice(spanText.lastIndexOf(' ') + 1))) return spanText
  // (Latin text: as the working text reads it, see lemmaInInput)
  // (a name in guillemets keeps its plural: «Жастар» спорт кешенінің → Жастар)
  const cyrillic = latinText ? phraseLemma(workingText, lemmaOfWord, inGuillemets) : ''
  const lemma = (latinText ? lemmaInInput(workingText, cyrillic, inputUpTo) : undefined) ?? phraseLemma(spanText, lemmaOfWord, inGuillemets)
  if (f.type !== 'ORGANIZATION') return lemma
  if (!latinText) return withoutOutsidePossessor(lemma)
  // (and an organization's possessive decided there too; its letters are as many in either
  // script, "банкі" → банк, "banki" → bank)
  const bare = withoutOutsidePossessor(cyrillic)
  return bare !== cyrillic && cyrillic.startsWith(bare) ? lemma.slice(0, lemma.length - (cyrillic.length - bare.length)) : lemma
}

/**
 * An organization whose words before its head are all adjectives (NAME_ADJECTIVES) has no possessive of its own:
 * where the head has one, its possessor stood before the span ("Қазақстан | Ұлттық банкі",
 * "Ресейдің | Мемлекеттік думасы"), and the name's base form is the bare head: Ұлттық банк,
 * Мемлекеттік дума, Жоғарғы сот. (After a noun the possessive is the compound's own and stays:
 * Ұлттық экономика министрлігі, Халықаралық валюта қоры.)
 */
function withoutOutsidePossessor(lemma: string): string {
  const words = lemma.split(' ')
  if (words.length < 2 || !words.slice(0, -1).every((w) => NAME_ADJECTIVES.has(w.toLowerCase()))) return lemma
  const head = words.at(-1)!
  const bare = analyzeWord(head).find((r) => r.suffixes.length === 1 && r.suffixes[0]!.tag === 'POSS.3')
  if (!bare || bare.lemma.length < 3) return lemma
  return [...words.slice(0, -1), head[0] === head[0]!.toUpperCase() ? head[0] + bare.lemma.slice(1) : bare.lemma].join(' ')
}

/**
 * Adjectives that open bodies' names (Ұлттық банк, Мемлекеттік дума, Жоғарғы сот). Listed: an
 * ending cannot tell them, "Қауіпсіздік кеңесі" is the council of security, a noun.
 */
const NAME_ADJECTIVES = new Set(['ұлттық', 'мемлекеттік', 'халықаралық', 'республикалық', 'жоғарғы', 'конституциялық', 'федералдық', 'орталық', 'жоғары'])

/**
 * Two Cyrillic words of a capital and small letters (so no acronym), in no case (the last may be
 * in one when `lastInCase`), neither a listed place, country, organization head or sentence
 * opener: "Эрлинг Холанд", "Такума Отогуроны".
 */
function isForeignPersonLike(tokens: Token[], first: number, lemmaOf: (k: number) => string, lastInCase = false): boolean {
  for (let t = first; t < first + 2; t++) {
    const text = tokens[t]!.text
    if (tokens[t]!.type !== 'word' || !isCapitalThenSmall(text) || !/^[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+$/u.test(text)) return false
    const lemma = lemmaOf(t)
    if ((lemma !== foldName(text) && !(lastInCase && t === first + 1)) || isListedPlaceOrCountry(lemma) || ORG_HEAD_LEMMAS.has(lemma) || ORGANIZATION_HEADS.has(lemma) || isSentenceOpener(text.toLowerCase())) return false
  }
  return true
}

/** A number, a hyphen and a word of four letters or more: "87-шақырымында", "11-інші". */
const NUMBER_AND_WORD = /^\d+-\p{Ll}{4,}/u

/** A match's score: 4:2, 3:1 (not a clock time, which a name never ends in either). */
const SCORE = /^\d{1,2}:\d{1,2}$/

/** A word with an adjective's ending: Еуразиялық, Ішкі, Сыртқы, Ғылыми (a name's first word, not a noun before it). */
const ADJECTIVE_LIKE = /(?:лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі|ми|ны|ні|сыз|сіз)$/u

/** The levels of local government, as a generic akimat's first word: облыс, қала, аудан, ауыл. */
const PLACE_LEVELS = new Set(['облыс', 'қала', 'аудан', 'ауыл'])

/**
 * The names listed before a company head in the plural are companies, one each: "Siemens Energy,
 * BASF jáne Linde kompanııalarynyń basshylarymen" (in Latin-script text the tagger had a person
 * and a place, "Linde" → Lin), "Kaspi.kz, Halyk Bank және Beeline компанияларының". A name is a
 * run of up to four capitalized words (or a domain); the list's joiners are commas and "and".
 */
function companyLists(tokens: Token[], lemmaOf: (k: number) => string, sentenceFirst: Uint8Array): Found[] {
  const out: Found[] = []
  // (not a sentence's first word in a case, which only has the sentence's capital: "Форумда |
  // Microsoft және Google компанияларымен")
  const isNameToken = (k: number): boolean => {
    const t = tokens[k]!
    return (t.type === 'word' || t.type === 'url') && caseByCode(t.text.charCodeAt(0)) === 1 && !(sentenceFirst[k] === 1 && lemmaOf(k) !== foldName(t.text))
  }
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k]!.type !== 'word' || !COMPANIES_HEAD.test(tokens[k]!.text)) continue
    const names: Found[] = []
    let end = k
    while (end > 0) {
      let first = end
      while (first > 0 && end - first < 4 && isNameToken(first - 1)) first--
      if (first === end) break
      // (in the nominative, whatever they end like: the head after them takes the case)
      names.unshift({ first, last: end, type: 'ORGANIZATION', kind: 'company', rule: true, nominative: true })
      const joiner = tokens[first - 1]
      if (!joiner || (joiner.text !== ',' && !CONJUNCTIONS.has(joiner.text.toLowerCase()))) break
      end = first - 1
    }
    // (a list: one name alone before the head is latinNamesOfCompanies' and the tagger's)
    if (names.length > 1) out.push(...names)
  }
  return out
}

/** Is a token a list's comma or a conjunction: ",", "және", "мен" …? */
function isListJoiner(t: Token): boolean {
  return t.text === ',' || CONJUNCTIONS.has(t.text.toLowerCase())
}

/** Is one of tokens [first, last) a list's comma or "and"? */
function holdsJoiner(tokens: Token[], first: number, last: number): boolean {
  for (let t = first; t < last; t++) if (isListJoiner(tokens[t]!)) return true
  return false
}

/** Companies, banks, corporations, holdings in the plural, possessed, in any case: компанияларының, банктері. */
const COMPANIES_HEAD = /^(?:компания|банк|корпорация|холдинг)(?:лар|тер)[ыі]/u

/** A span that ends in a word of Latin letters with no hyphen. */
const FOREIGN_LAST_WORD = /(?:^|\s)[A-Za-z][A-Za-z0-9&'’.]*$/u

/** A span that ends in a word of Latin letters, a hyphen and a Kazakh ending: "Astana Hub-тың", "Google-дың". */
const FOREIGN_WORD_AND_ENDING = /(?:^|\s)[A-Za-z][A-Za-z0-9&'’.]*[A-Za-z0-9]-[а-яәғқңөұүһі]{1,6}$/u

/** KazNERD's label names → ours. */
function kazNerdType(label: string): EntityType {
  if (label === 'ORGANISATION') return 'ORGANIZATION'
  if (label === 'PERCENTAGE') return 'PERCENT'
  return label as EntityType
}

/**
 * Rules win over the tagger where they overlap, except that a tagger organization, facility,
 * event … (or an entity of the rule's own type) that strictly contains exactly one rule entity
 * keeps its wider span (Қазақстан Республикасы Парламенті is one organization; "ҰҚШҰ-ға
 * Қазақстан" holds two names and is not), taking the rule's country and kind when both are of
 * one type. Linear: both lists are swept in order.
 */
function merge(
  found: Found[],
  rules: Found[],
  wordy: (f: Found) => boolean,
  nameLike: (f: Found, r: Found) => boolean,
  isJoiner: (t: number) => boolean,
): Found[] {
  // rules: the first of overlapping ones wins (sorted by start, longer first)
  const kept: Found[] = []
  for (const r of [...rules].sort((a, b) => a.first - b.first || b.last - a.last)) {
    if (kept.length === 0 || r.first >= kept.at(-1)!.last) kept.push(r)
  }
  const dropped = new Uint8Array(kept.length)
  const keptFound: Found[] = []
  let j = 0
  for (const f of found) {
    // found is in order and does not overlap itself: rules before f are behind for good
    while (j < kept.length && kept[j]!.last <= f.first) j++
    let inside = 0
    let overlapping = 0
    let only = -1
    for (let k = j; k < kept.length && kept[k]!.first < f.last; k++) {
      overlapping++
      if (f.first <= kept[k]!.first && kept[k]!.last <= f.last) {
        inside++
        only = k
      }
    }
    if (overlapping === 0) {
      keptFound.push(f)
      continue
    }
    // every rule inside a longer tagger span of a type that contains names: the tagger's span
    // stands, as KazNERD annotates it ("Германияның Қазақстандағы елшісі" is one POSITION,
    // "1 АҚШ доллары" one MONEY)
    const r = kept[only]
    let contained = overlapping === inside && r !== undefined
    // … with a word of its own: "Еуропадағы Венгрияның Азиядағы" is three places, not one name
    // (or with only "and" and commas of its own: "Индиана және Батыс Вирджиния" is two states)
    let covered = 0
    for (let k = j; k < kept.length && kept[k]!.first < f.last; k++) covered += kept[k]!.last - kept[k]!.first
    if (covered >= f.last - f.first || onlyJoinersBetween(f, kept, j, isJoiner)) contained = false
    for (let k = j; contained && k < kept.length && kept[k]!.first < f.last; k++) {
      const rule = kept[k]!
      // an amount's other words are numbers, units and currencies, not name words
      // (a sum holds a country, "1 АҚШ доллары", not another amount: "екі бүтін оннан төрт тонна
      // астық" is a QUANTITY and a word, not MONEY)
      // (nor does an organization or a role hold a sum, a share or a quantity: "Ұлттық банкі …
      // мөлшерлемені жылдық 16,5 пайыз" is no role)
      contained =
        f.last - f.first > rule.last - rule.first &&
        !((f.type === 'ORGANIZATION' || f.type === 'POSITION') && MEASURED_TYPES.has(rule.type)) &&
        ((NAME_CONTAINERS.has(f.type) && !(f.type === 'MONEY' && NUMERIC_TYPES.has(rule.type))) || (inside === 1 && f.type === rule.type)) &&
        (NUMERIC_TYPES.has(f.type) || nameLike(f, rule))
    }
    if (contained && r) {
      if (inside === 1 && f.type === r.type) {
        if (r.country) f.country = r.country
        if (r.kind) f.kind = r.kind
      }
      // "AQSh-tyń prezıdenti" is one POSITION (as KazNERD annotates it), of the US; the first
      // country is whose it is ("Қытайдың Қазақстандағы елшісі": China's ambassador)
      const firstRule = kept[j]
      if ((f.type === 'POSITION' || f.type === 'MONEY') && firstRule?.country) f.country = firstRule.country
      for (let k = j; k < kept.length && kept[k]!.first < f.last; k++) dropped[k] = 1
      keptFound.push(f)
      continue
    }
    // otherwise the rules cut the tagger's span, and what is left of it keeps its type:
    // "AQSh-tyń prezıdenti" → AQSh-tyń (GPE) + prezıdenti (POSITION);
    // "Владимир Путин Мәскеуде Сергей Лавровпен" → two people and a city
    let from = f.first
    const pieces: Found[] = []
    for (let k = j; k < kept.length && kept[k]!.first < f.last; k++) {
      if (kept[k]!.first > from) pieces.push({ ...f, first: from, last: kept[k]!.first, cut: true })
      from = Math.max(from, kept[k]!.last)
    }
    if (from < f.last) pieces.push({ ...f, first: from, last: f.last, cut: true })
    keptFound.push(...pieces)
  }
  return [...kept.filter((_, k) => dropped[k] === 0), ...keptFound.filter(wordy)].sort((a, b) => a.first - b.first)
}

/**
 * Names found in pieces between one pair of guillemets whose every word is a capital, joined into
 * one: "«Реал | Мадридпен» тең ойнады" is the club, not a club and a city (of KazNERD's 91 runs of
 * two to four capitals in guillemets, 89 are inside one name: "«Нұр Отан»", "«Нест Инвестментс
 * Холдингс»").
 * The whole is the first piece's type that is no place, person or people (a club's, a project's),
 * else a place when every piece is one, else an organization.
 */
function joinedInGuillemets(found: Found[], tokens: Token[]): Found[] {
  const out: Found[] = []
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!
    let j = i
    if (tokens[f.first - 1]?.text === '«') {
      while (j + 1 < found.length && found[j + 1]!.first === found[j]!.last && found[j + 1]!.last - f.first <= 4) j++
    }
    const close = found[j]!.last
    if (j === i || tokens[close]?.text !== '»' || !allCapitals(tokens, f.first, close)) {
      out.push(f)
      continue
    }
    const pieces = found.slice(i, j + 1)
    const typed = pieces.find((p) => !PLACE_OR_PERSON.has(p.type))
    // (places alone are a place: "«Шымкент | Сити» қалашығы", "«Екінші | Павлодарда»")
    const places = pieces.every((p) => p.type === 'GPE' || p.type === 'LOCATION')
    out.push({ first: f.first, last: close, type: typed?.type ?? (places ? 'LOCATION' : 'ORGANIZATION'), ...(typed?.kind ? { kind: typed.kind } : {}), rule: pieces.some((p) => p.rule) })
    i = j
  }
  return out
}

/** Types a run of capitals in guillemets is named after, not what it is. */
const PLACE_OR_PERSON = new Set<EntityType>(['GPE', 'LOCATION', 'PERSON', 'NORP'])

function allCapitals(tokens: Token[], first: number, last: number): boolean {
  for (let t = first; t < last; t++) if (tokens[t]!.type !== 'word' || caseByCode(tokens[t]!.text.charCodeAt(0)) !== 1) return false
  return true
}

/**
 * The found people that run on into another person's surname (runsIntoSurname), each cut into
 * two: "Гилберто Мендоса | Головкиннің тәжірибесі …" after "Геннадий Головкин".
 */
function splitJoinedPeople(found: Found[], tokens: Token[], lemmaOf: (k: number) => string): Found[] {
  const people = found.filter((f) => f.type === 'PERSON' && f.last - f.first >= 2)
  if (people.length === 0) return found
  const lemmas = (f: Found): string[] => Array.from({ length: f.last - f.first }, (_, j) => lemmaOf(f.first + j))
  // (a name runs into another's surname only where the text names two or more)
  const runs =
    people.length < 2
      ? []
      : runsIntoSurname(
          people.map((f) => ({
            lemmas: lemmas(f),
            genitive: GENITIVE.test(tokens[f.last - 1]!.text.toLowerCase()),
            patronymic: tokens.slice(f.first, f.last - 1).some((t) => PATRONYMIC.test(t.text.toLowerCase())),
          })),
        )
  const split = new Set(people.filter((f, i) => runs[i] || isTwoSurnames(f, tokens, lemmaOf, people)))
  if (split.size === 0) return found
  return found.flatMap((f) => {
    if (!split.has(f)) return [f]
    const { canonical: _, ...rest } = f
    return [{ ...rest, last: f.last - 1 }, { ...rest, first: f.last - 1 }]
  })
}

/**
 * Is a two-word name two people's surnames, the second in an oblique case: "Путин | Тоқаевты
 * құттықтады", or, after "Реджеп Тайип Ердоған" and "Қасым-Жомарт Тоқаев", "Ердоған | Тоқаевты
 * Түркияға шақырды", "Тоқаев | Ердоғанмен"? (Not a surname and its given name, "Головкин
 * Геннадий", nor a name in the nominative, whose first word may be a given name that is someone's
 * surname too.)
 */
function isTwoSurnames(f: Found, tokens: Token[], lemmaOf: (k: number) => string, people: readonly Found[]): boolean {
  if (f.last - f.first !== 2) return false
  const second = tokens[f.first + 1]!.text.toLowerCase()
  // (the second a surname of the Russian pattern in a case, or another name's last word in one:
  // "Тоқаев | Ердоғанмен" after "Режеп Тайып Ердоған")
  const secondLemma = lemmaOf(f.first + 1)
  const otherSurname = (): boolean => foldName(second) !== secondLemma && people.some((p) => p !== f && p.last - p.first >= 2 && lemmaOf(p.last - 1) === secondLemma)
  if ((inflectedSurnameLength(second) < 0 && !otherSurname()) || isListedGivenName(secondLemma)) return false
  const first = lemmaOf(f.first)
  if (isListedGivenName(first)) return false
  if (NOMINATIVE_RUSSIAN_SURNAME.test(tokens[f.first]!.text)) return true
  // (someone else's surname, the last word of a longer name that starts otherwise, with no
  // surname: in "Мизамова Жаңылсын" the last word is the given name)
  return people.some((p) => p !== f && p.last - p.first >= 2 && lemmaOf(p.last - 1) === first && lemmaOf(p.first) !== first && !NOMINATIVE_RUSSIAN_SURNAME.test(tokens[p.first]!.text))
}

/**
 * A body's role (organizationsByHead's: "Қазақстан бокс федерациясының вице-президенті",
 * "Қаржы нарығын реттеу және дамыту агенттігінің төрағасы") where nothing was found but places and
 * bodies inside it, which it replaces: KazNERD marks the body and its title as one POSITION. A
 * role that overlaps a person or another role, or runs past a name, is the tagger's call. Changes
 * `found` in place, in order.
 */
function withBodyRoles(found: Found[], roles: readonly Found[]): void {
  // (one sweep: both are in text order, and a long text has thousands of names)
  const replaced = new Set<Found>()
  const added: Found[] = []
  let j = 0
  for (const role of roles) {
    if (added.length > 0 && role.first < added.at(-1)!.last) continue
    while (j < found.length && found[j]!.last <= role.first) j++
    const overlapping: Found[] = []
    for (let k = j; k < found.length && found[k]!.first < role.last; k++) overlapping.push(found[k]!)
    // (the tagger's own organization there is its call: it took the title for none of the body's)
    // (nor a people's name that opens the body's: "Қазақ | онкология және радиология … институтының
    // директоры", where the tagger had a NORP)
    if (overlapping.some((f) => replaced.has(f) || f.first < role.first || f.last > role.last || (!BODY_ROLE_PARTS.has(f.type) && !(f.type === 'NORP' && f.first === role.first)) || (f.type === 'ORGANIZATION' && !f.rule))) continue
    for (const f of overlapping) replaced.add(f)
    added.push(role)
  }
  replaceFound(found, replaced, added)
}

/**
 * `found` without the names in `replaced` and with those `added`, in text order, in place (the
 * roles of bodies and of ministers replace the names the tagger found inside them).
 */
function replaceFound(found: Found[], replaced: ReadonlySet<Found>, added: readonly Found[]): void {
  if (added.length === 0) return
  const kept = replaced.size > 0 ? found.filter((f) => !replaced.has(f)) : found.slice()
  found.length = 0
  for (const f of kept) found.push(f)
  for (const f of added) found.push(f)
  found.sort((a, b) => a.first - b.first)
}

const PLURAL_TAG: ReadonlySet<string> = new Set(['PL'])
/** Title words after a body that make no role of it. */
const NO_ROLE_TITLES = new Set(['мүше', 'өкіл', 'бас', 'кеңсе', 'қызметкер', 'маман', 'сарапшы'])

/**
 * A body named in guillemets and a title after it, through the body's head, are one role, as
 * KazNERD marks them: "« Роскосмос » басшысы", "« Алстом » компаниясының басқарма басшысы",
 * "« Хабар » арнасының директоры" (of KazNERD train's 40 runs of a name in guillemets, up to
 * three small words and a title, 16 are a POSITION so; the rest are plural people, "қорының
 * мамандары", "партиясы мүшелері", or the words say where, "агенттігінде … өкілдерінен", which
 * make none here). The name found alone is replaced. Changes `found` in place, in order.
 */
function guillemetRoles(found: Found[], tokens: Token[], lemmaOf: (k: number) => string, oneParagraph: (first: number, last: number) => boolean): void {
  const replaced = new Set<Found>()
  const added: Found[] = []
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!
    if (f.type !== 'ORGANIZATION' || tokens[f.first - 1]?.text !== '«' || tokens[f.last]?.text !== '»') continue
    // (nothing found between the name and the title: the next name starts after it)
    const limit = Math.min(tokens.length, f.last + 5, found[i + 1]?.first ?? tokens.length)
    let title = -1
    for (let k = f.last + 1; k < limit; k++) {
      const t = tokens[k]!
      if (t.type !== 'word' || caseByCode(t.text.charCodeAt(0)) !== -1) break
      const lower = t.text.toLowerCase()
      // (the reading only of a word with a suffix: the lemma says so, and a reading costs more)
      if (lemmaOf(k) !== foldName(lower) && hasSuffixTag(lower, ADJUNCT_CASES)) break
      if (isTitleWord(lower, lemmaOf(k))) {
        title = k
        // (a title of two words: "бас директоры", "басқарма төрағасы")
        while (title + 1 < limit && tokens[title + 1]!.type === 'word' && isTitleWord(tokens[title + 1]!.text.toLowerCase(), lemmaOf(title + 1)) && !hasSuffixTag(tokens[title + 1]!.text.toLowerCase(), ADJUNCT_CASES)) title++
        break
      }
    }
    // (one holder's: not plural people, "партиясы мүшелері", "кәсіпкерлер палатасының")
    if (title < 0 || PLURAL_POSSESSED.test(tokens[title]!.text) || hasSuffixTag(tokens[title]!.text.toLowerCase(), PLURAL_TAG) || NO_ROLE_TITLES.has(lemmaOf(title)) || !oneParagraph(f.first - 1, title + 1)) continue
    replaced.add(f)
    added.push({ first: f.first - 1, last: title + 1, type: 'POSITION', rule: true })
  }
  replaceFound(found, replaced, added)
}

/** A country's government and parliament by their heads' lemmas (lower case). */
const COUNTRY_BODIES = new Set(['үкімет', 'парламент', 'сенат', 'мәжіліс', 'конгресс'])

/**
 * A country and its government or parliament after it are one organization, as KazNERD marks
 * them: "Қазақстан Үкіметі", "Чехия Үкіметі", "Қазақстанның Парламентінде", "Ұлыбритания
 * Парламенті" (KazNERD has these whole ten times and never the country alone before one). The
 * body's head is capitalized and possessed. Changes `found` in place, in order.
 */
function withCountryBodies(found: Found[], tokens: Token[], lemmaOf: (k: number) => string, oneParagraph: (first: number, last: number) => boolean): void {
  const replaced = new Set<Found>()
  const added: Found[] = []
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!
    const k = f.last
    if (f.type !== 'GPE' || f.kind !== 'country' || k >= tokens.length || tokens[k]!.type !== 'word' || caseByCode(tokens[k]!.text.charCodeAt(0)) !== 1) continue
    // (one country's: "Қазақстан мен Қытай | Үкіметтері" are two governments)
    if (!COUNTRY_BODIES.has(lemmaOf(k)) || !hasSuffixTag(tokens[k]!.text.toLowerCase(), POSSESSIVE_3) || hasSuffixTag(tokens[k]!.text.toLowerCase(), PLURAL_TAG)) continue
    // (the body found alone, or nothing there)
    const next = found[i + 1]
    if ((next && next.first < k + 1 && !(next.first === k && next.last === k + 1 && next.type === 'ORGANIZATION')) || !oneParagraph(f.first, k + 1)) continue
    replaced.add(f)
    if (next && next.first === k) replaced.add(next)
    added.push({ first: f.first, last: k + 1, type: 'ORGANIZATION', ...(f.country ? { country: f.country } : {}), rule: true })
  }
  replaceFound(found, replaced, added)
}

/**
 * A country and a role right after it that opens with a title are one role, as KazNERD marks them
 * ("Ресей Президенті", "Өзбекстанның Сыртқы істер министрі"): where the country was found on its
 * own (a spelling the tagger did not learn, "Әзербайжан | Президенті"). The country is in no case
 * but the genitive. So is a tagger span of another kind that is a country and a title ("ҚХР
 * Төрағасы" was a PROJECT). Changes `found` in place, in order.
 */
function withCountryRoles(found: Found[], tokens: Token[], lemmaOf: (k: number) => string, oneParagraph: (first: number, last: number) => boolean): void {
  const replaced = new Set<Found>()
  const added: Found[] = []
  for (const f of found) {
    if (f.rule || f.type === 'POSITION' || f.type === 'GPE' || f.last - f.first !== 2 || !isTitleWord(tokens[f.first + 1]!.text.toLowerCase(), lemmaOf(f.first + 1))) continue
    const country = countryCodeOfAnySpelling(foldName(lemmaOf(f.first)))
    if (country === undefined) continue
    f.type = 'POSITION'
    f.country = country
    delete f.kind
  }
  for (let i = 0; i + 1 < found.length; i++) {
    const f = found[i]!
    const role = found[i + 1]!
    if (f.type !== 'GPE' || f.kind !== 'country' || role.type !== 'POSITION' || role.first !== f.last) continue
    const lower = tokens[f.last - 1]!.text.toLowerCase()
    if ((lemmaOf(f.last - 1) !== foldName(lower) && !GENITIVE.test(lower)) || !isTitleWord(tokens[role.first]!.text.toLowerCase(), lemmaOf(role.first)) || !oneParagraph(f.first, role.last)) continue
    replaced.add(f)
    replaced.add(role)
    added.push({ first: f.first, last: role.last, type: 'POSITION', ...(f.country ? { country: f.country } : {}), rule: true })
    i++
  }
  replaceFound(found, replaced, added)
}

/**
 * An acronym or one capitalized word in brackets right after an organization is its short name,
 * an organization too, whatever the tagger made of it: "Қазақстанның биоәртүрлілікті сақтау
 * қауымдастығы (ҚББҚ)", "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің (Антикор)" (products).
 * Not a place or a country: "… компаниясы (Ресей)" says where it is. Changes `found` in place, in
 * order.
 */
function withAbbreviations(found: Found[], tokens: Token[], lemmaOf: (k: number) => string): void {
  const added: Found[] = []
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!
    const k = f.last + 1
    if (f.type !== 'ORGANIZATION' || tokens[f.last]?.text !== '(' || tokens[k + 1]?.text !== ')') continue
    if (!isAcronymToken(tokens[k]!) && !(tokens[k]!.type === 'word' && isCapitalThenSmall(tokens[k]!.text) && !isListedPlaceOrCountry(lemmaOf(k)))) continue
    const next = found[i + 1]
    if (next && next.first === k && next.last === k + 1) {
      if (!next.rule || next.type === 'PRODUCT') next.type = 'ORGANIZATION'
    } else if (!next || next.first > k) added.push({ first: k, last: k + 1, type: 'ORGANIZATION', rule: true })
  }
  replaceFound(found, new Set(), added)
}

/** What a body's role may hold that was found on its own: its place, or the body. */
const BODY_ROLE_PARTS = new Set<EntityType>(['GPE', 'LOCATION', 'ORGANIZATION'])

/** Lemmas of a minister's titles that a ministry's field goes before. */
const MINISTER_TITLES = new Set(['министр', 'вице-министр'])

/**
 * A minister's possessed title with the ministry's field before it, from its capital, is a role
 * where nothing was found: "Денсаулық сақтау | вице-министрі" (the tagger knew "министрі" there,
 * not "вице-министрі"), "Ғылым және жоғары білім вице-министрі". Of KazNERD's 41 such runs, 36
 * are a POSITION whole, 1 the end of a longer one ("Өзбекстанның Инвестициялар … министрі"), and 4
 * open with a sentence's first word that is no field ("Бұған дейін сала министрі", "Біздің …"),
 * which starts none here. The field's first word is a capital in no case, the rest lower case.
 * Changes `found` in place, in order.
 */
function ministersRoles(found: Found[], tokens: Token[], lemmaOf: (k: number) => string, sentenceFirst: Uint8Array, isMinister: (k: number) => boolean): void {
  // (each token's name, as its index + 1: 0 is none)
  const covered = new Int32Array(tokens.length)
  found.forEach((f, i) => covered.fill(i + 1, f.first, f.last))
  const replaced = new Set<Found>()
  const added: Found[] = []
  const lowerWord = (t: number): boolean => tokens[t]!.type === 'word' && caseByCode(tokens[t]!.text.charCodeAt(0)) === -1
  for (let k = 1; k < tokens.length; k++) {
    if (covered[k] !== 0 || tokens[k]!.type !== 'word' || !isMinister(k) || caseByCode(tokens[k]!.text.charCodeAt(0)) !== -1) continue
    let first = k - 1
    // (a field of three listed with a comma and "and": "Цифрлық даму, | инновациялар және
    // аэроғарыш өнеркәсібі министрі", one POSITION in KazNERD; the tagger may have taken the
    // field's first part for a name of its own, "Цифрлық даму, инновациялар", a project)
    let comma = -1
    let and = false
    let passedFound = false
    let fieldTaken = false
    for (;;) {
      if (first <= 0 || sentenceFirst[first] === 1 || k - first >= (comma < 0 ? 6 : 9)) break
      const t = tokens[first]!
      const inFound = covered[first] === 0 ? undefined : found[covered[first]! - 1]!
      // (only the tagger's spans inside the list, past its "and", or one that is the whole field
      // right before the title, taken for a name: "KAZINFORM – | Сауда және интеграция | министрі"
      // was a project)
      if (inFound && (inFound.rule || inFound.last > k || (!and && !(inFound.last === k && FIELD_MISTAKEN_FOR.has(inFound.type))))) break
      if (inFound && inFound.last === k && FIELD_MISTAKEN_FOR.has(inFound.type)) fieldTaken = true
      if (t.text === ',' && comma < 0 && and && lowerWord(first + 1)) comma = first
      // (a postposition of occasion is no ministry's field: "Кездесу барысында | министрлер")
      else if (!lowerWord(first) || OCCASION_POSTPOSITIONS.has(t.text)) break
      if (inFound) passedFound = true
      if (t.text === 'және') and = true
      first--
    }
    if (passedFound && comma < 0 && !fieldTaken) continue
    const lead = tokens[first]!
    if (first === k - 1 && caseByCode(lead.text.charCodeAt(0)) !== 1) continue
    if (lead.type !== 'word' || caseByCode(lead.text.charCodeAt(0)) !== 1 || isSentenceOpener(lead.text.toLowerCase()) || lemmaOf(first) !== lead.text.toLowerCase()) continue
    // (a field's first word the tagger took for a name alone goes into the role: Kazinform's
    // "Sıfrlyq | damý jáne kólik mınıstri", read as Сифрлық, was a person)
    const named = covered[first] === 0 ? undefined : found[covered[first]! - 1]!
    if (named && (named.rule || (comma < 0 && !fieldTaken && (named.last - named.first !== 1 || !LEAD_MISTAKEN_FOR.has(named.type))) || named.first < first)) continue
    if (named) replaced.add(named)
    // (and what the tagger found inside the field past the comma is the role's too)
    for (let t = first + 1; t < k; t++) if (covered[t] !== 0) replaced.add(found[covered[t]! - 1]!)
    added.push({ first, last: k + 1, type: 'POSITION', rule: true })
  }
  replaceFound(found, replaced, added)
}

/**
 * Names in Latin letters listed in Cyrillic text are one organization each: "Microsoft, Google
 * және Amazon Web Services компаниялары" (the tagger had "Google және Amazon Web Services" for
 * one and missed Microsoft). An organization of Latin-letter names joined by commas or "and" is
 * cut at them; a Latin-letter name before its comma, found by nothing, joins the list when the
 * list is cut so or a company's head follows it.
 */
function latinNameLists(found: readonly Found[], tokens: Token[]): Found[] {
  const out: Found[] = []
  const isJoiner = (t: number): boolean => isListJoiner(tokens[t]!)
  for (const f of found) {
    if (f.type !== 'ORGANIZATION' || !FOREIGN_NAME_WORD.test(tokens[f.first]!.text)) {
      out.push(f)
      continue
    }
    const parts: [number, number][] = []
    let from = f.first
    let ok = true
    for (let t = f.first; t < f.last && ok; t++) {
      if (isJoiner(t)) {
        ok = t > from
        parts.push([from, t])
        from = t + 1
      } else ok = FOREIGN_NAME_WORD.test(tokens[t]!.text)
    }
    parts.push([from, f.last])
    if (!ok || from === f.last) {
      out.push(f)
      continue
    }
    const listed = parts.length > 1 || COMPANY_HEAD.test(tokens[f.last]?.text.toLowerCase() ?? '')
    const before: [number, number][] = []
    const free = out.at(-1)?.last ?? 0
    for (let k = f.first; listed && k - 2 >= free && tokens[k - 1]!.text === ','; ) {
      let j = k - 1
      while (j - 1 >= free && FOREIGN_NAME_WORD.test(tokens[j - 1]!.text)) j--
      if (j === k - 1) break
      before.unshift([j, k - 1])
      k = j
    }
    for (const [first, last] of before) out.push({ first, last, type: 'ORGANIZATION', rule: true })
    if (parts.length === 1) out.push(f)
    else for (const [first, last] of parts) out.push({ first, last, type: 'ORGANIZATION', rule: f.rule })
  }
  return out
}

/**
 * A code by its head and the capitalized word before it is a LAW where no law holds it: "Бюджет
 * кодексіне", "Салық кодексі" (the tagger took a headline's "Бюджет" for a place; what overlaps
 * it goes). Not after another capital, a longer law's: "Қазақстан Республикасы Қылмыстық
 * кодексінің", which the tagger finds with its article ("Қылмыс кодексінің 135-інші бабы").
 */
function withCodes(found: Found[], tokens: Token[], lemmaOf: (k: number) => string, sentenceFirst: Uint8Array): void {
  // (the tokens laws already hold, marked once: the rule stays linear however many codes a text names)
  let inLaw: Uint8Array | undefined
  const laws: Found[] = []
  for (let k = 1; k < tokens.length; k++) {
    if (lemmaOf(k) !== 'кодекс' || tokens[k]!.type !== 'word' || caseByCode(tokens[k]!.text.charCodeAt(0)) !== -1) continue
    const name = tokens[k - 1]!
    if (name.type !== 'word' || !isCapitalThenSmall(name.text) || lemmaOf(k - 1) !== foldName(name.text)) continue
    // (a sentence's first word has its capital anyway: "Ол | Салық кодексі мен …")
    if (k > 1 && tokens[k - 2]!.type === 'word' && caseByCode(tokens[k - 2]!.text.charCodeAt(0)) === 1 && sentenceFirst[k - 2] === 0) continue
    if (!inLaw) {
      inLaw = new Uint8Array(tokens.length)
      for (const f of found) if (f.type === 'LAW') inLaw.fill(1, f.first, f.last)
    }
    if (inLaw[k - 1] === 0 || inLaw[k] === 0) laws.push({ first: k - 1, last: k + 1, type: 'LAW', rule: true })
  }
  if (laws.length === 0) return
  // (what overlaps a code goes: the tagger's place "Бюджет")
  const inCode = new Uint8Array(tokens.length)
  for (const law of laws) inCode.fill(1, law.first, law.last)
  replaceFound(found, new Set(found.filter((f) => inCode.subarray(f.first, f.last).includes(1))), laws)
}

/** What the tagger took a ministry's field's first word for, alone. */
const LEAD_MISTAKEN_FOR = new Set<EntityType>(['PERSON', 'GPE', 'LOCATION', 'ORGANIZATION'])
/** What the tagger takes a ministry's whole field for, right before the minister's title. */
const FIELD_MISTAKEN_FOR = new Set<EntityType>(['PROJECT', 'EVENT', 'ORGANIZATION'])

/**
 * A one-word organization the tagger found right beside a person, joined by "and", is a person
 * too: "Дастан Сатпаев пен | Жорджиньо соқты" (of KazNERD's names joined so to a person, 43 are
 * people and 5 roles, none an organization); and one beside a place is a place: "Милан | мен
 * Валенсиядағы театрларда" (of its one-word names joined so to a place, 175 of 177 are places).
 * A name a rule found (a gazetteer's) stays.
 */
function namesInPairs(found: Found[], tokens: Token[]): void {
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!
    // (or two or three capitals with no organization's head: "Бақтиёр Зайнутдинов пен | Исламбек Құат
    // соқты"; of KazNERD's such runs joined to a person, 64 are people and 2 roles)
    if (f.type !== 'ORGANIZATION' || f.rule || f.last - f.first > 3 || !allCapitalThenSmall(tokens, f.first, f.last) || (f.last - f.first > 1 && isOrganizationHead(tokens[f.last - 1]!.text.toLowerCase()))) continue
    const before = found[i - 1]
    const after = found[i + 1]
    const joined = (a: Found | undefined, b: Found | undefined): boolean => a !== undefined && b !== undefined && a.last + 1 === b.first && PAIR_JOINERS.has(tokens[a.last]!.text.toLowerCase())
    if ((before?.type === 'PERSON' && joined(before, f)) || (after?.type === 'PERSON' && joined(f, after))) {
      f.type = 'PERSON'
      delete f.kind
    } else if (f.last - f.first === 1 && ((before?.type === 'GPE' && joined(before, f)) || (after?.type === 'GPE' && joined(f, after)))) {
      f.type = 'GPE'
      delete f.kind
    }
  }
}

function allCapitalThenSmall(tokens: Token[], first: number, last: number): boolean {
  for (let t = first; t < last; t++) if (!isCapitalThenSmall(tokens[t]!.text)) return false
  return true
}

/** "And" between two names: мен, пен, бен, және. */
const PAIR_JOINERS = new Set(['мен', 'пен', 'бен', 'және'])

/** Types whose names never end in a person's name (a work or an award may: «… Нұрсұлтан Назарбаев» ордені). */
const ENDS_WITHOUT_PERSON = new Set<EntityType>(['ORGANIZATION', 'POSITION', 'GPE', 'LOCATION'])

/** Head nouns of facilities named after a place: Тегеран әуежайы, Алматы вокзалы, Астана Арена стадионы. */
const FACILITY_HEADS = /^(?:әуежайы|вокзалы|стадионы|порты|теміржол вокзалы)$/u

/** –, —, - standing alone (a dash between words, not a hyphen inside one). */
/**
 * Do the tokens from `close` read "», – деді …" (or деп, дейді, деген): a closing guillemet, a
 * comma and a dash before a verb of saying, as a direct quotation ends?
 */
function isQuotationBeforeCue(tokens: Token[], close: number): boolean {
  if (tokens[close]?.text !== '»' || tokens[close + 1]?.text !== ',') return false
  const dash = tokens[close + 2]
  const verb = tokens[close + 3]
  return dash !== undefined && isDash(dash) && verb !== undefined && SAYING.test(verb.text)
}

/** English heads of buildings at a Latin name's end: T-Mobile Arena, Wembley Stadium, Madison Square Garden. */
const FOREIGN_FACILITY_HEAD = /^(?:Arena|Stadium|Hall|Garden|Airport|Tower|Plaza|Palace)$/u

/** Heads of vehicles and devices after a model's name: көлігі, автокөлігі, ұшағы, смартфоны … (any form). */
const PRODUCT_HEAD = /^(?:көлі[гк]|автокөлі[гк]|ұша[ғқ]|смартфон|телефон|автобус)/u

/** A model's code in Latin letters and digits: A321LR, X5, 737-800 (a digit in it). */
const MODEL_CODE = /^(?=[A-Za-z-]*\d)[A-Z\d][A-Za-z\d-]*$/u

/** Do tokens [first, last] (the one after the span too) hold a dash? */
function holdsOrEndsBeforeDash(tokens: Token[], first: number, last: number): boolean {
  for (let t = first; t <= last && t < tokens.length; t++) if (isDash(tokens[t]!)) return true
  return false
}

/** Do tokens [first, last) hold a lower-case word in a case of its own (бейнесін, сахнаға), a clause's, no name's? */
function holdsClauseWord(tokens: Token[], first: number, last: number): boolean {
  for (let t = first; t < last; t++) if (tokens[t]!.type === 'word' && caseByCode(tokens[t]!.text.charCodeAt(0)) === -1 && hasSuffixTag(tokens[t]!.text, ADJUNCT_CASES)) return true
  return false
}

/** The first » from token k on, within a quotation's length on its line, or -1. */
function closingGuillemet(tokens: Token[], k: number): number {
  for (let t = k; t < tokens.length && t - k < 80; t++) {
    const w = tokens[t]!.text
    if (w === '»') return t
    if (w === '«') return -1
  }
  return -1
}

/** Is a word all capitals, two letters or more: ЦСКА, СКА, ҚТЖ? */
function isAllCapitals(word: string): boolean {
  return ALL_CAPITALS.test(word)
}
const ALL_CAPITALS = /^\p{Lu}[\p{Lu}\d]+$/u

/** деді, деп, дейді, деген, деді де … as written after a quotation's dash. */
const SAYING = /^(?:деді|деп|дейді|деген|дейт|деді-дағы)/u

function isDash(t: Token): boolean {
  return t.text === '–' || t.text === '—' || t.text === '-'
}

/** Are the tokens of f that no rule from kept[j] on covers only conjunctions and commas (at least one)? */
function onlyJoinersBetween(f: Found, kept: Found[], j: number, isJoiner: (t: number) => boolean): boolean {
  let k = j
  let joiners = 0
  for (let t = f.first; t < f.last; t++) {
    while (k < kept.length && kept[k]!.last <= t) k++
    if (k < kept.length && kept[k]!.first <= t) continue
    if (!isJoiner(t)) return false
    joiners++
  }
  return joiners > 0
}

/** A piece left of a name the rules cut must still hold a capital: "Сергей Лавровпен" stays, "жүгіндік" goes. */
function hasCapital(tokens: Token[], f: Found, sentenceFirst: Uint8Array, lemmaOf: (k: number) => string): boolean {
  // (a quotation's first word has one too: "«Жігіттер | Азия ойындарына …»" leaves no name)
  for (let t = f.first; t < f.last; t++) if (/^\p{Lu}/u.test(tokens[t]!.text) && ((sentenceFirst[t] === 0 && !(sentenceFirst[t - 1] === 1 && tokens[t - 1]!.text === '«')) || isKnownName(lemmaOf(t)))) return true
  return false
}

/**
 * Is a folded lemma a surname, a listed given name, place or country, or an organization's head
 * (Үкімет, Мәжіліс): a name even at a sentence's start, where every word has a capital?
 */
function isKnownName(lemma: string): boolean {
  return SURNAME.test(lemma) || isGivenName(lemma) || isListedPlaceOrCountry(lemma) || ORGANIZATION_HEADS.has(lemma)
}

/**
 * A head noun as ORG_KINDS spells it, with its possessive but without the case after it:
 * сотында → соты, әкімдігімен → әкімдігі, министрлігі → министрлігі.
 */
function possessedForm(lower: string): string {
  const reading = bestReading(lower)
  if (!reading) return lower
  const p = reading.suffixes.findIndex((s) => s.tag === 'POSS.3')
  if (p < 0) return lower
  let outer = 0
  for (const s of reading.suffixes.slice(p + 1)) outer += s.text.length
  return lower.slice(0, lower.length - outer)
}

/**
 * Is the word a known noun in a case that says where or whence, as a sentence's first word before
 * a surname is: "Финалда | Рыбакина", "Кездесуде | Тоқаев" (a name takes its case on its last word
 * only; a given name that only reads so is listed, "Аида" as Аи + -да, or has no known lemma,
 * "Дильда" as Диль + -да; the instrumental is left out: "Дәрмен" reads as дәр + -мен).
 */
function isWhereOrWhenceNoun(t: Token): boolean {
  if (t.type !== 'word' || !isCapitalThenSmall(t.text) || isListedGivenName(foldName(t.text))) return false
  const reading = bestReading(t.text)
  const tag = reading?.suffixes.at(-1)?.tag
  return (tag === 'LOC' || tag === 'ABL') && lexiconWeight(reading!.lemma.toLowerCase()) > 0
}

/** Cases no name of two words or more begins with (see entitiesOf). */
const LEADING_CASES: ReadonlySet<string> = new Set(['LOC', 'ABL', 'INS'])

const DATIVE_CASE: ReadonlySet<string> = new Set(['DAT'])

/**
 * Is a token a capitalized word whose best reading ends in one of LEADING_CASES (Ақордада,
 * Мәскеуден)? Not the dative ("Жемқорлыққа қарсы іс-қимыл агенттігі") nor the accusative
 * ("Табиғатты қорғау полициясы"), which begin names.
 */
function startsNoName(t: Token): boolean {
  if (t.type !== 'word' || !isCapitalThenSmall(t.text)) return false
  const tag = bestReading(t.text)?.suffixes.at(-1)?.tag
  return tag !== undefined && LEADING_CASES.has(tag)
}

/** Amounts that no organization's or role's name holds. */
const MEASURED_TYPES = new Set<EntityType>(['MONEY', 'PERCENT', 'QUANTITY'])
/** Amounts, dates and times: a rule inside one of the tagger's spans of the same type ("60 – 70%") does not cut it. */
const NUMERIC_TYPES = new Set<EntityType>(['MONEY', 'PERCENT', 'QUANTITY', 'CARDINAL', 'ORDINAL', 'DATE', 'TIME'])

/**
 * Types whose names contain places or organizations: a wider one keeps the name inside it, as
 * KazNERD annotates (Қазақстан Президенті is one POSITION, 1 АҚШ доллары one MONEY). A person
 * never contains a city.
 */
const NAME_CONTAINERS = new Set<EntityType>(['ORGANIZATION', 'FACILITY', 'EVENT', 'LAW', 'PROJECT', 'ART', 'PRODUCT', 'MISCELLANEOUS', 'POSITION', 'NORP', 'MONEY'])

interface GazetteerEntry {
  lemmas: string[]
  type: EntityType
  kind: string
  country?: string
  canonical: string
}

let gazetteer: Map<string, GazetteerEntry[]> | undefined

/** Gazetteer entries by the lemma of their first word, longest first. */
function gazetteerIndex(): Map<string, GazetteerEntry[]> {
  if (gazetteer) return gazetteer
  const index = new Map<string, GazetteerEntry[]>()
  const addLemmas = (lemmas: string[], entry: Omit<GazetteerEntry, 'lemmas'>): void => {
    if (!index.has(lemmas[0]!)) index.set(lemmas[0]!, [])
    index.get(lemmas[0]!)!.push({ ...entry, lemmas })
  }
  const addForm = (name: string, entry: Omit<GazetteerEntry, 'lemmas'>): void => {
    const words = name.split(/\s+/)
    const lemmas = words.map((w) => foldName(lemmatize(w)))
    addLemmas(lemmas, entry)
    // a name's head in the possessive loses it before a case: "Сауд Арабиясы" is lemmatized as
    // written, "Сауд Арабиясындағы" to Арабия — so the head matches either way
    if (words.length < 2) return
    const bare = analyzeWord(words.at(-1)!).find((r) => r.suffixes.length === 1 && r.suffixes[0]!.tag === 'POSS.3')
    const head = bare && foldName(bare.lemma)
    if (head && head !== lemmas.at(-1)) addLemmas([...lemmas.slice(0, -1), head], entry)
  }
  // each name is also matched as Latin-script text reads it (the stages read it through toCyrillic)
  const add = (name: string, entry: Omit<GazetteerEntry, 'lemmas'>): void => {
    addForm(name, entry)
    for (const form of nameForms(name)) addForm(form, entry)
  }
  // (a country's first name in countries.tsv is its canonical one; the other spellings the press
  // uses, country-spellings.tsv, are the gazetteer's only: the tagger's features know countries.tsv's)
  const primary = new Map<string, string>()
  for (const pair of [...countryNames.split('|'), ...countrySpellings.split('|')]) {
    const code = pair.slice(0, 2)
    const name = pair.slice(3)
    if (!primary.has(code)) primary.set(code, name)
    add(name, { type: 'GPE', kind: 'country', country: code, canonical: primary.get(code)! })
  }
  for (const row of placeRows.split('|')) {
    const [name, type, kind, country] = row.split('\t') as [string, EntityType, string, string]
    add(name, { type, kind, ...(country !== '-' ? { country } : {}), canonical: name })
  }
  for (const { abbr, full, kind } of organizationEntries()) {
    const canonical = full !== '-' ? full : abbr
    if (abbr !== '-') add(abbr, { type: 'ORGANIZATION', kind, canonical })
    if (full !== '-') add(full, { type: 'ORGANIZATION', kind, canonical })
  }
  for (const list of index.values()) list.sort((a, b) => b.lemmas.length - a.lemmas.length)
  return (gazetteer = index)
}

/** Gazetteer names in the text, on lemmas; a match must start with a capital (Хабар, not хабар). */
function gazetteerMatches(tokens: Token[], lemmaOf: (k: number) => string, text: string): Found[] {
  const index = gazetteerIndex()
  const out: Found[] = []
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!
    if (t.type !== 'word' && t.type !== 'url') continue
    // names start with a capital (by code for the common alphabets, else by conversion)
    const letterCase = caseByCode(t.text.charCodeAt(0))
    if (letterCase === -1 || (letterCase === 0 && t.text[0] === t.text[0]!.toLowerCase())) continue
    const candidates = index.get(lemmaOf(k))
    if (!candidates) continue
    for (const entry of candidates) {
      let ok = true
      for (let j = 1; j < entry.lemmas.length; j++) {
        // (within a line: a page's category "Парламент" is no part of the headline's "Мәжіліс …")
        if (k + j >= tokens.length || lemmaOf(k + j) !== entry.lemmas[j] || lineBreakBefore(tokens, text, k + j)) {
          ok = false
          break
        }
      }
      if (!ok) continue
      let first = k
      let last = k + entry.lemmas.length
      // a region or district is a place of its own: Алматы облысы, Батыс Қазақстан облысы, Іле ауданы
      // (the place in the nominative and the unit possessed: "Шымкентте | облыс әкімі" is the
      // regional governor in Shymkent)
      const unit = last < tokens.length && !/^(?:облыс|аудан)$/u.test(tokens[last]!.text.toLowerCase()) && lemmaOf(last - 1) === withoutSigns(tokens[last - 1]!.text.toLowerCase()) ? lemmaOf(last) : ''
      // (a river's or a mountain's name too names a district: "Іле | ауданында"; a region is in the
      // place's country, Kazakhstan when it has none: "Ташкент облысы" is Uzbekistan's)
      // (a district's head stays out of its span, as KazNERD has it 54 times to 1: "Арал |
      // ауданында"; a region's is in it)
      if ((entry.type === 'GPE' || entry.type === 'LOCATION') && unit === 'аудан') {
        out.push({ first, last, type: 'GPE', kind: 'district', country: entry.country ?? 'KZ', canonical: entry.canonical, rule: true })
      } else if ((entry.type === 'GPE' || entry.type === 'LOCATION') && unit === 'облыс') {
        if (first > 0 && DIRECTIONS.has(lemmaOf(first - 1))) first--
        last++
        const name = tokens.slice(first, last).map((t) => t.text).join(' ')
        out.push({ first, last, type: 'GPE', kind: 'region', country: entry.country ?? 'KZ', canonical: lemmatizePhrase(name), rule: true })
      } else {
        out.push({ first, last, type: entry.type, kind: entry.kind, ...(entry.country ? { country: entry.country } : {}), canonical: entry.canonical, rule: true })
      }
      k = last - 1
      break
    }
  }
  return out
}

/** Types whose names are capitalized in Kazakh. */
const CAPITALIZED_TYPES = new Set<EntityType>(['PERSON', 'ORGANIZATION', 'GPE', 'LOCATION', 'FACILITY'])

/** … and the other proper names: what the rules leave of one of these must still hold a capital. */
const NAMED_TYPES = new Set<EntityType>([...CAPITALIZED_TYPES, 'PROJECT', 'EVENT', 'ART', 'PRODUCT', 'LAW'])

/** Words of direction that begin region names: Батыс Қазақстан облысы. */
const DIRECTIONS = new Set(['батыс', 'шығыс', 'солтүстік', 'оңтүстік', 'орталық'])

/** Legal forms that make «Name» + form one organization: «Қазақ газеттері» ЖШС. */
const LEGAL_FORMS = new Set(['жшс', 'ақ', 'ұк', 'жақ', 'кеақ', 'жк', 'тоо', 'ао', 'ооо', 'шқ', 'мкқк', 'рмк', 'кмм', 'мкк', 'ркқк', 'кмк'])
/** Heads after «Name» that make the name inside the marks a media organization: «Egemen Qazaqstan» газеті. */
const MEDIA_HEADS = new Set(['газет', 'газеті', 'журнал', 'журналы', 'телеарна', 'телеарнасы', 'агенттік', 'агенттігі', 'портал', 'порталы', 'сайт', 'сайты', 'радио', 'радиосы', 'арна', 'арнасы', 'басылым', 'басылымы'])

/** An organization's head noun within `limit` words from `from`: its end and kind (корпорациясына → company). */
function orgHeadAfter(tokens: Token[], from: number, limit: number, sentenceFirst: Uint8Array): { end: number; kind?: string } | undefined {
  for (let j = from; j < tokens.length && j < from + limit; j++) {
    const t = tokens[j]!
    // (in its own sentence: a headline's «…» is no name of the body the next line opens with,
    // "… «Жасанды интеллект … алады»\n\nНазарбаев Университетінің профессоры …")
    if (t.type !== 'word' || sentenceFirst[j] === 1) return undefined
    const form = possessedForm(t.text.toLowerCase())
    // legal forms are whole words (ұрпақ does not end in an "АҚ")
    if (LEGAL_FORMS.has(form)) return { end: j + 1, kind: 'company' }
    for (const [re, kind] of ORG_KINDS) if (re.test(form) && !LEGAL_FORM_ENDING.test(form)) return { end: j + 1, kind }
    if (INSTITUTION_HEADS.test(form)) return { end: j + 1 }
  }
  return undefined
}

/**
 * Where a tagger's organization ends: at its genitive, when the words after it end in a common
 * noun that heads no organization — the name governs that noun, it does not contain it: "Ресейдің
 * Мемлекеттік думаның | қарауына", "Шанхай сегіздігінің | саммитінде", "Біріккен Ұлттар
 * Ұйымының | Таяу Шығыстағы миссиясына". With a head the noun is the organization's own:
 * "Семейдің медицина академиясымен", "Алматы облысының әкімдігі". (Of the 617 organizations of
 * KazNERD's train split, 8 have a genitive and end in a small letter; all 8 end in such a head.)
 */
function organizationEnd(tokens: Token[], first: number, last: number): number {
  const end = tokens[last - 1]!
  if (end.type !== 'word' || caseByCode(end.text.charCodeAt(0)) !== -1 || isOrganizationHead(end.text.toLowerCase())) return last
  for (let k = last - 2; k >= first; k--) if (tokens[k]!.type === 'word' && GENITIVE.test(tokens[k]!.text.toLowerCase())) return k + 1
  return last
}

/** Is a lower-case word an organization's head noun, whatever case follows its possessive (министрлігінің, академиясымен, факультетінде)? */
/** A legal form's letters, which end many words: "Қазақ" is no "АҚ", "жшс" is no head of its own here. */
const LEGAL_FORM_ENDING = /(?:жшс|ақ)$/u

/** An organization's head (isOrganizationHead) that does not merely end like a legal form ("Қазақ"). */
function isHeadNotLegalForm(lower: string): boolean {
  return !LEGAL_FORM_ENDING.test(lower) && isOrganizationHead(lower)
}

function isOrganizationHead(lower: string): boolean {
  const form = possessedForm(lower)
  return ORG_KINDS.some(([re]) => re.test(form)) || INSTITUTION_HEADS.test(form) || MEDIA_HEADS.has(form) || analyzeWord(lower).some((a) => ORGANIZATION_HEADS.has(a.lemma))
}

/** Heads of named institutions besides ORG_KINDS (орталығы also means "centre": only after a «Name»). */
const INSTITUTION_HEADS = /(орталығы|ұйымы|кәсіпорны|мекемесі|комбинаты|қызметі|палатасы|федерациясы|театры|мұражайы|кітапханасы|клубы|ауруханасы|емханасы)$/u

function guillemetNames(tokens: Token[], lemmaOf: (k: number) => string, sentenceFirst: Uint8Array): Found[] {
  const out: Found[] = []
  for (let k = 0; k < tokens.length; k++) {
    // (or straight marks, a title inside a quotation: «"Қарақыз" фильмі бас жүлдені алған еді»)
    const opening = tokens[k]!.text
    if (opening !== '«' && opening !== '"') continue
    const closing = opening === '«' ? '»' : '"'
    let close = k + 1
    // (a law's title may be long: "«Қазақстан Республикасының кейбір заңнамалық актілеріне … енгізу
    // туралы» заң жобасын"; other names have fewer than ten words)
    while (close < tokens.length && close - k < 32 && tokens[close]!.text !== closing && tokens[close]!.text !== opening) close++
    if (close >= tokens.length || tokens[close]!.text !== closing || close === k + 1) continue
    const head = tokens[close + 1]
    if (!head) continue
    // (a title's head may follow a word that qualifies it, "«Еуразия» халықаралық кинофестивалі",
    // in the singular: "«Абай жолы» халықаралық фестивальдарға барады" is the play going to them)
    const qualified = TITLE_QUALIFIERS.has(head.text.toLowerCase()) && tokens[close + 2]?.type === 'word' && !hasSuffixTag(tokens[close + 2]!.text.toLowerCase(), PLURAL_TAG)
    let headAt = qualified ? close + 2 : close + 1
    // (and a work's noun before an event's head names the event: "… кітап | көрмесі")
    if (tokens[headAt + 1]?.type === 'word' && EVENT_HEAD_WORD.test(tokens[headAt + 1]!.text.toLowerCase()) && TITLED_KIND_HEAD.test(tokens[headAt]!.text.toLowerCase())) headAt++
    // (without the soft sign, which Latin script does not write: "fılmi" reads back as "филмі")
    const lower = withoutSigns(tokens[headAt]!.text.toLowerCase().split('-')[0]!)
    const isLaw = lower.startsWith('заң') && tokens[close - 1]!.text.toLowerCase() === 'туралы'
    if (!isLaw && close - k >= 10) continue
    if (LEGAL_FORMS.has(lower)) {
      // (two forms: "«ҚазМұнайГаз» ҰК АҚ", a national company and a joint-stock one)
      const last = close + 2 < tokens.length && LEGAL_FORMS.has(tokens[close + 2]!.text.toLowerCase().split('-')[0]!) ? close + 3 : close + 2
      out.push({ first: k + 1, last, start: tokens[k]!.start, type: 'ORGANIZATION', kind: 'company', rule: true })
    } else if (MEDIA_HEADS.has(lower) || MEDIA_HEADS.has(lemmaOf(close + 1))) {
      out.push({ first: k + 1, last: close, type: 'ORGANIZATION', kind: 'media', rule: true })
    } else if (isLaw) {
      // a law by its title: "«Тұрғын үй қатынастары туралы» Заңына" (KazNERD's LAW is the title,
      // "Педагог мәртебесі туралы", without the marks and the head)
      out.push({ first: k + 1, last: close, type: 'LAW', rule: true })
    } else if (sentenceFirst[close + 1] !== 1 && TITLED_KIND_HEAD.test(lower)) {
      // a title before a work's or an event's head is that: "«Күзгі бақ» фильмі" (an ART), "«Ұлы
      // дала» көрмесі" (an EVENT), as KazNERD marks all its titles in guillemets before фильм,
      // кітап, роман, байқау, фестиваль (11)
      // (without the title's own final mark: "«Миллион кімге бұйырады?» жобасы")
      let last = close
      while (last > k + 2 && tokens[last - 1]!.type === 'punctuation') last--
      out.push({ first: k + 1, last, type: titledKindOf(lower), rule: true })
    } else {
      // «Қазақмыс» корпорациясына, «Самұрық-Қазына» ұлттық әл-ауқат қоры: a name in marks before
      // an organization's head (within four words) is the organization, as KazNERD marks it
      const head = orgHeadAfter(tokens, close + 1, 4, sentenceFirst)
      if (head) out.push({ first: k + 1, last: close, type: 'ORGANIZATION', ...(head.kind ? { kind: head.kind } : {}), rule: true })
    }
    k = close
  }
  return out
}

/** Words between a title in guillemets and its head: "«Еуразия» халықаралық кинофестивалі". */
const TITLE_QUALIFIERS = new Set(['халықаралық', 'республикалық', 'дәстүрлі', 'ұлттық', 'жаңа'])

/** Heads after a title in guillemets that say what it names: a work, an event or a project (how each starts, without a soft sign: "филм"). */
const WORK_HEADS = ['филм', 'кітаб', 'кітап', 'роман', 'спектакл', 'опера', 'поэма', 'повест', 'эпопея', 'альбом', 'қойылым']
const EVENT_HEADS = ['форум', 'фестивал', 'кинофестивал', 'көрме', 'байқау', 'конкурс', 'конференция', 'саммит', 'чемпионат', 'турнир', 'марафон']
// ("операция", an operation, is no opera's; a project's "жоба", "бағдарлама" are left to the tagger,
// since a TV programme is an ART to KazNERD: "«Қарекет» бағдарламасы")
/** The last word of an event's name: its head, in any form ("сессиясына", "саммитінде"). */
const EVENT_LAST_WORD = new RegExp(`^(?:${[...EVENT_HEADS, 'сессия', 'съезд', 'пленум'].join('|')})`, 'u')
const EVENT_HEAD_WORD = new RegExp(`^(?:${EVENT_HEADS.join('|')})`, 'u')
const TITLED_KIND_HEAD = new RegExp(`^(?:${[...WORK_HEADS, ...EVENT_HEADS].join('|')})(?!ция)`, 'u')

function titledKindOf(head: string): EntityType {
  return WORK_HEADS.some((h) => head.startsWith(h)) ? 'ART' : 'EVENT'
}

/** Nouns after a place's name, as lemmas: a surname before them names a village or a street ("Жданов аулына"). */
const PLACE_HEADS = new Set(['ауыл', 'аудан', 'көше', 'қала', 'облыс', 'кент', 'даңғыл', 'округ', 'поселке', 'совхоз', 'колхоз', 'бекет', 'станса'])

/** /^\p{Lu}\p{Ll}/u, by char code for the common alphabets (a regular expression on every token cost more than the rest of the rule). */
function isCapitalThenSmall(word: string): boolean {
  const first = caseByCode(word.charCodeAt(0))
  const second = caseByCode(word.charCodeAt(1))
  if (first !== 0 && second !== 0) return first === 1 && second === -1
  return /^\p{Lu}\p{Ll}/u.test(word)
}

/**
 * Settlements and districts whose names come before these words; KazNERD's GPE is the name alone
 * ("Курчатов | қаласының", "Ертіс | аулындағы"), while "облысы" is part of a region's name.
 */
const SETTLEMENT_HEADS = new Set(['қала', 'аудан', 'ауыл', 'кент', 'село', 'поселке', 'округ'])
/**
 * How their lemmas start (аул: ауыл drops its vowel, аулы; and мекен of "елді мекен"), even where
 * the lexicon keeps an inflected form whole (округіне): most words are turned away before any
 * reading is made.
 */
const SETTLEMENT_HEAD_STARTS = [...SETTLEMENT_HEADS, 'аул', 'мекен']
/** SETTLEMENT_HEAD_STARTS by their first letter's char code (a Map: an array indexed by Cyrillic codes would be sparse, and slow). */
const SETTLEMENT_HEADS_BY_FIRST = new Map<number, string[]>()
for (const head of SETTLEMENT_HEAD_STARTS) SETTLEMENT_HEADS_BY_FIRST.set(head.charCodeAt(0), [...(SETTLEMENT_HEADS_BY_FIRST.get(head.charCodeAt(0)) ?? []), head])

/** The settlement head a lemma starts like (аулы → аул), if any. */
function settlementHeadOf(lemma: string): string | undefined {
  const heads = SETTLEMENT_HEADS_BY_FIRST.get(lemma.charCodeAt(0))
  if (heads !== undefined) for (const head of heads) if (lemma.startsWith(head)) return head
  return undefined
}

/**
 * Is a lower-case word a settlement's head with the possessive a name before it asks for
 * (қаласының, аулындағы, ауылдары, округіне)? Any reading counts: the lexicon, derived from
 * KazNERD, lists some inflected forms as words of their own (округіне).
 */
function isPossessedHead(lower: string): boolean {
  return analyzeWord(lower).some((a) => SETTLEMENT_HEADS.has(a.lemma) && a.suffixes.some((x) => x.tag === 'POSS.3'))
}
/** A plural ending, which the lexicon's whole words (кеншілер) hide from the readings. */
const PLURAL = /\p{L}(?:лар|лер|дар|дер|тар|тер)$/u

/** Words that join the names of a list of places: "Құмкешу, Қабырға ауылдары", "Бақбақты мен Бірлік ауылдарында". */
const LIST_JOINERS = new Set([',', 'мен', 'бен', 'пен', 'және'])

/**
 * Places named by the word after them: a capitalized word before a settlement's head noun
 * ("Курчатов қаласының", "Абай қаласындағы"), a rural district ("Кеңөзек ауылдық округіне") or
 * "елді мекен" (Ақтас елді мекеннің) is a GPE, and so is every name of a list before one
 * ("Бақбақты, Бірлік, Ақдала ауылдарының"). The tagger takes many of these for people: a
 * settlement is often named after one. At a sentence's start only a word the lexicon has in one
 * form at most counts ("Бұл қала", "Жас қала" are not places); a word in the genitive is whose the
 * place is ("Абайдың ауылы"). Places the gazetteer lists keep its longer span ("Балқаш ауданы").
 */
function placesByHead(tokens: Token[], lemmaOf: (k: number) => string, sentenceFirst: Uint8Array, headAt: (k: number) => string | undefined): PlacesByHead {
  const out: PlacesByHead = { names: [], nominative: new Set() }
  const isName = (k: number, beforeHead: boolean): boolean => {
    const t = tokens[k]
    if (t === undefined || t.type !== 'word' || !isCapitalThenSmall(t.text)) return false
    const lower = t.text.toLowerCase()
    // a word with a case or a plural is no settlement's name: "Дипломмен ауылға", "Кеншілер қаласы"
    // (the miners' town); right before a possessed head a name is in the nominative, whatever it
    // ends like ("Аделаида қалаларында": -да is no locative there)
    if (GENITIVE.test(lower) || PLURAL.test(lower) || (!beforeHead && hasSuffixTag(lower, ADJUNCT_CASES)) || isSentenceOpener(lower) || isTitleWord(lower, lemmaOf(k))) return false
    // (the lexicon lists KazNERD's names too, but each seen in one form: weight 1)
    return sentenceFirst[k] === 0 || lexiconWeight(lemmaOf(k)) <= 1
  }
  const possessed = new Map<string, boolean>()
  for (let h = 1; h < tokens.length; h++) {
    const head = headAt(h)
    if (head === undefined || tokens[h]!.type !== 'word') continue
    // the name is the word before the head, or before "ауылдық округ", "елді мекен"
    let k = head === 'округ' || head === 'мекен' ? h - 2 : h - 1
    // (a cheap test first: most words like a head — қалай, кейін — have no capital before them)
    if (k < 0 || tokens[k]!.type !== 'word' || !isCapitalThenSmall(tokens[k]!.text)) continue
    const before = tokens[h - 1]!.text.toLowerCase()
    // the head is possessed when a name comes before it ("Бірлік ауылы"), not after a word that
    // qualifies it ("Цифрлық ауыл", "Дипломмен ауылға" are projects); "елді мекен" is one noun
    if (head === 'мекен') {
      if (before !== 'елді') continue
    } else {
      if (head === 'округ' && before !== 'ауылдық' && before !== 'селолық') continue
      const lower = tokens[h]!.text.toLowerCase()
      let possessedHead = possessed.get(lower)
      if (possessedHead === undefined) possessed.set(lower, (possessedHead = isPossessedHead(lower)))
      if (!possessedHead) continue
    }
    const names: number[] = []
    while (k >= 0 && isName(k, names.length === 0)) {
      names.push(k)
      if (k < 2 || !LIST_JOINERS.has(tokens[k - 1]!.text.toLowerCase())) break
      k -= 2
    }
    if (names.length > 0) out.nominative.add(names[0]!)
    out.names.push(...names.reverse())
  }
  return out
}

/** placesByHead's answer: the names (token numbers, in order) and those right before their head, in the nominative. */
interface PlacesByHead {
  names: number[]
  nominative: Set<number>
}

/**
 * placesByHead's names (token numbers) as GPEs where nothing else was found, or where the tagger
 * took the one word for a person, an organization or a region; a longer span that holds one
 * stands ("Нұр-Сұлтан қаласындағы № 23 мектеп" is a FACILITY).
 */
function withPlacesByHead(found: Found[], { names: places, nominative }: PlacesByHead): Found[] {
  if (places.length === 0) return found
  // a tagger's name that ends at one is no name but the list of places: "Делегация Гамбург, |
  // Дюссельдорф және Штутгарт қалаларында" (a person and an organization), "Турнир Мельбурн, …"
  // (the head after the last place is outside it; a span that holds the head stands)
  const placeSet = new Set(places)
  found = found.filter((f) => f.rule || f.last - f.first < 2 || !RETYPED_AS_PLACE.has(f.type) || !placeSet.has(f.last - 1))
  const out = [...found]
  let j = 0
  for (const k of places) {
    while (j < found.length && found[j]!.last <= k) j++
    const f = found[j]
    if (f === undefined || f.first > k) out.push({ first: k, last: k + 1, type: 'GPE', rule: true, ...(nominative.has(k) ? { nominative: true } : {}) })
    else if (f.first === k && f.last === k + 1 && !f.rule && (RETYPED_AS_PLACE.has(f.type) || f.type === 'GPE')) {
      f.type = 'GPE'
      // (the tagger's own place too: "Шортанды | ауданындағы" is no Шортан + -ды)
      if (nominative.has(k)) f.nominative = true
    }
  }
  return out.sort((a, b) => a.first - b.first)
}

/**
 * The tagger's types that a one-word place before a settlement's head replaces (Абай қаласындағы
 * is no person; "Алатау және Әуезов аудандарының" no role and a place).
 */
const RETYPED_AS_PLACE = new Set<EntityType>(['PERSON', 'ORGANIZATION', 'LOCATION', 'POSITION'])

/**
 * A listed given name and one or two capitalized words after it: Дональд Трамп, Donald Tramp,
 * Қасым-Жомарт Тоқаевтың; or any capitalized word before a surname (Моника Ивановаға, Айбек
 * Серіков) that is not a country or a sentence opener; or a surname on its own after a sentence
 * opener (Бүгінде Қалдыровтар).
 */
function namedPeople(tokens: Token[], lemmaOf: (k: number) => string, sentenceFirst: Uint8Array): Found[] {
  const out: Found[] = []
  const capital = (t: Token | undefined): boolean => t !== undefined && t.type === 'word' && isCapitalThenSmall(t.text)
  // a surname by its lemma, or as written with a case ending after an uninflected word: the
  // lexicon keeps some inflected surnames KazNERD has once as words of their own (Михаил
  // Мишустиннің); not a listed place (Алматыдан Ростовқа)
  const isSurname = (k: number): boolean => {
    if (SURNAME.test(lemmaOf(k))) return true
    const lower = tokens[k]?.text.toLowerCase() ?? ''
    const length = inflectedSurnameLength(lower)
    return length > 0 && lemmaOf(k - 1) === foldName(tokens[k - 1]!.text) && !isPlaceFolded(foldName(lower.slice(0, length)))
  }
  const givenName = (k: number): boolean =>
    isListedGivenName(foldName(tokens[k]!.text)) ||
    // after a role: "Нью-Йорк мэрі Зохран Мамдани", "әкімі Ерлан Қожағапанов" (uninflected, and
    // before no country: "Мемлекет басшысы | Ақордада | Өзбекстан …")
    (k > 0 &&
      isTitleWord(tokens[k - 1]!.text.toLowerCase(), lemmaOf(k - 1)) &&
      countryCodeOfFolded(lemmaOf(k)) === undefined &&
      (lemmaOf(k) === foldName(tokens[k]!.text) || looksLocativeName(k)) &&
      countryCodeOfFolded(lemmaOf(k + 1)) === undefined) ||
    // (nor a place adjective, where they are: "Семейдегі | Әуезовтің мұражайында"; nor a title
    // that is no listed given name: "Президент | Тоқаевтың шешімдері", where KazNERD has a
    // POSITION and a person 18 times and no person that opens with the title)
    (isSurname(k + 1) && !SURNAME.test(lemmaOf(k)) && countryCodeOfFolded(lemmaOf(k)) === undefined && !isSentenceOpener(tokens[k]!.text.toLowerCase()) && !PLACE_ADJECTIVE.test(tokens[k]!.text) && !isTitleWord(tokens[k]!.text.toLowerCase(), lemmaOf(k)) && !(sentenceFirst[k] === 1 && isWhereOrWhenceNoun(tokens[k]!)))
  // (a foreign given name that reads as a locative, no known place's, before the name's last
  // capital: "елшісі Ямада | Дзюнъити", not "басшысы Ақордада | Өзбекстан Президентімен")
  const looksLocativeName = (k: number): boolean =>
    LOCATIVE_ENDING.test(tokens[k]!.text) &&
    !isPlaceFolded(lemmaOf(k)) &&
    capital(tokens[k + 1]) &&
    lemmaOf(k + 1) === foldName(tokens[k + 1]!.text) &&
    !isPlaceFolded(lemmaOf(k + 1)) &&
    !capital(tokens[k + 2])
  for (let k = 0; k + 1 < tokens.length; k++) {
    // initials before a capitalized word: "Ғ.Тұрсынов пен Е.Брусиловскийдің операсы", "Н.Ә.
    // Назарбаев" (KazNERD spells names out and has no initials: the tagger made a facility of
    // "Тұрсынов пен Е.Брусиловскийдің" and kept "Тоқаев" of "Қ.Тоқаев")
    if (tokens[k]!.type === 'initial') {
      let j = k + 1
      while (j < tokens.length && j - k < 3 && tokens[j]!.type === 'initial') j++
      if (capital(tokens[j]) && !isSentenceOpener(tokens[j]!.text.toLowerCase())) {
        out.push({ first: k, last: j + 1, type: 'PERSON', rule: true })
        k = j
      }
      continue
    }
    // a surname on its own after a sentence opener: "Бүгінде Қалдыровтар әулетінде …"
    // (not a place named after someone: "Биыл Жданов аулына")
    if (k > 0 && capital(tokens[k]) && !capital(tokens[k + 1]) && isSentenceOpener(tokens[k - 1]!.text.toLowerCase()) && SURNAME.test(lemmaOf(k)) && !PLACE_HEADS.has(lemmaOf(k + 1))) {
      out.push({ first: k, last: k + 1, type: 'PERSON', rule: true })
      continue
    }
    // … or after where or when, the sentence's first word: "Финалда | Рыбакина америкалық …"
    if (sentenceFirst[k] === 1 && capital(tokens[k + 1]) && !capital(tokens[k + 2]) && SURNAME.test(lemmaOf(k + 1)) && !PLACE_HEADS.has(lemmaOf(k + 2)) && isWhereOrWhenceNoun(tokens[k]!)) {
      out.push({ first: k + 1, last: k + 2, type: 'PERSON', rule: true })
      k++
      continue
    }
    if (!capital(tokens[k]) || !capital(tokens[k + 1]) || !givenName(k)) continue
    // (a listed place or country after a given name is no surname: "Никола | Еуропа чемпионаттарында")
    if (!SURNAME.test(lemmaOf(k + 1)) && isListedPlaceOrCountry(lemmaOf(k + 1))) continue
    // (a title that is a given name too opens no name before another given name and a capital:
    // "Ғалым | Нұрлан Әмірханов" is the scientist Нұрлан Әмірханов)
    if (capital(tokens[k + 2]) && isTitleWord(tokens[k]!.text.toLowerCase(), lemmaOf(k)) && isListedGivenName(foldName(tokens[k + 1]!.text))) continue
    let last = k + 2
    if (capital(tokens[last]) && /(ұлы|қызы|ович|евна|овна)/u.test(tokens[last]!.text)) last++
    out.push({ first: k, last, type: 'PERSON', rule: true })
    k = last - 1
  }
  return out
}

const CAPITAL_OR_DIGIT = /[\p{Lu}\d]/u

/** Types whose one-word names are never all small letters in KazNERD. */
const LOWER_CASE_NAMELESS = new Set<EntityType>(['FACILITY', 'ORGANIZATION', 'GPE', 'LOCATION'])

/**
 * The word after a name's closing guillemet, lower case, or after the last name of a list in
 * guillemets that shares it: "«Сайран» және «Мәскеу» | бекеттері" (up to four names).
 */
function headAfterGuillemets(tokens: Token[], k: number): string {
  k = pastListedNames(tokens, k)
  // (past "new" or "international": "«Жібек жолы» жаңа | өткізу пункті", a new checkpoint, not the
  // TV channel; "«Шымкент» халықаралық | әуежайына")
  if (HEAD_ADJECTIVES.has(tokens[k]?.text.toLowerCase() ?? '') && tokens[k + 1]?.type === 'word') k++
  return tokens[k]?.text.toLowerCase() ?? ''
}

/**
 * Is a programme's head ("бағдарламасы", any case or number) after the name in guillemets that
 * closed before token k, past other names listed with it and up to two adjectives in lower case
 * ("мемлекеттік", "ипотекалық")?
 */
function programAfterGuillemets(tokens: Token[], k: number): boolean {
  k = pastListedNames(tokens, k)
  for (let n = 0; n < 3; n++) {
    const t = tokens[k + n]
    if (t === undefined || t.type !== 'word' || caseByCode(t.text.charCodeAt(0)) !== -1) return false
    if (t.text.startsWith('бағдарлама')) return true
    // (an adjective: not "«Токамакты» пайдалануға беру | бағдарламасына", a verb's programme)
    if (!ADJECTIVE_BEFORE_HEAD.test(t.text)) return false
  }
  return false
}

/** Adjectives' endings: мемлекеттік, ипотекалық, кешенді, аймақтық. */
const ADJECTIVE_BEFORE_HEAD = /(?:лық|лік|дық|дік|тық|тік|ды|ді|ғы|гі)$/u

/** Token k, or past the names in guillemets listed after it with "және", "мен", a comma … ("«Арман» және «Kinopark» | …"). */
function pastListedNames(tokens: Token[], k: number): number {
  for (let n = 0; n < 4 && LIST_JOINERS.has(tokens[k]?.text.toLowerCase() ?? '') && tokens[k + 1]?.text === '«'; n++) {
    let close = k + 2
    while (close < tokens.length && close - k < 8 && tokens[close]!.text !== '»') close++
    if (tokens[close]?.text !== '»') break
    k = close + 1
  }
  return k
}

/** Adjectives between a name in guillemets and its head (headAfterGuillemets). */
const HEAD_ADJECTIVES = new Set(['жаңа', 'халықаралық'])

/** Is a lower-case word the head of a name in guillemets before it: a body's, a building's, a team's, a work's or an event's? */
function isNameHead(lower: string): boolean {
  return lower !== '' && (TEAM_HEAD.test(lower) || FACILITY_HEAD_AFTER_NAME.test(lower) || TITLED_KIND_HEAD.test(withoutSigns(lower)) || isOrganizationHead(lower))
}
const TEAM_HEAD = /^(?:клуб|команда|құрама)/u


/** Egemen.kz, Kazinform.kz: a bare domain names its media outlet. */
function domains(tokens: Token[]): Found[] {
  const out: Found[] = []
  tokens.forEach((t, k) => {
    if (t.type === 'url' && isNamedSite(t.text)) {
      out.push({ first: k, last: k + 1, type: 'ORGANIZATION', kind: 'media', rule: true })
    }
  })
  return out
}

const COMPANY_FORMS = new Set(Object.values(companyForms).flatMap((group) => group.split('|')))
/** How a word in the locative, dative, ablative or instrumental ends: a cheap test before its reading. */
/** A word's last part after a hyphen: "81-сессиясында" → сессиясында. */
function afterHyphen(word: string): string {
  return word.slice(word.lastIndexOf('-') + 1)
}

/** A past participle: ұсынған, құрылған, өткен, жасаған (-ған/-ген/-қан/-кен after a stem). */
const PAST_PARTICIPLE = /^\p{Ll}{3,}(?:ған|ген|қан|кен)$/u

/** Cases that say where, whither or whence. */
const WHERE_CASES = new Set(['DAT', 'LOC', 'ABL'])
/** The cases of a place one is in, goes to or comes from, and its attributive (-дағы). */
const PLACE_CASES: ReadonlySet<string> = new Set(['DAT', 'LOC', 'ABL', 'ATTR'])
const ADJUNCT_ENDING = /(?:да|де|та|те|ға|ге|қа|ке|на|не|а|е|дан|ден|тан|тен|нан|нен|мен|бен|пен)$/u

/** The tagger's (KazNERD's) types of names a Latin-letter word before them joins (see entitiesOf). */
const LATIN_JOINS: ReadonlySet<string> = new Set(['ORGANISATION', 'PRODUCT', 'FACILITY', 'EVENT', 'POSITION', 'ART', 'PROJECT'])

/** A capitalized word in ASCII letters, as foreign company names are written: UBM, Roca, Fufeng, McDonald's. */
const FOREIGN_NAME_WORD = /^[A-Z][A-Za-z0-9&'-]*$/
/** Small words inside names in Latin letters: "Web of Science", "Bank of America", "Procter and Gamble". */
const LATIN_NAME_PARTICLES = new Set(['of', 'and', 'for', 'the', 'de', 'du', 'la'])

/**
 * Foreign companies by their legal form (data/ner/company-forms.txt): one to four capitalized
 * ASCII words and Group, Corporation, LLC, GmbH … as written ("Roca Group пен UBM Group",
 * "CHN Corporation көмір-химия кешені"). `written` is a token as the input has it: a Latin-script
 * input's working text reads "Group" as "Гроұп".
 */
function foreignCompanies(tokens: Token[], written: (k: number) => string, sentenceFirst: Uint8Array, lemmaOf: (k: number) => string): Found[] {
  const out: Found[] = []
  for (let k = 1; k < tokens.length; k++) {
    // (a capital in the working text too: a cheap test before the input's own word is cut out)
    if (tokens[k]!.type !== 'word' || caseByCode(tokens[k]!.text.charCodeAt(0)) !== 1) continue
    const form = written(k)
    if (!COMPANY_FORMS.has(form.toLowerCase()) || !FOREIGN_NAME_WORD.test(form)) continue
    let first = k
    // (in Latin-script input every word is in ASCII letters: a sentence's first word that the
    // lexicon knows is Kazakh, "Bizde | Kazakh Invest")
    while (first > 0 && k - first < 4 && tokens[first - 1]!.type !== 'punctuation' && FOREIGN_NAME_WORD.test(written(first - 1)) && !isSentenceOpener(tokens[first - 1]!.text.toLowerCase()) && !(sentenceFirst[first - 1] === 1 && lexiconWeight(lemmaOf(first - 1)) > 0)) first--
    if (first < k) out.push({ first, last: k + 1, type: 'ORGANIZATION', kind: 'company', rule: true })
  }
  return out
}

/**
 * A name in Latin letters before a Kazakh company head, in Cyrillic text, is the company's name,
 * the head left out as KazNERD has all 14 of its own: "NVIDIA | компаниясының вице-президенті",
 * "Bek Air | компаниясының" (the tagger misses the names it never saw). Latin-script input is
 * left alone: every word of it is in Latin letters.
 */
function latinNamesOfCompanies(tokens: Token[]): Found[] {
  const out: Found[] = []
  for (let k = 1; k < tokens.length; k++) {
    const head = tokens[k]!
    // (a lower-case Cyrillic к/ә first: a cheap test before the pattern)
    const c = head.text.charCodeAt(0)
    if ((c !== 0x43a && c !== 0x445 && c !== 0x444 && c !== 0x4d9) || head.type !== 'word' || !COMPANY_HEAD.test(head.text)) continue
    let first = k
    while (first > 0 && k - first < 3 && tokens[first - 1]!.type === 'word' && FOREIGN_NAME_WORD.test(tokens[first - 1]!.text)) first--
    if (first === k) continue
    // (a number may open the name: "500 Startups", as KazNERD has it)
    if (first > 0 && tokens[first - 1]!.type === 'number') first--
    out.push({ first, last: k, type: 'ORGANIZATION', kind: 'company', rule: true })
  }
  return out
}

/**
 * A number with a percent sign or word is a PERCENT, whatever suffix it takes: 30%-ке, 74,9%,
 * 5%-і, 100 %, 5,6 пайызды. KazNERD's spans go on through a following "more than", "up to" or
 * "about" (50%-тен астам, 30%-ға шейін, 80%-тен астамға жуығы). (The tagger learnt KazNERD's
 * tokens "30" "%-ке" and does not know the joined token.)
 */
function percents(tokens: Token[], lemmaOf: (k: number) => string, amountWord: Uint8Array): Found[] {
  const out: Found[] = []
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!.text
    const c = t.charCodeAt(0)
    if (c < 0x30 || c > 0x39) {
      // in words: "он бес пайыз", "он бір процент" (the tagger alone: a CARDINAL without the word)
      const j = tokens[k]!.type === 'word' ? afterNumberWords(tokens, amountWord, k) : -1
      if (j < 0) continue
      if (j < tokens.length && tokens[j]!.type === 'word' && PERCENT_WORDS.has(lemmaOf(j))) {
        const last = throughBounds(tokens, j + 1, j + 3, lemmaOf)
        out.push({ first: k, last, type: 'PERCENT', rule: true })
        k = last - 1
      } else k = j - 1
      continue
    }
    let last = -1
    if (/^\d+(?:[.,]\d+)?%(?:-\p{L}+)?$/u.test(t)) last = k + 1
    else if (/^\d+(?:[.,]\d+)?$/u.test(t)) {
      const next = tokens[k + 1]?.text ?? ''
      if (/^%(?:-\p{L}+)?$/u.test(next) || (tokens[k + 1]?.type === 'word' && PERCENT_WORDS.has(lemmaOf(k + 1)))) last = k + 2
    }
    if (last < 0) continue
    last = throughBounds(tokens, last, k + 5, lemmaOf)
    // a range is one percentage: "5,5 – 7,5 пайыз", "5,5–7,5 пайыз" (the tagger calls its first number a DATE)
    const first = k >= 2 && isDash(tokens[k - 1]!) && /^\d+(?:[.,]\d+)?$/u.test(tokens[k - 2]!.text) ? k - 2 : k
    out.push({ first, last, type: 'PERCENT', rule: true })
    k = last - 1
  }
  return out
}

/** Is tokens [first, last) numbers in digits and number words only ("23 мың", "екі миллион")? */
function isBareAmount(tokens: Token[], amountWord: Uint8Array, first: number, last: number): boolean {
  for (let t = first; t < last; t++) if (amountWord[t] !== 1 && !/^\d+(?:[.,]\d+)?$/u.test(tokens[t]!.text)) return false
  return true
}

/** After a number in digits at token k and its scale words ("6,2 триллион", "500 мың"), or -1 when k is no such number. */
function afterNumber(tokens: Token[], k: number, lemmaOf: (k: number) => string): number {
  // (or a range of two written as one token: "2026-2027 жылғы маусым", "5-10 пайызға")
  // (and one with a case ending before "about" and a unit: "30-ға | жуық жылды")
  if (tokens[k]!.type !== 'number' || !(/^\d+(?:[.,  ]\d+)*$|^\d+[-–]\d+$/u.test(tokens[k]!.text) || (CASED_NUMBER.test(tokens[k]!.text) && BEFORE_UNIT.has(tokens[k + 1]?.text.toLowerCase() ?? '')))) return -1
  let j = k + 1
  while (j < tokens.length && j - k < 3 && tokens[j]!.type === 'word' && SCALES.has(lemmaOf(j))) j++
  return j
}

/** The end of an amount after its "more than", "up to", "about" words (at most up to `limit`). */
function throughBounds(tokens: Token[], last: number, limit: number, lemmaOf: (k: number) => string): number {
  while (last < tokens.length && last < limit && tokens[last]!.type === 'word' && isBoundAfter(tokens, last, lemmaOf)) last++
  return last
}

/**
 * Is token k a bound of the amount before it? "More than" and "less than" follow the ablative
 * ("мың тоннадан астам", "50%-тен жоғары"), "up to" and "almost" the dative ("тоннаға дейін",
 * "миллионға жуық"): "екі жүз тоқсан тонна | жоғары сұрыпта" is "of a high grade".
 */
function isBoundAfter(tokens: Token[], k: number, lemmaOf: (k: number) => string): boolean {
  const lower = tokens[k]!.text.toLowerCase()
  const bound = AMOUNT_BOUNDS.get(lower) ?? AMOUNT_BOUNDS.get(lemmaOf(k))
  if (bound === undefined) return false
  const before = tokens[k - 1]!.text.toLowerCase()
  return bound === 'ABL' ? ABLATIVE.test(before) : DATIVE.test(before)
}

/**
 * A number, an optional scale and a currency is MONEY: 6,2 триллион теңгеге дейін, 500 мың
 * доллар, 1 АҚШ доллары, and in words: "екі жүз қырық миллион теңге", "Тоқсан үш бүтін төрт
 * миллиард теңге" (the tagger takes the number alone for a CARDINAL, or the whole for a
 * QUANTITY). A range is one amount ("20 – 25 мың теңге"), and "about", "at least" before it
 * belong to it ("шамамен 1,7 миллиард теңге").
 */
function moneyAmounts(tokens: Token[], lemmaOf: (k: number) => string, amountWord: Uint8Array): Found[] {
  const out: Found[] = []
  for (let k = 0; k < tokens.length; k++) {
    let j = afterNumber(tokens, k, lemmaOf)
    if (j < 0) j = afterNumberWords(tokens, amountWord, k)
    if (j < 0) continue
    if (j < tokens.length && tokens[j]!.text === 'АҚШ') j++
    if (j >= tokens.length || tokens[j]!.type !== 'word' || !CURRENCIES.has(lemmaOf(j))) {
      // the number words are read: the next amount cannot start inside them
      k = Math.max(k, j - 1)
      continue
    }
    const last = throughBounds(tokens, j + 1, j + 3, lemmaOf)
    let first = k >= 2 && isDash(tokens[k - 1]!) && tokens[k - 2]!.type === 'number' ? k - 2 : k
    if (first > 0 && tokens[first - 1]!.type === 'word' && AMOUNT_OPENERS.has(tokens[first - 1]!.text.toLowerCase())) first--
    out.push({ first, last, type: 'MONEY', rule: true })
    k = last - 1
  }
  return out
}

/**
 * After a number in words at token k ("екі жүз қырық миллион"; a range: "отыз тоғыз – қырық"),
 * or -1 when k starts none.
 */
function afterNumberWords(tokens: Token[], amountWord: Uint8Array, k: number): number {
  let j = afterNumberWordRun(amountWord, k)
  if (j > 0 && j + 1 < tokens.length && isDash(tokens[j]!)) j = Math.max(j, afterNumberWordRun(amountWord, j + 1))
  return j
}

function afterNumberWordRun(amountWord: Uint8Array, k: number): number {
  let j = k
  while (j < amountWord.length && j - k < 16 && amountWord[j] === 1) j++
  return j > k ? j : -1
}

/**
 * 1 for each token that is a number word (AMOUNT_WORDS), from each distinct word's answer: four
 * rules read every token for one, and lower-casing each token in each rule cost 7 % of analyze.
 */
function amountWords(tokens: Token[], vocabulary: Vocabulary, ids: Int32Array): Uint8Array {
  // (the views' lower case is without soft and hard signs, which no number word has)
  const byWord = vocabulary.views.map((v) => AMOUNT_WORDS.has(v.lower))
  const out = new Uint8Array(tokens.length)
  for (let k = 0; k < tokens.length; k++) if (byWord[ids[k]!] && tokens[k]!.type === 'word') out[k] = 1
  return out
}

const SCALES = new Set(['мың', 'миллион', 'миллиард', 'триллион', 'млн', 'млрд', 'трлн'])

const UNIT_SYMBOLS = new Set(unitsOfMeasure.symbols?.split('|') ?? [])
/** Unit words without soft and hard signs, as lemmaOf gives lemmas: баррель is matched as баррел. */
const UNIT_WORDS = new Set((unitsOfMeasure.words?.split('|') ?? []).map(withoutSigns))

/** Nouns a number counts, which end no QUANTITY (data/ner/units.txt, [counted]). */
const COUNTED_NOUNS = new Set(unitsOfMeasure.counted?.split('|') ?? [])
/** "at least", "about" before an amount: "кемінде 20–23 сантиметр", "шамамен 18 мың тонна". */
const AMOUNT_OPENERS = new Set(['кемінде', 'шамамен', 'шамасы'])
/** "текше метр", "шаршы шақырым": a unit word these go before. */
const UNIT_PREFIXES = new Set(['текше', 'шаршы'])

/** Is the token a unit symbol (ГВт, МВт-тан, км), as written with any suffix after a hyphen? */
function isUnitSymbol(t: Token | undefined): boolean {
  if (!t || t.type !== 'word') return false
  const hyphen = t.text.indexOf('-')
  return UNIT_SYMBOLS.has((hyphen > 0 ? t.text.slice(0, hyphen) : t.text).toLowerCase())
}

/** The end of a unit of measure at token j ("ГВт", "кВт·сағаттан", "текше метрге", "тонна"), or -1. */
function unitEnd(tokens: Token[], j: number, lemmaOf: (k: number) => string): number {
  if (isUnitSymbol(tokens[j])) {
    // кВт·сағ: a compound unit over three tokens
    return tokens[j + 1]?.text === '·' && tokens[j + 2]?.type === 'word' ? j + 3 : j + 1
  }
  if (tokens[j]?.type !== 'word') return -1
  // (or as written: "келі" is read as кел + -і, "57 келі салмақта")
  if (UNIT_WORDS.has(lemmaOf(j)) || UNIT_WORDS.has(withoutSigns(tokens[j]!.text.toLowerCase()))) return j + 1
  if (UNIT_PREFIXES.has(lemmaOf(j)) && tokens[j + 1]?.type === 'word' && UNIT_WORDS.has(lemmaOf(j + 1))) return j + 2
  return -1
}

/**
 * Postpositions of occasion, "during", "within" (lower case, as written): KazNERD has барысында 37
 * times, кезінде 76, аясында 63, none inside a name.
 */
const OCCASION_POSTPOSITIONS = new Set(['барысында', 'барысындағы', 'кезінде', 'кезіндегі', 'аясында'])

/** "This", "that", "generally": words that open a sentence before a common noun. */
const DEMONSTRATIVES = new Set(['мынау', 'анау', 'мына', 'ана', 'жалпы'])
/** Lemmas of the head nouns that end an organization's name ("… министрлігі", "… комитетінің"). */
const ORG_HEAD_LEMMAS = new Set(['министрлік', 'комитет', 'комиссия', 'әкімдік', 'агенттік', 'департамент', 'басқарма', 'прокуратура', 'университет', 'академия', 'институт', 'колледж', 'компания', 'корпорация', 'холдинг', 'партия', 'федерация', 'бюро', 'қауымдастық', 'бірлестік', 'ассоциация', 'кабинет'])
/** The lexicon has "федерациясы" as a word of its own (Ресей Федерациясы, a name in KazNERD). */
const FEDERATION = new Set(['федерация', 'федерациясы'])

/**
 * Heads of organizations by lemma, in any case: the bare and plural forms the possessed-form
 * patterns above miss (банктің, комиссияның, одаққа, министрліктері), and the parts of an
 * organization KazNERD annotates with it ("университетінің заң факультетінде", "Ұйымының
 * үндістандық батальонында"). Any reading counts: the lexicon, derived from KazNERD, lists some
 * inflected forms as words of their own. (From the organizations of KazNERD's train split that
 * end in a small letter.)
 */
const ORGANIZATION_HEADS = new Set([
  ...ORG_HEAD_LEMMAS,
  ...['банк', 'кеңес', 'одақ', 'ассамблея', 'елшілік', 'полиция', 'телерадиокешен', 'орталық', 'ұйым', 'қор', 'музей'],
  ...['оркестр', 'консерватория', 'училище', 'фабрика', 'бюро', 'гвардия', 'альянс', 'лига', 'достастық', 'кабинет', 'бригада'],
  ...['сот', 'парламент', 'мәжіліс', 'сенат', 'үкімет', 'мектеп', 'театр', 'аурухана', 'емхана', 'палата', 'федерация', 'қауымдастық'],
  ...['факультет', 'кафедра', 'бөлім', 'бөлімше', 'батальон', 'полк', 'филиал', 'технопарк', 'хаб'],
])
/** Cases of a word that cannot stand inside an organization's name before its head (the genitive can: "Қазақстан Республикасының …"). */
const ADJUNCT_CASES = new Set(['ACC', 'DAT', 'LOC', 'ABL', 'INS'])
const LOCATIVE_CASE: ReadonlySet<string> = new Set(['LOC'])
const ACCUSATIVE_CASE: ReadonlySet<string> = new Set(['ACC'])

/**
 * People of a place: a listed country or place with -лық/-лік/-дық/-дік/-тық/-тік is a NORP
 * ("кореялық", "үндістандық", "Қостанайлық", "Қытайлықтар"; the tagger alone missed those it had
 * not seen). Of the train split's such words 138 are NORPs and none is outside an entity. Only
 * where no entity was found: inside a longer name the name stands ("Еуразиялық экономикалық
 * одақ", "« Қазақстандық үлгі »").
 */
function withDemonyms(found: Found[], tokens: Token[], isDemonym: (k: number) => boolean): Found[] {
  const out: Found[] = []
  let next = 0
  const fill = (end: number): void => {
    for (; next < end; next++) if (isDemonym(next) && tokens[next]!.type === 'word') out.push({ first: next, last: next + 1, type: 'NORP', rule: true })
  }
  for (const f of found) {
    fill(f.first)
    out.push(f)
    next = Math.max(next, f.last)
  }
  fill(tokens.length)
  return out
}

/** "City", "district", "regional" …: the level of a local body ("Алматы қалалық соты"). */
const LEVELS = new Set(['қалалық', 'аудандық', 'облыстық', 'өңірлік', 'аумақтық'])
/** A place's head in the possessive, written small: the place and it stand for a level ("Алматы қаласы … соты"). */
const PLACE_UNITS = new Set(['қаласы', 'облысы', 'ауданы'])
const PLACE_UNIT_LEMMAS = new Set(['қала', 'облыс', 'аудан'])

/**
 * Local bodies: a place's name, its level and a head noun in the possessive, up to four words
 * after it: "Атырау қалалық сотында", "Түлкібас аудандық білім бөлімі", "Шығыс Қазақстан облыстық
 * төтенше жағдайлар департаменті" (the tagger alone found the place and nothing after it). With a
 * title after the head it is a role, the tagger's call ("Ақтау қалалық мәслихатының депутаты").
 */
function organizationsByLevel(tokens: Token[], lemmaOf: (k: number) => string, sentenceFirst: Uint8Array): Found[] {
  const out: Found[] = []
  // a word of the place's name: capitalized, uninflected, no opener or surname, and at a
  // sentence's start a listed place or a word the lexicon has in one form at most ("Іс Атырау …")
  const isPlaceWord = (t: number): boolean => {
    const token = tokens[t]!
    if (token.type !== 'word' || !isCapitalThenSmall(token.text) || lemmaOf(t) !== foldName(token.text)) return false
    if (isSentenceOpener(token.text.toLowerCase()) || SURNAME.test(lemmaOf(t))) return false
    return sentenceFirst[t] === 0 || isListedPlaceOrCountry(lemmaOf(t)) || lexiconWeight(lemmaOf(t)) <= 1
  }
  for (let k = 1; k < tokens.length; k++) {
    // (by the lemma, which the rules have at hand: lower-casing every token cost more)
    // (or the place's own head: "Алматы қаласы мамандандырылған ауданаралық қылмыстық сотының",
    // where the tagger found the city alone)
    const level = lemmaOf(k)
    if (!LEVELS.has(level) && !PLACE_UNIT_LEMMAS.has(level)) continue
    if (tokens[k]!.type !== 'word' || !((LEVELS.has(level) && LEVELS.has(tokens[k]!.text.toLowerCase())) || PLACE_UNITS.has(tokens[k]!.text))) continue
    if (!isPlaceWord(k - 1)) continue
    let head = -1
    for (let j = k + 1; j < tokens.length && j <= k + 7 && tokens[j]!.type === 'word'; j++) {
      // (the lexicon has some possessed heads as lemmas: "полиция департаменті")
      // (and then its lemma is the possessed form: "департаментінің" is департаменті + -нің)
      if ((ORGANIZATION_HEADS.has(lemmaOf(j)) && /[ыі]$/u.test(possessedForm(tokens[j]!.text.toLowerCase()))) || isHeadInPossessive(lemmaOf(j), ORGANIZATION_HEADS)) {
        head = j
        break
      }
    }
    if (head < 0) continue
    // a place of two words: "Шығыс Қазақстан облыстық …" (a direction first, at a sentence's
    // start too: "Батыс Қазақстан облыстық соты")
    let first = k - 1
    if (first > 0 && (isPlaceWord(first - 1) || (DIRECTIONS.has(lemmaOf(first - 1)) && isCapitalThenSmall(tokens[first - 1]!.text)))) first--
    // with a title after the head it is a role, as KazNERD marks one: "Ақмола облыстық энергетика
    // және тұрғын үй-коммуналдық шаруашылық басқармасының басшысы" (the tagger had the place)
    // (the body's people in the plural are no role: "… ауруханасының | дәрігерлері хабарлады",
    // where KazNERD's organization ends at the head)
    let title = head + 1
    while (title < tokens.length && tokens[title]!.type === 'word' && isTitleWord(tokens[title]!.text.toLowerCase(), lemmaOf(title)) && !PLURAL_POSSESSED.test(tokens[title]!.text)) title++
    // (a role is of the place's country, as a role holding a country is: Kazakhstan's levels)
    if (title > head + 1) out.push({ first, last: title, type: 'POSITION', country: countryOfPlaceFolded(lemmaOf(k - 1)) ?? 'KZ', rule: true })
    else out.push({ first, last: title, type: 'ORGANIZATION', rule: true })
    k = title - 1
  }
  return out
}

/**
 * Organizations named by their head: a capitalized word, up to five more words and a head noun
 * in the possessive ("Ғылым және жоғары білім министрлігі", "Денсаулық сақтау министрлігіне",
 * "Қазақстан Республикасының Сыртқы істер министрлігінің"). The tagger alone misses most of
 * these at a sentence's start. The name starts after a title, a person's name, a sentence
 * opener or a word in a case other than the genitive.
 */
function organizationsByHead(tokens: Token[], lemmaOf: (k: number) => string, headOf: (k: number) => BodyHead, sentenceFirst: Uint8Array, roles: Found[]): Found[] {
  const out: Found[] = []
  // "орталығы" heads a body after a common noun in no case: "Ұлттық тестілеу | орталығының
  // директоры" (not the centre of a place: "Алматы орталығында", "қаласының орталығында"; nor
  // "Орталық" itself, an adjective: "Орталық сайлау комиссиясы")
  const isCentreHead = (k: number): boolean => {
    if (lemmaOf(k) !== 'орталық' || !tokens[k]!.text.startsWith('орталығ')) return false
    const before = tokens[k - 1]!
    return before.type === 'word' && caseByCode(before.text.charCodeAt(0)) === -1 && lemmaOf(k - 1) === before.text && !PLACE_HEADS.has(lemmaOf(k - 1)) && !BUILDING_CENTRES.has(before.text)
  }
  for (let k = 1; k < tokens.length; k++) {
    const centre = tokens[k]!.type === 'word' && isCentreHead(k)
    const headKind = centre ? BodyHead.Lemma : tokens[k]!.type === 'word' ? headOf(k) : BodyHead.None
    if (headKind === BodyHead.None) continue
    const lower = tokens[k]!.text.toLowerCase()
    // the head of a compound name is in the possessive: министрлігі(нің), not министрлік (or
    // its lemma is, where the lexicon lists the possessed form as a word: федерациясы(ның))
    if (possessedForm(lower) === lower && !/[ыі]$/u.test(lower) && !/[ыі]$/u.test(lemmaOf(k))) continue
    // "… агенттігінің төраға орынбасары" is one POSITION, as KazNERD has it: a role of the body
    const titled = tokens[k + 1]?.type === 'word' && isTitleWord(tokens[k + 1]!.text.toLowerCase(), lemmaOf(k + 1))
    let j = k
    // (a field of three listed with a comma and "and": "Цифрлық даму, | инновациялар және
    // аэроғарыш өнеркәсібі министрлігі")
    let comma = false
    let and = false
    // (within the sentence: a headline without a period before the paragraph is none of it, "ҰБТ
    // нәтижелері жарияланды ¶ Ұлттық тестілеу орталығы …" was one organization)
    while (j > 0 && k - j < (comma ? 9 : 6) && sentenceFirst[j] !== 1) {
      const t = tokens[j - 1]!
      const w = t.text.toLowerCase()
      if (w === 'және') and = true
      if (w === ',' && !comma && and && tokens[j]!.type === 'word' && caseByCode(tokens[j]!.text.charCodeAt(0)) === -1) {
        comma = true
        j--
        continue
      }
      // (nor another organization's head: "Энергетика министрлігі | АҚШ-тың Қаржы министрлігіне")
      // (a body that is a title word too goes on: "Алматы қаласы Полиция | департаменті")
      // (nor a person's surname: a capital, "медицина" ends like one, "Қазақстан медицина университетін")
      // (but right before the head a surname is whom the body is named after: "Сәтбаев |
      // университетінің", possessed, as a compound name's head is)
      // (a capitalized title in the plural names a body's members: "Министрлер | кабинетінің")
      if (t.type !== 'word' || (isTitleWord(w, lemmaOf(j - 1)) && !(ORGANIZATION_HEADS.has(lemmaOf(j - 1)) && isCapitalThenSmall(t.text)) && !(isCapitalThenSmall(t.text) && hasSuffixTag(w, PLURAL_TAG))) || (SURNAME.test(lemmaOf(j - 1)) && isCapitalThenSmall(t.text) && j < k) || ORG_HEAD_LEMMAS.has(lemmaOf(j - 1)) || (isSentenceOpener(w) && isCapitalThenSmall(t.text))) break
      // (but the dative "against" governs: "Сыбайлас жемқорлыққа | қарсы іс-қимыл агенттігі"; and a
      // verbal noun its object: "биоәртүрлілікті | сақтау қауымдастығы", "халықты | әлеуметтік
      // қорғау министрлігі")
      if (!isCapitalThenSmall(t.text) && hasSuffixTag(w, ADJUNCT_CASES) && !(tokens[j]!.text === 'қарсы' && hasSuffixTag(w, DATIVE_CASE)) && !(hasSuffixTag(w, ACCUSATIVE_CASE) && (VERBAL_NOUN.test(tokens[j]!.text) || (j + 1 < k && VERBAL_NOUN.test(tokens[j + 1]!.text))))) break
      // (nor across a participle: "Қазақстан ұсынған | Халықаралық … агенттігін")
      if (PAST_PARTICIPLE.test(t.text)) break
      j--
    }
    // the leftmost capital in the run starts the name
    let first = j
    while (first < k && !isCapitalThenSmall(tokens[first]!.text) && !isAcronymToken(tokens[first]!)) first++
    // a name's first word is uninflected ("Балықтан …", "Партияның …" only open the sentence); an
    // inflected capital with another capital after it is before the name: "Ұшыруды Қазақстанның |
    // Цифрлық даму министрлігі", the sentence's object and whose body it is
    while (first + 1 < k && lemmaOf(first) !== foldName(tokens[first]!.text) && isCapitalThenSmall(tokens[first + 1]!.text)) first++
    // (and a sentence's first word, a noun with only the sentence's capital, before a capital is
    // the subject, not the name's: "Жоба | Мәдениет және ақпарат министрлігінің қолдауымен …")
    if (first + 1 < k && sentenceFirst[first] === 1 && isCapitalThenSmall(tokens[first + 1]!.text) && !isKnownName(lemmaOf(first)) && !NAME_ADJECTIVES.has(lemmaOf(first)) && !ADJECTIVE_LIKE.test(lemmaOf(first))) first++
    // (nor is a place's people before a Latin name the company's: "Алматылық | Alem Research
    // компаниясы", where the place's word is a NORP; nor a country in the genitive, its owner:
    // "Біріккен Араб Әмірліктерінің | Masdar компаниясы")
    if (first + 1 < k && /^[A-Z]/.test(tokens[first + 1]!.text) && isDemonymLemma(lemmaOf(first))) first++
    for (let t = first; t + 1 < k; t++) if (/^[A-Z]/.test(tokens[t + 1]!.text) && /^[А-ЯӘҒҚҢӨҰҮҺІ]/u.test(tokens[t]!.text) && GENITIVE.test(tokens[t]!.text.toLowerCase())) first = t + 1
    // (but a place's genitive before the name's small words, whose body it is: "Қазақстанның |
    // биоәртүрлілікті сақтау қауымдастығы", "Семейдің медицина академиясымен", as KazNERD has it;
    // not before the head alone, "Американың | компаниясы")
    // (a plural in no case may open one: "Министрлер кабинеті")
    if (first < k && lemmaOf(first) !== foldName(tokens[first]!.text) && tokens[first + 1]!.text !== 'қарсы' && !isPluralInNoCase(tokens[first]!.text.toLowerCase()) && !(GENITIVE.test(tokens[first]!.text) && k - first > 1 && caseByCode(tokens[first + 1]!.text.charCodeAt(0)) === -1 && isListedPlaceOrCountry(lemmaOf(first)))) continue
    // (a centre is no body of a place's or another body's: "Қазақстан аймақтық қаржы орталығына
    // айналса" is what a country becomes, "Біріккен Ұлттар Ұйымының аймақаралық орталығын" a
    // centre of the UN's)
    if (centre) {
      let other = isListedPlaceOrCountry(lemmaOf(first))
      for (let t = first; t < k && !other; t++) other = GENITIVE.test(tokens[t]!.text)
      if (other) continue
    }
    // a country's own word is no body: "Ресей Федерациясы" (a federation needs a word between:
    // "Қазақстан футбол федерациясы")
    if (FEDERATION.has(lemmaOf(k)) && k - first < 2) continue
    // a head the lexicon lists possessed names a body of a place: "Алматы қаласы Полиция
    // департаменті"; KazNERD leaves the generic one alone ("Полиция департаменті болса: …", "Төтенше
    // жағдайлар департаменті" at a sentence's start)
    if (headKind === BodyHead.Possessed) {
      let capitals = 0
      for (let t = first; t < k; t++) if (isCapitalThenSmall(tokens[t]!.text) && sentenceFirst[t] === 0) capitals++
      if (capitals === 0) continue
    }
    if (first === k) continue
    // (one holder's: "министрлігінің өкілдері", "академиясының мүшелерінің" are people of the body,
    // and KazNERD marks the body alone)
    // (nor a member's, a representative's or an office's: "комиссиясының мүшесі", "партиясының
    // өкілі", "компаниясының бас кеңсесі" are no roles in KazNERD)
    // (nor is a kind of bodies in the plural one body: "Сигэру Исиба | жапон компанияларының …")
    if (k > first && caseByCode(tokens[k - 1]!.text.charCodeAt(0)) === -1 && hasSuffixTag(lower, PLURAL_TAG)) continue
    // (nor are names listed with "and" before a head in the plural: "Google, Microsoft және Nvidia
    // компаниялары" are three, companyLists' — in Latin-script text too, where the names are no
    // longer in Latin letters in the working text)
    if (hasSuffixTag(lower, PLURAL_TAG) && holdsJoiner(tokens, first, k)) continue
    const peopleOfBody = titled && (hasSuffixTag(tokens[k + 1]!.text.toLowerCase(), PLURAL_TAG) || NO_ROLE_TITLES.has(lemmaOf(k + 1)))
    // (and of many bodies, a kind's: "Голливуд компанияларының | өкілдері" is none)
    if (peopleOfBody && hasSuffixTag(lower, PLURAL_TAG)) continue
    if (titled && !peopleOfBody) {
      // (nor a company's in Latin letters, which KazNERD marks without its head: "NVIDIA |
      // компаниясының вице-президенті")
      if (tokens.slice(first, k).some((t) => FOREIGN_NAME_WORD.test(t.text))) continue
      // (the role takes every title word after the body's head: "төрағасының орынбасары")
      let last = k + 2
      while (last < tokens.length && last - k < 4 && tokens[last]!.type === 'word' && isTitleWord(tokens[last]!.text.toLowerCase(), lemmaOf(last))) last++
      roles.push({ first, last, type: 'POSITION', rule: true })
      continue
    }
    const kind = orgKindOf(possessedForm(lower))
    out.push({ first, last: k + 1, type: 'ORGANIZATION', ...(kind ? { kind } : {}), rule: true })
  }
  return out
}

/** Centres that are buildings, not bodies: "Дүниежүзілік сауда орталығының ғимараты" (KazNERD: a FACILITY). */
const BUILDING_CENTRES = new Set(['сауда', 'ойын-сауық'])

/**
 * A building or a park named by the capitalized words before its head noun is a FACILITY, head
 * and all: "Орталық стадионда", "Алматы әуежайынан", "Республика сарайы" (as KazNERD marks 10 of
 * its 14 such pairs). The name is in the nominative, and at a sentence's start a known place.
 */
function facilitiesByHead(tokens: Token[], lemmaOf: (k: number) => string, sentenceFirst: Uint8Array): Found[] {
  const out: Found[] = []
  for (let k = 1; k < tokens.length; k++) {
    const head = tokens[k]!
    // (the first letter before the pattern: most tokens fail on it, "с", "ә", "б", "м" or "к")
    const c = head.text.charCodeAt(0)
    if ((c !== 0x441 && c !== 0x4d9 && c !== 0x431 && c !== 0x43c && !(c === 0x43a && head.text.startsWith('кесене'))) || head.type !== 'word' || !FACILITY_HEAD_WORD.test(head.text)) continue
    // (a bare head before another noun qualifies it: "Асқар Исмаилов | әуежай жобасының", "«Жаңа
    // әуежай жылына …»")
    if (FACILITY_HEAD_WORD.exec(head.text)![0] === head.text && tokens[k + 1]?.type === 'word') continue
    const isName = (j: number): boolean => {
      const t = tokens[j]!
      return t.type === 'word' && isCapitalThenSmall(t.text) && lemmaOf(j) === foldName(t.text) && !isSentenceOpener(t.text.toLowerCase()) && ((sentenceFirst[j] === 0 && tokens[j - 1]?.text !== '«') || isKnownName(lemmaOf(j)))
    }
    // (through "international": "Нұрсұлтан Назарбаев халықаралық | әуежайында")
    const international = tokens[k - 1]!.text === 'халықаралық'
    const nameEnd = international ? k - 1 : k
    let first = nameEnd
    while (first > 0 && nameEnd - first < 3 && isName(first - 1)) first--
    // (no person's name: "Сарапшы Асқар Исмаилов …"; nor the last of a list of places that share
    // the head, which KazNERD marks as places: "Семей мен Қостанай әуежайының")
    // (a mausoleum is named after someone: "Қожа Ахмет Ясауи кесенесі", where the tagger had a
    // person and an event; and so is an international airport, "Нұрсұлтан Назарбаев халықаралық
    // әуежайында", where the tagger had the person alone)
    const mausoleum = c === 0x43a
    if (first < nameEnd && (mausoleum || international || (!isGivenName(lemmaOf(first)) && !SURNAME.test(lemmaOf(k - 1)))) && !LIST_JOINERS.has(tokens[first - 1]?.text.toLowerCase() ?? '')) out.push({ first, last: k + 1, type: 'FACILITY', rule: true })
  }
  return out
}

/** Heads of buildings, parks and dams after their name: стадион, әуежай, сарай, саябақ, бөгет, кесене, мешіт (any form). */
const FACILITY_HEAD_WORD = /^(?:стадион|әуежай|сарай|саябақ|бөгет|кесене|мешіт)/u

/** A clock time with a case ending, which the tokenizer reads as a number: "12:00-де", "9:30-дан". */
const CLOCK_WITH_ENDING = /^\d{1,2}:\d{2}(?::\d{2})?-\p{Ll}{1,5}$/u
/** Words of the time of day before "сағат": "таңғы сағат 9:00-ден". */
const DAY_PARTS = new Set(['таңғы', 'түскі', 'кешкі', 'түнгі'])
/** A scale word in the possessive: мыңы (a thousand of them), миллионы, миллиарды. */
const POSSESSED_SCALE = /^(?:мыңы|миллионы|миллиарды|млн-ы|млрд-ы)$/u
/** A Roman numeral of a century: XIV, XXI. */
const ROMAN_NUMERAL = /^[IVX]{1,5}$/u
/** Collective numbers: екеуі (the two of them), үшеуі, төртеуі, бесеуі, алтауы, жетеуі, in any case. */
const COLLECTIVE_NUMBER = /^(?:екеу|үшеу|төртеу|бесеу|алтау|жетеу)/u
/** "About" after a time: шамасында, шамасы, шамасына. */
const APPROXIMATELY = /^шамас(?:ы|ында|ына|ынан)$/u

/**
 * Clock times, as TIME: "сағат 12:00-де" (KazNERD: "18 : 00-де", without "сағат"), a range of two
 * ("10:00–18:00"), and a part of the day with "сағат" before one ("таңғы сағат 9:00-ден"). The
 * tagger, which saw the clock written in three tokens, found few.
 */
function clockTimes(tokens: Token[]): Found[] {
  const out: Found[] = []
  const isClock = (t: Token | undefined): boolean => t !== undefined && (t.type === 'time' || (t.type === 'number' && CLOCK_WITH_ENDING.test(t.text)))
  for (let k = 0; k < tokens.length; k++) {
    if (!isClock(tokens[k])) continue
    let first = k
    if (first >= 2 && tokens[first - 1]!.text.toLowerCase() === 'сағат' && DAY_PARTS.has(tokens[first - 2]!.text.toLowerCase())) first -= 2
    // (a part of the day right before it too: "таңғы | 7:40-та"; KazNERD leaves a bare "сағат" out)
    else if (first >= 1 && DAY_PARTS.has(tokens[first - 1]!.text.toLowerCase())) first--
    let last = k + 1
    if (last + 1 < tokens.length && isDash(tokens[last]!) && isClock(tokens[last + 1])) last += 2
    // and "about" after it: "сағат 07:40 | шамасында" (KazNERD: "таңғы сағат 4-тің шамасында"; the
    // tagger made a TIME of "шамасында" alone)
    if (last < tokens.length && APPROXIMATELY.test(tokens[last]!.text.toLowerCase())) last++
    out.push({ first, last, type: 'TIME', rule: true })
    k = last - 1
  }
  return out
}

/**
 * A phone number one calls, as KazNERD marks it CONTACT: a number before "нөмір…" (number)
 * ("112 нөміріне хабарласыңыз"), or alone in guillemets before it ("«109» нөмірі"). (Before a
 * service's name the name in guillemets wins: "«111» бірыңғай байланыс орталығы" is the centre.)
 */
function serviceNumbers(tokens: Token[]): Found[] {
  const out: Found[] = []
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!
    if (t.type !== 'number' || !/^\d{3,4}$/.test(t.text)) continue
    const quoted = tokens[k - 1]?.text === '«' && tokens[k + 1]?.text === '»'
    const next = tokens[quoted ? k + 2 : k + 1]
    if (next === undefined || next.type !== 'word') continue
    const lower = next.text.toLowerCase()
    // (not "нөмірлі", numbered: "300 нөмірлі мектеп" is a school)
    if (lower.startsWith('нөмір') && !/^нөмірл[іы]/u.test(lower)) out.push({ first: k, last: k + 1, type: 'CONTACT', rule: true })
  }
  return out
}

/**
 * Championships and games named by a continent, the world or the Olympics: "Азия чемпионатында",
 * "Әлем чемпионаты", "Азия ойындарына", "Олимпиада ойындары" are EVENTs (KazNERD: "Әлем
 * чемпионатында"); the tagger had the continent for a LOCATION, and a quotation's first word with
 * it ("Жігіттер Азия"). (Run only when the text's vocabulary has an owner's word.)
 */
function sportsEvents(tokens: Token[], lemmaOf: (k: number) => string): Found[] {
  const out: Found[] = []
  for (let k = 0; k + 1 < tokens.length; k++) {
    // (a capital first: most words have none)
    if (caseByCode(tokens[k]!.text.charCodeAt(0)) !== 1 || tokens[k + 1]!.type !== 'word') continue
    // games by their host city: "Париж Олимпиадасында" (the tagger had the city and a person)
    if (GAMES.has(lemmaOf(k + 1)) && caseByCode(tokens[k + 1]!.text.charCodeAt(0)) === 1 && isListedPlaceOrCountry(lemmaOf(k)) && hasSuffixTag(tokens[k + 1]!.text.toLowerCase(), POSSESSIVE_3)) {
      out.push({ first: k, last: k + 2, type: 'EVENT', rule: true })
      k++
      continue
    }
    if (!EVENT_OWNERS.has(lemmaOf(k))) continue
    const head = lemmaOf(k + 1)
    if (head === 'чемпионат' || head === 'кубок' || head === 'біріншілік' || (head === 'ойын' && tokens[k + 1]!.text.toLowerCase().startsWith('ойындар'))) {
      out.push({ first: k, last: k + 2, type: 'EVENT', rule: true })
      k++
    }
  }
  return out
}
/** Games a host city names: "Париж Олимпиадасы", "Сочи Паралимпиадасы", "Алматы Азиадасы". */
const GAMES = new Set(['олимпиада', 'паралимпиада', 'азиада', 'универсиада'])
const POSSESSIVE_3: ReadonlySet<string> = new Set(['POSS.3'])

/** Whose championships and games are named so: the world's, a continent's, the Olympics'. */
const EVENT_OWNERS = new Set(['әлем', 'азия', 'еуропа', 'африка', 'америка', 'олимпиада', 'паралимпиада', 'азиада', 'универсиада'])

/**
 * Institutions named after someone: a name, "атындағы" (named after) and up to six words to an
 * institution's head, in any case: "Мұхтар Әуезов атындағы Қазақ ұлттық академиялық драма
 * театрында" (the tagger had a person and a role), "Л.Н. Гумилев атындағы Еуразия ұлттық
 * университеті".
 */
function namedAfterPeople(tokens: Token[]): Found[] {
  const out: Found[] = []
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k]!.type !== 'word' || tokens[k]!.text !== 'атындағы') continue
    // (the name: initials and capitalized words, not an opener or a place the sentence begins
    // with: "Ол | Қ.И. Сәтбаев …", "Астанадағы | Л.Н. Гумилев …")
    const isNameWord = (t: Token): boolean => t.type === 'initial' || (t.type === 'word' && isCapitalThenSmall(t.text) && !isSentenceOpener(t.text.toLowerCase()) && !PLACE_ADJECTIVE.test(t.text) && !startsNoName(t))
    let first = k
    while (first > 0 && k - first < 4 && isNameWord(tokens[first - 1]!)) first--
    // (a title before the name is the sentence's subject: "Профессор | Абай атындағы …
    // университетінде дәріс оқиды"; not one that is a given name too, which the rule of given names
    // would take with the name for a person: "Ғалым Абай")
    const lead = tokens[first]!.text.toLowerCase()
    if (first < k - 1 && isTitleWord(lead, lead) && !isGivenName(lead.replace(/[ьъ]/gu, ''))) first++
    if (first === k) continue
    for (let j = k + 1; j < tokens.length && j - k <= 6 && tokens[j]!.type === 'word'; j++) {
      const lower = tokens[j]!.text.toLowerCase()
      if (!isHeadNotLegalForm(lower)) continue
      const kind = orgKindOf(possessedForm(lower))
      // (a head in the genitive goes on to its part, as KazNERD has it: "… университетінің заң
      // факультетінде")
      let last = j + 1
      if (GENITIVE.test(lower)) {
        for (let p = j + 1; p < tokens.length && p - j <= 3 && tokens[p]!.type === 'word'; p++) {
          if (isOrganizationHead(tokens[p]!.text.toLowerCase())) {
            last = p + 1
            break
          }
        }
      }
      out.push({ first, last, type: 'ORGANIZATION', ...(kind ? { kind } : {}), rule: true })
      k = last - 1
      break
    }
  }
  return out
}

/**
 * How a lemma heads an organization: it is a head (ORG_HEAD_LEMMAS, a federation), or a head in
 * the possessive that the lexicon, derived from KazNERD, lists as a word of its own
 * (департаменті, министрлігі, басқармасы), or not at all.
 */
function bodyHeadOf(lemma: string): BodyHead {
  if (ORG_HEAD_LEMMAS.has(lemma) || FEDERATION.has(lemma)) return BodyHead.Lemma
  return isHeadInPossessive(lemma, ORG_HEAD_LEMMAS) ? BodyHead.Possessed : BodyHead.None
}

/** министрлер, депутаттар: a plural with no case after it. */
function isPluralInNoCase(lower: string): boolean {
  const suffixes = bestReading(lower)?.suffixes
  return suffixes !== undefined && suffixes.length === 1 && suffixes[0]!.tag === 'PL'
}

/**
 * A noun in the plural and nothing else, by any reading (the lexicon lists some plurals KazNERD
 * has once whole): Чемпиондар (чемпион + -дар); not a family, Қалдыровтар, nor a given name's.
 */
function isCommonPlural(word: string): boolean {
  if (!PLURAL.test(word)) return false
  return analyzeWord(word).some((r) => r.suffixes.length === 1 && r.suffixes[0]!.tag === 'PL' && r.lemma.length >= 4 && !SURNAME.test(r.lemma.toLowerCase()) && !isListedGivenName(foldName(r.lemma)))
}

/** How a word heads an organization (bodyHeadOf). */
const enum BodyHead {
  None,
  /** its lemma is a head: министрлік, федерация */
  Lemma,
  /** its lemma is a head in the possessive, listed as a word of its own: департаменті */
  Possessed,
}

/**
 * Is a word an acronym, a hyphen and a common noun that is no organization's head ("SMS-кодты",
 * "IT-стартаптар"), not a case ending ("ҰҚШҰ-ға", "АҚШ-тағы")?
 */
function isAcronymCompound(word: string): boolean {
  const match = /^[\p{Lu}\d]{2,}-(\p{Ll}{4,})$/u.exec(word)
  if (!match) return false
  const reading = bestReading(match[1]!)
  return reading !== undefined && reading.lemma.length >= 3 && !isOrganizationHead(match[1]!)
}

/** ГРЭС-те, ҰҚШҰ-ға: capitals, a hyphen and a small ending. */
function isAcronymWithEnding(t: Token): boolean {
  const hyphen = t.text.indexOf('-')
  if (t.type !== 'word' || hyphen < 2 || caseByCode(t.text.charCodeAt(hyphen + 1)) !== -1) return false
  const head = t.text.slice(0, hyphen)
  return head === head.toUpperCase() && head !== head.toLowerCase()
}

/** ҚР, ҰҚШҰ: a word in capitals. */
function isAcronymToken(t: Token): boolean {
  return t.type === 'word' && t.text.length >= 2 && t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase()
}

/** The kind ORG_KINDS gives a head form, or undefined. */
function orgKindOf(head: string): string | undefined {
  for (const [re, kind] of ORG_KINDS) if (re.test(head)) return kind
  return undefined
}

/**
 * Heads of a natural feature's name, as lemmas: a lake, a river, a mountain, a gorge, a ridge, a
 * pass, a glacier, a peak, a plateau.
 */
const NATURAL_HEADS = new Set(['көл', 'өзен', 'тау', 'шатқал', 'жота', 'асу', 'мұздық', 'шың', 'үстірт'])

/**
 * Is token h a natural feature's head, possessed, after its name's capital: "Үлкен Алматы |
 * көлінде", "Ертіс | өзенінде", "Бутаковка | шатқалында"?
 */
function isNaturalHeadAfterName(tokens: Token[], h: number, lemmaOf: (k: number) => string): boolean {
  const t = tokens[h]!
  if (h === 0 || t.type !== 'word' || tokens[h - 1]!.type !== 'word' || !isCapitalThenSmall(tokens[h - 1]!.text)) return false
  // (by its form too: the lexicon lists some as words of their own, "шатқалында")
  return (NATURAL_HEADS.has(lemmaOf(h)) && t.text.length > lemmaOf(h).length) || NATURAL_HEAD_FORM.test(t.text.toLowerCase())
}

/** A natural feature's head, possessed, in any case (not көлік, көлігі, a vehicle, тауық, a hen, nor тауыс, a peacock). */
const NATURAL_HEAD_FORM = /^(?:көл(?:і(?![кг])|дер)|өзен(?:і|дер)|тау(?:ы(?![қс])|лар)|шатқал(?:ы|дар)|жота(?:сы|лар)|асу(?:ы|лар)|мұздығ|мұздықтар|шың(?:ы|дар)|үстірт(?:і|тер))/u

/**
 * Natural features: up to three uninflected capitalized words before a lake's, a river's, a
 * mountain's … possessed head are a LOCATION, the head left out, as KazNERD annotates them
 * ("Ертіс өзенінде", "Үлкен Алматы көлінде", "Тянь-Шань тауында"); the tagger took "Бутаковка
 * шатқалында" for a settlement. A one-word name that is a listed settlement or country is the
 * place's own ("Алматы тауларында").
 */
function naturalFeatures(tokens: Token[], lemmaOf: (k: number) => string, sentenceFirst: Uint8Array): Found[] {
  const out: Found[] = []
  for (let h = 1; h < tokens.length; h++) {
    if (!isNaturalHeadAfterName(tokens, h, lemmaOf)) continue
    // (right before the possessed head a name is in the nominative, whatever it ends like:
    // "Бутаковка" is no Бутаков + -ка)
    let first = h - 1
    while (first > 0 && h - first < 3 && tokens[first - 1]!.type === 'word' && isCapitalThenSmall(tokens[first - 1]!.text) && lemmaOf(first - 1) === foldName(tokens[first - 1]!.text)) first--
    while (first < h && (isSentenceOpener(tokens[first]!.text.toLowerCase()) || DEMONSTRATIVES.has(tokens[first]!.text.toLowerCase()) || (sentenceFirst[first] === 1 && lexiconWeight(lemmaOf(first)) > 1))) first++
    if (first === h || (h - first === 1 && isListedPlaceOrCountry(lemmaOf(first)))) continue
    out.push({ first, last: h, type: 'LOCATION', rule: true })
  }
  return out
}

/** Heads of a street's name, as lemmas. */
const STREET_HEADS = new Set(['көше', 'даңғыл', 'тұйық', 'бульвар'])

/**
 * Streets: up to three capitalized words before көшесі / даңғылы ("Абай даңғылында", "Жамбыл
 * көшесі", "Қонаев көшесіндегі") are a FACILITY, as KazNERD annotates them; the tagger alone took
 * the name for the person it honours.
 */
function streets(tokens: Token[], lemmaOf: (k: number) => string): Found[] {
  const out: Found[] = []
  for (let k = 1; k < tokens.length; k++) {
    // one street, not "Сан-Франциско көшелері" (the streets of a city)
    if (tokens[k]!.type !== 'word' || !STREET_HEADS.has(lemmaOf(k)) || /(?:лар|лер)/u.test(tokens[k]!.text.toLowerCase().slice(lemmaOf(k).length))) continue
    let first = k
    // the name's words are uninflected: "Алматыдағы | Абай даңғылында"
    while (first > 0 && k - first < 3 && tokens[first - 1]!.type === 'word' && isCapitalThenSmall(tokens[first - 1]!.text) && lemmaOf(first - 1) === foldName(tokens[first - 1]!.text)) first--
    // "Жалпы көшесінің …", "Мынау көшелердегі": a sentence's opener is no street's name
    while (first < k && (isSentenceOpener(tokens[first]!.text.toLowerCase()) || DEMONSTRATIVES.has(tokens[first]!.text.toLowerCase()))) first++
    if (first < k) out.push({ first, last: k + 1, type: 'FACILITY', kind: 'street', rule: true })
  }
  return out
}

/**
 * Amounts with a unit of measure (data/ner/units.txt): "1,5 ГВт", "300 МВт-тан", "5,7 миллиард
 * кВт·сағаттан астам", "20 мың тонна". KazNERD has no power units, so its tagger reads ГВт as an
 * organization and a kilowatt-hour amount as money.
 */
function quantities(tokens: Token[], lemmaOf: (k: number) => string, amountWord: Uint8Array): Found[] {
  const out: Found[] = []
  for (let k = 0; k < tokens.length; k++) {
    let j = afterNumber(tokens, k, lemmaOf)
    if (j < 0) j = afterNumberWords(tokens, amountWord, k)
    if (j < 0) continue
    let end = unitEnd(tokens, j, lemmaOf)
    if (end < 0) {
      // the number words are read: the next amount cannot start inside them
      k = Math.max(k, j - 1)
      continue
    }
    // one amount in two units: "бір метр жиырма сантиметр", "алты тонна алты жүз килограмм"
    // (the first uninflected: "800 тоннадан 7000 тоннаға дейін" is two)
    for (let units = 1; units < 3 && end < tokens.length && lemmaOf(end - 1) === withoutSigns(tokens[end - 1]!.text.toLowerCase()); units++) {
      let n = afterNumber(tokens, end, lemmaOf)
      if (n < 0) n = afterNumberWords(tokens, amountWord, end)
      const smaller = n < 0 ? -1 : unitEnd(tokens, n, lemmaOf)
      if (smaller < 0) break
      end = smaller
    }
    const last = throughBounds(tokens, end, end + 2, lemmaOf)
    // a range is one amount: "5 – 6 тоннаға дейін"; "at least", "about" before it belong to it
    let first = k >= 2 && isDash(tokens[k - 1]!) && tokens[k - 2]!.type === 'number' ? k - 2 : k
    if (first > 0 && tokens[first - 1]!.type === 'word' && AMOUNT_OPENERS.has(tokens[first - 1]!.text.toLowerCase())) first--
    out.push({ first, last, type: 'QUANTITY', rule: true })
    k = last - 1
  }
  return out
}
/**
 * Does tokens [first, last) name a currency, by sign or by a word that starts like one (теңгелік,
 * юань, тиын: a lemma may not be the currency's, and this runs on MONEY spans only)?
 */
function holdsCurrency(tokens: Token[], first: number, last: number): boolean {
  for (let t = first; t < last; t++) {
    const lower = withoutSigns(tokens[t]!.text.toLowerCase())
    if (/[$€₸£¥₽]/u.test(lower)) return true
    for (const c of CURRENCIES) if (lower.startsWith(c)) return true
  }
  return false
}

/** Lemmas that end a DATE (data/ner/date-ends.txt). */
const DATE_END_LEMMAS = new Set(dateEnds.all?.split('|') ?? [])
/**
 * Can this word end a DATE? A digit, a listed lemma (жыл, бүгін, дейін, бұрын …), a month, an
 * ordinal, "ж." (a number word is checked by the caller).
 */
function endsDate(t: Token, lemma: string): boolean {
  const lower = t.text.toLowerCase()
  return /\d/.test(t.text) || DATE_END_LEMMAS.has(lemma) || KAZAKH_MONTHS.includes(lemma) || /(?:ыншы|інші|нші|ншы)/u.test(lower) || /^(?:январ|феврал|март|апрел|май|июн|июл|август|сентябр|октябр|ноябр|декабр|ж\.?$)/u.test(lower)
}

// lemmaOf gives folded lemmas (lower case, no ь/ъ): рубль is 'рубл'; the yen is иена or иен ("3 трлн иенге")
const CURRENCIES = new Set(['теңге', 'доллар', 'рубл', 'юан', 'евро', 'еуро', 'фунт', 'сом', 'тиын', 'иена', 'иен', 'лира', 'манат', 'франк'])

const PERCENT_WORDS = new Set(['пайыз', 'процент'])

/** May a tagger's PERCENT end in this word: a percent word of any form (проценттік), a sign, a bound (артық, дейін)? */
function endsPercent(lower: string, lemma: string): boolean {
  return lower.startsWith('пайыз') || lower.startsWith('процент') || lower.includes('%') || AMOUNT_BOUNDS.has(lower) || AMOUNT_BOUNDS.has(lemma)
}
/** "more than", "up to", "about", "over", "under" after an amount. */
const AMOUNT_BOUNDS = new Map([
  ...['астам', 'артық', 'кем', 'жоғары', 'төмен'].map((w) => [w, 'ABL'] as const),
  ...['дейін', 'шейін', 'жуық'].map((w) => [w, 'DAT'] as const),
])
/**
 * Ablative and dative endings, as a word or a percent sign's suffix ends (тоннадан, %-тен;
 * тоннаға, бағасына, %-ке). (Not the dative -а/-е after a 1st or 2nd person possessive, which
 * would take every word in -а/-е: "тонна".)
 */
const ABLATIVE = /(?:дан|ден|тан|тен|нан|нен)$/u
const DATIVE = /(?:ға|ге|қа|ке|на|не)$/u

function monthOf(lemma: string): number {
  return KAZAKH_MONTHS.indexOf(lemma) + 1
}

/** Parts of a month, by lemma: its end, start, middle. */
const MONTH_PARTS = new Set(['соң', 'бас', 'орта', 'аяқ'])
/** Which days or weeks of a month: "соңғы аптасында", "алғашқы күндері". */
const MONTH_ORDINALS = new Set(['соңғы', 'алғашқы', 'бірінші', 'екінші', 'үшінші'])
const MONTH_SPANS = new Set(['апта', 'онкүндік', 'күн', 'жарты'])
const GENITIVE = /(?:ның|нің|дың|дің|тың|тің)$/u

/** The end of "month-GEN part" at token k ("желтоқсанның соңы", "қаңтардың соңғы аптасында"), or -1. */
function monthPartEnd(tokens: Token[], k: number, lemmaOf: (k: number) => string): number {
  const word = tokens[k]!.text
  // every genitive ending ends in ң: a cheap test before the lemma
  const last = word.charCodeAt(word.length - 1)
  if ((last !== 0x4a3 && last !== 0x4a2) || tokens[k]!.type !== 'word' || !GENITIVE.test(word.toLowerCase()) || monthOf(lemmaOf(k)) === 0) return -1
  if (tokens[k + 1]?.type !== 'word') return -1
  if (MONTH_PARTS.has(lemmaOf(k + 1))) return k + 2
  if (MONTH_ORDINALS.has(tokens[k + 1]!.text.toLowerCase()) && tokens[k + 2]?.type === 'word' && MONTH_SPANS.has(lemmaOf(k + 2))) return k + 3
  return -1
}

/**
 * Spans of time, as KazNERD annotates them: a number and a unit of time is a DATE ("он алты
 * жылға", "2 – 3 жылда", "соңғы 7 жылда", "екі жыл бұрын", "7 күн ішінде"; an age: "Елу үш
 * жасар", "18 жасқа") or, in hours and minutes, a TIME ("3 сағат", "10 минуттан кейін"). The
 * tagger alone took a number in words for a CARDINAL and left the unit out. The words before and
 * after that belong to it are those of the train split's spans (соңғы, алдағы …; ішінде, бұрын …).
 */
function durations(tokens: Token[], lemmaOf: (k: number) => string, amountWord: Uint8Array): Found[] {
  const out: Found[] = []
  for (let k = 0; k < tokens.length; k++) {
    let j = afterAmount(tokens, amountWord, k, lemmaOf)
    if (j < 0) continue
    // ("about", "over" between the number and its unit: "30-ға жуық | жылды", KazNERD's DATE)
    if (j + 1 < tokens.length && BEFORE_UNIT.has(tokens[j]!.text.toLowerCase()) && tokens[j + 1]!.type === 'word' && timeUnitType(tokens, j + 1, lemmaOf) !== undefined) j++
    const type = j < tokens.length && tokens[j]!.type === 'word' ? timeUnitType(tokens, j, lemmaOf) : undefined
    // (an anniversary with its owner before it is the owner's EVENT, left to the tagger:
    // "Абай Құнанбаевтың | 175 жылдығына")
    if (type === undefined || (ANNIVERSARY.test(tokens[j]!.text.toLowerCase()) && k > 0 && GENITIVE.test(tokens[k - 1]!.text.toLowerCase()))) {
      // the number is read: the next span cannot start inside it
      k = Math.max(k, j - 1)
      continue
    }
    let last = j + 1
    // one span in two or three units, each but the last uninflected ("3 сағат 30 минут"), and
    // "from … to …" is one span of time ("1 айдан 6 айға дейін", "3 жастан 6 жасқа дейінгі"),
    // unlike amounts
    for (let units = 1; units < 3 && last < tokens.length; units++) {
      const unit = tokens[last - 1]!.text.toLowerCase()
      if (!(type === 'TIME' && unit === lemmaOf(last - 1)) && !(units === 1 && ABLATIVE.test(unit))) break
      const n = afterAmount(tokens, amountWord, last, lemmaOf)
      if (n < 0 || n >= tokens.length || tokens[n]!.type !== 'word' || timeUnitType(tokens, n, lemmaOf) !== type) break
      last = n + 1
    }
    // a year before a day and a month is one date with them: "1952 жылдың 6 ақпанында"
    if (last === j + 1 && isYear(tokens[k]) && isDay(tokens[last]) && last + 1 < tokens.length && monthOf(lemmaOf(last + 1)) > 0) last += 2
    else if (last < tokens.length && tokens[last]!.type === 'word' && TIME_SPAN_AFTER.has(tokens[last]!.text.toLowerCase())) last++
    let first = k
    if (first > 0 && tokens[first - 1]!.type === 'word' && TIME_SPAN_BEFORE.has(tokens[first - 1]!.text.toLowerCase())) first--
    out.push({ first, last, type, rule: true })
    k = last - 1
  }
  return out
}

/** After a number at token k, in digits or words, or a range of them ("2 – 3", "отыз – қырық"), or -1. */
function afterAmount(tokens: Token[], amountWord: Uint8Array, k: number, lemmaOf: (k: number) => string): number {
  let j = afterNumber(tokens, k, lemmaOf)
  if (j < 0) return afterNumberWords(tokens, amountWord, k)
  if (j + 1 < tokens.length && isDash(tokens[j]!) && tokens[j + 1]!.type === 'number') j = Math.max(j, afterNumber(tokens, j + 1, lemmaOf))
  return j
}

/** Units of time by lemma: spans of days and years are DATEs, of hours and minutes TIMEs. */
const TIME_UNITS = new Map<string, 'DATE' | 'TIME'>([
  ...['жыл', 'ай', 'апта', 'күн', 'тәулік'].map((w) => [w, 'DATE'] as const),
  ...['сағат', 'минут', 'секунд'].map((w) => [w, 'TIME'] as const),
])
/** An age, "53-year-old", "at 18": not "жас" itself, which is also "young" ("екі жас сержант"). */
const AGE = /^жас(?:ар|қа|ында|та|тағы|ынан|тан|ына)$/u
/** A number with a case ending after a hyphen: 30-ға, 100-ден. */
const CASED_NUMBER = /^\d+-[а-яәғқңөұүһі]+$/u
/** Words between a number and its unit of time: "30-ға жуық жылды", "100-ден астам жыл". */
const BEFORE_UNIT = new Set(['жуық', 'астам', 'аса', 'артық'])
/** Words after a span of time that KazNERD keeps in it: "екі жыл бұрын", "7 күн ішінде". */
const TIME_SPAN_AFTER = new Set(['ішінде', 'бұрын', 'бойы', 'бері', 'кейін', 'соң', 'астам', 'дейін', 'дейінгі', 'жуық', 'артық', 'аралығында', 'аралығындағы'])
/** Words before it that KazNERD keeps in it: "соңғы 7 жылда", "алдағы екі жылда" (not осыдан, осы). */
const TIME_SPAN_BEFORE = new Set(['соңғы', 'алдағы', 'өткен', 'тура', 'биылғы'])

function timeUnitType(tokens: Token[], k: number, lemmaOf: (k: number) => string): 'DATE' | 'TIME' | undefined {
  const unit = TIME_UNITS.get(lemmaOf(k))
  if (unit !== undefined) return unit
  const lower = tokens[k]!.text.toLowerCase()
  return AGE.test(lower) || TEMPORAL_ATTRIBUTIVES.has(lower) || ANNIVERSARY.test(lower) ? 'DATE' : undefined
}
/**
 * An anniversary: "театр 90 жылдығын атап өтеді" is a DATE, as KazNERD has "80 жылдығына" (with
 * its owner before it, the tagger's EVENT stands: "Абайдың 175 жылдығына"). The tagger made a
 * percentage of "90".
 */
const ANNIVERSARY = /^жылдығ(?:ы|ын|ына|ында|ынан|ымен|ының)$/u

/** "Of the year", "of the day": the lemmatizer keeps these whole ("2026 жылғы Азия ойындары"). */
const TEMPORAL_ATTRIBUTIVES = new Set(['жылғы', 'күнгі'])

/**
 * Dates with a month name: "03 Қаңтар, 2024", "3 қаңтар 2024 ж.", "2024 жылғы 3 қаңтар",
 * "3 қаңтарда", and dd.mm.yyyy tokens.
 */
function dates(tokens: Token[], lemmaOf: (k: number) => string): Found[] {
  const out: Found[] = []
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.type === 'date') {
      out.push({ first: k, last: k + 1, type: 'DATE', rule: true })
      continue
    }
    // a century in Roman numerals: "XIV ғасырдағы" (KazNERD spells them out, "он төртінші
    // ғасырдағы", a DATE; the tagger had an organization "XIV")
    // (its first letter first: a cheap test most tokens fail)
    const c = tokens[k]!.text.charCodeAt(0)
    if ((c === 0x49 || c === 0x56 || c === 0x58) && k + 1 < tokens.length && ROMAN_NUMERAL.test(tokens[k]!.text) && lemmaOf(k + 1).startsWith('ғасыр')) {
      out.push({ first: k, last: k + 2, type: 'DATE', rule: true })
      k++
      continue
    }
    // a part of a month: "желтоқсанның соңы", "қазанның басында", "Қаңтардың соңғы аптасында"
    const part = monthPartEnd(tokens, k, lemmaOf)
    if (part > 0) {
      out.push({ first: k, last: part, type: 'DATE', rule: true })
      k = part - 1
      continue
    }
    // [YYYY жылғы] D month [, YYYY] [ж. | жыл | жылы] ("жыл" in a dateline: "Астана, 3 желтоқсан
    // 2026 жыл."); a range of days too, with the word "between" after it: "6-8 желтоқсан
    // аралығында", "10 – 15 наурыз аралығында" (as KazNERD: "27-нші наурыз бен 4-інші сәуір
    // аралығында")
    // (a range is one token, "6-8", or three, "10 – 15")
    const spaced = isDay(tokens[k]) && tokens[k + 1] !== undefined && isDash(tokens[k + 1]!) && isDay(tokens[k + 2]) && Number(tokens[k]!.text) < Number(tokens[k + 2]!.text)
    const range = spaced || isDayRange(tokens[k])
    // (two days of one month joined by "and": "12 және 13 желтоқсанда" is one date, not a number
    // and a date)
    const joined = !spaced && isDay(tokens[k]) && PAIR_JOINERS.has(tokens[k + 1]?.text.toLowerCase() ?? '') && isDay(tokens[k + 2]) && Number(tokens[k]!.text) < Number(tokens[k + 2]!.text)
    const month = spaced || joined ? k + 3 : k + 1
    if (!(isDay(tokens[k]) || range) || monthOf(lemmaOf(month)) === 0) continue
    let first = k
    if (k >= 2 && isYear(tokens[k - 2]) && ['жылғы', 'ж.'].includes(tokens[k - 1]!.text.toLowerCase())) first = k - 2
    let last = month + 1
    if (tokens[last]?.text === ',' && isYear(tokens[last + 1])) last += 2
    else if (isYear(tokens[last])) last += 1
    if (last > month + 1 && ['ж.', 'жыл', 'жылы', 'жылғы'].includes(tokens[last]?.text.toLowerCase() ?? '')) last += 1
    if (range && RANGE_WORDS.has(tokens[last]?.text.toLowerCase() ?? '')) last += 1
    out.push({ first, last, type: 'DATE', rule: true })
    k = last - 1
  }
  return out
}

/** "аралығында" (between) after a range of days belongs to the date. */
const RANGE_WORDS = new Set(['аралығында', 'аралығы', 'аралығын', 'аралығынан', 'аралығына'])

/** "6-8" or "6–8": two days of a month, the first before the second, as one number token. */
function isDayRange(t: Token | undefined): boolean {
  const m = t !== undefined && t.type === 'number' ? /^(\d{1,2})[-–](\d{1,2})$/.exec(t.text) : null
  return m !== null && Number(m[1]) >= 1 && Number(m[1]) < Number(m[2]) && Number(m[2]) <= 31
}

function isDay(t: Token | undefined): boolean {
  return t !== undefined && t.type === 'number' && /^\d{1,2}$/.test(t.text) && Number(t.text) >= 1 && Number(t.text) <= 31
}

function isYear(t: Token | undefined): boolean {
  return t !== undefined && /^(1[89]|20)\d\d(-[\p{L}]+)?$/u.test(t.text)
}

/** ISO value of a date's tokens: 2024-01-03, 2024-01 (month and year), 2024 (year alone). */
function dateValue(tokens: Token[], lemmaOf: (k: number) => string, offset: number): string | undefined {
  const iso = tokens.find((t) => t.type === 'date')
  if (iso) {
    const [d, m, y] = iso.text.split('.')
    const year = y!.length === 2 ? `20${y}` : y!
    return `${year}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`
  }
  let day: string | undefined
  let firstDay: string | undefined
  let month = 0
  let year: string | undefined
  const years: string[] = []
  tokens.forEach((t, j) => {
    const m = monthOf(lemmaOf(offset + j))
    const range = YEAR_RANGE.exec(t.text)
    if (m > 0) month = m
    else if (isYear(t)) years.push((year = t.text.slice(0, 4)))
    else if (range) years.push(range[1]!, (year = range[2]!))
    else if (isDay(t) && month === 0) {
      firstDay ??= t.text.padStart(2, '0')
      day = t.text.padStart(2, '0')
    } else if (isDayRange(t) && month === 0) [firstDay, day] = t.text.split(/[-–]/).map((d) => d.padStart(2, '0'))
  })
  if (year && month && day) {
    const ym = `${year}-${String(month).padStart(2, '0')}`
    // days from one to another, an ISO 8601 interval: "10–15 наурыз" → 2026-03-10/2026-03-15
    const dashed = tokens.some((t) => isDash(t) || isDayRange(t))
    if (dashed && firstDay && firstDay !== day) return `${ym}-${firstDay}/${ym}-${day}`
    // two days joined by "and": two days running are an interval ("12 және 13 желтоқсанда" →
    // …-12/…-13), others the first of them
    if (firstDay && firstDay !== day) return Number(day) - Number(firstDay) === 1 ? `${ym}-${firstDay}/${ym}-${day}` : `${ym}-${firstDay}`
    return `${ym}-${day}`
  }
  if (year && month) return `${year}-${String(month).padStart(2, '0')}`
  // years from one to another, an ISO 8601 interval: "2020 – 2024 жылдары" → 2020/2024
  if (years.length > 1 && years[0] !== year) return `${years[0]}/${year}`
  return year
}

/** Two years joined in one token: "2020-2024", "2020–2024 жж." */
const YEAR_RANGE = /^((?:1[89]|20)\d\d)[-–—]((?:1[89]|20)\d\d)(?:-\p{L}+)?$/u

const ORG_KINDS: [RegExp, string][] = [
  [/(министрлігі|комитеті|кеңесі|әкімдігі|агенттігі|департаменті|басқармасы|прокуратурасы|соты|парламенті|мәжілісі|сенаты|үкіметі)$/u, 'government'],
  [/(университеті|академиясы|институты|мектебі|колледжі)$/u, 'education'],
  [/(газеті|журналы|телеарнасы|порталы|радиосы|басылымы)$/u, 'media'],
  [/(жшс|ақ|компаниясы|корпорациясы|банкі|зауыты|холдингі)$/u, 'company'],
  [/(партиясы|қозғалысы|одағы|қоры|қауымдастығы|бірлестігі)$/u, 'association'],
]

/** Fills country, kind and (for known names) canonical. */
function describe(e: Entity, f: Found, tokens: Token[], lemmaOf: (k: number) => string): void {
  if (f.kind) e.kind = f.kind
  if (f.country) e.country = f.country
  if (f.canonical) e.canonical = f.canonical
  if (e.type === 'GPE' && !e.country) {
    const code = countryCodeOf(tokens.slice(f.first, f.last).map((_, j) => lemmaOf(f.first + j)).join(' '))
    if (code) {
      e.country = code
      e.kind ??= 'country'
    } else {
      const lemma = e.lemma.toLowerCase()
      if (/облысы$/u.test(lemma)) e.kind ??= 'region'
      else if (/ауданы$/u.test(lemma)) e.kind ??= 'district'
      else if (/қаласы$/u.test(lemma)) e.kind ??= 'city'
    }
  }
  if (e.type === 'ORGANIZATION' && !e.kind) {
    const lemma = e.lemma.toLowerCase()
    for (const [re, kind] of ORG_KINDS) {
      if (re.test(lemma)) {
        e.kind = kind
        break
      }
    }
  }
}

/**
 * One word of a person's name elsewhere in the text is that person: after "Болатбек Қалдыров" the
 * tagger's "Болатбек" ORGANIZATION is a PERSON; so is the whole name typed otherwise elsewhere
 * ("Гидеон Саардың" ORGANIZATION once, PERSON twice); and so is a listed given name on its own
 * that the tagger took for an organization ("Оразбек", data/gazetteer/given-names.txt). Gazetteer names (they have a `kind`) keep their type.
 */
function personByName(entities: Entity[], givenNamed: ReadonlySet<Entity>): void {
  joinedCaseEndings(entities)
  const nameWords = new Set<string>()
  const names = new Set<string>()
  for (const e of entities) {
    if (e.type !== 'PERSON' || !e.lemma.includes(' ')) continue
    names.add(e.lemma.toLowerCase())
    for (const w of e.lemma.toLowerCase().split(/\s+/)) nameWords.add(w)
  }
  for (const e of entities) {
    // (a one-word role too, a surname the tagger read as the title after "деді" often is: "–
    // …, – деді Гутерриш" after "Антониу Гутерриш")
    const oneWordRole = e.type === 'POSITION' && !e.lemma.includes(' ') && isCapitalThenSmall(e.text) && !isTitleWord(e.lemma.toLowerCase(), e.lemma.toLowerCase())
    if (e.type === 'PERSON' || e.kind !== undefined || (!CAPITALIZED_TYPES.has(e.type) && !oneWordRole)) continue
    // (as written too, where the lemmatizer took a surname's end for a suffix: "– деді Фостер"
    // read as Фос + -тер, after "Питер Фостер")
    if (oneWordRole && nameWords.has(e.text.toLowerCase())) {
      e.type = 'PERSON'
      e.lemma = e.text
      continue
    }
    const lemma = e.lemma.toLowerCase()
    // (a given name the tagger took for a place stays one: "Алтай ауданында")
    if (e.lemma.includes(' ') ? names.has(lemma) : nameWords.has(lemma) || (givenNamed.has(e) && e.type === 'ORGANIZATION')) e.type = 'PERSON'
  }
}

/**
 * One word the tagger types differently across a text takes its commonest type there: a page
 * that repeats its headline "Қаңтар оқиғасы …" got DATE three times and PERSON once. Only
 * one-word names and dates from the tagger (gazetteer names have a `kind`); a tie changes nothing.
 * A word the text names as a company with its legal form ("«Теңізшевройл» ЖШС") is that company.
 */
function oneTypePerWord(entities: Entity[], facilities?: ReadonlySet<string>): void {
  const counts = new Map<string, Map<EntityType, number>>()
  const eligible = (e: Entity): boolean => e.kind === undefined && !e.lemma.includes(' ') && (NAMED_TYPES.has(e.type) || e.type === 'DATE')
  for (const e of entities) {
    if (!eligible(e)) continue
    const key = e.lemma.toLowerCase()
    let byType = counts.get(key)
    if (!byType) counts.set(key, (byType = new Map()))
    byType.set(e.type, (byType.get(e.type) ?? 0) + 1)
  }
  // each word's commonest type, when one type is commoner than every other
  const commonest = new Map<string, EntityType>()
  for (const [key, byType] of counts) {
    let top: EntityType | undefined
    let topCount = 0
    let tied = false
    for (const [type, n] of byType) {
      if (n > topCount) [top, topCount, tied] = [type, n, false]
      else if (n === topCount) {
        // (a tie between an organization and a product is the organization: "«Легия» командасын
        // … «Легияның» бас бапкері", the club, was a PRODUCT once)
        if ((top === 'ORGANIZATION' && type === 'PRODUCT') || (top === 'PRODUCT' && type === 'ORGANIZATION')) top = 'ORGANIZATION'
        else tied = true
      }
    }
    if (tied) top = undefined
    if (top !== undefined && byType.size > 1) commonest.set(key, top)
  }
  // a company's name in guillemets before its legal form settles the word alone elsewhere: the
  // headline's "«Теңізшевройл» жаңа кен орнын…" (a PRODUCT to the tagger) is "«Теңізшевройл» ЖШС"
  const companies = new Set<string>()
  for (const e of entities) {
    const close = e.type === 'ORGANIZATION' && e.kind === 'company' && e.text.startsWith('«') ? e.text.indexOf('»') : -1
    if (close > 1 && !e.text.slice(1, close).includes(' ')) companies.add(e.text.slice(1, close).toLowerCase())
  }
  for (const e of entities) {
    if (!eligible(e)) continue
    const key = e.lemma.toLowerCase()
    // (and a name before a building's head the building: "«Медеу» мұз айдыны … «Медеу» басшысы")
    e.type = companies.has(key) ? 'ORGANIZATION' : facilities?.has(key) ? 'FACILITY' : (commonest.get(key) ?? e.type)
  }
}

/**
 * A name that opens with the name of a site the text names is that company's, whatever the tagger
 * made of it: "Kaspi.kz … Kaspi Pay arqyly" (in Latin-script text "Kaspi Pay" reads as a person's
 * name, Каспі Пай).
 */
function withDomainNames(entities: Entity[]): void {
  let owners: Set<string> | undefined
  for (const e of entities) {
    const dot = e.type === 'ORGANIZATION' ? e.lemma.indexOf('.') : -1
    if (dot > 1 && !e.lemma.includes(' ')) (owners ??= new Set()).add(e.lemma.slice(0, dot).toLowerCase())
  }
  if (owners === undefined) return
  for (const e of entities) {
    if (e.type !== 'PERSON' && e.type !== 'GPE') continue
    const space = e.lemma.indexOf(' ')
    if (owners.has((space < 0 ? e.lemma : e.lemma.slice(0, space)).toLowerCase())) {
      e.type = 'ORGANIZATION'
      delete e.kind
      delete e.country
    }
  }
}

/** At most this many distinct names by their first word are looked for again (withRepeatedNames). */
const REPEATED_PER_WORD = 16

/** Types whose names of two words or more the text's other mentions of them take (withRepeatedNames). */
const REPEATED_TYPES = new Set<EntityType>(['PERSON', 'ORGANIZATION', 'GPE', 'LOCATION', 'ART', 'EVENT', 'FACILITY', 'PROJECT'])

/**
 * A name of two to six capitalized words found once is that name wherever the text repeats it,
 * word for word by lemma, with the same capital: "Абай театры «Қыз Жібек» операсын ұсынады … «Қыз Жібек –
 * қазақ халқының махаббат жыры»" (the tagger had a FACILITY "Жібек" inside the quotation). Only
 * where nothing was found or the tagger found pieces of it; linear (the names by their first
 * word, one sweep).
 */
function withRepeatedNames(found: Found[], tokens: Token[], lemmaOf: (k: number) => string, opensName: (names: ReadonlyMap<string, Found[]>) => (k: number) => boolean): Found[] {
  const sameName = (a: Found, b: Found): boolean => {
    if (a.last - a.first !== b.last - b.first) return false
    for (let j = 0; j < a.last - a.first; j++) if (lemmaOf(a.first + j) !== lemmaOf(b.first + j)) return false
    return true
  }
  let names: Map<string, Found[]> | undefined
  for (const f of found) {
    const n = f.last - f.first
    if (n < 2 || n > 6 || f.start !== undefined || !REPEATED_TYPES.has(f.type) || !isCapitalThenSmall(tokens[f.first]!.text)) continue
    // (every word a capital: a name with small words is more often a tagger's guess, which a long
    // text would repeat — "Қазақ елі" a FACILITY, "Туған жері" an EVENT)
    let words = true
    for (let t = f.first; t < f.last && words; t++) words = tokens[t]!.type === 'word' && isCapitalThenSmall(tokens[t]!.text)
    if (!words) continue
    names ??= new Map()
    const key = lemmaOf(f.first)
    const list = names.get(key)
    // (each name once, and at most REPEATED_PER_WORD names a word: a long text of distinct names
    // that share their first word — "Қазақ …" a thousand times — stays linear)
    if (!list) names.set(key, [f])
    else if (list.length < REPEATED_PER_WORD && !list.some((g) => sameName(g, f))) list.push(f)
  }
  if (names === undefined) return found
  const opens = opensName(names)
  const sameWords = (f: Found, k: number): boolean => {
    if (k + f.last - f.first > tokens.length || tokens[k]!.text !== tokens[f.first]!.text) return false
    for (let j = 1; j < f.last - f.first; j++) if (lemmaOf(k + j) !== lemmaOf(f.first + j) || tokens[k + j]!.type !== 'word') return false
    return true
  }
  const sorted = found.slice().sort((a, b) => a.first - b.first)
  const replaced = new Set<Found>()
  const added: Found[] = []
  let i = 0
  for (let k = 0; k < tokens.length; k++) {
    if (!opens(k)) continue
    const list = names.get(lemmaOf(k))
    if (list === undefined) continue
    const name = list.find((f) => sameWords(f, k))
    if (name === undefined) continue
    const last = k + name.last - name.first
    while (i < sorted.length && sorted[i]!.last <= k) i++
    // (what is found there: nothing, or the tagger's pieces inside it)
    const inside: Found[] = []
    let fits = true
    for (let j = i; j < sorted.length && sorted[j]!.first < last && fits; j++) {
      const f = sorted[j]!
      fits = f.first >= k && f.last <= last && !f.rule && !(f.first === k && f.last === last)
      inside.push(f)
    }
    if (!fits) continue
    for (const f of inside) replaced.add(f)
    added.push({ ...name, first: k, last, rule: true })
    k = last - 1
  }
  if (added.length === 0) return found
  replaceFound(found, replaced, added)
  return found
}

/**
 * A person's surname on its own, where nothing else is found, is that person: the headline's
 * "Лавров | пен Көшербаев Мәскеуде келіссөз жүргізді" before "… Сергей Викторович Лавровпен
 * кездесті" (the tagger had nothing there, and another time an organization). Only surnames by
 * their ending (SURNAME), of names of two words or more found as people.
 */
function withRepeatedSurnames(found: Found[], tokens: Token[], lemmaOf: (k: number) => string, byWord: (surnames: ReadonlySet<string>) => (k: number) => boolean): Found[] {
  let surnames: Set<string> | undefined
  for (const f of found) {
    if (f.type !== 'PERSON' || f.last - f.first < 2 || !isCapitalThenSmall(tokens[f.last - 1]!.text)) continue
    const surname = lemmaOf(f.last - 1)
    if (SURNAME.test(surname)) (surnames ??= new Set()).add(surname)
  }
  if (surnames === undefined) return found
  // (and a tagger's name that opens with one and runs on into lower-case words, no body's head, is
  // the person: "Антикор мәліметінше, Үсенов | жол салу тендерлерін …" was an ORGANIZATION)
  for (const f of found) {
    if (f.rule || f.type === 'PERSON' || f.last - f.first < 2 || !surnames.has(lemmaOf(f.first)) || !isCapitalThenSmall(tokens[f.first]!.text)) continue
    let lower = true
    for (let t = f.first + 1; t < f.last && lower; t++) lower = tokens[t]!.type === 'word' && caseByCode(tokens[t]!.text.charCodeAt(0)) === -1 && !isOrganizationHead(tokens[t]!.text.toLowerCase())
    if (!lower) continue
    f.type = 'PERSON'
    f.last = f.first + 1
    delete f.kind
  }
  // (the surnames' words by distinct word: the sweep then reads a typed array, not every lemma)
  const isSurnameWord = byWord(surnames)
  let covered: Uint8Array | undefined
  const added: Found[] = []
  for (let k = 0; k < tokens.length; k++) {
    if (!isSurnameWord(k) || caseByCode(tokens[k]!.text.charCodeAt(0)) !== 1 || !isCapitalThenSmall(tokens[k]!.text)) continue
    // (a surname inside a longer run of capitals is another's name: "Лавров | Институты")
    if (caseByCode(tokens[k + 1]?.text.charCodeAt(0) ?? 0) === 1 || (k > 0 && tokens[k - 1]!.type === 'word' && caseByCode(tokens[k - 1]!.text.charCodeAt(0)) === 1)) continue
    if (!covered) {
      covered = new Uint8Array(tokens.length)
      for (const f of found) covered.fill(1, f.first, f.last)
    }
    if (covered[k] === 0) added.push({ first: k, last: k + 1, type: 'PERSON', rule: true })
  }
  if (added.length === 0) return found
  return [...found, ...added].sort((a, b) => a.first - b.first)
}

/**
 * A person's name goes on through one capitalized word in no case right after it that the tagger
 * took for a thing: "Түркияның Қазақстандағы елшісі Исмаил Алпер | Джошкун" (an EVENT to the tagger;
 * a name of three words, as Turkish ones are). `found` is in text order.
 */
function withPersonsRunOn(found: Found[], tokens: Token[], lemmaOf: (k: number) => string): Found[] {
  let dropped: Set<Found> | undefined
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i]!
    const b = found[i + 1]!
    if (a.type !== 'PERSON' || b.rule || b.first !== a.last || b.last - b.first !== 1 || !QUOTATION_OPENER_TYPES.has(b.type)) continue
    const t = tokens[b.first]!
    if (t.type !== 'word' || !isCapitalThenSmall(t.text) || lemmaOf(b.first) !== foldName(t.text) || tokens[b.first - 1]!.end === t.start) continue
    if (tokens[b.last]?.type === 'word' && caseByCode(tokens[b.last]!.text.charCodeAt(0)) === 1) continue
    a.last = b.last
    ;(dropped ??= new Set()).add(b)
    i++
  }
  return dropped ? found.filter((f) => !dropped!.has(f)) : found
}

/** Cuts each of `spans` at the first line break inside it (a newline between two of its tokens). */
function withinLines(spans: readonly Found[], tokens: Token[], text: string): void {
  for (const f of spans) {
    for (let t = f.first + 1; t < f.last; t++) {
      if (!lineBreakBefore(tokens, text, t)) continue
      f.last = t
      break
    }
  }
}

/** Is there a newline between token t - 1 and token t? */
function lineBreakBefore(tokens: Token[], text: string, t: number): boolean {
  const from = tokens[t - 1]!.end
  const gap = tokens[t]!.start - from
  // (a cheap test first: most gaps are one space)
  if (gap === 0 || (gap === 1 && text.charCodeAt(from) !== 0x0a)) return false
  return text.slice(from, tokens[t]!.start).includes('\n')
}

/** The first token of [first, last) after a paragraph break, or -1 when the tokens are of one paragraph. */
function paragraphBreakIn(tokens: Token[], text: string, first: number, last: number): number {
  for (let t = first + 1; t < last; t++) {
    // (a cheap test first: most gaps are one space)
    if (tokens[t]!.start - tokens[t - 1]!.end >= 2 && PARAGRAPH_BREAK.test(text.slice(tokens[t - 1]!.end, tokens[t]!.start))) return t
  }
  return -1
}

const PARAGRAPH_BREAK = /\n[^\S\n]*\n/u

/**
 * A person's name whose last word is too short for the lemmatizer to strip a case ending from,
 * told by another mention of it: "Ван Имен" (with Wang Yi) → Ван И where the text also names "Ван
 * И" (a one-letter stem loses to the whole word in the lemmatizer's ranking).
 */
function joinedCaseEndings(entities: Entity[]): void {
  let lemmas: Set<string> | undefined
  for (const e of entities) {
    if (e.type !== 'PERSON') continue
    const ending = SHORT_NAME_ENDING.exec(e.lemma)
    if (!ending) continue
    lemmas ??= new Set(entities.map((x) => x.lemma))
    const bare = e.lemma.slice(0, ending.index + ending[1]!.length)
    if (lemmas.has(bare)) e.lemma = bare
  }
}
/** A one- or two-letter last word of a name and a case ending joined to it, in either script: "Ван Имен", "Van Imen". */
const SHORT_NAME_ENDING = /( \p{Lu}\p{Ll}?)(?:мен|бен|пен|нің|ның|дің|дың|ге|ға|ке|қа|ні|ны|ді|ды|де|да|ден|дан|нен|нан|men|ben|pen|[nd][iıy][ńñ]|ge|[ǵğ]a|ke|qa|[nd][iıy]|de|da|den|dan|nen|nan)$/u

/**
 * One name per thing: people whose names are part of a fuller name get the fullest
 * (Тоқаев ≡ Қасым-Жомарт Тоқаев); organizations and places keep their gazetteer canonical
 * (ҰҚШҰ ≡ Ұжымдық қауіпсіздік туралы шарт ұйымы), else their lemma.
 */
function assignCanonical(entities: Entity[]): void {
  // distinct names only (a long text names the same few people many times)
  const people = entities.filter((e) => e.type === 'PERSON')
  const names = new Map<string, string[]>()
  // (an initial is a word of its own, written apart or not: "Қ.Тоқаев", "Қ. Тоқаев")
  for (const p of people) if (!names.has(p.lemma)) names.set(p.lemma, p.lemma.toLowerCase().split(/\s+|(?<=\.)(?=\S)/u))
  const fullest = new Map<string, string>()
  for (const [name, mine] of names) {
    let best = name
    let bestLength = mine.length
    for (const [other, theirs] of names) {
      if (theirs.length > bestLength && mine.every((w) => theirs.includes(w))) {
        best = other
        bestLength = theirs.length
      }
    }
    fullest.set(name, best)
  }
  for (const p of people) p.canonical = fullest.get(p.lemma)!
  for (const e of entities) {
    if ((e.type === 'ORGANIZATION' || e.type === 'GPE' || e.type === 'LOCATION') && !e.canonical) e.canonical = e.lemma
  }
}
