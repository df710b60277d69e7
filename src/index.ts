/**
 * kazakh-nlp: Kazakh text processing with exact offsets into the caller's text.
 * Pipeline: normalize → segment (tokens, sentences, paragraphs) → morphology (lemmas) → … (later stages).
 */
export { normalize } from './normalize/normalize.js'
export { tokenize } from './segment/tokenize.js'
export { splitSentences } from './segment/split-sentences.js'
export { splitParagraphs } from './segment/split-paragraphs.js'
export { analyzeWord, lemmatize } from './morphology/analyze-word.js'
export { lemmatizePhrase } from './morphology/lemmatize-phrase.js'
export { detectScript, toCyrillic, toLatin } from './script/transliterate.js'
export { extractQuotes } from './quotes/extract-quotes.js'
export { quotesToRows } from './quotes/quotes-to-rows.js'
export { extractEntities } from './entities/extract-entities.js'
export type { Span, Token, TokenType, SplitParagraphsOptions, SplitSentencesOptions } from './types.js'
export type { WordAnalysis, Suffix } from './morphology/analyze-word.js'
export type { Script, Transliteration } from './script/transliterate.js'
export type { Quote, QuoteKind, Speaker, ExtractQuotesOptions } from './quotes/extract-quotes.js'
export type { QuoteRow } from './quotes/quotes-to-rows.js'
export type { Entity, EntityType, ExtractEntitiesOptions } from './entities/extract-entities.js'
export type { LatinAlphabet } from './script/alphabets.js'
