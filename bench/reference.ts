/**
 * The reference benchmark (issue 14): iExec's own PoCo contracts, from the npm package
 * `@iexec/poco` (its precompiled artifacts, native-token flavour), deployed as a diamond on Anvil
 * (from `@foundry-rs/anvil`), against this project's one-node paths, ALTERNATED in one run so both
 * sides see the same machine load. The figures that count are the ratios project / reference.
 *
 * Workloads, every transaction pre-signed before its clock starts, each phase's txs in one block:
 * - trust 1: iExec PoCo Boost (matchOrdersBoost, pushResultBoost) vs the project's lifecycle with
 *   one worker (matchOrders, contribute, reveal → finalized);
 * - trust 3 and trust 5: iExec classic (matchOrders, initialize, n × contribute, n × reveal,
 *   finalize) vs the project's lifecycle (matchOrders, n × contribute, n × reveal → finalized; the
 *   contributions and reveals batched per worker across tasks, as the project's workers send them),
 *   n = the contributions fresh workers need to reach consensus (2 at trust 3, 3 at trust 5; the
 *   same credibility rule on both sides, so a third contribution at trust 3 would revert);
 * - native transfers on Anvil vs the project's transfers through the path a single validator runs
 *   for blocks it proposes: raw txs admitted as one API batch is (decode, hash, signatures on the
 *   node's verifier threads, mempool), then the producer's tick (reap, execute, roots, its own
 *   precommit, one synced level batch). Two project figures: the next block's batch admitted while
 *   the block is produced (a live node's API admits while its producer works), and admit-then-produce
 *   with no overlap (Anvil's send-then-mine shape). Both sides: pre-signed, 100 senders, fresh
 *   recipients, 900-tx blocks. Anvil's time includes its JSON-RPC (HTTP + hex) for the sends; the
 *   project's does not include HTTP (the batch's bytes are handed to admission directly).
 * Anvil: automine off, txs sent as JSON-RPC batches, then `evm_mine`; timed from the first send to
 * the mined block, i.e. what the node does with the transactions (decode, recover, pool, execute,
 * commit in memory), as on the project's side (verify, execute, state root; lifecycle in memory,
 * transfers into the level store). Anvil is its own process and may use both cores; the project's
 * side runs on this one thread.
 * Sizes: REFERENCE_PAIRS (default 3), REFERENCE_TASKS (200), REFERENCE_TRANSFERS (4,000).
 */

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import {
  Contract,
  ContractFactory,
  getBytes,
  Interface,
  type InterfaceAbi,
  keccak256,
  Signature,
  solidityPackedKeccak256,
  type TypedDataDomain,
  TypedDataEncoder,
  type TypedDataField,
  toBeHex,
  toUtf8Bytes,
  Wallet,
  ZeroAddress,
  ZeroHash,
} from "ethers";
import { ANVIL_KEYS, type Anvil, startAnvil } from "../bridge/devnet.js";
import { defaultBackend } from "../node/crypto/secp256k1.js";
import { appliedTransfersPerSecond } from "./chain.js";
import { recoveriesPerSecond } from "./crypto.js";
import { runLifecycle } from "./market.js";
import type { BenchResult } from "./types.js";

const PAIRS = Number(process.env.REFERENCE_PAIRS ?? 3);
const TASKS = Number(process.env.REFERENCE_TASKS ?? 200);
const TRANSFERS = Number(process.env.REFERENCE_TRANSFERS ?? 4_000);
const TRANSFER_BLOCK = 900; // within the default block gas limit (14M gas: 961 transfers fit, 1,000 no longer do on main)
const TRANSFER_SENDERS = 100;
const RPC_BATCH = 500;
/**
 * BENCH_REFERENCE_ONLY="transfers,transfers no-overlap" (labels, comma-separated) runs only
 * those pairings; the other rows of bench/results/reference.json are kept from the previous run.
 */
const ONLY = (process.env.BENCH_REFERENCE_ONLY ?? "")
  .split(",")
  .map((x) => x.trim())
  .filter(Boolean);
/**
 * The project's lifecycle side as a validator runs it (admission on the verifier threads, mempool, the
 * market's inner signatures cached for execution; see runLifecycle `nodePath`). REFERENCE_IN_THREAD=1:
 * the former path (every signature recovered on the one thread, no mempool).
 */
const NODE_PATH = process.env.REFERENCE_IN_THREAD !== "1";
/**
 * Trust 1 as its worker sends it: match, then one contributeAndFinalizeBatch per ≤ 64 tasks (2 phases,
 * as PoCo Boost). REFERENCE_CAF=0: the 3-phase path (contributeBatch, revealBatch), for comparison.
 */
