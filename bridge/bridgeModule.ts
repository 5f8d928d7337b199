/**
 * The bridge in the state machine.
 *
 * - `withdraw { eth_recipient, amount }`: burns `amount` from the sender's free balance and appends the
 *   leaf (id, recipient, amount, height) to the append-only withdrawals tree (frontier in state, O(32)
 *   hashes). Every later checkpoint's withdrawals root covers it, so a skipped checkpoint loses nothing.
 * - `deposit_attestation`: only from a member of the current validator set, once per validator and
 *   deposit nonce. Attestations are tallied per exact claim (nonce, recipient, amount, tx hash, block
 *   number, block hash); the deposit is credited once the attesters of ONE claim hold ≥ 2/3 of the
 *   current set's power. A conflicting or forged claim therefore credits nothing, and a nonce is
 *   credited at most once.
 *
 * State keys: `brg:wtree` (frontier), `brg:wd:<id>` (leaves), `brg:dep:<nonce>` (tallies),
 * `brg:totals`. All amounts are nRLC = RLC token units (9 decimals on both sides).
 */

import { fromHex, keccak256, toHex } from "../node/crypto/hash.js";
import type { StateMachineModule } from "../node/execution/blockExecutor.js";
import { address, hash32, positiveAmount } from "../node/execution/txValidation.js";
import { creditBalance, debitBalance, type StateWriter } from "../node/state/accounts.js";
import { StateKeys } from "../node/state/stateKeys.js";
import type { StateReader } from "../node/state/stateOverlay.js";
import { TxError, TxErrorCode } from "../node/tx/txErrors.js";
import { bytesToUint, decodeCanonical, encode, poco, u64ToNumber, uintToBytes } from "../proto/index.js";
import { abiEncode, addressWord, bytes32Word, uintWord } from "./abiWords.js";
import {
  appendLeaf,
  emptyFrontier,
  frontierRoot,
  TREE_DEPTH,
  type TreeFrontier,
  type WithdrawalLeaf,
  withdrawalLeafHash,
} from "./withdrawalTree.js";

export const BridgeKeys = {
  tree: "brg:wtree",
  withdrawal: (id: number) => `brg:wd:${id.toString(16).padStart(8, "0")}`,
  deposit: (nonce: bigint | number) => `brg:dep:${BigInt(nonce).toString(16).padStart(16, "0")}`,
  totals: "brg:totals",
} as const;

export interface ValidatorPower {
  /** Lowercase 0x address. */
  address: string;
  power: number;
}

/** The current validator set in state (sorted by address). */
export function readValidatorSet(state: StateReader): ValidatorPower[] {
  const bytes = state.get(StateKeys.meta("validators"));
  if (!bytes) return [];
  return decodeCanonical(poco.ValidatorSet, bytes).validators.map((v) => ({
    address: toHex(v.address!),
    power: u64ToNumber(v.power as never, "power"),
  }));
}

// ───────────────────────────── withdrawals tree ─────────────────────────────

export function readFrontier(state: StateReader): TreeFrontier {
  const bytes = state.get(BridgeKeys.tree);
  if (!bytes) return emptyFrontier();
  const m = decodeCanonical(poco.BridgeWithdrawalTree, bytes);
  const branch = m.branch.map((b) => Uint8Array.from(b));
  while (branch.length < TREE_DEPTH) branch.push(new Uint8Array(32));
  return { count: u64ToNumber(m.count as never, "count"), branch };
}

function writeFrontier(state: StateWriter, f: TreeFrontier): void {
  // Trailing all-zero levels are left out (canonical: the reader pads them back).
  const branch = [...f.branch];
  while (branch.length > 0 && branch[branch.length - 1]!.every((b) => b === 0)) branch.pop();
  state.set(BridgeKeys.tree, encode(poco.BridgeWithdrawalTree, { count: f.count, branch }));
}

/** Root of every withdrawal so far (what a checkpoint at this state carries); 0 when none. */
export function readWithdrawalsRoot(state: StateReader): Uint8Array {
  return frontierRoot(readFrontier(state));
}

export function readWithdrawalCount(state: StateReader): number {
  return readFrontier(state).count;
}

export interface StoredWithdrawal extends WithdrawalLeaf {
  /** Sidechain account that burned it. */
  sender: string;
}

