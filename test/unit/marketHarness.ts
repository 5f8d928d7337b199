/**
 * A chain in a test: BlockExecutor with the base and market modules over a CommittedState from
 * genesis; signed transactions (signTx → decodeAndVerifyTx), block time under the test's control,
 * and the RLC total (balances + stakes + locked + bonded + kitty) for conservation checks.
 */
import assert from "node:assert/strict";
import { applyGenesis, type Genesis } from "../../node/chain/genesis.js";
import { marketDomain, type OrderByKind, type OrderKind, signOrder } from "../../node/crypto/eip712.js";
import { keccak256, toHex } from "../../node/crypto/hash.js";
import { type KeyPair, keyPairFromPrivate } from "../../node/crypto/keys.js";
import { defaultBackend } from "../../node/crypto/secp256k1.js";
import type { BlockExecutor, TxReceipt } from "../../node/execution/blockExecutor.js";
import type { TxContext } from "../../node/execution/context.js";
import { readFeePool } from "../../node/execution/fees.js";
import { GasMeter } from "../../node/execution/gasMeter.js";
import { marketModule } from "../../node/execution/marketModule.js";
import { createStateMachine, type StateMachineOptions } from "../../node/execution/stateMachine.js";
import { decodeAccount, readAccount } from "../../node/state/accounts.js";
import { CommittedState } from "../../node/state/committedState.js";
import { deriveAssetAddress } from "../../node/state/registries.js";
import { StateOverlay } from "../../node/state/stateOverlay.js";
import { decodeAndVerifyTx, signTx, type VerifiedTx } from "../../node/tx/signedTx.js";
import type { poco } from "../../proto/index.js";
import {
  dealId,
  MarketKeys,
  orderHash,
  readDeal,
  readKitty,
  taskId,
  ZERO_ADDRESS_HEX,
} from "../../scheduler/index.js";

export const RLC = 1_000_000_000n;
export const CHAIN_ID = 31337;
/** Category 0's time reference T, in seconds. */
export const T_SECONDS = 10;
export const T_MS = T_SECONDS * 1000;

export const key = (n: number): KeyPair =>
  keyPairFromPrivate(`0x${(n + 1000).toString(16).padStart(64, "0")}`);
export const hexOf = (k: KeyPair): string => toHex(k.address);

type TxBody = Omit<poco.Tx.$Properties, "chainId" | "nonce" | "sender">;

export class MarketSim {
  /** The node's full state machine (base, validators, market). */
  readonly executor: BlockExecutor;
  readonly state: CommittedState;
  timeMs: number;
  height = 0;
  /** Base fee per gas of the simulated blocks (0: free gas, the default for market tests). */
  baseFee = 0n;
  /** State keys the last block wrote (its work, for spam tests). */
  lastBlockWrites = 0;
  private readonly nonces = new Map<string, number>();
  /** Sees each block's writes before they are applied, as Chain.onBeforeCommit (metrics tests). */
  beforeApply?: (writes: readonly (readonly [string, Uint8Array | null])[], before: CommittedState) => void;

  constructor(genesis: Genesis, options: StateMachineOptions = {}) {
    this.executor = createStateMachine(CHAIN_ID, defaultBackend, options);
    const overlay = new StateOverlay(CommittedState.empty());
    applyGenesis(overlay, genesis);
    this.state = CommittedState.empty();
    this.state.apply(overlay.entries());
    this.timeMs = genesis.genesisTimeMs;
  }

  tx(signer: KeyPair, body: TxBody): VerifiedTx {
    const sender = hexOf(signer);
    const nonce = this.nonces.get(sender) ?? 0;
    this.nonces.set(sender, nonce + 1);
    const signed = signTx({ ...body, chainId: CHAIN_ID, nonce }, signer.privateKey);
    return decodeAndVerifyTx(signed.bytes, CHAIN_ID);
  }

  /** Executes a block `advanceMs` after the previous one and commits it. */
  block(txs: VerifiedTx[], advanceMs = 500): TxReceipt[] {
    this.timeMs += advanceMs;
    this.height += 1;
    const ctx = {
      chainId: CHAIN_ID,
      height: this.height,
      timeMs: this.timeMs,
      proposer: toHex(new Uint8Array(20)),
      baseFee: this.baseFee,
    };
    const execution = this.executor.execute(this.state, ctx, txs, false);
    this.lastBlockWrites = execution.overlay.size;
    if (this.beforeApply) {
      const writes = [...execution.overlay.entries()];
      this.beforeApply(writes, this.state);
      this.state.apply(writes);
    } else this.state.apply(execution.overlay.entries());
    return execution.receipts;
  }

