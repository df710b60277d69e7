/** Types of probe.js, which stays plain JavaScript so a browser loads it as it is. */
export declare function probe(kazakhNlp: typeof import('../../src/index.js'), page: string): Promise<{ sha1: string; ms: number }>
