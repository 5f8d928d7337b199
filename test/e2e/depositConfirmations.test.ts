import assert from "node:assert/strict";
import { type Anvil, startAnvil } from "../../bridge/devnet.js";
import {
  defaultConfirmations,
  ethChainIdOf,
  MAINNET_CONFIRMATIONS,
  resolveConfirmations,
} from "../../node/cli/depositConfirmations.js";

describe("poco node --confirmations: the default follows the Ethereum chain (Anvil)", function () {
  this.timeout(60_000);
  const anvils: Anvil[] = [];
  after(async () => {
    for (const a of anvils) await a.stop();
  });

  it("12 on mainnet-like chains, 0 on dev chains (31337, 1337)", () => {
    for (const id of [1, 11155111, 17000, 137, 4242]) assert.equal(defaultConfirmations(id), 12, `${id}`);
    for (const id of [31337, 1337]) assert.equal(defaultConfirmations(id), 0, `${id}`);
    assert.equal(MAINNET_CONFIRMATIONS, 12);
  });

  it("asks the node's Ethereum RPC for its chain id; an explicit value always wins", async () => {
    const dev = await startAnvil();
    anvils.push(dev);
    const mainnetLike = await startAnvil(["--chain-id", "1"]);
    anvils.push(mainnetLike);
    assert.equal(await ethChainIdOf(dev.url), 31337);
    assert.equal(await resolveConfirmations(undefined, dev.url), 0);
    assert.equal(await ethChainIdOf(mainnetLike.url), 1);
    assert.equal(await resolveConfirmations(undefined, mainnetLike.url), 12);
    assert.equal(await resolveConfirmations(3, mainnetLike.url), 3);
    assert.equal(await resolveConfirmations(0, mainnetLike.url), 0, "0 may be asked for explicitly");
    assert.equal(await resolveConfirmations(20, dev.url), 20);
  });

  it("an Ethereum node that does not answer falls back to the safe default (the node still starts)", async () => {
    const down = await startAnvil();
    const url = down.url;
    await down.stop();
    const warnings: string[] = [];
    assert.equal(await resolveConfirmations(undefined, url, (m) => warnings.push(m), 2_000), 12);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /--confirmations/);
  });
});
