/** Keys, genesis and signed transfers for tests. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Genesis } from "../../node/chain/genesis.js";
import { toHex } from "../../node/crypto/hash.js";
import { type KeyPair, keyPairFromPrivate } from "../../node/crypto/keys.js";
import { DEFAULT_CHAIN_PARAMS } from "../../node/execution/fees.js";
import { signTx } from "../../node/tx/signedTx.js";
import { uintToBytes } from "../../proto/index.js";

export const RLC = 1_000_000_000n;
export const TEST_CHAIN_ID = 4242;

/** A deterministic key from a small integer (never use outside tests). */
export function testKey(n: number): KeyPair {
  return keyPairFromPrivate(`0x${(n + 1).toString(16).padStart(64, "0")}`);
}

export function tempDir(prefix = "poco-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function testGenesis(validator: KeyPair, funded: KeyPair[], balance = 1_000_000n * RLC): Genesis {
  return {
    chainId: TEST_CHAIN_ID,
    genesisTimeMs: 1_700_000_000_000,
    admin: toHex(funded[0]?.address ?? validator.address),
    validators: [{ address: toHex(validator.address), power: 10 }],
    accounts: funded.map((k) => ({ address: toHex(k.address), balance, stake: 0n })),
    categories: [{ name: "XS", description: "tiny", workClockTimeRef: 60 }],
    // Test chains meter gas and enforce block limits but price gas at 0 unless a test asks for fees,
    // so that balances in assertions are the amounts moved.
    params: { ...DEFAULT_CHAIN_PARAMS, minBaseFee: 0n, initialBaseFee: 0n },
  };
}

export function signedTransfer(
  from: KeyPair,
  to: KeyPair | Uint8Array,
  amount: bigint,
  nonce: number,
  chainId = TEST_CHAIN_ID,
) {
  return signTx(
    {
      chainId,
      nonce,
      transfer: { to: to instanceof Uint8Array ? to : to.address, amount: uintToBytes(amount) },
    },
    from.privateKey,
  );
}
