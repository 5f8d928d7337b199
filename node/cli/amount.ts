/** RLC amounts typed by people ("1.5") ↔ nRLC bigints (9 decimals), without floating point. */
export const NRLC_PER_RLC = 1_000_000_000n;

export class AmountError extends Error {
  readonly code = "AMOUNT_INVALID";
}

export function parseRlc(text: string): bigint {
  const match = /^(\d{1,27})(?:\.(\d{1,9}))?$/.exec(text.trim());
  if (!match) throw new AmountError(`invalid RLC amount "${text}" (e.g. 12 or 0.5, at most 9 decimals)`);
  const whole = BigInt(match[1]!);
  const fraction = BigInt((match[2] ?? "").padEnd(9, "0"));
  return whole * NRLC_PER_RLC + fraction;
}

export function formatRlc(nrlc: bigint): string {
  const whole = nrlc / NRLC_PER_RLC;
  const fraction = (nrlc % NRLC_PER_RLC).toString().padStart(9, "0").replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : whole.toString();
}
