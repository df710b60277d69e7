// generated — do not edit. Source: data/quotes/interview.txt; rebuild with `npm run build:data`.

/** Words of an interview: lead stems ("сұхбат…") and honorifics of a question's address. Group → items joined by "|". */
export const interviewWords: Readonly<Record<string, string>> = {
  "lead-stems": "сұхбат|әңгімелес|тілдес",
  "honorifics": "мырза|ханым",
}
