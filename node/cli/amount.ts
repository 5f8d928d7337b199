/**
 * RLC amounts typed by people ("1.5", "1.5 RLC", or "1500000000 nRLC") ↔ nRLC bigints (9 decimals),
 * without floating point.
 */
export const NRLC_PER_RLC = 1_000_000_000n;

export class AmountError extends Error {
  readonly code = "AMOUNT_INVALID";
}

/** An amount in RLC (up to 9 decimals, optional `RLC` suffix) or, with a `nRLC` suffix, in nRLC. */
export function parseRlc(text: string): bigint {
  const nrlc = /^(\d{1,36})\s*nRLC$/.exec(text.trim());
  if (nrlc) return BigInt(nrlc[1]!);
  const match = /^(\d{1,27})(?:\.(\d{1,9}))?(?:\s*RLC)?$/.exec(text.trim());
  if (!match)
    throw new AmountError(
      `invalid RLC amount "${text}" (e.g. 12 or 0.5, at most 9 decimals; or 500nRLC for nRLC)`,
    );
  const whole = BigInt(match[1]!);
  const fraction = BigInt((match[2] ?? "").padEnd(9, "0"));
  return whole * NRLC_PER_RLC + fraction;
}

export function formatRlc(nrlc: bigint): string {
  const sign = nrlc < 0n ? "-" : "";
  const abs = nrlc < 0n ? -nrlc : nrlc;
  const whole = abs / NRLC_PER_RLC;
  const fraction = (abs % NRLC_PER_RLC).toString().padStart(9, "0").replace(/0+$/, "");
  return `${sign}${fraction ? `${whole}.${fraction}` : whole.toString()}`;
}
