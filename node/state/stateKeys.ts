/**
 * State key names. Every key is a short ASCII string; the state tree is keyed by its UTF-8 bytes.
 * Addresses and ids appear as lowercase hex without 0x so each object has exactly one key.
 */
const hex = (id: string): string => (id.startsWith("0x") ? id.slice(2) : id).toLowerCase();

export const StateKeys = {
  account: (address: string) => `acct:${hex(address)}`,
  app: (address: string) => `app:${hex(address)}`,
  dataset: (address: string) => `dset:${hex(address)}`,
  workerpool: (address: string) => `pool:${hex(address)}`,
  category: (id: number) => `cat:${id.toString(16).padStart(8, "0")}`,
  /** Chain-wide counters and parameters. */
  meta: (name: string) => `meta:${name}`,
} as const;
