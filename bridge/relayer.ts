/**
 * The bridge relayer library (`poco bridge`). Nothing here is trusted:
 *  - `DepositWatcher` runs for ONE validator against that validator's own Ethereum RPC: it reads
 *    `Deposit` events once they have N confirmations (re-checking that their block is still canonical)
 *    and attests all deposits of a range of blocks in one `deposit_attestation_batch` transaction
 *    signed by the validator. Its cursor moves only past deposits the sidechain state shows credited;
 *    the others are re-sent until they are. The sidechain credits a deposit only when more than 2/3 of
 *    the power attested the same facts, so a lying watcher (or relayer) can at most waste its own
 *    transactions.
 *  - `CheckpointCollector` gathers `CheckpointSignature` messages (from gossip), keeping only those that
 *    recover to a member of the set the contract holds and that sign the same checkpoint.
 *  - `CheckpointSubmitter` sends `submitCheckpoint` with ethers; the contract re-checks everything.
 *  - `WithdrawalProofs` serves Merkle proofs of withdrawals; `claimWithdrawal` submits one. A false
 *    proof is rejected by the contract, and the contract pays the leaf's recipient, never the caller.
 * Cursors (the first Ethereum block with a deposit not yet credited) are persisted so a restarted
 * watcher catches up exactly; a restarted relayer rebuilds the contract's validator set from its
 * `ValidatorSetChanged` events.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import {
  Contract,
  ContractFactory,
  type ContractRunner,
  type EventFilter,
  type EventLog,
  type Log,
  type Provider,
  type Signer,
} from "ethers";
import { fromHex, toHex } from "../node/crypto/hash.js";
import { defaultBackend, type SignatureBackend } from "../node/crypto/secp256k1.js";
import type { StateReader } from "../node/state/stateOverlay.js";
import { signTx } from "../node/tx/signedTx.js";
import {
  attestationOf,
  type DepositFacts,
  type DepositSettlement,
  depositSettlement,
  exceedsTwoThirds,
  MAX_DEPOSITS_PER_BATCH,
  readWithdrawal,
  readWithdrawalCount,
  type ValidatorPower,
} from "./bridgeModule.js";
import { type BridgeSafety, defaultBridgeSafety, safetyTuple } from "./bridgeSafety.js";
import {
  assembleSubmission,
  type BridgeDomain,
  type Checkpoint,
  type CheckpointSubmission,
  checkpointDigest,
  decodeCheckpointSignature,
  recoverCheckpointSigner,
  validatorSetHash,
  validatorsFromWords,
  validatorWords,
} from "./checkpoint.js";
import { loadArtifact } from "./compile.js";
import { proofFromLevels, treeLevels, verifyProof, withdrawalLeafHash } from "./withdrawalTree.js";

// ───────────────────────────── contracts ─────────────────────────────

export async function deployTestRLC(deployer: Signer): Promise<Contract> {
  const a = loadArtifact("TestRLC");
  const c = await new ContractFactory(a.abi, a.bytecode, deployer).deploy();
  await c.waitForDeployment();
  return c as Contract;
}

/** Deploys PocoBridge; `safety` fields not given take `defaultBridgeSafety` (guardian: the deployer). */
export async function deployBridge(
  deployer: Signer,
  opts: {
    token: string;
    sidechainId: number;
    validators: ValidatorPower[];
    safety?: Partial<BridgeSafety>;
  },
): Promise<Contract> {
  const a = loadArtifact("PocoBridge");
  const safety = { ...defaultBridgeSafety(await deployer.getAddress()), ...opts.safety };
  const c = await new ContractFactory(a.abi, a.bytecode, deployer).deploy(
    opts.token,
    opts.sidechainId,
    validatorWords(opts.validators),
    safetyTuple(safety),
  );
  await c.waitForDeployment();
  return c as Contract;
}

/** The bridge at `address` (ABI from the committed artifact). */
export function bridgeAt(address: string, runner: ContractRunner): Contract {
  return new Contract(address, loadArtifact("PocoBridge").abi, runner);
}

