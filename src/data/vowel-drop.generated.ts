// generated — do not edit. Source: data/morphology/vowel-drop.tsv; rebuild with `npm run build:data`.

/** Stems that drop their last vowel before a vowel suffix, "written:lemma" joined by "|". */
export const vowelDropStems: string = "халқ:халық|орн:орын|ауз:ауыз|мұрн:мұрын|ерн:ерін|қарн:қарын|құлқ:құлық|ғұрп:ғұрып|қалп:қалып|ырқ:ырық|нарқ:нарық|дәрм:дәрім|көңл:көңіл|ойн:ойын|қойн:қойын|мойн:мойын|бойн:бойын|ерк:ерік|бөрк:бөрік|сүрк:сүрік|тұрқ:тұрық|шырқ:шырық|аул:ауыл"
