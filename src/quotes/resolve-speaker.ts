import { hasTag, type Person, type QuoteDocument, isCapitalized, isPronoun, lowerLemma, NON_SUBJECT_CASES, OBLIQUE_CASES, paragraphAt, tokenFrom } from './document.js'
import { countBelow } from '../internal/count-below.js'
import { isHeadInPossessive } from '../internal/head-in-possessive.js'
import { hasSuffixTag } from '../morphology/has-suffix-tag.js'
import { isBodyWord, isOutletWord, isSentenceOpener, isTitleWord, matchPhrase, mediaNames, presidentTitles, trialSideOf, trialSideTitles } from './lexicon.js'
import { fullestWith, insideName, lastEndingBy, mostNamedWithTitle, type PeopleIndex, peopleIndex } from './people-index.js'

/** Who a mention refers to: a token range of the fullest name for it, or the mention itself. */
export interface Referent {
  first: number
  last: number
  /** True when the referent is a person named elsewhere in the text. */
  person: boolean
}

/**
 * Resolves a speaker mention (token range) to the person the article means:
 * - a name → the fullest name in the text with the same words (Тоқаев → Қасым-Жомарт Тоқаев,
 *   Болатбек → Болатбек Қалдыров);
 * - ол / оның → the last speaker, or else the last person named before the quotation;
 * - a title → the person the text names with that title (министр → "министр Ерлан Ақкенженов");
 *   Президент / Мемлекет басшысы → Қасым-Жомарт Тоқаев when the text names him and no other
 *   holder; any other title with no named holder → the person the article names most, if any;
 * - a plural title or one that names a body (мамандар, министрлігінің өкілдері) → itself;
 * - anything else (Ақорда, DW, агенттік дереккөзі) → itself.
 */