/** The domain checkpoints for this bridge are signed for: (Ethereum chain id, contract address). */
export async function bridgeDomain(bridge: Contract): Promise<BridgeDomain> {
  const provider = bridge.runner?.provider;
  if (!provider) throw new Error("the bridge contract has no provider");
  const network = await provider.getNetwork();
  return { ethChainId: Number(network.chainId), bridge: (await bridge.getAddress()).toLowerCase() };
}

/**
 * The members of the validator set with hash `setHash`, from the contract's `ValidatorSetChanged`
 * events (emitted at deployment and on every rotation): any relayer rebuilds the current set from
 * Ethereum alone. `fromBlock` is the bridge's deployment block (0 scans everything).
 */
export async function validatorSetFromEthereum(
  bridge: Contract,
  setHash: string,
  fromBlock = 0,
): Promise<ValidatorPower[] | undefined> {
  const filter = bridge.filters.ValidatorSetChanged!(setHash) as unknown as EventFilter;
  const head = await bridge.runner!.provider!.getBlockNumber();
  // Newest first, in ranges public RPC endpoints accept.
  for (let to = head; to >= fromBlock; to -= SET_EVENT_RANGE) {
    const from = Math.max(fromBlock, to - SET_EVENT_RANGE + 1);
    const logs = await bridge.queryFilter(filter as never, from, to);
    for (const log of [...logs].reverse()) {
      const parsed = bridge.interface.parseLog({ topics: [...log.topics], data: log.data });
      if (!parsed) continue;
      const set = validatorsFromWords((parsed.args.validators as bigint[]).map((w) => BigInt(w)));
      if (toHex(validatorSetHash(set)) === setHash.toLowerCase()) return set;
    }
  }
  return undefined;
}

const SET_EVENT_RANGE = 10_000;

export function tokenAt(address: string, runner: ContractRunner): Contract {
  return new Contract(address, loadArtifact("TestRLC").abi, runner);
}

// ───────────────────────────── deposits → attestations ─────────────────────────────

/** A validator's signed `deposit_attestation` transaction. */
export function attestationTx(
  facts: DepositFacts,
  validatorKey: Uint8Array,
  chainId: number,
  nonce: number,
  backend: SignatureBackend = defaultBackend,
): Uint8Array {
  return signTx({ chainId, nonce, depositAttestation: attestationOf(facts) }, validatorKey, backend).bytes;
}

export interface DepositBatch {
  fromBlock: number;
  toBlock: number;
  /** At most MAX_DEPOSITS_PER_BATCH. */
  deposits: DepositFacts[];
}

/** Gas limit of an attestation batch: what 256 deposits need fits a block (≈ 10M of 14M). */
export const ATTESTATION_BATCH_BASE_GAS = 200_000;
export const ATTESTATION_GAS_PER_DEPOSIT = 40_000;

/** A validator's signed `deposit_attestation_batch` transaction. */
export function attestationBatchTx(
  batch: DepositBatch,
  validatorKey: Uint8Array,
  chainId: number,
  nonce: number,
  backend: SignatureBackend = defaultBackend,
): Uint8Array {
  return signTx(
    {
      chainId,
      nonce,
      // Each deposit reads and writes its tally (and its credit): gas grows with the batch.
      gasLimit: ATTESTATION_BATCH_BASE_GAS + ATTESTATION_GAS_PER_DEPOSIT * batch.deposits.length,
      depositAttestationBatch: {
        fromBlock: batch.fromBlock,
        toBlock: batch.toBlock,
        deposits: batch.deposits.map(attestationOf),
      },
    },
    validatorKey,
    backend,
  ).bytes;
}

