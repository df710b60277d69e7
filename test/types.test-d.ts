import { describe, expectTypeOf, it } from 'vitest'
import { analyze, normalize, parseArticle, splitParagraphs, splitSentences, tokenize } from '../src/index.js'
import type { Article, DateSpan, ParseArticleOptions, Quote, Span, Speaker, Token, TokenType } from '../src/index.js'

describe('public types', () => {
  it('tokenize returns tokens that are spans', () => {
    expectTypeOf(tokenize).parameters.toEqualTypeOf<[text: string]>()
    expectTypeOf(tokenize).returns.toEqualTypeOf<Token[]>()
    expectTypeOf<Token>().toMatchTypeOf<Span>()
    expectTypeOf<Token['type']>().toEqualTypeOf<TokenType>()
    expectTypeOf<'word'>().toMatchTypeOf<TokenType>()
  })
  it('splitters return spans and take an optional options object', () => {
    expectTypeOf(splitSentences).returns.toEqualTypeOf<Span[]>()
    expectTypeOf(splitParagraphs).returns.toEqualTypeOf<Span[]>()
    expectTypeOf(splitParagraphs).toBeCallableWith('text')
    expectTypeOf(splitParagraphs).toBeCallableWith('text', { by: 'blank-line' })
    expectTypeOf(normalize).returns.toBeString()
  })
  it('a quote’s speaker is a span with a name, marked anonymous only when it is', () => {
    expectTypeOf<Quote['speaker']>().toEqualTypeOf<Speaker | null>()
    expectTypeOf<Speaker>().toMatchTypeOf<Span>()
    expectTypeOf<Speaker['name']>().toBeString()
    expectTypeOf<Speaker['anonymous']>().toEqualTypeOf<true | undefined>()
    expectTypeOf<Article['chrome']>().toEqualTypeOf<Span[] | undefined>()
  })
  it('parseArticle takes the day the page was read and gives the page\'s fields as spans', () => {
    expectTypeOf(parseArticle).toBeCallableWith('text')
    expectTypeOf(parseArticle).toBeCallableWith('text', { today: '2026-12-05' })
    expectTypeOf<ParseArticleOptions['today']>().toEqualTypeOf<string | undefined>()
    expectTypeOf(analyze).toBeCallableWith('text', { today: '2026-12-05' })
    expectTypeOf<DateSpan['time']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<Article['author']>().toEqualTypeOf<Span | undefined>()
    expectTypeOf<Article['source']>().toEqualTypeOf<Span | undefined>()
    expectTypeOf<Article['comments']>().toEqualTypeOf<Span | undefined>()
    expectTypeOf<Article['tags']>().toEqualTypeOf<Span[] | undefined>()
    expectTypeOf<Article['readAlso']>().toEqualTypeOf<Span[] | undefined>()
  })
})
