/** A locative's ending as written: -да, -де, -та, -те (a test of letters, before any reading). */
export const LOCATIVE_ENDING = /(?:да|де|та|те)$/u