export function resolveSpeaker(doc: QuoteDocument, first: number, last: number, lastSpeaker: Referent | undefined, lastSpokeAt = -1, quoteFrom = first): Referent {
  const self: Referent = { first, last, person: false }
  const words = doc.words.slice(first, last)
  if (words.length === 0) return self
  if (words.length <= 2 && isPronoun(words.join(' '))) {
    // (the person named last before the quotation, not inside it: "– Вакцина – …, – деді ол.")
    const before = doc.people[lastEndingBy(doc.people, Math.min(first, quoteFrom))]
    // someone named since the last speaker spoke, as the subject, just before: "«…», деді
    // Черчесов. … Грузия құрамасының бапкері Вилли Саньоль жеңілісті мойындады. «…», деді ол."
    if (lastSpeaker && before && before.first > lastSpokeAt && isSubjectNear(doc, before, first)) return asReferent(before)
    if (lastSpeaker) return lastSpeaker
    return before ? asReferent(before) : self
  }
  const outlet = newsOutlet(doc, first, last)
  if (outlet) return outlet
  const lemmas = words.map((w) => lowerLemma(doc, w))
  if (words.length === 1 && isOutletWord(lemmas[0]!)) return lastOutletBefore(doc, first) ?? self
  // a body's head alone is the body named last before it with that head: "Министрліктің
  // дерегінше" after "Денсаулық сақтау министрлігінің …" is that ministry
  if (words.length === 1 && isBodyWord(lemmas[0]!)) {
    const named = namedBodyBefore(doc, (lemma) => sameHead(lemma, lemmas[0]!), first)
    if (named) return named
  }
  // and "ведомство" (the office) is the state body named last, whatever its head: "Төтенше
  // жағдайлар министрлігі … мәлімдеді. Ведомство мәліметінше, …"
  if (words.length === 1 && lemmas[0] === 'ведомство') {
    const named = namedBodyBefore(doc, isStateBodyHead, first)
    if (named) return named
  }
  const capitalized = doc.tokens.slice(first, last).filter((t) => isCapitalized(t))
  const hasTitle = words.some((w, j) => isTitleWord(w, lemmas[j]!))
  // a body or a group named last, after a name of its own, speaks as itself: "«ҚазМұнайГаз» ҰК АҚ
  // баспасөз қызметі", "«МузАрт» тобының әншілері" (with a title: "министрлігінің өкілдері", below)
  if (!hasTitle && !isCapitalized(doc.tokens[last - 1]!) && (isBodyWord(lemmas.at(-1)!) || isPlural(words.at(-1)!))) return self
  // a name: the fullest person with the words of the mention's last capitalized run (the head of
  // "Тоқаевтың кеңесшісі Айбек Серіков" is Айбек Серіков)
  const run = lastCapitalizedRun(doc, first, last)
  // (a title that opens the sentence has a capital but is no part of the name: "Педагог | Айгүл
  // Сейітқызы", "Сенатор | Серік Ақылбай")
  if (run) while (run[1] - run[0] > 1 && isTitleWord(doc.words[run[0]]!, lowerLemma(doc, doc.words[run[0]]!))) run[0]++
  if (run && !(hasTitle && capitalized.length === words.length && words.length <= 2 && !insideName(doc.people, first, last))) {
    const nameLemmas = doc.tokens.slice(run[0], run[1]).map((t) => lowerLemma(doc, t.text))
    // (a sentence's capital on a common noun before the name is no part of it: "Көрермен | Гүлнар
    // Сәтбаева", as findPeople reads it)
    // (or a body's name and its title before the name: "Мәжіліс Төрағасы | Ерлан Қошанов")
    let match = fullestWith(peopleIndex(doc), nameLemmas)
    for (let i = 1; match === undefined && nameLemmas.length - i >= 2; i++) match = fullestWith(peopleIndex(doc), nameLemmas.slice(i))
    if (match) return asReferent(match)
    // (or the person the run ends with, when a word before the surname reads as inflected and
    // took no part in the name: "министрі Айда | Балаеваның айтуынша" (Ай + -да) is Балаева, not
    // the minister the text named before)
    const named = doc.people[lastEndingBy(doc.people, run[1])]
    if (named && named.last === run[1] && named.first > run[0]) return asReferent(fullestOf(peopleIndex(doc), named))
    // (a name inside a body's mention is no speaker of its own: "Төтенше жағдайлар министрлігі
    // Сейсмологиялық … экспедициясы" speaks as itself)
    // (nor is a legal form after a name in guillemets the name: "«Қазгидромет» РМК" speaks as itself)
    if (!hasTitle) return run[0] > first && run[1] === last && doc.words[run[0] - 1] !== '»' ? { first: run[0], last: run[1], person: false } : self
  }
  // many people or a body speak as themselves: "мамандар", "министрлігінің өкілдері",
  // "Денсаулық сақтау министрлігі" are no one person of the article
  if (hasTitle && (isBodyWord(lemmas.at(-1)!) || isPlural(words.at(-1)!))) return self
  // someone's title is not the one they are: "Оның адвокатының айтуынша" is his lawyer, not he
  if (hasTitle && POSSESSIVE_PRONOUNS.has(words[0]!)) return self
  if (hasTitle) {
    // "Мемлекет басшысы" is the head of state, not any "басшы" (head) the text names: "Израиль
    // сыртқы істер ведомствосының басшысы Гидеон Саар" is none
    const headOfState = lemmas.some((l, j) => l === 'басшы' && lemmas[j - 1] === 'мемлекет')
    const titleLemmas = headOfState ? ['мемлекет', 'президент'] : lemmas.filter((l, j) => isTitleWord(words[j]!, l))
    // a title points back to the holder named before it (the one named most among them); with
    // none before, to the article's main person ("шебер" is the craftsman the story is about,
    // not the other one a closing note mentions)
    const index = peopleIndex(doc)
    // (the one who spoke last, when they hold it and spoke in this paragraph or the one before:
    // "Рашад Набиевтің айтуынша, … Министрдің сөзінше, …" is Набиев again, not the other
    // minister the article names more)
    if (lastSpeaker?.person && lastSpokeAt >= 0 && holdsTitle(doc, index, lastSpeaker, titleLemmas) && paragraphAt(doc, doc.tokens[first]!.start) - paragraphAt(doc, doc.tokens[lastSpokeAt]!.start) <= 1) return lastSpeaker
    // (a trial side's titles name one holder: "қорғаушы" is the "адвокат" named before)
    const best = mostNamedWithTitle(index, titleLemmas, first) ?? mostNamedWithTitle(index, sameTrialSide(titleLemmas), first)
    if (best) return asReferent(fullestOf(index, best))
    // a title in the text's first paragraph, its headline, is the holder the lead names with it, in
    // the two paragraphs below: "Премьер-министр: Тарифтер негізсіз өспеуі тиіс ¶ Үкімет отырысында
    // Премьер-министр Олжас Бектенов …" (not the article's most named person; a holder a closing
    // note names is not the one the headline means: "… – шебер" is the craftsman the story is about)
    // (a headline has no final stop; a president's title has its own rule below)
    if (paragraphAt(doc, doc.tokens[first]!.start) === 0 && doc.paragraphs.length > 1 && !'.!?…'.includes(doc.text[doc.paragraphs[0]!.end - 1]!) && !isPresidential(words, lemmas)) {
      const lead = doc.paragraphs[Math.min(2, doc.paragraphs.length - 1)]!
      const below = mostNamedWithTitle(index, titleLemmas, tokenFrom(doc, lead.end))
      if (below) return asReferent(fullestOf(index, below))
    }
    // with no holder of the title named, the one just named as a subject since the last speaker
    // spoke: "… басшысы Мұрат Темірханов … болжады. – …, – дейді сарапшы."
    // (a full name: one word ending like a surname may be none, "Машина"; nor is a president's
    // title anywhere in the mention anyone but the president: "… арнайы барған Елбасы")
    // (named before the quotation and near its start, not inside it nor near a mention after a
    // long one: "Терапевт Гүлнар Мұқанова … шақырды. ¶ – Тұмау – вирустық ауру. … Антибиотик … .
    // …, – дейді дәрігер.", "«… Әуезов мұрасын зерттеу – біздің парызымыз», – деді өңір басшысы")
    // (but a body's representative no one named is someone else: "Прокуратураның ресми өкілінің
    // сөзінше" after the deputy akim spoke is the prosecutor's office's spokesperson)
    // (a body's name in guillemets before its head too: "«Самұрық-Энерго» компаниясының өкілі")
    if (words.length >= 2 && lemmas.at(-1) === 'өкіл' && lemmas.slice(0, -1).some((l) => isBodyWord(l))) return self
    const from = Math.min(first, quoteFrom)
    const before = doc.people[lastEndingBy(doc.people, from)]
    // (neither is someone named as another side of a trial: "Сотталушының адвокаты Дина Оспанова
    // … айтты. Прокурор … атап өтті." is no word of the lawyer's)
    const otherSide = (who: Referent): boolean => holdsOtherTrialSide(doc, index, who, titleLemmas)
    if (before && before.lemmas.length >= 2 && before.first > lastSpokeAt && !holdsPresidentialTitle(words, lemmas) && isSubjectNear(doc, before, from) && !otherSide(asReferent(before))) return asReferent(fullestOf(index, before))
    // (else the one who spoke last, in this paragraph or the one before, whom the title describes:
    // "Мәжіліс депутаты Азат Перуашев … атап өтті. ¶ – …, – деді «Ақ жол» партиясы фракциясының
    // жетекшісі.", not the article's most named person)
    if (lastSpeaker?.person && lastSpokeAt >= 0 && !isPresidential(words, lemmas) && paragraphAt(doc, doc.tokens[first]!.start) - paragraphAt(doc, doc.tokens[lastSpokeAt]!.start) <= 1 && !otherSide(lastSpeaker)) return lastSpeaker
    if (index.main && !isPresidential(words, lemmas) && !otherSide(asReferent(index.main))) return asReferent(fullestOf(index, index.main))
    // (a president's title with no holder before it is Kazakhstan's president when the text names
    // him, not another country's named after it: "Тоқаев … атап өтті. Президенттің айтуынша, … ¶
    // … Оңтүстік Корея Президенті Ли Чжэ Мённың шақыруы …")
    const tokayev = isPresidential(words, lemmas) ? fullestWith(index, ['тоқаев']) : undefined
    if (tokayev) return asReferent(tokayev)
    const after = mostNamedWithTitle(index, titleLemmas, Infinity)
    if (after) return asReferent(fullestOf(index, after))
  }
  return self
}