const CAF_BATCH = process.env.REFERENCE_CAF !== "0";
const ANVIL_ARGS = ["--gas-limit", "100000000000", "--order", "fifo", "--code-size-limit", "100000"];
/** The facets of the native-token PoCo diamond, as iExec's deploy script (deploy/0_deploy.ts) links them. */
const FACETS = [
  "IexecAccessorsABILegacyFacet",
  "IexecCategoryManagerFacet",
  "IexecConfigurationFacet",
  "IexecConfigurationExtraFacet",
  "IexecERC20Facet",
  "IexecEscrowNativeFacet",
  "IexecOrderManagementFacet",
  "IexecPoco1Facet",
  "IexecPoco2Facet",
  "IexecPocoAccessorsFacet",
  "IexecPocoBoostFacet",
  "IexecPocoBoostAccessorsFacet",
  "IexecRelayFacet",
];
const FALLBACK_SELECTOR = "0xffffffff"; // the diamond routes unknown selectors (and receive) here
const ETH = 10n ** 18n;
const GAS = {
  match: 1_500_000n,
  init: 400_000n,
  contribute: 500_000n,
  reveal: 200_000n,
  finalize: 1_000_000n,
  push: 800_000n,
};
const MAX_FEE = 5_000_000_000n;
const RESULTS = "0x697066733a2f2f726573756c74"; // "ipfs://result"

// ───────────────────────────── artifacts ─────────────────────────────

interface Artifact {
  abi: InterfaceAbi;
  bytecode: string;
  linkReferences: Record<string, Record<string, { start: number; length: number }[]>>;
}

const pocoRoot = dirname(createRequire(import.meta.url).resolve("@iexec/poco/package.json"));

function artifact(path: string): Artifact {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const a: Artifact = JSON.parse(
    readFileSync(join(pocoRoot, "artifacts/contracts", `${path}.sol`, `${name}.json`), "utf8"),
  );
  // library-internal `hash(…Operation)` entries carry a Solidity enum type that ABI coders reject
  const abi = (a.abi as unknown[]).filter(
    (item) => !JSON.stringify(item).includes('"type":"IexecLibOrders_v5.'),
  );
  return { ...a, abi: abi as InterfaceAbi };
}

/** Writes library addresses into the bytecode at the artifact's link offsets. */
function link(a: Artifact, libraries: Record<string, string>): string {
  let code = a.bytecode;
  for (const refs of Object.values(a.linkReferences ?? {})) {
    for (const [lib, spots] of Object.entries(refs)) {
      const address = libraries[lib];
      if (!address) throw new Error(`no address for library ${lib}`);
      for (const { start, length } of spots) {
        const at = 2 + start * 2;
        code = code.slice(0, at) + address.slice(2).toLowerCase() + code.slice(at + length * 2);
      }
    }
  }
  return code;
}

// ───────────────────────────── Anvil plumbing ─────────────────────────────

async function rpc(anvil: Anvil, calls: { method: string; params: unknown[] }[]): Promise<unknown[]> {
  const res = await fetch(anvil.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(calls.map((c, id) => ({ jsonrpc: "2.0", id, ...c }))),
  });
  const out = (await res.json()) as { id: number; result?: unknown; error?: { message: string } }[];
  out.sort((x, y) => x.id - y.id);
  for (const r of out) if (r.error) throw new Error(`${calls[r.id]?.method}: ${r.error.message}`);
  return out.map((r) => r.result);
}

/** Sends raw txs in JSON-RPC batches, mines one block, checks every tx succeeded. Returns ms and gas. */
export async function mineBlock(anvil: Anvil, raws: string[]): Promise<{ ms: number; gas: bigint }> {
  const t0 = performance.now();
  for (let i = 0; i < raws.length; i += RPC_BATCH) {
    await rpc(
      anvil,
      raws.slice(i, i + RPC_BATCH).map((raw) => ({ method: "eth_sendRawTransaction", params: [raw] })),
    );
  }
  await rpc(anvil, [{ method: "evm_mine", params: [] }]);
  const ms = performance.now() - t0;
  const [receipts] = (await rpc(anvil, [{ method: "eth_getBlockReceipts", params: ["latest"] }])) as {
    status: string;
    gasUsed: string;
    transactionHash: string;
  }[][];
  if (!receipts || receipts.length !== raws.length)
    throw new Error(`block holds ${receipts?.length} of ${raws.length} txs`);
  let gas = 0n;
  for (const r of receipts) {
    if (r.status !== "0x1") throw new Error(`reference tx reverted: ${r.transactionHash}`);
    gas += BigInt(r.gasUsed);
  }
  return { ms, gas };
}

