/**
 * The devnet's demo workload, run once at start: the faucet deposits RLC through the bridge, it is
 * credited on the sidechain after the validators' attestations, then part of it is withdrawn,
 * anchored by a checkpoint relayed to Ethereum and claimed there. Every wait is bounded.
 */
import { Wallet } from "ethers";
import { readWithdrawalCount } from "../../bridge/bridgeModule.js";
import { fetchAndClaim } from "../../bridge/proofServer.js";
import { bridgeAt, tokenAt } from "../../bridge/relayer.js";
import { uintToBytes } from "../../proto/index.js";
import { readAccount } from "../state/accounts.js";
import { signTx } from "../tx/signedTx.js";
import { formatRlc, NRLC_PER_RLC } from "./amount.js";
import type { Devnet } from "./devnet.js";

async function until(cond: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`demo: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export interface DemoResult {
  depositedRlc: string;
  withdrawnRlc: string;
  claimGas: bigint;
}

export async function runBridgeDemo(
  devnet: Devnet,
  say: (line: string) => void,
): Promise<DemoResult | undefined> {
  const eth = devnet.ethereum;
  if (!eth) return undefined;
  const node = devnet.nodes[0]!;
  const faucet = devnet.files.faucet;
  const wallet = new Wallet(`0x${Buffer.from(faucet.privateKey).toString("hex")}`, eth.anvil.provider);
  const deposit = 100n * NRLC_PER_RLC;
  const withdraw = 5n * NRLC_PER_RLC;

  say(`demo: depositing ${formatRlc(deposit)} RLC into the bridge on Ethereum…`);
  const before = readAccount(node.chain.state, faucet.addressHex).balance;
  const token = tokenAt(eth.tokenAddress, wallet);
  await (await token.getFunction("approve")(eth.bridgeAddress, deposit)).wait();
  await (await bridgeAt(eth.bridgeAddress, wallet).getFunction("deposit")(deposit, wallet.address)).wait();
  await eth.anvil.provider.send("anvil_mine", ["0x2"]); // confirmations, on a chain that mines on demand
  await until(
    () => readAccount(node.chain.state, faucet.addressHex).balance >= before + deposit,
    60_000,
    "the deposit",
  );
  say(
    `demo: deposit credited on the sidechain at height ${node.chain.head.height} (≥ 2/3 of the validators attested it)`,
  );

  const id = readWithdrawalCount(node.chain.state);
  const tx = signTx(
    {
      chainId: node.chain.chainId,
      nonce: node.mempool.nextNonce(faucet.addressHex),
      withdraw: { ethRecipient: faucet.address, amount: uintToBytes(withdraw) },
    },
    faucet.privateKey,
  );
  const submit = await fetch(`${node.apiUrl}/txs`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ tx: `0x${Buffer.from(tx.bytes).toString("hex")}` }),
  });
  if (submit.status !== 202) throw new Error(`demo: withdraw refused: ${await submit.text()}`);
  say(
    `demo: withdrawing ${formatRlc(withdraw)} RLC (withdrawal #${id}); waiting for a checkpoint on Ethereum…`,
  );
  await until(
    async () => (await fetch(`${node.apiUrl}/withdrawals/${id}/proof`)).status === 200,
    120_000,
    "the checkpoint",
  );
  const balanceBefore = (await token.getFunction("balanceOf")(wallet.address)) as bigint;
  const { gasUsed } = await fetchAndClaim(node.apiUrl, bridgeAt(eth.bridgeAddress, wallet), id);
  const balanceAfter = (await token.getFunction("balanceOf")(wallet.address)) as bigint;
  say(
    `demo: claimed on Ethereum with a Merkle proof (${gasUsed} gas): +${formatRlc(balanceAfter - balanceBefore)} RLC`,
  );
  return { depositedRlc: formatRlc(deposit), withdrawnRlc: formatRlc(withdraw), claimGas: gasUsed };
}