/**
 * Is the person named in the nominative (a subject: not "Саньольдің командасы", "Саньольге") in
 * the paragraph of token `at` or the one before it, at most two sentences before it? (Further
 * back a name is as often a byline: "Бірлік Берікұлы, Дәурен Жұрхабаев, «Қорытынды жаңалықтар».")
 */
function isSubjectNear(doc: QuoteDocument, p: Person, at: number): boolean {
  if (doc.sentenceOf[at]! - doc.sentenceOf[p.first]! > 2) return false
  if (hasTag(doc, doc.words[p.last - 1]!, OBLIQUE_CASES)) return false
  const here = paragraphAt(doc, doc.tokens[at]!.start)
  const there = paragraphAt(doc, doc.tokens[p.first]!.start)
  return there >= 0 && here - there <= 1
}

/**
 * A news outlet speaks as itself, whoever writes for it: "Kazinform menshikti tilshisi" →
 * Kazinform, "TASS aqparat agenttigi" → TASS (data/gazetteer/organizations.tsv, kind media). Not
 * when the mention names someone too: "Egemen Qazaqstan gazetiniń bas redaktory Darhan Qydyráli".
 */
function newsOutlet(doc: QuoteDocument, first: number, last: number): Referent | undefined {
  const names = mediaNames()
  for (let j = first; j < last; j++) {
    const n = matchPhrase(doc.words, j, names)
    if (n === 0) continue
    for (let k = first; k < last; k++) if ((k < j || k >= j + n) && isCapitalized(doc.tokens[k]!)) return undefined
    return { first: j, last: Math.min(j + n, last), person: false }
  }
  return undefined
}

