/**
 * A chain of blocks executed by the real state machine over an in-memory committed state, for the
 * validator tests: genesis with chosen validators, funded accounts and validator params; blocks of
 * signed transactions with an optional last-commit signer list; and the state keys each block touched
 * (distinct keys read from the committed state plus keys written), to check the cost of end-of-block
 * work.
 */
import { signVote } from "../../consensus/vote.js";
import { applyGenesis } from "../../node/chain/genesis.js";
import { toHex } from "../../node/crypto/hash.js";
import type { KeyPair } from "../../node/crypto/keys.js";
import { defaultBackend } from "../../node/crypto/secp256k1.js";
import { createStateMachine } from "../../node/execution/stateMachine.js";
import { readActiveSet, readRecord } from "../../node/execution/validatorModule.js";
import type { ValidatorParams } from "../../node/execution/validatorParams.js";
import { CommittedState } from "../../node/state/committedState.js";
import { StateOverlay, type StateReader } from "../../node/state/stateOverlay.js";
import { decodeAndVerifyTx, signTx, type VerifiedTx } from "../../node/tx/signedTx.js";
import type { poco } from "../../proto/index.js";
import { TEST_CHAIN_ID, testGenesis } from "./fixtures.js";

export type TxBody = Omit<poco.Tx.$Properties, "chainId" | "nonce">;

export interface BlockCost {
  /** Distinct keys read from the committed state during the block. */
  keysRead: number;
  /** Distinct keys the block writes. */
  keysWritten: number;
  /** Bytes passed to every StateOverlay.set during the block (rewrites included). */
  bytesWritten: number;
  /** Gas used by the block's transactions. */
  gasUsed: number;
}

export function validatorChain(opts: {
  validators: KeyPair[];
  power?: number;
  funded?: KeyPair[];
  balance?: bigint;
  params?: ValidatorParams;
  /** Raise the block gas limit (e.g. to fit thousands of txs in one block). */
  blockGasLimit?: number;
}) {
  const g = testGenesis(opts.validators[0]!, opts.funded ?? [], opts.balance);
  g.validators = opts.validators.map((k) => ({ address: toHex(k.address), power: opts.power ?? 10 }));
  if (opts.params) g.validatorParams = opts.params;
  if (opts.blockGasLimit !== undefined && g.params)
    g.params = { ...g.params, blockGasLimit: opts.blockGasLimit };
  const overlay = new StateOverlay(CommittedState.empty());
  applyGenesis(overlay, g);
  const state = CommittedState.empty();
  state.apply(overlay.entries());
  const executor = createStateMachine(TEST_CHAIN_ID);
  let height = 0;
  const nonces = new Map<string, number>();
  let lastCost: BlockCost = { keysRead: 0, keysWritten: 0, bytesWritten: 0, gasUsed: 0 };

  const sign = (key: KeyPair, tx: TxBody): VerifiedTx => {
    const nonce = nonces.get(key.addressHex) ?? 0;
    nonces.set(key.addressHex, nonce + 1);
    return decodeAndVerifyTx(
      signTx({ ...tx, chainId: TEST_CHAIN_ID, nonce }, key.privateKey).bytes,
      TEST_CHAIN_ID,
    );
  };

  /** Executes and commits the next block; returns each tx's result code ("ok" on success). */
  const blockOf = (txs: VerifiedTx[], signers?: readonly string[]): string[] => {
    height++;
    const read = new Set<string>();
    const counting: StateReader = {
      get(key) {
        read.add(key);
        return state.get(key);
      },
    };
    let bytesWritten = 0;
    const originalSet = StateOverlay.prototype.set;
    StateOverlay.prototype.set = function (key: string, value: Uint8Array) {
      bytesWritten += value.length;
      originalSet.call(this, key, value);
    };
    let result: ReturnType<typeof executor.execute>;
    try {
      result = executor.execute(
        counting,
        {
          chainId: TEST_CHAIN_ID,
          height,
          timeMs: 1_700_000_000_000 + height * 500,
          proposer: "0x00",
          baseFee: 0n,
          ...(signers ? { lastCommitSigners: [...signers].sort() } : {}),
        },
        txs,
        false,
      );
    } finally {
      StateOverlay.prototype.set = originalSet;
    }
    lastCost = {
      keysRead: read.size,
      keysWritten: result.overlay.size,
      bytesWritten,
      gasUsed: result.gasUsed,
    };
    state.apply(result.overlay.entries());
    return result.receipts.map((r) => r.error?.code ?? "ok");
  };

  const block = (txs: { key: KeyPair; tx: TxBody }[] = [], signers?: readonly string[]) =>
    blockOf(
      txs.map(({ key, tx }) => sign(key, tx)),
      signers,
    );

  /** The active set as [address, power] pairs (sorted by address, as stored). */
  const set = (): [string, number][] => readActiveSet(state).map((v) => [v.address, v.power]);
  const powerOf = (key: KeyPair): number => set().find(([a]) => a === key.addressHex.toLowerCase())?.[1] ?? 0;
  const record = (key: KeyPair) => readRecord(state, key.addressHex.toLowerCase());

  return {
    state,
    block,
    blockOf,
    sign,
    set,
    powerOf,
    record,
    height: () => height,
    cost: () => lastCost,
  };
}

/** A signed prevote (the material of double-sign evidence). */
export const testVote = (key: KeyPair, height: number, hash: number) =>
  signVote(
    {
      chainId: TEST_CHAIN_ID,
      type: "prevote",
      height,
      round: 0,
      blockHash: new Uint8Array(32).fill(hash),
      timeMs: 1,
      validator: key.address,
    },
    key.privateKey,
    defaultBackend,
  );

/** A small seeded PRNG (mulberry32) for reproducible random schedules in tests. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
