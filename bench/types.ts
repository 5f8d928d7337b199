/** The shape every benchmark module returns from `run()`, collected by the bench runner. */
export interface BenchResult {
  /** What was measured, e.g. "secp256k1 recover (native)". */
  name: string;
  value: number;
  /** e.g. "ops/s", "ms", "bytes". */
  unit: string;
  note?: string;
}