export interface DepositWatcherOptions {
  /** The validator's OWN Ethereum node. */
  provider: Provider;
  bridgeAddress: string;
  /**
   * Blocks mined on top of a deposit's block before it is attested (default 12, as for mainnet-like
   * chains; 0 on a devnet/Anvil). A reorg deeper than this is detected and reported, never credited
   * twice (the sidechain keys credits by block hash and log index, and by tx hash and nonce).
   */
  confirmations?: number;
  /** First Ethereum block to scan when there is no cursor (the bridge's deployment block). */
  startBlock: number;
  /** Where the cursor is kept across restarts (optional: in memory only). */
  cursorFile?: string;
  /** Largest block range per `eth_getLogs`. */
  maxRange?: number;
  /** Deposits followed at once (scanning pauses while this many wait for their credit). */
  maxPending?: number;
  /** Polls to wait before re-sending an attestation the sidechain does not show. */
  resendAfterPolls?: number;
  /** Sends one batch attestation to the sidechain (e.g. sign with the validator key and submit). */
  attestBatch(batch: DepositBatch): Promise<void>;
  /** The validator's own node's view of a deposit: credited, attested by this validator, or neither. */
  settlement(facts: DepositFacts): DepositSettlement;
  /** Called when a block the watcher had read is not canonical any more (a reorg deeper than N). */
  onDeepReorg?(info: { blockNumber: number; expected: string; actual: string }): void;
}

export const DEFAULT_DEPOSIT_CONFIRMATIONS = 12;
/** How far back (in blocks) a watcher re-checks the blocks it read for a reorg. */
const REORG_WINDOW = 64;
const FULL_REORG_CHECK_EVERY = 20;

interface PendingDeposit {
  facts: DepositFacts;
  /** Poll count when its attestation was last sent (or seen on the sidechain). */
  sentAt: number;
}

/** True once the deposit is credited or the sidechain holds `validator`'s attestation of it. */
export function attestationSettled(state: StateReader, facts: DepositFacts, validator: string): boolean {
  return depositSettlement(state, facts, validator) !== "none";
}

/**
 * One validator's deposit watcher. The persisted cursor is the first Ethereum block that may hold a
 * deposit the sidechain has not credited; it moves only when the sidechain state shows the credit.
 * Deposits read but not credited are followed in memory (bounded) and their attestations re-sent when
 * the sidechain does not show them after `resendAfterPolls` polls (a dropped transaction).
 */
export class DepositWatcher {
  private cursorBlock: number;
  /** Next block to read (≥ cursor). */
  private scanned: number;
  private readonly pending: PendingDeposit[] = [];
  /** Hashes of blocks read recently (number → hash), to detect a reorg deeper than the confirmations. */
  private readonly seenHashes = new Map<number, string>();
  private polls = 0;
  /** Reorgs deeper than the confirmations seen by this watcher. */
  deepReorgs = 0;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private readonly bridge: Contract;
  private readonly confirmations: number;

  constructor(private readonly o: DepositWatcherOptions) {
    this.bridge = bridgeAt(o.bridgeAddress, o.provider);
    this.confirmations = o.confirmations ?? DEFAULT_DEPOSIT_CONFIRMATIONS;
    if (!Number.isSafeInteger(this.confirmations) || this.confirmations < 0)
      throw new RangeError(`bad confirmations ${o.confirmations}`);
    this.cursorBlock = o.startBlock;
    if (o.cursorFile && existsSync(o.cursorFile)) {
      const saved = JSON.parse(readFileSync(o.cursorFile, "utf8")) as { nextBlock: number };
      this.cursorBlock = Math.max(o.startBlock, saved.nextBlock);
    }
    this.scanned = this.cursorBlock;
  }

  /** The first Ethereum block that may hold a deposit not yet credited (persisted). */
  get cursor(): number {
    return this.cursorBlock;
  }

  /** Deposits read and not yet credited. */
  get pendingCount(): number {
    return this.pending.length;
  }

