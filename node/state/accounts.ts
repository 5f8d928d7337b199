/**
 * Accounts: free balance, nonce, worker/scheduler stake, amounts locked in deals and validator bond,
 * all in nRLC. Stored as canonical `poco.Account` bytes under `StateKeys.account`.
 */
import { bytesToUint, encode, poco, u64ToNumber, uintToBytes } from "../../proto/index.js";
import { TxError, TxErrorCode } from "../tx/txErrors.js";
import { StateKeys } from "./stateKeys.js";
import type { StateReader } from "./stateOverlay.js";

export interface Account {
  balance: bigint;
  nonce: number;
  stake: bigint;
  locked: bigint;
  bonded: bigint;
}

export interface StateWriter extends StateReader {
  set(key: string, value: Uint8Array): void;
  delete(key: string): void;
}

export const emptyAccount = (): Account => ({ balance: 0n, nonce: 0, stake: 0n, locked: 0n, bonded: 0n });

export function encodeAccount(account: Account): Uint8Array {
  return encode(poco.Account, {
    balance: uintToBytes(account.balance),
    nonce: account.nonce,
    stake: uintToBytes(account.stake),
    locked: uintToBytes(account.locked),
    bonded: uintToBytes(account.bonded),
  });
}

/**
 * State values are written by this node's own encoder, so reads skip the canonical re-encoding check
 * that untrusted input gets (it would double the cost of every account access).
 */
export function decodeAccount(bytes: Uint8Array): Account {
  const msg = poco.Account.decode(bytes);
  return {
    balance: bytesToUint(msg.balance, "balance"),
    nonce: u64ToNumber(msg.nonce, "nonce"),
    stake: bytesToUint(msg.stake, "stake"),
    locked: bytesToUint(msg.locked, "locked"),
    bonded: bytesToUint(msg.bonded, "bonded"),
  };
}

export function isEmptyAccount(a: Account): boolean {
  return a.balance === 0n && a.nonce === 0 && a.stake === 0n && a.locked === 0n && a.bonded === 0n;
}

/**
 * Decoded accounts by the very bytes object they were decoded from or encoded to. State values are
 * immutable once written (overlays and the committed state hand out the object they were given), so
 * a transfer's several reads of its sender within a block (nonce check, gas reservation, debit,
 * refund) decode it once; the cache holds no key of its own (weak: gone with the bytes) and returns
 * copies, so a caller's change never reaches it. Gas is unaffected: reads and writes still go through
 * the (metered) state with the same bytes.
 */
const decodedAccounts = new WeakMap<Uint8Array, Readonly<Account>>();

export function readAccount(state: StateReader, address: string): Account {
  const bytes = state.get(StateKeys.account(address));
  if (!bytes) return emptyAccount();
  const known = decodedAccounts.get(bytes);
  if (known) return { ...known };
  const account = decodeAccount(bytes);
  decodedAccounts.set(bytes, { ...account });
  return account;
}

/** Writes an account; an all-zero account is deleted so it leaves no trace in the state root. */
export function writeAccount(state: StateWriter, address: string, account: Account): void {
  const key = StateKeys.account(address);
  if (isEmptyAccount(account)) state.delete(key);
  else {
    const bytes = encodeAccount(account);
    decodedAccounts.set(bytes, { ...account });
    state.set(key, bytes);
  }
}

/** Read-modify-write of one account. */
export function updateAccount(state: StateWriter, address: string, change: (a: Account) => void): Account {
  const account = readAccount(state, address);
  change(account);
  writeAccount(state, address, account);
  return account;
}

export function debitBalance(state: StateWriter, address: string, amount: bigint): void {
  updateAccount(state, address, (a) => {
    if (a.balance < amount) {
      throw new TxError(TxErrorCode.INSUFFICIENT_FUNDS, `balance ${a.balance} nRLC < ${amount} nRLC`);
    }
    a.balance -= amount;
  });
}

/** Moves `amount` between two fields of one account (free balance ↔ stake), refusing an overdraw. */
export function moveWithinAccount(
  state: StateWriter,
  address: string,
  amount: bigint,
  from: "balance" | "stake",
  to: "balance" | "stake",
): void {
  updateAccount(state, address, (a) => {
    if (a[from] < amount) {
      const what = from === "stake" ? "free stake" : "balance";
      throw new TxError(TxErrorCode.INSUFFICIENT_FUNDS, `${what} ${a[from]} < ${amount}`);
    }
    a[from] -= amount;
    a[to] += amount;
  });
}

export function creditBalance(state: StateWriter, address: string, amount: bigint): void {
  updateAccount(state, address, (a) => {
    a.balance += amount;
  });
}
