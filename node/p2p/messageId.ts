/**
 * Gossip message ids. Messages are not signed by libp2p (StrictNoSign: every payload carries its own
 * signature), so the id is content-addressed: sha256 over the topic and the payload. The topic is
 * included so that identical bytes on two topics are two messages. The fast id (used to drop
 * duplicates before gossipsub builds the message) is the same digest as a string, computed straight
 * from the RPC frame. Gossipsub hands the same payload object to both functions, so the digest the
 * fast id computed is remembered per payload (weakly) and the message id reuses it: one sha256 per
 * received message instead of two.
 */
import { createHash } from "node:crypto";

const SEPARATOR = new Uint8Array([0]);

/** Digests computed by the fast id, by payload object (dropped with the payload). */
const digests = new WeakMap<Uint8Array, { topic: string; digest: Uint8Array }>();

function digestOf(topic: string, data: Uint8Array): Buffer {
  return createHash("sha256").update(topic).update(SEPARATOR).update(data).digest();
}

export function gossipMessageId(topic: string, data: Uint8Array): Uint8Array {
  const known = digests.get(data);
  if (known && known.topic === topic) return known.digest;
  return digestOf(topic, data);
}

export function gossipFastMessageId(topic: string, data: Uint8Array | undefined): string {
  const payload = data ?? new Uint8Array();
  const digest = digestOf(topic, payload);
  digests.set(payload, { topic, digest });
  return digest.toString("base64");
}

export function messageIdToString(id: Uint8Array): string {
  return Buffer.from(id.buffer, id.byteOffset, id.byteLength).toString("base64");
}