  /**
   * One round: re-checks the blocks read recently for a deep reorg; forgets deposits now credited and
   * re-sends the attestations the sidechain does not show; reads the newly confirmed blocks and attests
   * their deposits in batches; moves the cursor to the oldest deposit still uncredited. Returns the
   * deposits attested this round (new or re-sent). On an error the round stops and the next one redoes
   * the work: the sidechain ignores a validator's second attestation of a deposit.
   */
  async poll(): Promise<DepositFacts[]> {
    this.polls += 1;
    const head = await this.o.provider.getBlockNumber();
    await this.checkReorg(head);
    const attested = await this.settlePending();

    const lastConfirmed = head - this.confirmations;
    const maxPending = this.o.maxPending ?? 4_096;
    while (this.scanned <= lastConfirmed && this.pending.length < maxPending) {
      const from = this.scanned;
      const to = Math.min(lastConfirmed, from + (this.o.maxRange ?? 2_000) - 1);
      const logs = await this.bridge.queryFilter(this.bridge.filters.Deposit!(), from, to);
      const canonical = new Map<number, string>();
      for (const log of logs) {
        if (!canonical.has(log.blockNumber)) {
          const block = await this.o.provider.getBlock(log.blockNumber);
          canonical.set(log.blockNumber, block?.hash ?? "");
        }
        if (canonical.get(log.blockNumber) !== log.blockHash) {
          throw new Error(`deposit log in block ${log.blockNumber} is not canonical any more (reorg)`);
        }
      }
      const fresh: DepositFacts[] = [];
      for (const log of logs) {
        const facts = depositFactsOf(this.bridge, log);
        const status = this.o.settlement(facts);
        if (status === "credited") continue;
        this.pending.push({ facts, sentAt: this.polls });
        if (status === "none") fresh.push(facts);
      }
      await this.sendBatches(from, to, fresh);
      attested.push(...fresh);
      const end = await this.o.provider.getBlock(to);
      if (end?.hash) this.remember(to, end.hash);
      for (const [n, h] of canonical) this.remember(n, h);
      this.scanned = to + 1;
      this.moveCursor();
    }
    this.moveCursor();
    return attested;
  }

  /**
   * Re-sends the attestations of followed deposits that the sidechain has neither credited nor recorded
   * from this validator (its transaction was dropped). `settled` defaults to the `settlement` option.
   * Returns how many were re-sent.
   */
  async resendUnsettled(settled?: (facts: DepositFacts) => boolean): Promise<number> {
    const isSettled = settled ?? ((f: DepositFacts) => this.o.settlement(f) !== "none");
    const lost = this.pending.filter((p) => !isSettled(p.facts));
    for (const p of lost) p.sentAt = this.polls;
    await this.sendFacts(lost.map((p) => p.facts));
    return lost.length;
  }