/** A key that signs transactions offline with its own nonce counter. */
export class Signer {
  readonly wallet: Wallet;
  nonce = 0;
  constructor(
    key: string,
    private readonly chainId: bigint,
  ) {
    this.wallet = new Wallet(key);
  }
  get address(): string {
    return this.wallet.address;
  }
  tx(to: string, data: string, gasLimit: bigint, value = 0n): Promise<string> {
    return this.wallet.signTransaction({
      type: 2,
      chainId: this.chainId,
      nonce: this.nonce++,
      to,
      data,
      value,
      gasLimit,
      maxFeePerGas: MAX_FEE,
      maxPriorityFeePerGas: 0n,
    });
  }
}

export async function fundedSigners(anvil: Anvil, chainId: bigint, n: number): Promise<Signer[]> {
  const signers = Array.from({ length: n }, () => new Signer(Wallet.createRandom().privateKey, chainId));
  await rpc(
    anvil,
    signers.map((s) => ({
      method: "anvil_setBalance",
      params: [s.address, `0x${(1_000n * ETH).toString(16)}`],
    })),
  );
  return signers;
}

// ───────────────────────────── deployment ─────────────────────────────

const OWNER_SELECTOR = "0x8da5cb5b"; // owner()

/**
 * Deploys a facet whose whole runtime is `return sload(slot)` (delegatecalled by the diamond, so it
 * reads the diamond's storage): PUSH32 slot, SLOAD, PUSH1 0, MSTORE, PUSH1 32, PUSH1 0, RETURN,
 * behind init code that copies those 42 bytes out: PUSH1 42, DUP1, PUSH1 11, PUSH1 0, CODECOPY,
 * PUSH1 0, RETURN.
 */
async function deployOwnerFacet(deployer: Wallet, nonce: number, slot: string): Promise<string> {
  const runtime = `7f${slot.slice(2)}5460005260206000f3`;
  const data = `0x602a80600b6000396000f3${runtime}`;
  const tx = await deployer.sendTransaction({ data, nonce });
  const receipt = await tx.wait();
  if (!receipt?.contractAddress) throw new Error("owner facet not deployed");
  return receipt.contractAddress;
}

const ORDER_TYPES: Record<"AppOrder" | "WorkerpoolOrder" | "RequestOrder", TypedDataField[]> = {
  AppOrder: [
    { name: "app", type: "address" },
    { name: "appprice", type: "uint256" },
    { name: "volume", type: "uint256" },
    { name: "tag", type: "bytes32" },
    { name: "datasetrestrict", type: "address" },
    { name: "workerpoolrestrict", type: "address" },
    { name: "requesterrestrict", type: "address" },
    { name: "salt", type: "bytes32" },
  ],
  WorkerpoolOrder: [
    { name: "workerpool", type: "address" },
    { name: "workerpoolprice", type: "uint256" },
    { name: "volume", type: "uint256" },
    { name: "tag", type: "bytes32" },
    { name: "category", type: "uint256" },
    { name: "trust", type: "uint256" },
    { name: "apprestrict", type: "address" },
    { name: "datasetrestrict", type: "address" },
    { name: "requesterrestrict", type: "address" },
    { name: "salt", type: "bytes32" },
  ],
  RequestOrder: [
    { name: "app", type: "address" },
    { name: "appmaxprice", type: "uint256" },
    { name: "dataset", type: "address" },
    { name: "datasetmaxprice", type: "uint256" },
    { name: "workerpool", type: "address" },
    { name: "workerpoolmaxprice", type: "uint256" },
    { name: "requester", type: "address" },
    { name: "volume", type: "uint256" },
    { name: "tag", type: "bytes32" },
    { name: "category", type: "uint256" },
    { name: "trust", type: "uint256" },
    { name: "beneficiary", type: "address" },
    { name: "callback", type: "address" },
    { name: "params", type: "string" },
    { name: "salt", type: "bytes32" },
  ],
};

type Order = Record<string, string | bigint>;

/** The deployed reference: the PoCo diamond with an app, a workerpool and funded parties. */
export interface PocoReference {
  anvil: Anvil;
  chainId: bigint;
  diamond: string;
  iface: Interface;
  domain: TypedDataDomain;
  app: string;
  workerpool: string;
  requester: Signer;
  scheduler: Signer;
  appOwner: Signer;
}

const salt = (n: number) => `0x${n.toString(16).padStart(64, "0")}`;

/**
 * Deploys iExec's PoCo diamond (native flavour) from the package's artifacts, the way its deploy
 * script does (library, facets, diamond with their cuts, registries, configure, a category), then
 * an app and a workerpool, and deposits for the requester and the scheduler.
 */
