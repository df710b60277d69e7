/** Kazakh month names (lemmas), January first. Cyrillic; Latin text is read through toCyrillic. */
export const KAZAKH_MONTHS: readonly string[] = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан']
