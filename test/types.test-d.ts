import { describe, expectTypeOf, it } from 'vitest'
import { normalize, splitParagraphs, splitSentences, tokenize } from '../src/index.js'
import type { Span, Token, TokenType } from '../src/index.js'

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
})
