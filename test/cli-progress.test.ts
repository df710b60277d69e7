import { describe, expect, it } from 'vitest'
import { progressLine } from '../src/cli/batch.js'

describe('batch progress line', () => {
  it.each([
    // records, bytes done, total bytes (undefined: standard input from a pipe), seconds
    [0, 0, 1000, 0, '0 records, 0/s, 0 s'],
    [120, 0, undefined, 4, '120 records, 30/s, 4 s'],
    [500, 250, 1000, 10, '500 records, 50/s, 10 s, 25 %, ETA 30 s'],
    [9000, 900, 1000, 90, '9000 records, 100/s, 1 min 30 s, 90 %, ETA 10 s'],
    [10, 10, 10, 2, '10 records, 5/s, 2 s, 100 %, ETA 0 s'],
  ])('%i records, %i of %s bytes, %i s → %s', (records, done, total, seconds, line) => {
    expect(progressLine(records, done, total, seconds)).toBe(line)
  })
})
