/** A batch input error that the CLI reports as a usage error (exit code 2). */
export class UsageErrorFromBatch extends Error {
  readonly usage = true
}
