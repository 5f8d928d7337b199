/**
 * Task results provable on Ethereum (the oracle use case): the proof of a final task's record (and its
 * deal's) in the sidechain's state tree, as PocoResults.sol verifies it against the state root of an
 * anchored checkpoint, and the Ethereum side (deploy, submit).
 *
 * A proof is made from the state at the checkpoint's height (its root is that block's state root): a
 * node keeps only its latest state, so proofs are taken when the checkpoint block is committed (see
 * node/bridge/resultProofArchive.ts) and are served once that height is anchored.
 */
import { Contract, ContractFactory, type ContractRunner, type Signer } from "ethers";
import { toHex } from "../node/crypto/hash.js";
import type { MerkleProof } from "../node/state/sparseMerkleTree.js";
import type { StateReader } from "../node/state/stateOverlay.js";
import { MarketKeys, readDeal, readTask, TaskStatus } from "../scheduler/index.js";
import { loadArtifact } from "./compile.js";

/** A state that can prove its keys (the node's committed state). */
export interface ProvableState extends StateReader {
  prove(key: string): MerkleProof;
  root(): Uint8Array;
}

/** Everything `PocoResults.verifyResult` takes, plus the decoded fields for people. 0x-hex strings. */
export interface TaskResultProof {
  taskId: string;
  dealId: string;
  /** Checkpoint height whose state root the proofs are against. */
  height: number;
  stateRoot: string;
  /** 3 completed, 4 failed. */
  status: number;
  /** keccak256 of the result (bytes32; zero for a failed task). */
  resultDigest: string;
  deal: {
    app: string;
    dataset: string;
    workerpool: string;
    requester: string;
    beneficiary: string;
    callback: string;
  };
  /** The task record's stored bytes (protobuf `Task`) and its inclusion proof (siblings, root first). */
  taskRecord: string;
  taskProof: string[];
  /** The same for the deal (protobuf `Deal`). */
  dealRecord: string;
  dealProof: string[];
}

export const ResultProofErrorCode = {
  TASK_UNKNOWN: "TASK_UNKNOWN",
  TASK_NOT_FINALIZED: "TASK_NOT_FINALIZED",
} as const;
export type ResultProofErrorCode = (typeof ResultProofErrorCode)[keyof typeof ResultProofErrorCode];

export class ResultProofError extends Error {
  constructor(
    readonly code: ResultProofErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ResultProofError";
  }
}

const ZERO_WORD = `0x${"00".repeat(32)}`;

export const isFinalStatus = (status: number): boolean =>
  status === TaskStatus.COMPLETED || status === TaskStatus.FAILED;

/**
 * A final task's stored records and the fields people read. Final records never change (a completed or
 * failed task is never written again, a deal never after its match), so they are read once and only
 * the siblings of their proofs are taken again at each checkpoint height.
 */
export interface FinalTaskRecords {
  taskId: string;
  dealId: string;
  status: number;
  resultDigest: string;
  deal: TaskResultProof["deal"];
  taskRecord: Uint8Array;
  dealRecord: Uint8Array;
}

/** The records of final task `taskId` (0x hex) in `state`; throws ResultProofError otherwise. */
export function readFinalTask(state: StateReader, taskId: string): FinalTaskRecords {
  const id = taskId.toLowerCase();
  const taskRecord = state.get(MarketKeys.task(id));
  const task = taskRecord && readTask(state, id);
  if (!taskRecord || !task) throw new ResultProofError("TASK_UNKNOWN", `task ${id} is unknown`);
  if (!isFinalStatus(task.status)) {
    throw new ResultProofError("TASK_NOT_FINALIZED", `task ${id} is not finalized (status ${task.status})`);
  }
  const dealRecord = state.get(MarketKeys.deal(task.dealId));
  const deal = readDeal(state, task.dealId);
  if (!dealRecord || !deal) throw new Error(`deal ${task.dealId} of task ${id} missing from state`);
  return {
    taskId: id,
    dealId: task.dealId,
    status: task.status,
    resultDigest: task.resultDigest === "" ? ZERO_WORD : task.resultDigest,
    deal: {
      app: deal.app,
      dataset: deal.dataset,
      workerpool: deal.workerpool,
      requester: deal.requester,
      beneficiary: deal.beneficiary,
      callback: deal.callback,
    },
    taskRecord,
    dealRecord,
  };
}

/** Siblings of the task's and the deal's keys in `state` (root first). */
export function proofSiblings(
  state: ProvableState,
  f: Pick<FinalTaskRecords, "taskId" | "dealId">,
): { task: Uint8Array[]; deal: Uint8Array[] } {
  return {
    task: state.prove(MarketKeys.task(f.taskId)).siblings,
    deal: state.prove(MarketKeys.deal(f.dealId)).siblings,
  };
}

export function assembleTaskProof(
  f: FinalTaskRecords,
  height: number,
  stateRoot: Uint8Array,
  siblings: { task: Uint8Array[]; deal: Uint8Array[] },
): TaskResultProof {
  return {
    taskId: f.taskId,
    dealId: f.dealId,
    height,
    stateRoot: toHex(stateRoot),
    status: f.status,
    resultDigest: f.resultDigest,
    deal: { ...f.deal },
    taskRecord: toHex(f.taskRecord),
    taskProof: siblings.task.map((s) => toHex(s)),
    dealRecord: toHex(f.dealRecord),
    dealProof: siblings.deal.map((s) => toHex(s)),
  };
}

/** The proof of task `taskId` (0x hex) in `state`, the state after block `height`. */
export function proveTaskResult(state: ProvableState, taskId: string, height: number): TaskResultProof {
  const f = readFinalTask(state, taskId);
  return assembleTaskProof(f, height, state.root(), proofSiblings(state, f));
}

// ───────────────────────────── Ethereum ─────────────────────────────

export async function deployResults(deployer: Signer, bridgeAddress: string): Promise<Contract> {
  const a = loadArtifact("PocoResults");
  const c = await new ContractFactory(a.abi, a.bytecode, deployer).deploy(bridgeAddress);
  await c.waitForDeployment();
  return c as Contract;
}

/** PocoResults at `address` (ABI from the committed artifact). */
export function resultsAt(address: string, runner: ContractRunner): Contract {
  return new Contract(address, loadArtifact("PocoResults").abi, runner);
}

/**
 * Submits a proof to PocoResults (anyone may): records the result and, for a completed task whose deal
 * names a callback, delivers it there. Returns the gas used and whether the callback accepted it
 * (undefined: no callback was called).
 */
export async function submitTaskResult(
  results: Contract,
  p: TaskResultProof,
): Promise<{ gasUsed: bigint; callbackOk: boolean | undefined }> {
  const tx = await results.getFunction("verifyResult")(
    p.height,
    p.taskId,
    p.taskRecord,
    p.taskProof,
    p.dealRecord,
    p.dealProof,
  );
  const receipt = await tx.wait();
  let callbackOk: boolean | undefined;
  for (const log of receipt.logs) {
    const parsed = results.interface.parseLog(log);
    if (parsed?.name === "CallbackDelivered") callbackOk = parsed.args[2] as boolean;
  }
  return { gasUsed: receipt.gasUsed as bigint, callbackOk };
}
