/**
 * The bridge in the state machine.
 *
 * - `withdraw { eth_recipient, amount }`: burns `amount` from the sender's free balance and appends the
 *   leaf (id, recipient, amount, height) to the append-only withdrawals tree (frontier in state, O(32)
 *   hashes). Every later checkpoint's withdrawals root covers it, so a skipped checkpoint loses nothing.
 * - `deposit_attestation` / `deposit_attestation_batch` (all deposits a validator saw in a range of
 *   Ethereum blocks, one transaction): only from a member of the current validator set, once per
 *   validator and deposit. A deposit is identified by its Ethereum block hash and log index (the
 *   bridge nonce is not an identity: after a reorg another deposit may carry it). Attestations are
 *   tallied per exact claim (nonce, recipient, amount, tx hash, block number, block hash, log index);
 *   the deposit is credited once the attesters of ONE claim hold MORE than 2/3 of the current set's
 *   power. A conflicting or forged claim therefore credits nothing, a deposit is credited at most
 *   once, and the same Ethereum deposit (tx hash, nonce) re-included in another block is not credited
 *   a second time.
 *
 * State keys: `brg:wtree` (frontier), `brg:wd:<id>` (leaves), `brg:dep:<block hash>:<log index>`
 * (tallies), `brg:dep1:<tx hash>:<nonce>` (credited once), `brg:totals`. All amounts are nRLC = RLC token units (9 decimals on both sides).
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
  deposit: (id: DepositId) =>
    `brg:dep:${toHex(id.ethBlockHash).slice(2)}:${id.ethLogIndex.toString(16).padStart(8, "0")}`,
  /** Set once the deposit (Ethereum tx hash, bridge nonce) is credited, under whatever block. */
  depositOnce: (ethTxHash: Uint8Array, nonce: bigint) =>
    `brg:dep1:${toHex(ethTxHash).slice(2)}:${nonce.toString(16).padStart(16, "0")}`,
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
  /** Position of the Deposit log in its block: with the block hash, the deposit's identity. */
  ethLogIndex: number;
}

/** A deposit's identity on Ethereum (the bridge nonce is not one: a reorg hands it to another deposit). */
export interface DepositId {
  ethBlockHash: Uint8Array;
  ethLogIndex: number;
}

/** Largest number of deposits in one `deposit_attestation_batch` (≈ 150 B each: well under 64 KiB). */
export const MAX_DEPOSITS_PER_BATCH = 256;

/**
 * keccak256(abi.encode(nonce, recipient, amount, txHash, blockNumber, blockHash, logIndex)): one
 * claim's id.
 */
