/**
 * Gossip message ids. Messages are not signed by libp2p (StrictNoSign: every payload carries its own
 * signature), so the id is content-addressed: sha256 over the topic and the payload. The topic is
 * included so that identical bytes on two topics are two messages. The fast id (used to drop
 * duplicates before gossipsub builds the message) is the same digest as a string, computed straight
 * from the RPC frame.
 */
import { createHash } from "node:crypto";

const SEPARATOR = new Uint8Array([0]);

export function gossipMessageId(topic: string, data: Uint8Array): Uint8Array {
  return createHash("sha256").update(topic).update(SEPARATOR).update(data).digest();
}

export function gossipFastMessageId(topic: string, data: Uint8Array | undefined): string {
  return createHash("sha256")
    .update(topic)
    .update(SEPARATOR)
    .update(data ?? new Uint8Array())
    .digest("base64");
}

export function messageIdToString(id: Uint8Array): string {
  return Buffer.from(id.buffer, id.byteOffset, id.byteLength).toString("base64");
}