export async function deployPocoReference(anvil: Anvil): Promise<PocoReference> {
  const provider = anvil.provider;
  const chainId = (await provider.getNetwork()).chainId;
  const deployer = new Wallet(ANVIL_KEYS[0]!, provider);
  let nonce = await provider.getTransactionCount(deployer.address);
  const deploy = async (a: Artifact, args: unknown[] = [], libs: Record<string, string> = {}) => {
    const c = await new ContractFactory(a.abi, link(a, libs), deployer).deploy(...args, { nonce: nonce++ });
    await c.waitForDeployment();
    return c.getAddress();
  };
  const send = async (c: Contract, method: string, args: unknown[], value = 0n) => {
    const tx = await c.getFunction(method).send(...args, { nonce: nonce++, value });
    await tx.wait();
  };

  const diamondArgs = { owner: deployer.address, init: ZeroAddress, initCalldata: "0x" };
  const findOwnerSlot = async (address: string, owner: string): Promise<string> => {
    const base = BigInt(keccak256(toUtf8Bytes("diamond.standard.diamond.storage")));
    for (let k = 0n; k < 8n; k++) {
      const slot = toBeHex(base + k, 32);
      if (BigInt(await provider.getStorage(address, slot)) === BigInt(owner)) return slot;
    }
    throw new Error("diamond owner slot not found");
  };
  const libOrders = await deploy(artifact("libs/IexecLibOrders_v5"));
  const libs = { IexecLibOrders_v5: libOrders };
  const cuts: { facetAddress: string; action: number; functionSelectors: string[] }[] = [];
  const abi: InterfaceAbi[] = [];
  const seen = new Set<string>();
  for (const name of FACETS) {
    const a = artifact(`facets/${name}`);
    const address = await deploy(a, [], libs);
    const selectors: string[] = [];
    new Interface(a.abi).forEachFunction((f) => {
      if (seen.has(f.selector)) throw new Error(`selector ${f.selector} (${f.name}) in two facets`);
      seen.add(f.selector);
      selectors.push(f.selector);
    });
    if (name === "IexecEscrowNativeFacet") selectors.push(FALLBACK_SELECTOR);
    cuts.push({ facetAddress: address, action: 0, functionSelectors: selectors });
    abi.push(...(a.abi as unknown[] as InterfaceAbi[]));
  }
  // The package ships iExec's facets but not the diamond's own ERC-173 facet (it comes from a git
  // dependency); the facets' onlyOwner asks the diamond for owner(). Stand-in: a minimal facet
  // answering owner() with the diamond's stored owner, found in a throwaway diamond's storage.
  const ownerSlot = await findOwnerSlot(
    await deploy(artifact("Diamond"), [[], diamondArgs]),
    deployer.address,
  );
  if (seen.has(OWNER_SELECTOR)) throw new Error("a facet already answers owner()");
  cuts.push({
    facetAddress: await deployOwnerFacet(deployer, nonce++, ownerSlot),
    action: 0,
    functionSelectors: [OWNER_SELECTOR],
  });
  const diamond = await deploy(artifact("Diamond"), [cuts, diamondArgs]);
  const iface = new Interface(abi.flat() as InterfaceAbi);
  const poco = new Contract(diamond, iface, deployer);

  const registries: string[] = [];
  for (const path of [
    "registries/apps/AppRegistry",
    "registries/datasets/DatasetRegistry",
    "registries/workerpools/WorkerpoolRegistry",
  ]) {
    const a = artifact(path);
    const address = await deploy(a);
    await send(new Contract(address, a.abi, deployer), "initialize", [ZeroAddress]);
    registries.push(address);
  }
  await send(poco, "configure", [ZeroAddress, "Staked RLC", "SRLC", 9, ...registries, ZeroAddress]);
  await send(poco, "createCategory", ["S", "{}", 1_000n]);

  const appOwner = new Signer(ANVIL_KEYS[1]!, chainId);
  const scheduler = new Signer(ANVIL_KEYS[2]!, chainId);
  const requester = new Signer(ANVIL_KEYS[3]!, chainId);
  const appRegistry = new Contract(registries[0]!, artifact("registries/apps/AppRegistry").abi, deployer);
  const appArgs = [appOwner.address, "app", "DOCKER", "0x01", ZeroHash, "0x"];
  const app: string = await appRegistry.getFunction("predictApp").staticCall(...appArgs);
  await send(appRegistry, "createApp", appArgs);
  const poolRegistry = new Contract(
    registries[2]!,
    artifact("registries/workerpools/WorkerpoolRegistry").abi,
    deployer,
  );
  const workerpool: string = await poolRegistry
    .getFunction("predictWorkerpool")
    .staticCall(scheduler.address, "pool");
  await send(poolRegistry, "createWorkerpool", [scheduler.address, "pool"]);

  const d = await poco.getFunction("domain").staticCall();
  const domain: TypedDataDomain = { name: d[0], version: d[1], chainId: d[2], verifyingContract: d[3] };

  // From here on every block is mined by hand, with the pre-signed transactions of one phase.
  await rpc(anvil, [{ method: "evm_setAutomine", params: [false] }]);
  const ref = { anvil, chainId, diamond, iface, domain, app, workerpool, requester, scheduler, appOwner };
  for (const s of [appOwner, scheduler, requester]) s.nonce = await provider.getTransactionCount(s.address);
  await mineBlock(anvil, [
    await requester.tx(diamond, iface.encodeFunctionData("deposit"), 200_000n, 100n * ETH),
    await scheduler.tx(diamond, iface.encodeFunctionData("deposit"), 200_000n, 100n * ETH),
  ]);
  return ref;
}

