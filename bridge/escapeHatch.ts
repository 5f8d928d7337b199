/**
 * Client side of the bridge's escape hatch: fetch an account's proof at the last anchored height from
 * a node (GET /accounts/:address/proof?height=), check it locally, and send `PocoBridge.exit`.
 * Nothing here is trusted by the contract: it re-encodes the record and verifies the proof itself; the
 * local checks only spare a transaction that would revert.
 */
import { Contract } from "ethers";
import { fromHex, keccak256, toHex } from "../node/crypto/hash.js";
import { encodeAccount } from "../node/state/accounts.js";
import { proofFromJSON, verifyInclusion } from "../node/state/sparseMerkleTree.js";
import { StateKeys } from "../node/state/stateKeys.js";

/** What a node answers on GET /accounts/:address/proof. */
export interface AccountProofJSON {
  address: string;
  height: number;
  stateRoot: string;
  balance: string;
  nonce: number;
  stake: string;
  locked: string;
  bonded: string;
  proof: { key: string; value: string | null; siblings: string[]; terminal: unknown };
}

export type HatchErrorCode =
  | "HATCH_NOT_DUE"
  | "HATCH_NO_RECORD"
  | "HATCH_PROOF_MISMATCH"
  | "HATCH_PROOF_SERVER";

export class HatchError extends Error {
  constructor(
    readonly code: HatchErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "HatchError";
  }
}

/** The `exit` call's arguments: account, (balance, nonce, stake, locked, bonded), siblings. */
export type ExitArgs = [string, [bigint, bigint, bigint, bigint, bigint], string[]];

/**
 * Checks a proof answer against `stateRoot` (the root anchored on Ethereum) and turns it into `exit`'s
 * arguments. Throws HatchError when the account has no record or the proof is not of that root.
 */
export function exitArgs(p: AccountProofJSON, stateRoot: string): ExitArgs {
  const account = {
    balance: BigInt(p.balance),
    nonce: p.nonce,
    stake: BigInt(p.stake),
    locked: BigInt(p.locked),
    bonded: BigInt(p.bonded),
  };
  if (p.proof.value === null) {
    throw new HatchError("HATCH_NO_RECORD", `${p.address} has no account record at height ${p.height}`);
  }
  const key = StateKeys.account(p.address);
  const value = encodeAccount(account);
  const proof = proofFromJSON({ siblings: p.proof.siblings, terminal: p.proof.terminal });
  if (
    p.proof.key !== key ||
    toHex(keccak256(value)) !== toHex(keccak256(fromHex(p.proof.value))) ||
    !verifyInclusion(fromHex(stateRoot, 32), new TextEncoder().encode(key), value, proof)
  ) {
    throw new HatchError(
      "HATCH_PROOF_MISMATCH",
      `the proof of ${p.address} at height ${p.height} is not of the anchored state root ${stateRoot}`,
    );
  }
  return [
    p.address,
    [account.balance, BigInt(account.nonce), account.stake, account.locked, account.bonded],
    p.proof.siblings,
  ];
}

export async function fetchAccountProof(
  api: string,
  address: string,
  height?: number,
): Promise<AccountProofJSON> {
  const query = height === undefined ? "" : `?height=${height}`;
  const res = await fetch(`${api}/accounts/${address}/proof${query}`);
  if (!res.ok) throw new HatchError("HATCH_PROOF_SERVER", `proof server: ${res.status} ${await res.text()}`);
  return (await res.json()) as AccountProofJSON;
}

/**
 * Exits `address` through the hatch: opens it first when it is due and still closed, fetches the
 * proof at the bridge's last anchored height from `api`, and sends `exit` (anyone may; the RLC goes
 * to `address`). Returns what was paid now (a part when the amount exceeds a whole window's cap: the
 * rest is owed, see `claimOwed`).
 */
export async function exitThroughHatch(
  bridge: Contract,
  api: string,
  address: string,
): Promise<{
  height: number;
  amount: bigint;
  paid: bigint;
  owed: bigint;
  gasUsed: bigint;
  openedHatch: boolean;
}> {
  let openedHatch = false;
  if (BigInt(await bridge.getFunction("hatchOpenedAt")()) === 0n) {
    const opensAt =
      BigInt(await bridge.getFunction("lastCheckpointAt")()) +
      BigInt(await bridge.getFunction("escapeDelay")());
    const block = await bridge.runner!.provider!.getBlock("latest");
    if (BigInt(block!.timestamp) < opensAt) {
      throw new HatchError(
        "HATCH_NOT_DUE",
        `the escape hatch opens at ${opensAt} (Unix time) if no checkpoint comes`,
      );
    }
    try {
      await (await bridge.getFunction("openHatch")()).wait();
      openedHatch = true;
    } catch (err) {
      // someone else opened it meanwhile: carry on; anything else is the caller's error
      if (BigInt(await bridge.getFunction("hatchOpenedAt")()) === 0n) throw err;
    }
  }
  const height = Number(await bridge.getFunction("lastHeight")());
  const stateRoot = (await bridge.getFunction("stateRoots")(height)) as string;
  const proof = await fetchAccountProof(api, address, height);
  const args = exitArgs(proof, stateRoot);
  const token = await bridge.getFunction("token")();
  const rlc = new Contract(
    token as string,
    ["function balanceOf(address) view returns (uint256)"],
    bridge.runner,
  );
  const before = (await rlc.getFunction("balanceOf")(address)) as bigint;
  const receipt = await (await bridge.getFunction("exit")(...args)).wait();
  const paid = ((await rlc.getFunction("balanceOf")(address)) as bigint) - before;
  const [, fields] = args;
  const amount = fields[0] + fields[2] + fields[3] + fields[4];
  return { height, amount, paid, owed: amount - paid, gasUsed: receipt.gasUsed as bigint, openedHatch };
}