/** The last news outlet named before token `at`, as a referent (the text's outlets are found once, when first asked). */
function lastOutletBefore(doc: QuoteDocument, at: number): Referent | undefined {
  const outlets = (doc.outlets.value ??= outletMentions(doc))
  // (the outlets named by token `at`: their last token is before it)
  const named = countBelow(outlets, at + 1, (o) => o.last)
  return named > 0 ? outlets[named - 1] : undefined
}

/** Every mention of a news outlet in the text, in order. */
function outletMentions(doc: QuoteDocument): Referent[] {
  const names = mediaNames()
  const out: Referent[] = []
  for (let j = 0; j < doc.words.length; j++) {
    const n = matchPhrase(doc.words, j, names)
    if (n > 0) out.push({ first: j, last: j + n, person: false })
  }
  return out
}

/** How far back a body's head alone looks for the body's name, in tokens (a bound: each such mention scans once). */
const BODY_LOOKBACK = 1000

/**
 * The last body before token `at` whose head's lemma `isHead` accepts, after a capitalized word
 * (or its guillemets), in up to five words in no case but the genitive ("Денсаулық сақтау
 * министрлігінің"), or undefined.
 */
function namedBodyBefore(doc: QuoteDocument, isHead: (lemma: string) => boolean, at: number): Referent | undefined {
  for (let k = at - 1; k > 0 && at - k <= BODY_LOOKBACK; k--) {
    if (doc.tokens[k]!.type !== 'word' || !isHead(lowerLemma(doc, doc.words[k]!))) continue
    // (the head itself, not a word before another's: "… полиция | департаментінің")
    if (k + 1 < doc.tokens.length && isBodyWord(lowerLemma(doc, doc.words[k + 1]!))) continue
    let start = -1
    // (the name starts after "Бұл туралы", an opener or a pronoun, though these have capitals)
    // (guillemets too: "«ҚазМұнайГаз» ұлттық компаниясы» АҚ … Компания мәліметінше")
    const inName = (j: number): boolean =>
      (doc.tokens[j]!.type === 'word' || doc.words[j] === '«' || doc.words[j] === '»') && doc.sentenceOf[j] === doc.sentenceOf[k] && !hasTag(doc, doc.words[j]!, NON_SUBJECT_CASES) && doc.words[j] !== 'туралы' && !isPronoun(doc.words[j]!) && !isSentenceOpener(doc.words[j]!)
    for (let j = k - 1; j >= 0 && k - j <= 5 && inName(j); j--) {
      if (isCapitalized(doc.tokens[j]!)) start = j
    }
    if (start > 0 && doc.words[start - 1] === '«') start--
    if (start >= 0) return { first: start, last: k + 1, person: false }
  }
  return undefined
}

/** The heads of a state body's name, which "ведомство" stands for (not a press service, "қызмет", which is a body's part). */
const STATE_BODY_HEADS: ReadonlySet<string> = new Set(['министрлік', 'комитет', 'агенттік', 'департамент', 'басқарма', 'инспекция', 'әкімдік', 'прокуратура', 'полиция', 'палата', 'штаб'])

function isStateBodyHead(lemma: string): boolean {
  return STATE_BODY_HEADS.has(lemma) || isHeadInPossessive(lemma, STATE_BODY_HEADS)
}