function signOrder(ref: PocoReference, type: keyof typeof ORDER_TYPES, order: Order, key: Wallet): string {
  const digest = TypedDataEncoder.hash(ref.domain, { [type]: ORDER_TYPES[type] }, order);
  return Signature.from(key.signingKey.sign(digest)).serialized;
}

/** The scheduler's authorization of `worker` on `taskId` (no enclave): an eth-signed message. */
export function authorize(scheduler: Signer, worker: string, taskId: string): string {
  const hash = solidityPackedKeccak256(["address", "bytes32", "address"], [worker, taskId, ZeroAddress]);
  return scheduler.wallet.signMessageSync(getBytes(hash));
}

// ───────────────────────────── workloads ─────────────────────────────

const APP_PRICE = 1n;
const POOL_PRICE = 100n;
let saltCounter = 0;

/** App and workerpool orders of large volume at `trust` (workerpool price `poolPrice`), signed once, and `n` requests. */
export function orders(ref: PocoReference, trust: bigint, n: number, poolPrice = POOL_PRICE) {
  const app = {
    app: ref.app,
    appprice: APP_PRICE,
    volume: 1_000_000n,
    tag: ZeroHash,
    datasetrestrict: ZeroAddress,
    workerpoolrestrict: ZeroAddress,
    requesterrestrict: ZeroAddress,
    salt: salt(++saltCounter),
  };
  const pool = {
    workerpool: ref.workerpool,
    workerpoolprice: poolPrice,
    volume: 1_000_000n,
    tag: ZeroHash,
    category: 0n,
    trust,
    apprestrict: ZeroAddress,
    datasetrestrict: ZeroAddress,
    requesterrestrict: ZeroAddress,
    salt: salt(++saltCounter),
  };
  const dataset = {
    dataset: ZeroAddress,
    datasetprice: 0n,
    volume: 0n,
    tag: ZeroHash,
    apprestrict: ZeroAddress,
    workerpoolrestrict: ZeroAddress,
    requesterrestrict: ZeroAddress,
    salt: ZeroHash,
    sign: "0x",
  };
  const signedApp = { ...app, sign: signOrder(ref, "AppOrder", app, ref.appOwner.wallet) };
  const signedPool = { ...pool, sign: signOrder(ref, "WorkerpoolOrder", pool, ref.scheduler.wallet) };
  const requests = Array.from({ length: n }, () => {
    const rq = {
      app: ref.app,
      appmaxprice: APP_PRICE,
      dataset: ZeroAddress,
      datasetmaxprice: 0n,
      workerpool: ref.workerpool,
      workerpoolmaxprice: poolPrice,
      requester: ref.requester.address,
      volume: 1n,
      tag: ZeroHash,
      category: 0n,
      trust,
      beneficiary: ref.requester.address,
      callback: ZeroAddress,
      params: "",
      salt: salt(++saltCounter),
    };
    const hash = TypedDataEncoder.hash(ref.domain, { RequestOrder: ORDER_TYPES.RequestOrder }, rq);
    const dealId = solidityPackedKeccak256(["bytes32", "uint256"], [hash, 0n]);
    const taskId = solidityPackedKeccak256(["bytes32", "uint256"], [dealId, 0n]);
    return {
      order: { ...rq, sign: signOrder(ref, "RequestOrder", rq, ref.requester.wallet) },
      dealId,
      taskId,
    };
  });
  return { app: signedApp, dataset, pool: signedPool, requests };
}

/** Fresh workers (fresh scores: the consensus needs the same number of them every run), with deposits. */
export async function freshWorkers(ref: PocoReference, n: number): Promise<Signer[]> {
  const workers = await fundedSigners(ref.anvil, ref.chainId, n);
  await mineBlock(
    ref.anvil,
    await Promise.all(
      workers.map((w) => w.tx(ref.diamond, ref.iface.encodeFunctionData("deposit"), 200_000n, 10n * ETH)),
    ),
  );
  return workers;
}

interface Measured {
  tasks: number;
  ms: number;
  gasPerTask: number;
}

