/**
 * The genesis a store belongs to, checked at every open without rebuilding the genesis state.
 *
 * The genesis hash commits to the genesis state root, which takes one hash per leaf and branch of
 * the genesis state: O(accounts) and seconds to minutes for a genesis of 10^5–10^6 accounts. The
 * store therefore keeps, next to the genesis hash, a record `m:genesisCheck` = sha256 digest of the
 * genesis' canonical bytes ‖ genesis state root, written once when the store learns its genesis (init,
 * state sync, or the first open that had to recompute it). An open whose genesis has the same
 * digest is the same genesis: its hash and root are the stored ones. Any other digest (an older
 * store, a reordered or edited file) falls back to the full recomputation, which decides.
 *
 * The digest is a local cache key, never consensus: it only has to be injective (two different
 * geneses never share it), so the encoding is tagged and length-prefixed and includes every own
 * field of the genesis object; two encodings of the same genesis that differ (key order) only cost a
 * recomputation.
 */
import { createHash, type Hash } from "node:crypto";
import { hashEntry, type SortedEntry, sortByKeyHash, subtreeHash } from "../statesync/snapshotFormat.js";

export const GENESIS_CHECK_KEY = "m:genesisCheck";
const HASH = 32;

export interface GenesisCheck {
  digest: Uint8Array;
  stateRoot: Uint8Array;
}

export function encodeGenesisCheck(check: GenesisCheck): Uint8Array {
  const out = new Uint8Array(2 * HASH);
  out.set(check.digest, 0);
  out.set(check.stateRoot, HASH);
  return out;
}

/** The stored record, or undefined when absent or not of the expected size. */
export function decodeGenesisCheck(bytes: Uint8Array | undefined): GenesisCheck | undefined {
  if (bytes === undefined || bytes.length !== 2 * HASH) return undefined;
  return { digest: bytes.slice(0, HASH), stateRoot: bytes.slice(HASH) };
}

/**
 * The canonical bytes as text, hashed every 64 Ki characters: building a string and hashing it in
 * one native call is several times cheaper than a hasher update (or a buffer write) per field.
 * Every string is written as `<UTF-16 length>:<chars>`, so the stream parses back unambiguously.
 */
class DigestWriter {
  private readonly hash: Hash = createHash("sha256");
  private text = "";

  write(tag: string, s: string): void {
    this.text += `${tag}${s.length}:${s}`;
    if (this.text.length >= 65_536) this.flush();
  }

  private flush(): void {
    // UTF-16 code units as they are (utf8 would map every lone surrogate to the same U+FFFD).
    this.hash.update(this.text, "utf16le");
    this.text = "";
  }

  digest(): Uint8Array {
    this.flush();
    return new Uint8Array(this.hash.digest());
  }
}

function writeValue(w: DigestWriter, value: unknown): void {
  switch (typeof value) {
    case "string":
      w.write("s", value);
      return;
    case "number":
      w.write("n", String(value));
      return;
    case "bigint":
      w.write("i", value.toString());
      return;
    case "boolean":
      w.write(value ? "t" : "f", "");
      return;
    case "undefined":
      w.write("u", "");
      return;
    case "object":
      if (value === null) {
        w.write("z", "");
        return;
      }
      if (Array.isArray(value)) {
        w.write("a", String(value.length));
        for (const item of value) writeValue(w, item);
        return;
      }
      if (value instanceof Uint8Array) {
        w.write("b", Buffer.from(value).toString("hex"));
        return;
      }
      {
        const keys = Object.keys(value);
        w.write("o", String(keys.length));
        for (const key of keys) {
          w.write("k", key);
          writeValue(w, (value as Record<string, unknown>)[key]);
        }
      }
      return;
    default:
      throw new TypeError(`genesis digest: unsupported ${typeof value}`);
  }
}

/** sha256 of the genesis' canonical bytes (every own field, recursively; see the module comment). */
export function genesisDigest(genesis: object): Uint8Array {
  const w = new DigestWriter();
  writeValue(w, genesis);
  return w.digest();
}

/**
 * The state root of `entries` built in one pass from the sorted leaves (the snapshot format's
 * subtree hashing, the same rules as sparseMerkleTree.ts): one hash per leaf and per branch, no tree
 * kept, instead of inserting key by key (≈ 20 node updates each).
 */
export function stateRootOf(entries: Iterable<readonly [string, Uint8Array | null]>): Uint8Array {
  const sorted: SortedEntry[] = [];
  for (const [key, value] of entries) if (value !== null) sorted.push(hashEntry(key, value));
  sortByKeyHash(sorted);
  return subtreeHash(sorted, 0, sorted.length, 0, new Uint8Array(HASH));
}
