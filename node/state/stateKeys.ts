/**
 * State key names. Every key is a short ASCII string; the state tree is keyed by its UTF-8 bytes.
 * Addresses and ids appear as lowercase hex without 0x so each object has exactly one key.
 */
const hex = (id: string): string => (id.startsWith("0x") ? id.slice(2) : id).toLowerCase();

/** At most this many account keys remembered; past it the memo starts over (hostile addresses). */
export const ACCOUNT_KEY_MEMO_LIMIT = 65_536;
const accountKeys = new Map<string, string>();

/**
 * An account's state key, the same string object for the same address string: a transfer builds its
 * sender's and recipient's keys ≈ 10 times (mempool, nonce check, gas reserve, debit, credit, refund,
 * each a read and a write), and each fresh key was a slice, a lower-casing and a concatenation that
 * every Map it met (overlays, caches) then flattened and hashed again. A pure function of its input,
 * so memoizing changes no key; bounded, so hostile input cannot grow it.
 */
function accountKey(address: string): string {
  let key = accountKeys.get(address);
  if (key === undefined) {
    key = `acct:${hex(address)}`;
    if (accountKeys.size >= ACCOUNT_KEY_MEMO_LIMIT) accountKeys.clear();
    accountKeys.set(address, key);
  }
  return key;
}

/** How many account keys are memoized (tests). */
export const accountKeyMemoSize = (): number => accountKeys.size;

export const StateKeys = {
  account: accountKey,
  app: (address: string) => `app:${hex(address)}`,
  dataset: (address: string) => `dset:${hex(address)}`,
  workerpool: (address: string) => `pool:${hex(address)}`,
  category: (id: number) => `cat:${id.toString(16).padStart(8, "0")}`,
  /** Chain-wide counters and parameters. */
  meta: (name: string) => `meta:${name}`,
} as const;
