/**
 * The bridge relayer library (`poco bridge`). Nothing here is trusted:
 *  - `DepositWatcher` runs for ONE validator against that validator's own Ethereum RPC: it reads
 *    `Deposit` events once they have N confirmations (re-checking that their block is still canonical)
 *    and turns each into a `deposit_attestation` transaction signed by the validator. The sidechain
 *    credits a deposit only when ≥ 2/3 of the power attested the same facts, so a lying watcher (or
 *    relayer) can at most waste its own transactions.
 *  - `CheckpointCollector` gathers `CheckpointSignature` messages (from gossip), keeping only those that
 *    recover to a member of the set the contract holds and that sign the same checkpoint.
 *  - `CheckpointSubmitter` sends `submitCheckpoint` with ethers; the contract re-checks everything.
 *  - `WithdrawalProofs` serves Merkle proofs of withdrawals; `claimWithdrawal` submits one. A false
 *    proof is rejected by the contract, and the contract pays the leaf's recipient, never the caller.
 * Cursors (the next Ethereum block to scan) are persisted so a restarted watcher catches up exactly.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import {
  Contract,
  ContractFactory,
  type ContractRunner,
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
  readDeposit,
  readWithdrawal,
  readWithdrawalCount,
  type ValidatorPower,
} from "./bridgeModule.js";
import {
  assembleSubmission,
  type Checkpoint,
  type CheckpointSubmission,
  checkpointDigest,
  decodeCheckpointSignature,
  recoverCheckpointSigner,
  validatorSetHash,
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

export async function deployBridge(
  deployer: Signer,
  opts: { token: string; sidechainId: number; validators: ValidatorPower[] },
): Promise<Contract> {
  const a = loadArtifact("PocoBridge");
  const c = await new ContractFactory(a.abi, a.bytecode, deployer).deploy(
    opts.token,
    opts.sidechainId,
    toHex(validatorSetHash(opts.validators)),
  );
  await c.waitForDeployment();
  return c as Contract;
}

/** The bridge at `address` (ABI from the committed artifact). */
export function bridgeAt(address: string, runner: ContractRunner): Contract {
  return new Contract(address, loadArtifact("PocoBridge").abi, runner);
}

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

export interface DepositWatcherOptions {
  /** The validator's OWN Ethereum node. */
  provider: Provider;
  bridgeAddress: string;
  /** A deposit is attested once its block has this many confirmations (the block itself counts). */
  confirmations: number;
  /** First Ethereum block to scan when there is no cursor (the bridge's deployment block). */
  startBlock: number;
  /** Where the cursor is kept across restarts (optional: in memory only). */
  cursorFile?: string;
  /** Largest block range per `eth_getLogs`. */
  maxRange?: number;
  /** Sends the attestation to the sidechain (e.g. sign with the validator key and submit). */
  attest(facts: DepositFacts): Promise<void>;
}

const RECENT_LIMIT = 4_096;

/** True once the deposit is credited or the sidechain holds `validator`'s attestation of its nonce. */
export function attestationSettled(state: StateReader, facts: DepositFacts, validator: string): boolean {
  const d = readDeposit(state, facts.nonce);
  if (!d) return false;
  return d.credited || d.claims.some((c) => c.attesters.includes(validator.toLowerCase()));
}

export class DepositWatcher {
  private nextBlock: number;
  /** Deposits attested recently (bounded), for `resendUnsettled`. */
  private readonly recent: DepositFacts[] = [];
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private readonly bridge: Contract;

  constructor(private readonly o: DepositWatcherOptions) {
    this.bridge = bridgeAt(o.bridgeAddress, o.provider);
    this.nextBlock = o.startBlock;
    if (o.cursorFile && existsSync(o.cursorFile)) {
      const saved = JSON.parse(readFileSync(o.cursorFile, "utf8")) as { nextBlock: number };
      this.nextBlock = Math.max(o.startBlock, saved.nextBlock);
    }
  }

  /** The next Ethereum block this watcher will scan. */
  get cursor(): number {
    return this.nextBlock;
  }

