/**
 * How many Ethereum blocks a validator waits on top of a deposit before attesting it, when the
 * operator does not say (`poco node --confirmations`): 12 on mainnet-like chains (a reorg that deep
 * has not happened on Ethereum since the Merge), 0 on local development chains (Anvil and Hardhat use
 * chain id 31337, Ganache and geth --dev 1337), which mine only what they are sent and never reorg.
 */
export const MAINNET_CONFIRMATIONS = 12;
export const DEV_ETH_CHAIN_IDS: readonly number[] = [31337, 1337];

export function defaultConfirmations(ethChainId: number): number {
  return DEV_ETH_CHAIN_IDS.includes(ethChainId) ? 0 : MAINNET_CONFIRMATIONS;
}

/** The Ethereum chain id of a JSON-RPC endpoint (`eth_chainId`), within `timeoutMs`. */
export async function ethChainIdOf(rpcUrl: string, timeoutMs = 10_000): Promise<number> {
  const res = await fetch(rpcUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await res.json()) as { result?: unknown };
  if (typeof body.result !== "string" || !/^0x[0-9a-fA-F]{1,16}$/.test(body.result))
    throw new Error(`${rpcUrl}: no chain id in the eth_chainId answer`);
  return Number(BigInt(body.result));
}

/**
 * The explicit value when given, else the default for the chain behind `rpcUrl`. An Ethereum node
 * that does not answer must not keep a validator from starting (consensus does not need Ethereum):
 * the safe mainnet default is used then, and `warn` says so.
 */
export async function resolveConfirmations(
  explicit: number | undefined,
  rpcUrl: string,
  warn: (message: string) => void = () => {},
  timeoutMs = 5_000,
): Promise<number> {
  if (explicit !== undefined) return explicit;
  try {
    return defaultConfirmations(await ethChainIdOf(rpcUrl, timeoutMs));
  } catch (err) {
    warn(
      `Ethereum chain id unknown (${(err as Error).message}): ${MAINNET_CONFIRMATIONS} deposit confirmations; set --confirmations to choose`,
    );
    return MAINNET_CONFIRMATIONS;
  }
}