/** Are two lemmas one body's head, either listed in the possessive ("департаменті" and "департамент")? */
function sameHead(a: string, b: string): boolean {
  if (a === b) return true
  const shorter = a.length < b.length ? a : b
  const longer = a.length < b.length ? b : a
  // (a possessed head is one or two letters longer: most words are turned away before a set is made)
  if (longer.length - shorter.length > 2 || longer.length === shorter.length) return false
  return isHeadInPossessive(longer, new Set([shorter]))
}

/** The last run of capitalized words in tokens [first, last). */
function lastCapitalizedRun(doc: QuoteDocument, first: number, last: number): [number, number] | undefined {
  let end = last
  while (end > first && !isCapitalized(doc.tokens[end - 1]!)) end--
  if (end === first) return undefined
  let start = end - 1
  for (;;) {
    if (start > first && isCapitalized(doc.tokens[start - 1]!)) start--
    // a name's own small words stay in it: "The Times of Central Asia", "Банк of America"
    else if (start - 1 > first && NAME_PARTICLES.has(doc.words[start - 1]!) && isCapitalized(doc.tokens[start - 2]!)) start -= 2
    else break
  }
  return [start, end]
}

/** "His", "her", "their": a title after one is another person's. */
const POSSESSIVE_PRONOUNS = new Set(['оның', 'олардың'])

/** Lower-case words inside foreign names. */
const NAME_PARTICLES = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'der', 'des', 'du', 'la', 'le', 'von', 'van', 'al', 'оф', 'де', 'дел', 'дер', 'ла', 'ле', 'фон', 'ван', 'әл'])

function isPresidential(words: string[], lemmas: string[]): boolean {
  return presidentialTitleAt(words, lemmas, 0) || lemmas.includes('президент')
}

/** Does a president's title (data/quotes/titles.txt, [president]) start at word j, as written or as lemmas? */
function presidentialTitleAt(words: string[], lemmas: string[], j: number): boolean {
  return matchPhrase(lemmas, j, presidentTitles) > 0 || matchPhrase(words, j, presidentTitles) > 0
}

/** Does a president's title stand anywhere in the mention ("Құрылыс алаңына арнайы барған Елбасы")? */
function holdsPresidentialTitle(words: string[], lemmas: string[]): boolean {
  return lemmas.includes('президент') || words.some((_, j) => presidentialTitleAt(words, lemmas, j))
}

/** Is the person a referent names (by their name's last word) named anywhere with one of `titles`? */
function holdsTitle(doc: QuoteDocument, index: PeopleIndex, who: Referent, titles: readonly string[]): boolean {
  const named = doc.people.find((p) => p.first === who.first)
  if (!named) return false
  const surname = named.lemmas.at(-1)
  return titles.some((t) => index.byTitle.get(t)?.people.some((p) => p.lemmas.at(-1) === surname) ?? false)
}

/**
 * Is `who` named with a title of one side of a trial while `titles` (the title asked for) are of
 * another? (A title of no side, or none named with it, is no sign either way.)
 */
function holdsOtherTrialSide(doc: QuoteDocument, index: PeopleIndex, who: Referent, titles: readonly string[]): boolean {
  let asked = -1
  for (const t of titles) if ((asked = trialSideOf(t)) >= 0) break
  return asked >= 0 && holdsTitle(doc, index, who, trialSideTitles.filter((t) => trialSideOf(t) !== asked))
}

/** The titles of the trial side `titles` name (none when they name no side). */
function sameTrialSide(titles: readonly string[]): string[] {
  const sides = new Set(titles.map(trialSideOf))
  return trialSideTitles.filter((t) => sides.has(trialSideOf(t)))
}

function asReferent(p: Person): Referent {
  return { first: p.first, last: p.last, person: true }
}

/** The fullest name holding all of a person's words (Болатбек → Болатбек Қалдыров), or the person. */
function fullestOf(index: PeopleIndex, p: Person): Person {
  return fullestWith(index, p.lemmas) ?? p
}

/** Is the word's best reading plural? мамандар, өкілдері (өкіл + дер + і). */
export function isPlural(lower: string): boolean {
  // (or ends like one: the lexicon lists some plurals as lemmas, "синоптиктер")
  return hasSuffixTag(lower, PLURAL) || (lower.length > 5 && PLURAL_ENDING.test(lower))
}

const PLURAL: ReadonlySet<string> = new Set(['PL'])

/** -лар/-лер/-дар/-дер/-тар/-тер, with a possessive after it: синоптиктер, өкілдері. */
const PLURAL_ENDING = /(?:лар|лер|дар|дер|тар|тер)[ыі]?$/u
