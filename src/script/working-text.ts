import { detectScript, toCyrillic } from './transliterate.js'

/** The Cyrillic text a stage works on, and the map from its offsets back to the caller's. */
export interface WorkingText {
  /** True when the input was Latin-script Kazakh and `text` is its transliteration. */
  latin: boolean
  text: string
  map: (offset: number) => number
}

/**
 * The stages' rules and models are Cyrillic: Latin-script Kazakh is transliterated first, and
 * every span found is mapped back with `map`, so offsets stay offsets into the input.
 */
export function toWorkingText(text: string): WorkingText {
  const script = detectScript(text)
  if (script === 'latin-2017' || script === 'latin-2018' || script === 'latin-2021') return { latin: true, ...toCyrillic(text) }
  return { latin: false, text, map: (offset) => offset }
}