export function readWithdrawal(state: StateReader, id: number): StoredWithdrawal | undefined {
  const bytes = state.get(BridgeKeys.withdrawal(id));
  if (!bytes) return undefined;
  const m = decodeCanonical(poco.BridgeWithdrawal, bytes);
  return {
    id: u64ToNumber(m.id as never, "id"),
    recipient: Uint8Array.from(m.ethRecipient),
    amount: bytesToUint(m.amount, "amount"),
    height: u64ToNumber(m.height as never, "height"),
    sender: toHex(m.sender),
  };
}

// ───────────────────────────── deposits ─────────────────────────────

export interface DepositFacts {
  nonce: bigint;
  recipient: Uint8Array;
  amount: bigint;
  ethTxHash: Uint8Array;
  ethBlockNumber: number;
  ethBlockHash: Uint8Array;
}

/** keccak256(abi.encode(nonce, recipient, amount, txHash, blockNumber, blockHash)): one claim's id. */
export function depositClaimHash(d: DepositFacts): Uint8Array {
  return keccak256(
    abiEncode(
      uintWord(d.nonce),
      addressWord(d.recipient),
      uintWord(d.amount),
      bytes32Word(d.ethTxHash),
      uintWord(d.ethBlockNumber),
      bytes32Word(d.ethBlockHash),
    ),
  );
}

function factsOf(a: poco.IDepositAttestation): DepositFacts {
  const bytes = (b: Uint8Array | null | undefined) => Uint8Array.from(b ?? []);
  return {
    nonce: BigInt(u64ToNumber(a.depositNonce as never, "depositNonce")),
    recipient: bytes(a.recipient),
    amount: bytesToUint(a.amount, "amount"),
    ethTxHash: bytes(a.ethTxHash),
    ethBlockNumber: u64ToNumber(a.ethBlockNumber as never, "ethBlockNumber"),
    ethBlockHash: bytes(a.ethBlockHash),
  };
}

export interface DepositStatus {
  credited: boolean;
  creditedHeight: number;
  claims: { claimHash: string; facts: DepositFacts; attesters: string[] }[];
}

export function readDeposit(state: StateReader, nonce: bigint | number): DepositStatus | undefined {
  const bytes = state.get(BridgeKeys.deposit(nonce));
  if (!bytes) return undefined;
  const m = decodeCanonical(poco.BridgeDeposit, bytes);
  return {
    credited: m.credited,
    creditedHeight: u64ToNumber(m.creditedHeight as never, "creditedHeight"),
    claims: m.claims.map((c) => ({
      claimHash: toHex(c.claimHash ?? new Uint8Array(0)),
      facts: factsOf(c.attestation ?? {}),
      attesters: (c.attesters ?? []).map((a) => toHex(a)),
    })),
  };
}

export interface BridgeTotals {
  deposited: bigint;
  withdrawn: bigint;
  depositsCredited: number;
}

export function readTotals(state: StateReader): BridgeTotals {
  const bytes = state.get(BridgeKeys.totals);
  if (!bytes) return { deposited: 0n, withdrawn: 0n, depositsCredited: 0 };
  const m = decodeCanonical(poco.BridgeTotals, bytes);
  return {
    deposited: bytesToUint(m.deposited, "deposited"),
    withdrawn: bytesToUint(m.withdrawn, "withdrawn"),
    depositsCredited: u64ToNumber(m.depositsCredited as never, "depositsCredited"),
  };
}

function writeTotals(state: StateWriter, t: BridgeTotals): void {
  state.set(
    BridgeKeys.totals,
    encode(poco.BridgeTotals, {
      deposited: uintToBytes(t.deposited),
      withdrawn: uintToBytes(t.withdrawn),
      depositsCredited: t.depositsCredited,
    }),
  );
}

/** True when `signedPower` is at least 2/3 of `totalPower` (the bridge contract's rule too). */
export const hasTwoThirds = (signedPower: bigint, totalPower: bigint): boolean =>
  signedPower > 0n && signedPower * 3n >= totalPower * 2n;

// ───────────────────────────── the module ─────────────────────────────