  /**
   * Scans the confirmed blocks not yet scanned, attests every deposit in them, then advances and saves
   * the cursor. If anything fails (RPC, reorg detected, submission) the cursor stays and the next poll
   * redoes the range: the sidechain rejects a validator's second attestation of a nonce, so a redo
   * never doubles a credit. Returns the deposits attested.
   */
  async poll(): Promise<DepositFacts[]> {
    const head = await this.o.provider.getBlockNumber();
    const lastConfirmed = head - this.o.confirmations + 1;
    const attested: DepositFacts[] = [];
    while (this.nextBlock <= lastConfirmed) {
      const to = Math.min(lastConfirmed, this.nextBlock + (this.o.maxRange ?? 2_000) - 1);
      const logs = await this.bridge.queryFilter(this.bridge.filters.Deposit!(), this.nextBlock, to);
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
      for (const log of logs) {
        const facts = depositFactsOf(this.bridge, log);
        await this.o.attest(facts);
        attested.push(facts);
        this.recent.push(facts);
        if (this.recent.length > RECENT_LIMIT) this.recent.shift();
      }
      this.nextBlock = to + 1;
      this.saveCursor();
    }
    return attested;
  }

  /**
   * Re-sends the attestations of recent deposits that the sidechain has neither credited nor recorded
   * from this validator (its transaction was dropped). `settled` reads the validator's own node, e.g.
   * `(f) => attestationSettled(state, f, validator)`. Returns how many were re-sent.
   */
  async resendUnsettled(settled: (facts: DepositFacts) => boolean): Promise<number> {
    let sent = 0;
    for (const facts of this.recent) {
      if (settled(facts)) continue;
      await this.o.attest(facts);
      sent += 1;
    }
    return sent;
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

  private saveCursor(): void {
    if (!this.o.cursorFile) return;
    const tmp = `${this.o.cursorFile}.tmp`;
    writeFileSync(tmp, JSON.stringify({ nextBlock: this.nextBlock }));
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
    readonly checkpoint: Checkpoint,
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
    return assembleSubmission(this.checkpoint, this.signingSet, this.signatures, this.backend);
  }

  hasQuorum(): boolean {
    const s = this.submission();
    return s.signedPower > 0n && s.signedPower * 3n >= s.totalPower * 2n;
  }
}

/** Sends `submitCheckpoint`; returns the transaction receipt's gas used. */
export async function submitCheckpoint(bridge: Contract, s: CheckpointSubmission): Promise<bigint> {
  const tx = await bridge.getFunction("submitCheckpoint")(
    s.checkpoint,
    s.validators,
    s.signerBitmap,
    s.signatures,
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
 * contract's last height that has ≥ 2/3 of the set the contract holds. Validator lists are learned from
 * the node's state (each checkpoint's next set); the contract checks them against its stored hash.
 * Stateless across restarts: everything it needs is re-read from the contract and the node.
 */
export class CheckpointRelayer {
  private readonly sets = new Map<string, ValidatorPower[]>();
  private readonly pending = new Map<string, PendingCheckpoint>();

  constructor(
    private readonly bridge: Contract,
    knownSets: ValidatorPower[][],
    private readonly backend: SignatureBackend = defaultBackend,
    private readonly maxPending = 64,
  ) {
    for (const s of knownSets) this.registerSet(s);
  }

  registerSet(set: ValidatorPower[]): void {
    this.sets.set(toHex(validatorSetHash(set)), set);
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

  /** Submits the best checkpoint with a quorum, if any; returns its height and gas. */
  async submitBest(): Promise<{ height: number; gasUsed: bigint } | undefined> {
    const lastHeight = Number(await this.bridge.getFunction("lastHeight")());
    const setHash = (await this.bridge.getFunction("validatorSetHash")()) as string;
    const signingSet = this.sets.get(setHash.toLowerCase());
    if (!signingSet) throw new Error(`the contract's validator set ${setHash} is unknown to this relayer`);
    const candidates = [...this.pending.values()]
      .filter((p) => p.checkpoint.height > lastHeight)
      .sort((a, b) => b.checkpoint.height - a.checkpoint.height);
    for (const p of candidates) {
      const s = assembleSubmission(p.checkpoint, signingSet, p.signatures, this.backend);
      if (!(s.signedPower > 0n && s.signedPower * 3n >= s.totalPower * 2n)) continue;
      const gasUsed = await submitCheckpoint(this.bridge, s);
      for (const [digest, q] of this.pending)
        if (q.checkpoint.height <= p.checkpoint.height) this.pending.delete(digest);
      return { height: p.checkpoint.height, gasUsed };
    }
    return undefined;
  }
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
