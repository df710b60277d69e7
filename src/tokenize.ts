/**
 * `kazakh-nlp/tokenize`: the segmentation stage alone (tokenizer, sentences, paragraphs,
 * normalization), for bundles that need nothing else.
 */
export { normalize } from './normalize/normalize.js'
export { tokenize } from './segment/tokenize.js'
export { splitSentences } from './segment/split-sentences.js'
export { splitParagraphs } from './segment/split-paragraphs.js'
export type { Span, Token, TokenType, SplitParagraphsOptions, SplitSentencesOptions } from './types.js'
