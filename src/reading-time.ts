/** `kazakh-nlp/reading-time`: reading time, labels and badges, with no other code of the package. */
export { readingTime, readingTimeBadge, readingTimeLabel } from './reading-time/reading-time.js'
export type { ReadingTime, ReadingTimeLabelOptions, ReadingTimeOptions } from './reading-time/reading-time.js'
