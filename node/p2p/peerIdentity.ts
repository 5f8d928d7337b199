/**
 * The node's persistent libp2p identity: an Ed25519 private key kept in `<dataDir>/p2p-key`
 * (libp2p protobuf encoding, mode 0600), created on first start so the peer id survives restarts
 * and can be written into other nodes' bootstrap lists.
 */
import { chmod, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from "@libp2p/crypto/keys";
import type { PrivateKey } from "@libp2p/interface";
import { peerIdFromPrivateKey, peerIdFromString } from "@libp2p/peer-id";
import { base58btc } from "multiformats/bases/base58";
import { P2PError, P2PErrorCode } from "./p2pErrors.js";

export const PEER_KEY_FILE = "p2p-key";

export function peerKeyPath(dataDir: string): string {
  return join(dataDir, PEER_KEY_FILE);
}

/**
 * @libp2p/crypto 5.1 declares its keys with @libp2p/interface 3 types while libp2p 2 uses
 * @libp2p/interface 2; the objects are the same at runtime, only the declarations differ.
 */
function asPrivateKey(key: unknown): PrivateKey {
  return key as PrivateKey;
}

/** Decodes a peer key file's bytes; throws `P2P_KEY_CORRUPT` unless they hold an Ed25519 key. */
export function decodePeerKey(bytes: Uint8Array, source = "peer key"): PrivateKey {
  let key: PrivateKey;
  try {
    key = asPrivateKey(privateKeyFromProtobuf(bytes));
  } catch (e) {
    throw new P2PError(P2PErrorCode.KEY_CORRUPT, `${source}: not a protobuf-encoded libp2p private key`, {
      cause: e,
    });
  }
  if (key.type !== "Ed25519") {
    throw new P2PError(P2PErrorCode.KEY_CORRUPT, `${source}: expected an Ed25519 key, found ${key.type}`);
  }
  return key;
}

/** A fresh in-memory Ed25519 key (tests, throw-away nodes); `loadOrCreatePeerKey` persists one. */
export async function generatePeerKey(): Promise<PrivateKey> {
  return asPrivateKey(await generateKeyPair("Ed25519"));
}

/** Loads the key from `<dataDir>/p2p-key`, or creates and stores a new one if the file is absent. */
export async function loadOrCreatePeerKey(dataDir: string): Promise<PrivateKey> {
  const path = peerKeyPath(dataDir);
  let bytes: Uint8Array | undefined;
  try {
    bytes = await readFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") {
      throw new P2PError(P2PErrorCode.KEY_IO, `cannot read ${path}: ${(e as Error).message}`, { cause: e });
    }
  }
  if (bytes !== undefined) return decodePeerKey(bytes, path);

  const key = await generatePeerKey();
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    await mkdir(dataDir, { recursive: true });
    await writeFile(tmp, privateKeyToProtobuf(key as Parameters<typeof privateKeyToProtobuf>[0]), {
      mode: 0o600,
      flag: "wx",
    });
    await chmod(tmp, 0o600); // in case the umask or an existing file changed the mode
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw new P2PError(P2PErrorCode.KEY_IO, `cannot write ${path}: ${(e as Error).message}`, { cause: e });
  }
  return key;
}

/** The peer id string (`12D3KooW…`) of a private key. */
export function peerIdOf(key: PrivateKey): string {
  return peerIdFromPrivateKey(key).toString();
}

/** A peer id string's multihash bytes (what `setPeerId` registers); throws P2P_BAD_ADDRESS if invalid. */
export function peerIdBytes(peerId: string): Uint8Array {
  try {
    return peerIdFromString(peerId).toMultihash().bytes;
  } catch (e) {
    throw new P2PError(P2PErrorCode.BAD_ADDRESS, `not a peer id: ${peerId}`, { cause: e });
  }
}

/** The peer id string of multihash bytes (base58btc, as libp2p prints it). */
export function peerIdFromBytes(bytes: Uint8Array): string {
  return base58btc.baseEncode(bytes);
}
