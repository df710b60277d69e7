/** Throws the TypeError every public function gives for a non-string argument. */
export function assertString(value: unknown, fnName: string, argName = 'text'): asserts value is string {
  if (typeof value !== 'string') {
    const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value
    throw new TypeError(`${fnName}: expected ${argName} to be a string, got ${got}`)
  }
}
