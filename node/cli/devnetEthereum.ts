/**
 * The devnet's Ethereum side: a local Anvil on 127.0.0.1 whose state is kept in the data directory
 * (dumped every few seconds and on exit; it stops with the devnet, even a killed one, see startAnvil), the test RLC token and the bridge deployed once (addresses
 * kept in ethereum.json), and the faucet funded with RLC and gas on Ethereum.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseEther, Wallet } from "ethers";
import { ANVIL_KEYS, type Anvil, startAnvil } from "../../bridge/devnet.js";
import { deployBridge, deployTestRLC } from "../../bridge/relayer.js";
import { deployResults } from "../../bridge/resultProofs.js";
import type { Genesis } from "../chain/genesis.js";
import { type KeyPair, keyPairFromPrivate, writeKeyFile } from "../crypto/keys.js";

export interface DevnetEthereum {
  anvil: Anvil;
  bridgeAddress: string;
  /** PocoResults: task results verified on Ethereum. */
  resultsAddress: string;
  tokenAddress: string;
  startBlock: number;
  /** Ethereum key that relays checkpoints (an Anvil dev account). */
  relayKey: string;
}

export interface Deployment {
  bridgeAddress: string;
  /** Absent in a folder made before PocoResults existed: deployed then. */
  resultsAddress?: string;
  tokenAddress: string;
  startBlock: number;
}

/** Reads ethereum.json (bridge and token addresses, deployment block) written by the devnet. */
export function readDeployment(file: string): Deployment {
  const d = JSON.parse(readFileSync(file, "utf8")) as Deployment;
  if (typeof d.bridgeAddress !== "string" || typeof d.startBlock !== "number") {
    throw new Error(`${file}: not a bridge deployment`);
  }
  return d;
}

export async function startDevnetEthereum(
  dataDir: string,
  genesis: Genesis,
  faucet: KeyPair,
  listen: { host?: string; port?: number } = {},
): Promise<DevnetEthereum> {
  // anvil.pid: an Anvil left by a killed earlier start is stopped before this one uses the state file
  const anvil = await startAnvil(["--state", join(dataDir, "ethereum-state.json"), "--state-interval", "5"], {
    ...listen,
    pidFile: join(dataDir, "anvil.pid"),
  });
  const deploymentFile = join(dataDir, "ethereum.json");
  let deployment: Deployment | undefined;
  if (existsSync(deploymentFile)) {
    const saved = JSON.parse(readFileSync(deploymentFile, "utf8")) as Deployment;
    // Reuse it only if Anvil's saved state still has the contract (the state file may be older).
    if ((await anvil.provider.getCode(saved.bridgeAddress)) !== "0x") deployment = saved;
  }
  if (!deployment) {
    const deployer = new Wallet(ANVIL_KEYS[0]!, anvil.provider);
    const token = await deployTestRLC(deployer);
    const bridge = await deployBridge(deployer, {
      token: await token.getAddress(),
      sidechainId: genesis.chainId,
      validators: genesis.validators.map((v) => ({ address: v.address, power: v.power })),
    });
    const faucetEth = new Wallet(`0x${Buffer.from(faucet.privateKey).toString("hex")}`);
    await (await token.getFunction("mint")(faucetEth.address, 1_000_000n * 1_000_000_000n)).wait();
    await (await deployer.sendTransaction({ to: faucetEth.address, value: parseEther("100") })).wait();
    deployment = {
      bridgeAddress: await bridge.getAddress(),
      tokenAddress: await token.getAddress(),
      startBlock: await anvil.provider.getBlockNumber(),
    };
    writeFileSync(deploymentFile, `${JSON.stringify(deployment, null, 2)}\n`);
  }
  let resultsAddress = deployment.resultsAddress;
  if (!resultsAddress || (await anvil.provider.getCode(resultsAddress)) === "0x") {
    const results = await deployResults(new Wallet(ANVIL_KEYS[0]!, anvil.provider), deployment.bridgeAddress);
    resultsAddress = await results.getAddress();
    deployment = { ...deployment, resultsAddress };
    writeFileSync(deploymentFile, `${JSON.stringify(deployment, null, 2)}\n`);
  }
  // A funded Anvil dev account the devnet itself never uses, published for a user's own relayer
  // (`poco bridge --relay-key <data-dir>/keys/relayer-eth.json`, the README's relayer walkthrough).
  const userRelayKey = join(dataDir, "keys", "relayer-eth.json");
  if (!existsSync(userRelayKey)) await writeKeyFile(userRelayKey, keyPairFromPrivate(ANVIL_KEYS[2]!));
  return { anvil, ...deployment, resultsAddress, relayKey: ANVIL_KEYS[1]! };
}