/** PoCo Boost, trust 1: matchOrdersBoost block, then pushResultBoost block. */
async function iexecBoost(ref: PocoReference): Promise<Measured> {
  const [worker] = await freshWorkers(ref, 1);
  const o = orders(ref, 1n, TASKS);
  const match: string[] = [];
  const push: string[] = [];
  for (const r of o.requests) {
    const data = ref.iface.encodeFunctionData("matchOrdersBoost", [o.app, o.dataset, o.pool, r.order]);
    match.push(await ref.requester.tx(ref.diamond, data, GAS.match));
  }
  for (const r of o.requests) {
    const auth = authorize(ref.scheduler, worker!.address, r.taskId);
    const data = ref.iface.encodeFunctionData("pushResultBoost", [
      r.dealId,
      0n,
      RESULTS,
      "0x",
      auth,
      ZeroAddress,
      "0x",
    ]);
    push.push(await worker!.tx(ref.diamond, data, GAS.push));
  }
  return measureBlocks(ref, [match, push]);
}

/** PoCo classic: matchOrders, initialize, contributions, reveals, finalize, one block each. */
async function iexecClassic(ref: PocoReference, trust: bigint, workerCount: number): Promise<Measured> {
  const workers = await freshWorkers(ref, workerCount);
  const o = orders(ref, trust, TASKS);
  const { iface, diamond, requester, scheduler } = ref;
  const call = (fn: string, args: unknown[]) => iface.encodeFunctionData(fn, args);
  // signed phase by phase: each sender's nonces must follow each other within a block
  const phases: string[][] = [[], [], [], [], []];
  for (const r of o.requests)
    phases[0]!.push(
      await requester.tx(diamond, call("matchOrders", [o.app, o.dataset, o.pool, r.order]), GAS.match),
    );
  for (const r of o.requests)
    phases[1]!.push(await scheduler.tx(diamond, call("initialize", [r.dealId, 0n]), GAS.init));
  const digests = o.requests.map((r) => solidityPackedKeccak256(["bytes32"], [r.taskId]));
  for (const [k, r] of o.requests.entries()) {
    const resultHash = solidityPackedKeccak256(["bytes32", "bytes32"], [r.taskId, digests[k]!]);
    for (const w of workers) {
      const seal = solidityPackedKeccak256(
        ["address", "bytes32", "bytes32"],
        [w.address, r.taskId, digests[k]!],
      );
      const auth = authorize(scheduler, w.address, r.taskId);
      phases[2]!.push(
        await w.tx(
          diamond,
          call("contribute", [r.taskId, resultHash, seal, ZeroAddress, "0x", auth]),
          GAS.contribute,
        ),
      );
    }
  }
  for (const [k, r] of o.requests.entries())
    for (const w of workers)
      phases[3]!.push(await w.tx(diamond, call("reveal", [r.taskId, digests[k]!]), GAS.reveal));
  for (const r of o.requests)
    phases[4]!.push(await scheduler.tx(diamond, call("finalize", [r.taskId, RESULTS, "0x"]), GAS.finalize));
  return measureBlocks(ref, phases);
}

async function measureBlocks(ref: PocoReference, phases: string[][]): Promise<Measured> {
  let ms = 0;
  let gas = 0n;
  for (const raws of phases) {
    const b = await mineBlock(ref.anvil, raws);
    ms += b.ms;
    gas += b.gas;
  }
  return { tasks: TASKS, ms, gasPerTask: Number(gas / BigInt(TASKS)) };
}

/** Native transfers on Anvil: many senders, fresh recipients, in blocks of TRANSFER_BLOCK. */
async function anvilTransfers(ref: PocoReference): Promise<number> {
  const senders = await fundedSigners(ref.anvil, ref.chainId, TRANSFER_SENDERS);
  const raws: string[] = [];
  for (let i = 0; i < TRANSFERS; i++) {
    const to = `0x${(0xbeef0000 + ++saltCounter).toString(16).padStart(40, "0")}`;
    raws.push(await senders[i % senders.length]!.tx(to, "0x", 21_000n, 1_000n + BigInt(i)));
  }
  let ms = 0;
  for (let i = 0; i < raws.length; i += TRANSFER_BLOCK)
    ms += (await mineBlock(ref.anvil, raws.slice(i, i + TRANSFER_BLOCK))).ms;
  return perSecond(TRANSFERS, ms);
}

// ───────────────────────────── the run ─────────────────────────────

const perSecond = (n: number, ms: number) => Math.round((n / ms) * 1000);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ratio = (x: number, y: number) => Math.round((x / y) * 100) / 100;

interface Pairing {
  label: string;
  unit: string;
  /**
   * Signatures the project must recover per task (or transfer) of this workload, counting only what
   * its protocol cannot amortize: each task's own request order and each contribution's scheduler
   * authorization (a transaction's signature can cover a whole batch, so none is counted).
   */
  signaturesPerItem: number;
  /** The issue's goal for the ratio, if it sets one. */
  goal?: number;
  reference: () => Promise<{ perSec: number; note?: string }>;
  project: () => Promise<number>;
  referenceName: string;
  projectName: string;
}

