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

/** Largest amount written by arithmetic (the hot path); larger ones go through `uintToBytes`. */
const SMALL_UINT_MAX = 0xffffffffffffn;

/** Length of the minimal big-endian bytes of a non-negative safe integer. */
function smallUintLength(n: number): number {
  let len = 0;
  for (let m = n; m > 0; m = Math.floor(m / 256)) len++;
  return len;
}

/** Writes a length-delimited amount field (tag, length, bytes) unless empty; returns the new offset. */
function writeAmount(out: Uint8Array, at: number, tag: number, value: number, len: number): number {
  if (len === 0) return at;
  out[at] = tag;
  out[at + 1] = len;
  let v = value;
  for (let i = at + 1 + len; i > at + 1; i--) {
    out[i] = v % 256;
    v = Math.floor(v / 256);
  }
  return at + 2 + len;
}

function varintLength(n: number): number {
  let len = 1;
  for (let m = n; m >= 128; m = Math.floor(m / 128)) len++;
  return len;
}

/**
 * `poco.Account`'s canonical bytes, written directly: the same bytes protobufjs writes (fields in
 * number order, empty bytes and a zero nonce omitted; test "encodeAccount writes exactly what
 * protobufjs writes"), without its writer or one array per amount. A transfer encodes three or four
 * accounts (gas reserve, debit, credit, refund): through protobufjs that was ≈ 1/5 of a block's
 * allocations. Anything unusual (an amount ≥ 2^48, a nonce that is not a safe integer, a negative
 * amount, refused by `uintToBytes`) takes the protobufjs path.
 */
export function encodeAccount(account: Account): Uint8Array {
  const { balance, nonce, stake, locked, bonded } = account;
  if (
    balance < 0n ||
    balance > SMALL_UINT_MAX ||
    stake < 0n ||
    stake > SMALL_UINT_MAX ||
    locked < 0n ||
    locked > SMALL_UINT_MAX ||
    bonded < 0n ||
    bonded > SMALL_UINT_MAX ||
    !Number.isSafeInteger(nonce) ||
    nonce < 0
  )
    return encodeAccountWithProtobufjs(account);
  const b = Number(balance);
  const s = Number(stake);
  const l = Number(locked);
  const d = Number(bonded);
  const bLen = smallUintLength(b);
  const sLen = smallUintLength(s);
  const lLen = smallUintLength(l);
  const dLen = smallUintLength(d);
  const nLen = nonce === 0 ? 0 : varintLength(nonce);
  const size =
    (bLen ? 2 + bLen : 0) +
    (nLen ? 1 + nLen : 0) +
    (sLen ? 2 + sLen : 0) +
    (lLen ? 2 + lLen : 0) +
    (dLen ? 2 + dLen : 0);
  const out = new Uint8Array(size);
  let at = 0;
  at = writeAmount(out, at, 10, b, bLen); // field 1, length-delimited
  if (nLen) {
    out[at++] = 16; // field 2, varint
    let v = nonce;
    while (v >= 128) {
      out[at++] = (v % 128) | 128;
      v = Math.floor(v / 128);
    }
    out[at++] = v;
  }
  at = writeAmount(out, at, 26, s, sLen); // field 3
  at = writeAmount(out, at, 34, l, lLen); // field 4
  writeAmount(out, at, 42, d, dLen); // field 5
  return out;
}

/** The protobufjs encoding of an account (the reference `encodeAccount` matches; rare values). */
export function encodeAccountWithProtobufjs(account: Account): Uint8Array {
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
