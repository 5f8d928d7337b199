/**
 * Builds a finalized chain quickly without running consensus: each block is built by the validator
 * whose turn it is and committed with precommits signed by every validator key, so the result is
 * exactly what a real network would have stored (and what a syncing node must verify).
 */
import { join } from "node:path";
import { encodeCommit, signVote } from "../../consensus/vote.js";
import { Chain } from "../../node/chain/chain.js";
import type { Genesis } from "../../node/chain/genesis.js";
import { toHex } from "../../node/crypto/hash.js";
import type { KeyPair } from "../../node/crypto/keys.js";
import { defaultBackend } from "../../node/crypto/secp256k1.js";
import { createStateMachine } from "../../node/execution/stateMachine.js";
import { ChainDb } from "../../node/storage/chainDb.js";
import type { VerifiedTx } from "../../node/tx/signedTx.js";

export async function buildFinalizedChain(
  dataDir: string,
  genesis: Genesis,
  validatorKeys: KeyPair[],
  blocks: number,
  txsFor: (height: number) => VerifiedTx[] = () => [],
): Promise<{ headHeight: number }> {
  const db = await ChainDb.open(join(dataDir, "chain"));
  try {
    const chain = await Chain.open(db, genesis, createStateMachine(genesis.chainId));
    let lastCommit: Uint8Array | undefined;
    let time = genesis.genesisTimeMs;
    for (let i = 0; i < blocks; i++) {
      const height = chain.head.height + 1;
      time += 500;
      const proposerHex = chain.validatorSet().proposer(0);
      const proposer = validatorKeys.find((k) => toHex(k.address) === proposerHex)!;
      const pending = chain.buildBlock(txsFor(height), time, proposer.address, 0, lastCommit);
      const precommits = validatorKeys.map((k) =>
        signVote(
          {
            chainId: genesis.chainId,
            type: "precommit",
            height,
            round: 0,
            blockHash: pending.hash,
            timeMs: time,
            validator: k.address,
          },
          k.privateKey,
          defaultBackend,
        ),
      );
      lastCommit = encodeCommit(height, 0, pending.hash, precommits);
      await chain.commitBlock(pending, lastCommit, { sync: false });
    }
    return { headHeight: chain.head.height };
  } finally {
    await db.close();
  }
}
