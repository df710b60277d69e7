// generated — do not edit. Source: data/segment/tlds.txt; rebuild with `npm run build:data`.

/** Top-level domains that make "word.tld" one url token. */
export const topLevelDomains: string = "kz|қаз|ru|рф|kg|uz|tj|tm|ua|by|az|am|ge|mn|cn|tr|com|org|net|edu|gov|int|info|biz|io|me|ai|tv|app|tv|fm|news|online|site|app|dev|uk|us|de|fr|eu"
