// generated — do not edit. Source: data/quotes/interview.txt; rebuild with `npm run build:data`.

/** Words of an interview: lead stems ("сұхбат…") and honorifics of a question's address. Group → items joined by "|". */
export const interviewWords: Readonly<Record<string, string>> = {
  "lead-stems": "сұхбат|әңгімелес|тілдес",
  "honorifics": "мырза|ханым|аға|ағай|апа|әпке",
  "first-person": "менің|маған|мені|менде|менен|менімен|біз|біздің|бізге|бізді|бізде|бізден|бізбен|өзім|өзіміз|меніңше",
  "first-person-endings": "мын|мін|пын|пін|бын|бін|мыз|міз|пыз|піз|быз|біз|дым|дім|тым|тім|ймын|ймін|ымша|імше|мызда|мізде",
}
