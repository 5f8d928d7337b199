/**
 * Ethereum errors in words: a revert of the bridge or token contracts becomes `PocoBridge.AlreadyClaimed
 * (id=3)` instead of ethers' message, which embeds the whole transaction (a claim's Merkle proof is
 * kilobytes of hex). Custom errors are decoded with the committed ABIs; `Error(string)` and `Panic(uint)`
 * as Solidity defines them.
 */
import { type ErrorFragment, Interface, isError } from "ethers";
import { type ContractName, loadArtifact } from "../../bridge/compile.js";

const CONTRACTS: ContractName[] = ["PocoBridge", "TestRLC"];

let interfaces: { name: ContractName; iface: Interface }[] | undefined;

function knownInterfaces() {
  interfaces ??= CONTRACTS.map((name) => ({ name, iface: new Interface(loadArtifact(name).abi) }));
  return interfaces;
}

function formatArgs(fragment: ErrorFragment, args: readonly unknown[]): string {
  return fragment.inputs.map((input, i) => `${input.name || `arg${i}`}=${String(args[i])}`).join(", ");
}

/** Decodes revert data (selector + ABI-encoded arguments) against the known contracts; undefined if unknown. */
export function decodeRevertData(data: string): string | undefined {
  if (!/^0x[0-9a-fA-F]{8}/.test(data)) return undefined;
  for (const { name, iface } of knownInterfaces()) {
    try {
      const parsed = iface.parseError(data);
      if (parsed) return `${name}.${parsed.name}(${formatArgs(parsed.fragment, parsed.args)})`;
    } catch {
      // not this contract's error
    }
  }
  // Error(string) / Panic(uint256): ethers' Interface knows both.
  try {
    const parsed = new Interface([]).parseError(data);
    if (parsed) return `${parsed.name}(${parsed.args.map(String).join(", ")})`;
  } catch {
    // unknown selector
  }
  return undefined;
}

/**
 * A short description of an ethers error (`{ code, message }`), or undefined when `err` is not one.
 * Never includes the transaction or call data.
 */
export function describeEthersError(err: unknown): { code: string; message: string } | undefined {
  if (!isError(err, "CALL_EXCEPTION")) {
    const e = err as { shortMessage?: unknown; code?: unknown };
    if (typeof e?.shortMessage === "string" && typeof e.code === "string")
      return { code: `ETH_${e.code}`, message: e.shortMessage };
    return undefined;
  }
  const data = typeof err.data === "string" ? err.data : undefined;
  const revert =
    (data ? decodeRevertData(data) : undefined) ??
    (err.revert ? `${err.revert.name}(${err.revert.args.map(String).join(", ")})` : undefined) ??
    (data && data.length >= 10 ? `unknown custom error ${data.slice(0, 10)}` : undefined);
  const action = err.action ? ` (${err.action})` : "";
  return {
    code: "ETH_REVERT",
    message: revert ? `contract reverted${action}: ${revert}` : `${err.shortMessage}${action}`,
  };
}