export async function run(): Promise<BenchResult[]> {
  // A fresh Anvil and deployment each round, as the project's side starts each run from genesis
  // (with one Anvil for the whole run its figures fell round after round; fresh state on both
  // sides keeps a growing chain out of the comparison).
  let ref: PocoReference | undefined;
  const current = (): PocoReference => {
    if (!ref) throw new Error("no reference deployed");
    return ref;
  };
  const lifecycle = (trust: bigint, workers: number) => async () => {
    // the project's path as its workers take it (contributions and reveals batched across tasks) and as
    // a validator runs it (admission on the verifier threads, signatures cached for execution)
    const r = await runLifecycle({
      trust,
      workers,
      tasks: TASKS,
      batched: true,
      nodePath: NODE_PATH,
      contributeAndFinalize: CAF_BATCH,
    });
    return perSecond(r.tasks, r.ms);
  };
  const classic = (trust: bigint, workers: number) => async () => {
    const m = await iexecClassic(current(), trust, workers);
    return { perSec: perSecond(m.tasks, m.ms), note: `${m.gasPerTask.toLocaleString("en-US")} gas/task` };
  };
  const pairings: Pairing[] = [
    {
      label: "trust 1",
      signaturesPerItem: 2,
      goal: 10,
      unit: "tasks/s",
      referenceName: "iExec PoCo Boost on Anvil (matchOrdersBoost + pushResultBoost)",
      projectName: CAF_BATCH
        ? "project lifecycle, 1 worker (matchOrders, contributeAndFinalizeBatch → finalized; admitted on the verifier threads, signatures cached)"
        : "project lifecycle, 1 worker (matchOrders, contributeBatch, revealBatch → finalized; admitted on the verifier threads, signatures cached)",
      reference: async () => {
        const m = await iexecBoost(current());
        return {
          perSec: perSecond(m.tasks, m.ms),
          note: `${m.gasPerTask.toLocaleString("en-US")} gas/task`,
        };
      },
      project: lifecycle(1n, 1),
    },
    {
      label: "trust 3",
      signaturesPerItem: 3,
      goal: 30,
      unit: "tasks/s",
      referenceName: "iExec classic on Anvil (match, initialize, 2 contribute, 2 reveal, finalize)",
      projectName:
        "project lifecycle, 2 workers (match, 2 contributeBatch, 2 revealBatch → finalized; admitted on the verifier threads, signatures cached)",
      reference: classic(3n, 2),
      project: lifecycle(3n, 2),
    },
    {
      label: "trust 5",
      signaturesPerItem: 4,
      unit: "tasks/s",
      referenceName: "iExec classic on Anvil (match, initialize, 3 contribute, 3 reveal, finalize)",
      projectName: "project lifecycle, 3 workers (match, 3 contributeBatch, 3 revealBatch → finalized)",
      reference: classic(5n, 3),
      project: lifecycle(5n, 3),
    },
    {
      label: "transfers",
      signaturesPerItem: 1,
      goal: 5,
      unit: "tx/s",
      referenceName: `Anvil native transfers (${TRANSFER_SENDERS} senders, ${TRANSFER_BLOCK}-tx blocks)`,
      projectName: `project transfers, one node (admit on verifier threads → mempool → propose + commit, next block admitted meanwhile, ${TRANSFER_SENDERS} senders, ${TRANSFER_BLOCK}-tx blocks)`,
      reference: async () => ({ perSec: await anvilTransfers(current()) }),
      project: () =>
        appliedTransfersPerSecond(TRANSFERS, TRANSFER_BLOCK, { senders: TRANSFER_SENDERS, overlap: true }),
    },
    {
      label: "transfers no-overlap",
      signaturesPerItem: 1,
      goal: 5,
      unit: "tx/s",
      referenceName: `Anvil native transfers (${TRANSFER_SENDERS} senders, ${TRANSFER_BLOCK}-tx blocks)`,
      projectName: `project transfers, one node, each block's batch admitted, then proposed and committed (no overlap, as Anvil's send-then-mine)`,
      reference: async () => ({ perSec: await anvilTransfers(current()) }),
      project: () =>
        appliedTransfersPerSecond(TRANSFERS, TRANSFER_BLOCK, { senders: TRANSFER_SENDERS, overlap: false }),
    },
  ].filter((p) => ONLY.length === 0 || ONLY.includes(p.label));
  const samples = pairings.map(() => ({
    ref: [] as number[],
    proj: [] as number[],
    notes: [] as string[],
  }));
  const runRound = async (round: number): Promise<void> => {
    for (const [i, p] of pairings.entries()) {
      // alternate which side goes first, so a load drift does not favour one side
      const s = samples[i]!;
      const doRef = async () => {
        const r = await p.reference();
        s.ref.push(r.perSec);
        if (r.note) s.notes.push(r.note);
      };
      const doProj = async () => void s.proj.push(await p.project());
      if (round % 2 === 0) {
        await doRef();
        await doProj();
      } else {
        await doProj();
        await doRef();
      }
      process.stderr.write(
        `  … ${p.label} round ${round + 1}: reference ${s.ref.at(-1)} / project ${s.proj.at(-1)} ${p.unit}\n`,
      );
    }
  };
  // secp256k1 recoveries per second on one thread, measured after each round (same load as it)
  const recoveries: number[] = [];
  for (let round = 0; round < PAIRS; round++) {
    const anvil = await startAnvil(ANVIL_ARGS);
    try {
      ref = await deployPocoReference(anvil);
      await runRound(round);
    } finally {
      ref = undefined;
      await anvil.stop();
    }
    recoveries.push(recoveriesPerSecond(defaultBackend));
  }
  const cores = availableParallelism();
  const recoveriesPerCore = median(recoveries);
  const results: BenchResult[] = [];
  for (const [i, p] of pairings.entries()) {
    const s = samples[i]!;
    const perPair = s.ref.map((r, k) => ratio(s.proj[k]!, r));
    results.push(
      {
        name: `${p.label}: ${p.referenceName}`,
        value: median(s.ref),
        unit: p.unit,
        note: `median of ${PAIRS}: ${s.ref.join(", ")}${s.notes[0] ? `; ${s.notes[0]}` : ""}`,
      },
      {
        name: `${p.label}: ${p.projectName}`,
        value: median(s.proj),
        unit: p.unit,
        note: `median of ${PAIRS}: ${s.proj.join(", ")}`,
      },
      {
        name: `${p.label}: RATIO project / reference`,
        value: median(perPair),
        unit: "×",
        note: `median of the per-pair ratios (each pair measured back to back): ${perPair.join(", ")}`,
      },
      signatureCeiling(p, median(s.ref), recoveriesPerCore, cores),
    );
  }
  if (ONLY.length > 0)
    return mergeWithPrevious(
      results,
      pairings.map((p) => `${p.label}: `),
    );
  return results;
}

