/**
 * Sends one account's transactions in order with a locally tracked nonce (the mempool queues
 * consecutive nonces of a sender), resynchronizing from the chain once on a nonce error.
 */

import { type poco, uintToBytes } from "../../proto/index.js";
import type { ApiClient } from "../cli/apiClient.js";
import type { KeyPair } from "../crypto/keys.js";
import { signTx } from "../tx/signedTx.js";

export type TxBody = Omit<poco.Tx.$Properties, "chainId" | "nonce" | "sender">;

export interface TxReceipt {
  height: number;
  status: "success" | "failed";
  error?: { code: string; message: string };
}

export class TxSender {
  private next: number | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private lastHash: string | undefined;

  constructor(
    private readonly api: ApiClient,
    private readonly key: KeyPair,
    private readonly chainId: number,
    private readonly commitTimeoutMs = 30_000,
  ) {}

  /** Submits (in call order) and resolves with the committed receipt. */
  async send(body: TxBody): Promise<TxReceipt> {
    const submitted = this.queue.then(() => this.submit(body, true));
    this.queue = submitted.catch(() => undefined);
    const hash = await submitted;
    return this.api.waitForTx(hash, this.commitTimeoutMs);
  }

  private async submit(body: TxBody, retry: boolean): Promise<string> {
    if (this.next === undefined) this.next = (await this.api.account(this.key.addressHex)).nonce;
    const nonce = this.next;
    try {
      // Pay what the chain asks now: twice the next base fee plus the suggested tip (the gas limit is
      // signTx's default, ample for any single-task transaction; unused gas is not charged).
      const fees = await this.api.fees();
      const tip = BigInt(fees.suggestedTipPerGas);
      const signed = signTx(
        {
          ...body,
          chainId: this.chainId,
          nonce,
          maxFeePerGas: uintToBytes(2n * BigInt(fees.baseFeePerGas) + tip),
          maxPriorityFeePerGas: uintToBytes(tip),
        },
        this.key.privateKey,
      );
      const { hash } = await this.api.submitTx(signed.bytes);
      this.next = nonce + 1;
      this.lastHash = hash;
      return hash;
    } catch (err) {
      const code = (err as { code?: string }).code ?? "";
      if (!retry || !code.startsWith("TX_NONCE")) throw err;
      if (this.lastHash) await this.api.waitForTx(this.lastHash, this.commitTimeoutMs).catch(() => undefined);
      this.next = undefined;
      return this.submit(body, false);
    }
  }
}