export function depositClaimHash(d: DepositFacts): Uint8Array {
  return keccak256(
    abiEncode(
      uintWord(d.nonce),
      addressWord(d.recipient),
      uintWord(d.amount),
      bytes32Word(d.ethTxHash),
      uintWord(d.ethBlockNumber),
      bytes32Word(d.ethBlockHash),
      uintWord(d.ethLogIndex),
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
    ethLogIndex: u64ToNumber(a.ethLogIndex as never, "ethLogIndex"),
  };
}

export interface DepositStatus {
  credited: boolean;
  creditedHeight: number;
  /** Reached the quorum, but the same Ethereum deposit was already credited under another block. */
  duplicate: boolean;
  claims: { claimHash: string; facts: DepositFacts; attesters: string[] }[];
}

export function readDeposit(state: StateReader, id: DepositId): DepositStatus | undefined {
  const bytes = state.get(BridgeKeys.deposit(id));
  if (!bytes) return undefined;
  const m = decodeCanonical(poco.BridgeDeposit, bytes);
  return {
    credited: m.credited,
    creditedHeight: u64ToNumber(m.creditedHeight as never, "creditedHeight"),
    duplicate: m.duplicate,
    claims: m.claims.map((c) => ({
      claimHash: toHex(c.claimHash ?? new Uint8Array(0)),
      facts: factsOf(c.attestation ?? {}),
      attesters: (c.attesters ?? []).map((a) => toHex(a)),
    })),
  };
}

function writeDeposit(state: StateWriter, id: DepositId, status: DepositStatus): void {
  state.set(
    BridgeKeys.deposit(id),
    encode(poco.BridgeDeposit, {
      credited: status.credited,
      creditedHeight: status.creditedHeight,
      duplicate: status.duplicate,
      claims: status.claims.map((c) => ({
        claimHash: fromHex(c.claimHash, 32),
        attestation: attestationOf(c.facts),
        attesters: c.attesters.map((x) => fromHex(x, 20)),
      })),
    }),
  );
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

/**
 * True when `signedPower` is strictly more than 2/3 of `totalPower`: the one threshold of the bridge
 * (deposit tallies here, checkpoints in the contract), the same as the sidechain's consensus.
 * 20/30 is not enough, 21/30 is.
 */
export const exceedsTwoThirds = (signedPower: bigint, totalPower: bigint): boolean =>
  signedPower > 0n && signedPower * 3n > totalPower * 2n;

/** What a validator's watcher needs to know about a deposit from its node's state. */
export type DepositSettlement = "credited" | "attested" | "none";

export function depositSettlement(
  state: StateReader,
  facts: DepositFacts,
  validator: string,
): DepositSettlement {
  const d = readDeposit(state, facts);
  if (!d) return "none";
  if (d.credited || d.duplicate) return "credited";
  const v = validator.toLowerCase();
  return d.claims.some((c) => c.attesters.includes(v)) ? "attested" : "none";
}

/** Validator attestations are a duty: the mempool exempts them from its per-sender cap. */
export function isBridgeDuty(state: StateReader, tx: poco.Tx, sender: string): boolean {
  if (tx.kind !== "depositAttestation" && tx.kind !== "depositAttestationBatch") return false;
  return readValidatorSet(state).some((v) => v.address === sender.toLowerCase());
}

type AttestOutcome = "recorded" | "credited" | "alreadyCredited" | "alreadyAttested";

/**
 * Records `sender`'s attestation of one deposit and credits it when the attesters of the SAME claim
 * hold more than 2/3 of `set`'s power. The caller checked that `sender` is in `set`.
 */
function applyAttestation(
  state: StateWriter,
  set: ValidatorPower[],
  totalPower: bigint,
  sender: string,
  facts: DepositFacts,
  height: number,
): AttestOutcome {
  const status: DepositStatus = readDeposit(state, facts) ?? {
    credited: false,
    creditedHeight: 0,
    duplicate: false,
    claims: [],
  };
  if (status.credited || status.duplicate) return "alreadyCredited";
  if (status.claims.some((c) => c.attesters.includes(sender))) return "alreadyAttested";
  const claimHash = toHex(depositClaimHash(facts));
  let claim = status.claims.find((c) => c.claimHash === claimHash);
  if (!claim) {
    claim = { claimHash, facts, attesters: [] };
    status.claims.push(claim);
    status.claims.sort((x, y) => cmpHex(x.claimHash, y.claimHash));
  }
  claim.attesters = [...claim.attesters, sender].sort(cmpHex);

  let attested = 0n;
  for (const v of set) if (claim.attesters.includes(v.address)) attested += BigInt(v.power);
  let outcome: AttestOutcome = "recorded";
  if (exceedsTwoThirds(attested, totalPower)) {
    status.claims = [claim];
    // The same Ethereum deposit (tx hash, nonce) re-included in another block by a reorg has a new
    // identity: credit it once only.
    const onceKey = BridgeKeys.depositOnce(claim.facts.ethTxHash, claim.facts.nonce);
    if (state.get(onceKey)) {
      status.duplicate = true;
    } else {
      state.set(onceKey, Uint8Array.of(1));
      creditBalance(state, toHex(claim.facts.recipient), claim.facts.amount);
      status.credited = true;
      status.creditedHeight = height;
      const totals = readTotals(state);
      totals.deposited += claim.facts.amount;
      totals.depositsCredited += 1;
      writeTotals(state, totals);
      outcome = "credited";
    }
  }
  writeDeposit(state, facts, status);
  return outcome;
}

function requireValidator(state: StateReader, sender: string): { set: ValidatorPower[]; total: bigint } {
  const set = readValidatorSet(state);
  if (!set.some((v) => v.address === sender)) {
    throw new TxError(TxErrorCode.UNAUTHORIZED, `${sender} is not a validator`);
  }
  let total = 0n;
  for (const v of set) total += BigInt(v.power);
  return { set, total };
}

function validateAttestation(a: poco.IDepositAttestation | null | undefined, name: string): void {
  address(a?.recipient, `${name}.recipient`);
  positiveAmount(a?.amount, `${name}.amount`);
  hash32(a?.ethTxHash, `${name}.ethTxHash`);
  hash32(a?.ethBlockHash, `${name}.ethBlockHash`);
  if (u64ToNumber(a?.ethBlockNumber as never, "ethBlockNumber") <= 0)
    throw new TxError(TxErrorCode.BAD_FIELD, `${name}.ethBlockNumber: must be > 0`);
  u64ToNumber(a?.ethLogIndex as never, "ethLogIndex");
}

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
        const { set, total } = requireValidator(state, ctx.sender);
        const facts = factsOf(tx.depositAttestation!);
        const outcome = applyAttestation(state, set, total, ctx.sender, facts, ctx.height);
        if (outcome === "alreadyCredited")
          throw new TxError(TxErrorCode.EXISTS, `deposit ${facts.nonce} is already credited`);
        if (outcome === "alreadyAttested")
          throw new TxError(TxErrorCode.EXISTS, `${ctx.sender} already attested deposit ${facts.nonce}`);
      },

      // A batch skips the deposits already credited or already attested by the sender: a watcher
      // re-sending a range after a restart or a dropped transaction must not fail the whole batch.
      depositAttestationBatch(state, tx, ctx) {
        const { set, total } = requireValidator(state, ctx.sender);
        for (const a of tx.depositAttestationBatch?.deposits ?? []) {
          applyAttestation(state, set, total, ctx.sender, factsOf(a), ctx.height);
        }
      },
    },

    validateFields(tx) {
      if (tx.kind === "withdraw") {
        const recipient = address(tx.withdraw?.ethRecipient, "withdraw.ethRecipient");
        if (recipient.every((b) => b === 0))
          throw new TxError(TxErrorCode.BAD_FIELD, "withdraw.ethRecipient: the zero address");
        positiveAmount(tx.withdraw?.amount, "withdraw.amount");
      } else if (tx.kind === "depositAttestation") {
        validateAttestation(tx.depositAttestation, "depositAttestation");
      } else if (tx.kind === "depositAttestationBatch") {
        const b = tx.depositAttestationBatch;
        const from = u64ToNumber(b?.fromBlock as never, "fromBlock");
        const to = u64ToNumber(b?.toBlock as never, "toBlock");
        const deposits = b?.deposits ?? [];
        if (from <= 0 || to < from)
          throw new TxError(TxErrorCode.BAD_FIELD, "depositAttestationBatch: bad block range");
        if (deposits.length === 0 || deposits.length > MAX_DEPOSITS_PER_BATCH)
          throw new TxError(
            TxErrorCode.BAD_FIELD,
            `depositAttestationBatch: 1..${MAX_DEPOSITS_PER_BATCH} deposits`,
          );
        const seen = new Set<string>();
        for (const a of deposits) {
          validateAttestation(a, "depositAttestationBatch.deposits");
          const n = u64ToNumber(a.ethBlockNumber as never, "ethBlockNumber");
          if (n < from || n > to)
            throw new TxError(TxErrorCode.BAD_FIELD, "depositAttestationBatch: deposit outside the range");
          const id = BridgeKeys.deposit(factsOf(a));
          if (seen.has(id))
            throw new TxError(TxErrorCode.BAD_FIELD, "depositAttestationBatch: a deposit twice");
          seen.add(id);
        }
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
    ethLogIndex: d.ethLogIndex,
  };
}

const cmpHex = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