/**
 * The highest ratio this machine allows if the project spent its whole CPU on the signature
 * recoveries the workload requires and nothing else: an upper bound that no other work can raise.
 */
function signatureCeiling(p: Pairing, reference: number, perCore: number, cores: number): BenchResult {
  const itemsPerSecond = (perCore * cores) / p.signaturesPerItem;
  const goal = p.goal === undefined ? "" : `; the issue's goal is ${p.goal}×`;
  return {
    name: `${p.label}: CEILING set by signature recovery alone`,
    value: ratio(itemsPerSecond, reference),
    unit: "×",
    note: `${p.signaturesPerItem} signature(s) per ${p.unit.replace("/s", "")} × ${perCore.toLocaleString("en-US")} recoveries/s per core (median over rounds) × ${cores} cores = ${Math.round(itemsPerSecond).toLocaleString("en-US")} ${p.unit} with zero other work${goal}`,
  };
}

/**
 * A partial run (BENCH_REFERENCE_ONLY): the rows of the pairings not run stay as the previous run
 * measured them, marked with its date, in their place; the re-run pairings' rows replace theirs.
 */
function mergeWithPrevious(fresh: BenchResult[], ranPrefixes: string[]): BenchResult[] {
  let previous: { date: string; results: BenchResult[] };
  try {
    previous = JSON.parse(readFileSync("bench/results/reference.json", "utf8"));
  } catch {
    return fresh; // no previous results: only this run's rows
  }
  const ranPrefix = (name: string) => ranPrefixes.find((prefix) => name.startsWith(prefix));
  const out: BenchResult[] = [];
  const placed = new Set<string>();
  for (const r of previous.results) {
    const prefix = ranPrefix(r.name);
    if (prefix === undefined) {
      const marked = r.note?.includes("[run of ")
        ? r.note
        : `${r.note ?? ""} [run of ${previous.date.slice(0, 10)}]`;
      out.push({ ...r, note: marked.trim() });
    } else if (!placed.has(prefix)) {
      placed.add(prefix);
      out.push(...fresh.filter((f) => f.name.startsWith(prefix)));
    }
  }
  for (const prefix of ranPrefixes)
    if (!placed.has(prefix)) out.push(...fresh.filter((f) => f.name.startsWith(prefix)));
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await run()) console.log(`${r.name}: ${r.value} ${r.unit} (${r.note ?? ""})`);
}