  /** One transaction in its own block; asserts success unless `expectError` names the code. */
  run(signer: KeyPair, body: TxBody, expectError?: string, advanceMs = 500): TxReceipt {
    const [receipt] = this.block([this.tx(signer, body)], advanceMs);
    if (expectError) assert.equal(receipt!.error?.code, expectError, receipt!.error?.message);
    else assert.equal(receipt!.error, undefined, receipt!.error?.message);
    return receipt!;
  }

  nonceOf(k: KeyPair): number {
    return this.nonces.get(hexOf(k)) ?? 0;
  }

  account(k: KeyPair | string) {
    return readAccount(this.state, typeof k === "string" ? k : hexOf(k));
  }

  /** Σ over accounts of balance + stake + locked + bonded, plus the kitty and the fee pool. */
  totalRlc(): bigint {
    let total = readKitty(this.state) + readFeePool(this.state);
    for (const k of this.state.keysWithPrefix("acct:")) {
      const a = decodeAccount(this.state.get(k)!);
      total += a.balance + a.stake + a.locked + a.bonded;
    }
    return total;
  }
}

/** The cast of a market test and their registered assets. */
export interface Cast {
  sim: MarketSim;
  admin: KeyPair;
  appOwner: KeyPair;
  datasetOwner: KeyPair;
  scheduler: KeyPair;
  requester: KeyPair;
  workers: KeyPair[];
  app: string;
  dataset: string;
  workerpool: string;
}

export const INITIAL_BALANCE = 10_000n * RLC;

/** Genesis with funded accounts, then registrations and stakes; `ratio` = scheduler reward ratio. */
export function setupMarket(
  workerCount = 4,
  ratio = 10,
  params?: Genesis["params"],
  options: StateMachineOptions = {},
): Cast {
  const admin = key(0);
  const appOwner = key(1);
  const datasetOwner = key(2);
  const scheduler = key(3);
  const requester = key(4);
  const workers = Array.from({ length: workerCount }, (_, i) => key(10 + i));
  const everyone = [admin, appOwner, datasetOwner, scheduler, requester, ...workers];
  const sim = new MarketSim(
    {
      chainId: CHAIN_ID,
      genesisTimeMs: 1_700_000_000_000,
      admin: hexOf(admin),
      validators: [{ address: hexOf(admin), power: 1 }],
      accounts: everyone.map((k) => ({ address: hexOf(k), balance: INITIAL_BALANCE, stake: 0n })),
      categories: [{ name: "S", description: "small", workClockTimeRef: T_SECONDS }],
      ...(params ? { params } : {}),
    },
    options,
  );
  const app = deriveAssetAddress("app", appOwner.address, sim.nonceOf(appOwner));
  sim.run(appOwner, { registerApp: { name: "app", uri: "docker://app" } });
  const dataset = deriveAssetAddress("dataset", datasetOwner.address, sim.nonceOf(datasetOwner));
  sim.run(datasetOwner, { registerDataset: { name: "data", uri: "ipfs://data" } });
  const workerpool = deriveAssetAddress("workerpool", scheduler.address, sim.nonceOf(scheduler));
  sim.run(scheduler, {
    registerWorkerpool: { description: "pool", schedulerRewardRatio: ratio, powerEfficiency: 7 },
  });
  sim.run(scheduler, { stake: { amount: uintBytes(1000n * RLC) } });
  for (const w of workers) sim.run(w, { stake: { amount: uintBytes(100n * RLC) } });
  return { sim, admin, appOwner, datasetOwner, scheduler, requester, workers, app, dataset, workerpool };
}

export function uintBytes(v: bigint): Uint8Array {
  if (v === 0n) return new Uint8Array(0);
  let hex = v.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  return Uint8Array.from(Buffer.from(hex, "hex"));
}

export const addrBytes = (hex: string): Uint8Array => Uint8Array.from(Buffer.from(hex.slice(2), "hex"));

export interface Prices {
  app: bigint;
  dataset: bigint;
  workerpool: bigint;
  volume: bigint;
  trust: bigint;
  withDataset: boolean;
  salt?: number;
}

