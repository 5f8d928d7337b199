/**
 * The complete state machine of the chain: every module, in a fixed order. Nodes, tests and benchmarks
 * build it from here so that they all compute the same state roots.
 */
import { bridgeModule } from "../../bridge/bridgeModule.js";
import type { SignatureBackend } from "../crypto/secp256k1.js";
import { defaultBackend } from "../crypto/secp256k1.js";
import type { VerifiedSignatureCache } from "../tx/verifiedSignatureCache.js";
import { baseHandlers } from "./baseHandlers.js";
import { BlockExecutor, type StateMachineModule } from "./blockExecutor.js";
import { marketModule } from "./marketModule.js";
import { marketRetentionModule } from "./marketRetention.js";
import { memoSignerRecovery } from "./marketSignatures.js";
import { validatorModule } from "./validatorModule.js";

export function baseModule(): StateMachineModule {
  return { name: "base", handlers: baseHandlers };
}

export interface StateMachineOptions {
  /**
   * The node's signature memo: market txs' inner signatures recovered at admission are found there
   * instead of being recovered again during execution (node/execution/marketSignatures.ts).
   */
  signatures?: VerifiedSignatureCache;
}

export function stateMachineModules(
  chainId: number,
  backend: SignatureBackend = defaultBackend,
  options: StateMachineOptions = {},
): StateMachineModule[] {
  return [
    baseModule(),
    validatorModule({ chainId, backend }),
    marketModule({
      chainId,
      ...(options.signatures ? { recoverSigner: memoSignerRecovery(options.signatures) } : {}),
    }),
    bridgeModule({ chainId }),
    // Last: it sees every task the block finalized (finished tasks and deals leave the hot state).
    marketRetentionModule(),
  ];
}

export function createStateMachine(
  chainId: number,
  backend: SignatureBackend = defaultBackend,
  options: StateMachineOptions = {},
): BlockExecutor {
  return new BlockExecutor(stateMachineModules(chainId, backend, options));
}