  /** Polls every `intervalMs` until `stop()`. Errors are reported and retried on the next tick. */
  start(intervalMs: number, onError: (err: unknown) => void = () => {}): void {
    const tick = () => {
      this.running = this.poll()
        .catch(onError)
        .finally(() => {
          if (this.timer !== undefined) this.timer = setTimeout(tick, intervalMs);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    const t = this.timer;
    this.timer = undefined;
    if (t) clearTimeout(t);
    await this.running;
  }

  /** Drops credited deposits; re-sends those the sidechain still does not show after a while. */
  private async settlePending(): Promise<DepositFacts[]> {
    const resend: DepositFacts[] = [];
    const resendAfter = this.o.resendAfterPolls ?? 10;
    for (let i = this.pending.length - 1; i >= 0; i--) {
      const p = this.pending[i]!;
      const status = this.o.settlement(p.facts);
      if (status === "credited") this.pending.splice(i, 1);
      else if (status === "attested") p.sentAt = this.polls;
      else if (this.polls - p.sentAt >= resendAfter) {
        p.sentAt = this.polls;
        resend.unshift(p.facts);
      }
    }
    await this.sendFacts(resend);
    return resend;
  }

  /** Sends `facts` (any blocks) grouped into batches of consecutive block ranges. */
  private async sendFacts(facts: DepositFacts[]): Promise<void> {
    if (facts.length === 0) return;
    const sorted = [...facts].sort(
      (a, b) => a.ethBlockNumber - b.ethBlockNumber || a.ethLogIndex - b.ethLogIndex,
    );
    await this.sendBatches(sorted[0]!.ethBlockNumber, sorted[sorted.length - 1]!.ethBlockNumber, sorted);
  }

  private async sendBatches(fromBlock: number, toBlock: number, deposits: DepositFacts[]): Promise<void> {
    for (let i = 0; i < deposits.length; i += MAX_DEPOSITS_PER_BATCH) {
      await this.o.attestBatch({
        fromBlock: Math.max(1, fromBlock),
        toBlock,
        deposits: deposits.slice(i, i + MAX_DEPOSITS_PER_BATCH),
      });
    }
  }

  /**
   * A block read earlier whose hash changed means a reorg deeper than the confirmations: reported
   * (log + metric by the caller), its followed deposits forgotten (the new chain's deposits are read
   * again from the cursor; the sidechain never credits one Ethereum deposit twice).
   */
  private async checkReorg(head: number): Promise<void> {
    let reorgFrom: number | undefined;
    for (const n of [...this.seenHashes.keys()]) if (n < head - REORG_WINDOW) this.seenHashes.delete(n);
    // RPC budget: every poll re-reads the newest block read (any reorg reaching below it changed it
    // too, unless it was read after the reorg) and the blocks of deposits still followed; every
    // FULL_REORG_CHECK_EVERY polls, every block read within the window.
    const highest = Math.max(-1, ...this.seenHashes.keys());
    const followed = new Set(this.pending.map((p) => p.facts.ethBlockNumber));
    const full = this.polls % FULL_REORG_CHECK_EVERY === 0;
    for (const [n, expected] of [...this.seenHashes].sort((a, b) => a[0] - b[0])) {
      if (!full && n !== highest && !followed.has(n)) continue;
      const actual = (await this.o.provider.getBlock(n))?.hash ?? "";
      if (actual === expected) continue;
      this.deepReorgs += 1;
      this.o.onDeepReorg?.({ blockNumber: n, expected, actual });
      reorgFrom = n;
      break;
    }
    if (reorgFrom === undefined) return;
    for (const n of [...this.seenHashes.keys()]) if (n >= reorgFrom) this.seenHashes.delete(n);
    for (let i = this.pending.length - 1; i >= 0; i--)
      if (this.pending[i]!.facts.ethBlockNumber >= reorgFrom) this.pending.splice(i, 1);
    this.scanned = Math.min(this.scanned, reorgFrom);
    this.cursorBlock = Math.min(this.cursorBlock, reorgFrom);
    this.saveCursor();
  }

  private remember(blockNumber: number, hash: string): void {
    this.seenHashes.set(blockNumber, hash);
    if (this.seenHashes.size > 4 * REORG_WINDOW) {
      const oldest = Math.min(...this.seenHashes.keys());
      this.seenHashes.delete(oldest);
    }
  }

  private moveCursor(): void {
    let next = this.scanned;
    for (const p of this.pending) next = Math.min(next, p.facts.ethBlockNumber);
    if (next !== this.cursorBlock) {
      this.cursorBlock = next;
      this.saveCursor();
    }
  }

  private saveCursor(): void {
    if (!this.o.cursorFile) return;
    const tmp = `${this.o.cursorFile}.tmp`;
    writeFileSync(tmp, JSON.stringify({ nextBlock: this.cursorBlock }));
    renameSync(tmp, this.o.cursorFile);
  }
}

export function depositFactsOf(bridge: Contract, log: Log | EventLog): DepositFacts {
  const parsed = bridge.interface.parseLog({ topics: [...log.topics], data: log.data });
  if (parsed?.name !== "Deposit") throw new Error("not a Deposit event");
  return {
    nonce: BigInt(parsed.args.nonce),
    recipient: fromHex(parsed.args.recipient as string, 20),
    amount: BigInt(parsed.args.amount),
    ethTxHash: fromHex(log.transactionHash, 32),
    ethBlockNumber: log.blockNumber,
    ethBlockHash: fromHex(log.blockHash, 32),
    ethLogIndex: log.index,
  };
}

// ───────────────────────────── checkpoints ─────────────────────────────

/**
 * Collects signatures of one checkpoint by the set the contract currently holds. Messages for another
 * checkpoint, from non-members, or with a signature that does not recover to their validator are
 * dropped (and reported as false, for gossip scoring).
 */
export class CheckpointCollector {
  private readonly signatures = new Map<string, Uint8Array>();
  private readonly members: Set<string>;
  private readonly digest: string;

  constructor(
    readonly checkpoint: Checkpoint & { nextValidators?: ValidatorPower[] },
    readonly signingSet: ValidatorPower[],
    private readonly backend: SignatureBackend = defaultBackend,
  ) {
    this.members = new Set(signingSet.map((v) => v.address.toLowerCase()));
    this.digest = toHex(checkpointDigest(checkpoint));
  }

  /** Adds a `CheckpointSignature` message; false when it is not a valid signature of this checkpoint. */
  add(message: Uint8Array): boolean {
    let m: ReturnType<typeof decodeCheckpointSignature>;
    try {
      m = decodeCheckpointSignature(message);
    } catch {
      return false;
    }
    if (toHex(checkpointDigest(m.checkpoint)) !== this.digest) return false;
    return this.addSignature(m.validator, m.signature);
  }

  addSignature(validator: string, ethSignature: Uint8Array): boolean {
    const address = validator.toLowerCase();
    if (!this.members.has(address)) return false;
    if (recoverCheckpointSigner(this.checkpoint, ethSignature, this.backend) !== address) return false;
    this.signatures.set(address, ethSignature);
    return true;
  }

  get count(): number {
    return this.signatures.size;
  }

  submission(): CheckpointSubmission {
    return assembleSubmission(
      this.checkpoint,
      this.signingSet,
      this.signatures,
      this.backend,
      this.checkpoint.nextValidators,
    );
  }

  hasQuorum(): boolean {
    const s = this.submission();
    return exceedsTwoThirds(s.signedPower, s.totalPower);
  }
}

/** Sends `submitCheckpoint`; returns the transaction receipt's gas used. */
export async function submitCheckpoint(bridge: Contract, s: CheckpointSubmission): Promise<bigint> {
  const tx = await bridge.getFunction("submitCheckpoint")(
    s.checkpoint,
    s.validators,
    s.signerBitmap,
    s.signatures,
    s.nextValidators,
  );
  const receipt = await tx.wait();
  return receipt.gasUsed as bigint;
}

// ───────────────────────────── withdrawal proofs ─────────────────────────────

export interface WithdrawalProof {
  checkpointHeight: number;
  id: number;
  recipient: string;
  /** nRLC, decimal string. */
  amount: string;
  height: number;
  proof: string[];
}

/**
 * Proofs of withdrawals against a checkpoint that covers the first `withdrawalCount` leaves. Leaves are
 * immutable once written, so they are read from the current state and cached.
 */
export class WithdrawalProofs {
  private readonly leaves: Uint8Array[] = [];

  constructor(private readonly state: () => StateReader) {}

  proof(id: number, checkpoint: { height: number; withdrawalCount: number }): WithdrawalProof {
    if (!Number.isSafeInteger(id) || id < 0 || id >= checkpoint.withdrawalCount) {
      throw new RangeError(`withdrawal ${id} is not covered by the checkpoint at ${checkpoint.height}`);
    }
    const state = this.state();
    while (this.leaves.length < checkpoint.withdrawalCount) {
      const w = readWithdrawal(state, this.leaves.length);
      if (!w) throw new Error(`withdrawal ${this.leaves.length} missing from state`);
      this.leaves.push(withdrawalLeafHash(w));
    }
    const levels = treeLevels(this.leaves.slice(0, checkpoint.withdrawalCount));
    const w = readWithdrawal(state, id)!;
    return {
      checkpointHeight: checkpoint.height,
      id,
      recipient: toHex(w.recipient),
      amount: w.amount.toString(),
      height: w.height,
      proof: proofFromLevels(levels, id).map((p) => toHex(p)),
    };
  }
}

/** Submits a withdrawal claim (anyone may: the contract pays the leaf's recipient). Returns gas used. */
export async function claimWithdrawal(bridge: Contract, p: WithdrawalProof): Promise<bigint> {
  const tx = await bridge.getFunction("withdraw")(
    p.checkpointHeight,
    p.id,
    p.recipient,
    BigInt(p.amount),
    p.height,
    p.proof,
  );
  const receipt = await tx.wait();
  return receipt.gasUsed as bigint;
}

// ───────────────────────────── checkpoint cadence and relaying ─────────────────────────────

/** Validators sign a checkpoint every `everyBlocks` blocks, or sooner once `everyMs` passed (block time). */
export function checkpointDue(
  height: number,
  timeMs: number,
  last: { height: number; timeMs: number },
  cadence: { everyBlocks: number; everyMs: number },
): boolean {
  if (height <= last.height) return false;
  return height - last.height >= cadence.everyBlocks || timeMs - last.timeMs >= cadence.everyMs;
}

/** Leaves are appended in height order: the number of withdrawals a checkpoint at `height` covers. */
export function withdrawalCountAt(state: StateReader, height: number, total: number): number {
  let lo = 0;
  let hi = total; // answer in [lo, hi]
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const w = readWithdrawal(state, mid);
    if (w && w.height <= height) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface PendingCheckpoint {
  checkpoint: Checkpoint;
  signatures: Map<string, Uint8Array>;
}

/**
 * The relayer's checkpoint loop: it takes the checkpoints its own node computes (`addCheckpoint`) and
 * the validators' signatures from gossip (`addSignature`), and submits the highest checkpoint above the
 * contract's last height that has more than 2/3 of the set the contract holds. Validator lists are
 * learned from the node's state (each checkpoint's next set) and, for a set it has not seen (it was
 * down during a rotation, or is new), from the contract's `ValidatorSetChanged` events: it resumes from
 * any state. One submission at a time: a call while one is in flight returns undefined at once.
 */
export class CheckpointRelayer {
  private readonly sets = new Map<string, ValidatorPower[]>();
  private readonly pending = new Map<string, PendingCheckpoint>();
  private inFlight = false;
  /** Why the last round submitted nothing (for the API), or why it submitted. */
  lastDecision: string | undefined;
  /** Height of the checkpoint being sent to Ethereum right now (for the API). */
  submitting: number | undefined;

  constructor(
    private readonly bridge: Contract,
    knownSets: ValidatorPower[][],
    private readonly backend: SignatureBackend = defaultBackend,
    private readonly maxPending = 64,
    /** The bridge's deployment block: where `ValidatorSetChanged` events start. */
    private readonly deployBlock = 0,
    private readonly cadence: RelayCadence = {},
  ) {
    for (const s of knownSets) this.registerSet(s);
  }

  registerSet(set: ValidatorPower[]): void {
    if (set.length === 0) return;
    this.sets.set(toHex(validatorSetHash(set)), set);
    while (this.sets.size > this.maxPending) this.sets.delete(this.sets.keys().next().value!);
  }

  /** A checkpoint computed by this relayer's own node (with the set that follows it). */
  addCheckpoint(cp: Checkpoint & { nextValidators?: ValidatorPower[] }): void {
    if (cp.nextValidators) this.registerSet(cp.nextValidators);
    const digest = toHex(checkpointDigest(cp));
    if (!this.pending.has(digest)) this.pending.set(digest, { checkpoint: cp, signatures: new Map() });
    while (this.pending.size > this.maxPending) {
      const lowest = [...this.pending.entries()].sort(
        (a, b) => a[1].checkpoint.height - b[1].checkpoint.height,
      )[0]!;
      this.pending.delete(lowest[0]);
    }
  }

  /** A `CheckpointSignature` gossip message; false (score the peer down) unless it is valid. */
  addSignature(message: Uint8Array): boolean {
    let m: ReturnType<typeof decodeCheckpointSignature>;
    try {
      m = decodeCheckpointSignature(message);
    } catch {
      return false;
    }
    const p = this.pending.get(toHex(checkpointDigest(m.checkpoint)));
    if (!p) return false;
    if (recoverCheckpointSigner(p.checkpoint, m.signature, this.backend) !== m.validator) return false;
    p.signatures.set(m.validator, m.signature);
    return true;
  }

  /** The members of a set by hash: known already, or rebuilt from the contract's events. */
  private async setOf(setHash: string): Promise<ValidatorPower[] | undefined> {
    const key = setHash.toLowerCase();
    const known = this.sets.get(key);
    if (known) return known;
    const fromChain = await validatorSetFromEthereum(this.bridge, key, this.deployBlock);
    if (fromChain) this.registerSet(fromChain);
    return fromChain;
  }

  /**
   * Submits the best checkpoint with a quorum, if any; returns its height and gas. Returns undefined
   * (without sending anything) while another submission of this relayer is in flight.
   */
  async submitBest(): Promise<{ height: number; gasUsed: bigint } | undefined> {
    if (this.inFlight) return undefined;
    this.inFlight = true;
    try {
      return await this.submitBestNow();
    } finally {
      this.inFlight = false;
    }
  }

  private async submitBestNow(): Promise<{ height: number; gasUsed: bigint } | undefined> {
    // Once the escape hatch is open the bridge accepts no checkpoint: sending one would only burn gas.
    if ((await this.bridge.getFunction("hatchOpenedAt")()) !== 0n) {
      this.lastDecision = "the escape hatch is open: the bridge accepts no more checkpoints";
      return undefined;
    }
    const lastHeight = Number(await this.bridge.getFunction("lastHeight")());
    const setHash = (await this.bridge.getFunction("validatorSetHash")()) as string;
    const signingSet = await this.setOf(setHash);
    if (!signingSet) throw new Error(`the contract's validator set ${setHash} is unknown to this relayer`);
    const candidates = [...this.pending.values()]
      .filter((p) => p.checkpoint.height > lastHeight)
      .sort((a, b) => b.checkpoint.height - a.checkpoint.height);
    const due = this.cadence.due;
    for (const p of candidates) {
      let reason: string | undefined = "unconditional";
      if (due) {
        reason = due(p.checkpoint, { lastHeight, setHash: setHash.toLowerCase() });
        if (!reason) continue;
      }
      const nextSet = this.sets.get(toHex(p.checkpoint.nextValidatorSetHash));
      let s: CheckpointSubmission;
      try {
        s = assembleSubmission(p.checkpoint, signingSet, p.signatures, this.backend, nextSet);
      } catch {
        continue; // a rotation whose members this relayer does not know
      }
      if (!exceedsTwoThirds(s.signedPower, s.totalPower)) continue;
      const cap = this.cadence.maxFeePerGasWei;
      if (cap !== undefined) {
        const fees = await this.bridge.runner!.provider!.getFeeData();
        const price = fees.maxFeePerGas ?? fees.gasPrice;
        if (price === null || price > cap) {
          this.lastDecision = `gas price ${price ?? "unknown"} wei above the cap ${cap}`;
          return undefined;
        }
      }
      this.lastDecision = `submitted ${p.checkpoint.height}: ${reason}`;
      this.submitting = p.checkpoint.height;
      let gasUsed: bigint;
      try {
        gasUsed = await submitCheckpoint(this.bridge, s);
      } finally {
        this.submitting = undefined;
      }
      for (const [digest, q] of this.pending)
        if (q.checkpoint.height <= p.checkpoint.height) this.pending.delete(digest);
      return { height: p.checkpoint.height, gasUsed };
    }
    this.lastDecision = due ? "no checkpoint due with a quorum" : "no checkpoint with a quorum";
    return undefined;
  }
}

/** When the relayer submits (see anchorPolicy.ts); empty: every checkpoint with a quorum, any price. */
export interface RelayCadence {
  /** Why `cp` should be anchored now given what Ethereum holds, or undefined to let it wait. */
  due?(cp: Checkpoint, onChain: { lastHeight: number; setHash: string }): string | undefined;
  /** Submit nothing while the fee per gas is above this (wei). */
  maxFeePerGasWei?: bigint;
}

/**
 * A proof of withdrawal `id` against the contract's latest checkpoint, checked locally against the
 * root the contract stores before it is served (a stale or wrong node is caught here, not on-chain).
 */
export async function latestWithdrawalProof(
  bridge: Contract,
  proofs: WithdrawalProofs,
  state: StateReader,
  id: number,
): Promise<WithdrawalProof | undefined> {
  const height = Number(await bridge.getFunction("lastHeight")());
  if (height === 0) return undefined;
  const count = withdrawalCountAt(state, height, readWithdrawalCount(state));
  if (id >= count) return undefined;
  const proof = proofs.proof(id, { height, withdrawalCount: count });
  const root = fromHex((await bridge.getFunction("withdrawalsRoots")(height)) as string, 32);
  const w = readWithdrawal(state, id)!;
  if (
    !verifyProof(
      withdrawalLeafHash(w),
      id,
      proof.proof.map((p) => fromHex(p, 32)),
      root,
    )
  ) {
    throw new Error(`withdrawal ${id}: the node's tree does not match the checkpoint at ${height}`);
  }
  return proof;
}