/** Four compatible orders (dataset order only `withDataset`), unsigned. */
export function buildOrders(c: Cast, p: Prices): { [K in OrderKind]: OrderByKind[K] } {
  const salt = new Uint8Array(32);
  salt[31] = p.salt ?? 1;
  return {
    app: { app: addrBytes(c.app), appprice: uintBytes(p.app), volume: uintBytes(p.volume), salt },
    dataset: {
      dataset: addrBytes(c.dataset),
      datasetprice: uintBytes(p.dataset),
      volume: uintBytes(p.volume),
      salt,
    },
    workerpool: {
      workerpool: addrBytes(c.workerpool),
      workerpoolprice: uintBytes(p.workerpool),
      volume: uintBytes(p.volume),
      trust: uintBytes(p.trust),
      salt,
    },
    request: {
      app: addrBytes(c.app),
      appmaxprice: uintBytes(p.app),
      dataset: p.withDataset ? addrBytes(c.dataset) : new Uint8Array(0),
      datasetmaxprice: uintBytes(p.dataset),
      workerpoolmaxprice: uintBytes(p.workerpool),
      requester: c.requester.address,
      volume: uintBytes(p.volume),
      trust: uintBytes(p.trust),
      beneficiary: c.requester.address,
      params: "{}",
      salt,
    },
  };
}

/** Signs each order with its owner's key (as a wallet would: EIP-712, v ∈ {27, 28}). */
export function signAll(c: Cast, orders: { [K in OrderKind]: OrderByKind[K] }) {
  const domain = marketDomain(CHAIN_ID);
  return {
    app: { ...orders.app, sign: signOrder(domain, "app", orders.app, c.appOwner.privateKey) },
    dataset: {
      ...orders.dataset,
      sign: signOrder(domain, "dataset", orders.dataset, c.datasetOwner.privateKey),
    },
    workerpool: {
      ...orders.workerpool,
      sign: signOrder(domain, "workerpool", orders.workerpool, c.scheduler.privateKey),
    },
    request: {
      ...orders.request,
      sign: signOrder(domain, "request", orders.request, c.requester.privateKey),
    },
  };
}

/** A result digest from a label (keccak256 of its UTF-8 bytes), hex. */
export const digestOf = (label: string): string => toHex(keccak256(new TextEncoder().encode(label)));

/** Opens a deal of `volume` tasks at `trust` by explicit matching (no dataset); returns its id. */
export function openDeal(
  c: Cast,
  prices: { app: bigint; workerpool: bigint },
  volume: bigint,
  trust: bigint,
): string {
  const orders = signAll(c, buildOrders(c, { ...prices, dataset: 0n, volume, trust, withDataset: false }));
  c.sim.run(c.admin, {
    matchOrders: { app: orders.app, workerpool: orders.workerpool, request: orders.request },
  });
  return dealId(orderHash(CHAIN_ID, "request", orders.request), 0n);
}

/**
 * Everything a task's life writes for deal `id`: deal, task and contribution records, the cast's
 * account amounts, the workers' scores, the pool's SLA record and the kitty (nonces aside).
 */
export function taskLifeSnapshot(c: Cast, id: string): string[] {
  const out: string[] = [];
  const raw = (key: string) => {
    const v = c.sim.state.get(key);
    out.push(`${key}=${v ? toHex(v) : "-"}`);
  };
  const deal = readDeal(c.sim.state, id)!;
  raw(MarketKeys.deal(id));
  for (let i = 0; i < deal.botSize; i++) {
    const t = taskId(id, i);
    raw(MarketKeys.task(t));
    for (const w of c.workers) raw(MarketKeys.contribution(t, hexOf(w)));
  }
  for (const k of [c.requester, c.scheduler, c.appOwner, ...c.workers]) {
    const a = c.sim.account(k);
    out.push(`${hexOf(k)}: ${a.balance} ${a.stake} ${a.locked}`);
  }
  for (const w of c.workers) raw(MarketKeys.score(hexOf(w)));
  raw(MarketKeys.sla(c.workerpool));
  raw(MarketKeys.kitty());
  return out;
}

/**
 * Runs market handlers straight on an overlay of the committed state (no nonce or fee bookkeeping),
 * applies it, and returns the state root (hex).
 */
export function runMarketHandlers(c: Cast, steps: [KeyPair, poco.Tx.$Properties][]): string {
  const market = marketModule({ chainId: CHAIN_ID });
  const overlay = new StateOverlay(c.sim.state);
  for (const [signer, body] of steps) {
    const kind = Object.keys(body)[0] as keyof typeof market.handlers;
    const ctx: TxContext = {
      chainId: CHAIN_ID,
      height: c.sim.height + 1,
      timeMs: c.sim.timeMs,
      proposer: ZERO_ADDRESS_HEX,
      baseFee: 0n,
      sender: hexOf(signer),
      nonce: 0,
      txHash: new Uint8Array(32),
      txIndex: 0,
      gas: new GasMeter(Number.MAX_SAFE_INTEGER),
    };
    market.handlers[kind]!(overlay, { ...body, kind } as poco.Tx, ctx);
  }
  c.sim.state.apply(overlay.entries());
  return toHex(c.sim.state.root());
}
