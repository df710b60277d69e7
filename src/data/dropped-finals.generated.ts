// generated — do not edit. Source: data/morphology/dropped-finals.txt; rebuild with `npm run build:data`.

/** Loans whose last consonant drops before a suffix (журналист → журналисі, процесс → процесі), as lemmas. Group → items joined by "|". */
export const droppedFinalLoans: Readonly<Record<string, string>> = {
  "ist": "активист|альпинист|артист|баянист|велосипедист|гитарист|журналист|лингвист|марксист|пианист|программист|сепаратист|солист|социалист|специалист|террорист|турист|финалист|футболист|хоккейист|экономист|экстремист|юрист",
  "ss": "класс|конгресс|прогресс|процесс|стресс",
  "other": "пункт|съезд",
}
