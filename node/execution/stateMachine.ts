/**
 * The complete state machine of the chain: every module, in a fixed order. Nodes, tests and benchmarks
 * build it from here so that they all compute the same state roots.
 */
import { bridgeModule } from "../../bridge/bridgeModule.js";
import type { SignatureBackend } from "../crypto/secp256k1.js";
import { defaultBackend } from "../crypto/secp256k1.js";
import { baseHandlers } from "./baseHandlers.js";
import { BlockExecutor, type StateMachineModule } from "./blockExecutor.js";
import { marketModule } from "./marketModule.js";
import { marketRetentionModule } from "./marketRetention.js";
import { validatorModule } from "./validatorModule.js";

export function baseModule(): StateMachineModule {
  return { name: "base", handlers: baseHandlers };
}

export function stateMachineModules(
  chainId: number,
  backend: SignatureBackend = defaultBackend,
): StateMachineModule[] {
  return [
    baseModule(),
    validatorModule({ chainId, backend }),
    marketModule({ chainId }),
    bridgeModule({ chainId }),
    // Last: it sees every task the block finalized (finished tasks and deals leave the hot state).
    marketRetentionModule(),
  ];
}

export function createStateMachine(
  chainId: number,
  backend: SignatureBackend = defaultBackend,
): BlockExecutor {
  return new BlockExecutor(stateMachineModules(chainId, backend));
}
