/**
 * Signed worker heartbeats (proto WorkerHeartbeat / SignedHeartbeat): a worker announces its
 * liveness, capacity, tags (bit flags as in orders: bit 0 TEE, …), power efficiency and where it
 * serves its results. The signature is secp256k1 over keccak256("\x19PoCo Heartbeat:\n" ‖ chainId
 * (u64 BE) ‖ heartbeat bytes), so a heartbeat of one chain never validates on another. The same
 * bytes travel on the gossip heartbeat topic and in `POST /heartbeats` to a scheduler.
 */

import { decodeCanonical, encode, poco, u64ToNumber } from "../../proto/index.js";
import { addressFromPublicKey } from "../crypto/address.js";
import { concatBytes, keccak256, toHex } from "../crypto/hash.js";
import type { KeyPair } from "../crypto/keys.js";
import { defaultBackend } from "../crypto/secp256k1.js";
import { GOSSIP_MAX_BYTES, GossipKind } from "../p2p/topics.js";

const PREFIX = new TextEncoder().encode("\x19PoCo Heartbeat:\n");

export interface Heartbeat {
  /** Lowercase 0x hex. */
  worker: string;
  seq: number;
  timeMs: number;
  /** Tasks it runs at once. */
  capacity: number;
  /** Tag bits it offers (bit 0 TEE, bit 1 GPU…). */
  tags: bigint;
  powerEfficiency: number;
  /** Where it serves results (e.g. http://127.0.0.1:port) and its p2p addresses. */
  endpoints: string[];
}

function digest(chainId: number, body: Uint8Array): Uint8Array {
  const id = new Uint8Array(8);
  new DataView(id.buffer).setBigUint64(0, BigInt(chainId));
  return keccak256(concatBytes(PREFIX, id, body));
}

const tagBytes = (tags: bigint): Uint8Array => {
  const out = new Uint8Array(32);
  let t = tags;
  for (let i = 31; i >= 0 && t > 0n; i--) {
    out[i] = Number(t & 0xffn);
    t >>= 8n;
  }
  return out;
};

export function signHeartbeat(chainId: number, key: KeyPair, hb: Omit<Heartbeat, "worker">): Uint8Array {
  const body = encode(poco.WorkerHeartbeat, {
    worker: key.address,
    seq: hb.seq,
    timeMs: hb.timeMs,
    capacity: hb.capacity,
    tags: tagBytes(hb.tags),
    powerEfficiency: hb.powerEfficiency,
    multiaddrs: hb.endpoints,
  });
  const signature = defaultBackend.sign(digest(chainId, body), key.privateKey);
  return encode(poco.SignedHeartbeat, { heartbeat: body, signature });
}

/** Decodes and verifies a signed heartbeat; throws on malformed bytes or a signature by another key. */
export function verifyHeartbeat(chainId: number, bytes: Uint8Array): Heartbeat {
  if (bytes.length > GOSSIP_MAX_BYTES[GossipKind.HEARTBEAT]) throw new Error("heartbeat too large");
  const signed = decodeCanonical(poco.SignedHeartbeat, bytes);
  const m = decodeCanonical(poco.WorkerHeartbeat, signed.heartbeat);
  if (m.worker.length !== 20) throw new Error("heartbeat: worker must be 20 bytes");
  if (signed.signature.length !== 65) throw new Error("heartbeat: signature must be 65 bytes");
  const publicKey = defaultBackend.recoverPublicKey(digest(chainId, signed.heartbeat), signed.signature);
  const worker = toHex(m.worker);
  if (!publicKey || toHex(addressFromPublicKey(publicKey)) !== worker) {
    throw new Error("heartbeat: bad signature");
  }
  let tags = 0n;
  for (const b of m.tags) tags = (tags << 8n) | BigInt(b);
  return {
    worker,
    seq: u64ToNumber(m.seq, "seq"),
    timeMs: u64ToNumber(m.timeMs, "timeMs"),
    capacity: m.capacity,
    tags,
    powerEfficiency: m.powerEfficiency,
    endpoints: m.multiaddrs,
  };
}
