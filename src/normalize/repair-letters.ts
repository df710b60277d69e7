import { homoglyphFrom, homoglyphTo } from '../data/homoglyphs.generated.js'

/**
 * The letter repairs shared by normalize() and tokenize()'s `normal`: within one letter run,
 * Latin look-alikes and old substitutes become Kazakh Cyrillic letters, but only when the run
 * already holds a Cyrillic letter and no Latin letter without a Cyrillic twin.
 */

/** Bit flags per UTF-16 code unit, read while scanning a run. */
export const enum LetterFlag {
  Cyrillic = 1,
  /** Has a repair in data/normalize/homoglyphs.tsv (Latin a, i, ə; Cyrillic ҥ, ҡ …). */
  Repairable = 2,
  /** A Latin letter with no Cyrillic twin (q, ı, á …): the run is a real script mix. */
  Foreign = 4,
}

let tables: { flags: Uint8Array; repair: Uint16Array } | undefined

function build(): { flags: Uint8Array; repair: Uint16Array } {
  const flags = new Uint8Array(0x10000)
  const repair = new Uint16Array(0x10000)
  for (let c = 0x0400; c <= 0x052f; c++) flags[c] = LetterFlag.Cyrillic
  for (let c = 0x1c80; c <= 0x1c8f; c++) flags[c] = LetterFlag.Cyrillic
  for (let c = 0xa640; c <= 0xa69f; c++) flags[c] = LetterFlag.Cyrillic
  for (let c = 0x41; c <= 0x24f; c++) {
    const latin = (c <= 0x5a || (c >= 0x61 && c <= 0x7a) || c >= 0xc0) && c !== 0xd7 && c !== 0xf7
    if (latin) flags[c] = LetterFlag.Foreign
  }
  for (let k = 0; k < homoglyphFrom.length; k++) {
    const from = homoglyphFrom.charCodeAt(k)
    repair[from] = homoglyphTo.charCodeAt(k)
    // a repairable Latin letter is not foreign; a Cyrillic substitute stays Cyrillic
    flags[from] = (flags[from]! & LetterFlag.Cyrillic) | LetterFlag.Repairable
  }
  return { flags, repair }
}

export function letterTables(): { flags: Uint8Array; repair: Uint16Array } {
  return (tables ??= build())
}

/** True when a run with these OR-ed flags is to be repaired. */
export function needsRepair(flags: number): boolean {
  return (flags & (LetterFlag.Cyrillic | LetterFlag.Repairable | LetterFlag.Foreign)) === (LetterFlag.Cyrillic | LetterFlag.Repairable)
}

/** text[start, end) with its repairable letters replaced (same length). */
export function repairRun(text: string, start: number, end: number): string {
  const { repair } = letterTables()
  let out = ''
  let copied = start
  for (let k = start; k < end; k++) {
    const r = repair[text.charCodeAt(k)]!
    if (r === 0) continue
    out += text.slice(copied, k) + String.fromCharCode(r)
    copied = k + 1
  }
  return out + text.slice(copied, end)
}