export function bridgeModule(opts: { chainId: number }): StateMachineModule {
  void opts.chainId;
  return {
    name: "bridge",
    handlers: {
      withdraw(state, tx, ctx) {
        const w = tx.withdraw!;
        const amount = bytesToUint(w.amount, "amount");
        debitBalance(state, ctx.sender, amount);
        const frontier = readFrontier(state);
        const leaf: WithdrawalLeaf = {
          id: frontier.count,
          recipient: w.ethRecipient!,
          amount,
          height: ctx.height,
        };
        writeFrontier(state, appendLeaf(frontier, withdrawalLeafHash(leaf)));
        state.set(
          BridgeKeys.withdrawal(leaf.id),
          encode(poco.BridgeWithdrawal, {
            id: leaf.id,
            ethRecipient: leaf.recipient,
            amount: uintToBytes(amount),
            height: leaf.height,
            sender: fromHex(ctx.sender, 20),
          }),
        );
        const totals = readTotals(state);
        totals.withdrawn += amount;
        writeTotals(state, totals);
      },

      depositAttestation(state, tx, ctx) {
        const a = tx.depositAttestation!;
        const set = readValidatorSet(state);
        if (!set.some((v) => v.address === ctx.sender)) {
          throw new TxError(TxErrorCode.UNAUTHORIZED, `${ctx.sender} is not a validator`);
        }
        const facts = factsOf(a);
        const key = BridgeKeys.deposit(facts.nonce);
        const status = readDeposit(state, facts.nonce) ?? { credited: false, creditedHeight: 0, claims: [] };
        if (status.credited) {
          throw new TxError(TxErrorCode.EXISTS, `deposit ${facts.nonce} is already credited`);
        }
        if (status.claims.some((c) => c.attesters.includes(ctx.sender))) {
          throw new TxError(TxErrorCode.EXISTS, `${ctx.sender} already attested deposit ${facts.nonce}`);
        }
        const claimHash = toHex(depositClaimHash(facts));
        let claim = status.claims.find((c) => c.claimHash === claimHash);
        if (!claim) {
          claim = { claimHash, facts, attesters: [] };
          status.claims.push(claim);
          status.claims.sort((x, y) => cmpHex(x.claimHash, y.claimHash));
        }
        claim.attesters = [...claim.attesters, ctx.sender].sort(cmpHex);

        let total = 0n;
        let attested = 0n;
        for (const v of set) {
          total += BigInt(v.power);
          if (claim.attesters.includes(v.address)) attested += BigInt(v.power);
        }
        if (hasTwoThirds(attested, total)) {
          creditBalance(state, toHex(facts.recipient), facts.amount);
          status.credited = true;
          status.creditedHeight = ctx.height;
          status.claims = [claim];
          const totals = readTotals(state);
          totals.deposited += facts.amount;
          totals.depositsCredited += 1;
          writeTotals(state, totals);
        }
        state.set(
          key,
          encode(poco.BridgeDeposit, {
            credited: status.credited,
            creditedHeight: status.creditedHeight,
            claims: status.claims.map((c) => ({
              claimHash: fromHex(c.claimHash, 32),
              attestation: attestationOf(c.facts),
              attesters: c.attesters.map((x) => fromHex(x, 20)),
            })),
          }),
        );
      },
    },

    validateFields(tx) {
      if (tx.kind === "withdraw") {
        const recipient = address(tx.withdraw?.ethRecipient, "withdraw.ethRecipient");
        if (recipient.every((b) => b === 0))
          throw new TxError(TxErrorCode.BAD_FIELD, "withdraw.ethRecipient: the zero address");
        positiveAmount(tx.withdraw?.amount, "withdraw.amount");
      } else if (tx.kind === "depositAttestation") {
        const a = tx.depositAttestation;
        address(a?.recipient, "depositAttestation.recipient");
        positiveAmount(a?.amount, "depositAttestation.amount");
        hash32(a?.ethTxHash, "depositAttestation.ethTxHash");
        hash32(a?.ethBlockHash, "depositAttestation.ethBlockHash");
        if (u64ToNumber(a?.ethBlockNumber as never, "ethBlockNumber") <= 0)
          throw new TxError(TxErrorCode.BAD_FIELD, "depositAttestation.ethBlockNumber: must be > 0");
      }
    },
  };
}

/** The attestation message of a set of deposit facts. */
export function attestationOf(d: DepositFacts): poco.IDepositAttestation {
  return {
    depositNonce: Number(d.nonce),
    recipient: d.recipient,
    amount: uintToBytes(d.amount),
    ethTxHash: d.ethTxHash,
    ethBlockNumber: d.ethBlockNumber,
    ethBlockHash: d.ethBlockHash,
  };
}

const cmpHex = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
