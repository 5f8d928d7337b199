/**
 * Hashing and hex helpers: keccak-256 (the Ethereum hash used for tx ids, addresses and EIP-712)
 * and strict hex <-> bytes conversions that reject anything ambiguous.
 */

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { keccak_256 } from "@noble/hashes/sha3.js";
import { createKeccak } from "hash-wasm";

export const HexErrorCode = {
  INVALID: "HEX_INVALID",
  BAD_LENGTH: "HEX_BAD_LENGTH",
} as const;
export type HexErrorCode = (typeof HexErrorCode)[keyof typeof HexErrorCode];

export class HexError extends Error {
  constructor(
    readonly code: HexErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "HexError";
  }
}

/**
 * keccak-256 through hash-wasm's WebAssembly build (≈7× @noble/hashes here, and hashing is most of a
 * state-root update); `nobleKeccak256` stays as the portable reference the tests cross-check against.
 * The hasher is synchronous and reused: JavaScript never interleaves two calls.
 */
const wasmKeccak = await createKeccak(256);

/** keccak-256 through hash-wasm's public hasher (init/update/digest). */
export function wrappedKeccak256(data: Uint8Array): Uint8Array {
  wasmKeccak.init();
  wasmKeccak.update(data);
  return wasmKeccak.digest("binary");
}

/** The input window hash-wasm's module exposes (its MAX_HEAP); longer inputs go in chunks. */
const WASM_CHUNK = 16 * 1024;

/** The part of the WebAssembly global used here (the project's lib settings do not declare it). */
const webAssembly = (
  globalThis as unknown as {
    WebAssembly: { instantiate(bytes: Uint8Array): Promise<{ instance: { exports: unknown } }> };
  }
).WebAssembly;

interface KeccakExports {
  memory: { buffer: ArrayBuffer };
  Hash_GetBuffer(): number;
  Hash_Init(bits: number): void;
  Hash_Update(length: number): void;
  Hash_Final(padding: number): void;
}

/**
 * The same WebAssembly module called without hash-wasm's per-call wrapper (input type checks, a view
 * and a subarray per update, a closure per step): the wrapper was about half of keccak's time on a
 * transfer's path, whose inputs are 64/65-byte tree nodes and short keys. hash-wasm does not export
 * its instance, so the module's bytes are read from the package's own bundle (pinned by the lockfile)
 * and instantiated here with the calls hash-wasm's createKeccak makes (Hash_Init(256), Hash_Update
 * per ≤ 16 KiB chunk, Hash_Final(0x01)). Anything unexpected (another bundle layout, missing
 * exports, a wrong answer on a known vector) keeps the wrapper. Same bytes: test crypto "the direct
 * keccak-256 answers byte for byte as hash-wasm's hasher and noble's".
 */
type KeccakInto = (data: Uint8Array, out: Uint8Array, at: number) => void;

async function directKeccak(): Promise<
  { hash: (data: Uint8Array) => Uint8Array; into: KeccakInto } | undefined
> {
  try {
    const bundle = readFileSync(
      createRequire(import.meta.url).resolve("hash-wasm/dist/index.umd.js"),
      "utf8",
    );
    const found = /var name\$(\w+) = "sha3";\s*var data\$\1 = "([A-Za-z0-9+/=]+)";/.exec(bundle);
    if (!found?.[2]) return undefined;
    const { instance } = await webAssembly.instantiate(Buffer.from(found[2], "base64"));
    const wasm = instance.exports as unknown as KeccakExports;
    const offset = wasm.Hash_GetBuffer();
    let window = new Uint8Array(wasm.memory.buffer, offset, WASM_CHUNK);
    let digest = window.subarray(0, 32);
    /** Runs the hash; the digest is then in `digest` until the next call. */
    const run = (data: Uint8Array): void => {
      // a grown memory detaches the views (this module does not grow it; checked anyway)
      if (window.byteLength === 0) {
        window = new Uint8Array(wasm.memory.buffer, offset, WASM_CHUNK);
        digest = window.subarray(0, 32);
      }
      wasm.Hash_Init(256);
      if (data.length <= WASM_CHUNK) {
        window.set(data);
        wasm.Hash_Update(data.length);
      } else {
        for (let at = 0; at < data.length; at += WASM_CHUNK) {
          const chunk = data.subarray(at, at + WASM_CHUNK);
          window.set(chunk);
          wasm.Hash_Update(chunk.length);
        }
      }
      wasm.Hash_Final(0x01); // keccak's padding (sha3's would be 0x06)
    };
    const hash = (data: Uint8Array): Uint8Array => {
      run(data);
      return digest.slice();
    };
    const into: KeccakInto = (data, out, at) => {
      run(data);
      out.set(digest, at);
    };
    const probe = new Uint8Array(WASM_CHUNK + 100).map((_, i) => i * 7);
    for (const input of [new Uint8Array(0), probe.subarray(0, 64), probe]) {
      if (Buffer.compare(hash(input), wrappedKeccak256(input)) !== 0) return undefined;
    }
    return { hash, into };
  } catch {
    return undefined;
  }
}

const direct = await directKeccak();

/** Whether `keccak256` runs the module directly (false: hash-wasm's wrapper). */
export const keccakIsDirect = direct !== undefined;

export const keccak256: (data: Uint8Array) => Uint8Array = direct?.hash ?? wrappedKeccak256;

/**
 * keccak-256 of `data` written into `out` at `at` (32 bytes), allocating nothing on the direct path:
 * for hashes that are only inputs of further hashes (the inner nodes of a Merkle root).
 */
export const keccak256Into: KeccakInto =
  direct?.into ?? ((data, out, at) => out.set(wrappedKeccak256(data), at));

export const nobleKeccak256 = (data: Uint8Array): Uint8Array => keccak_256(data);

/** Concatenates byte arrays. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** Bytes → lowercase `0x`-prefixed hex. */
export function toHex(bytes: Uint8Array): string {
  return `0x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("hex")}`;
}

const HEX_BODY = /^[0-9a-fA-F]*$/;

/**
 * Hex (with or without `0x`, any case) → bytes. Throws HexError on odd length or non-hex characters,
 * and when `expectedLength` (in bytes) is given and differs.
 */
export function fromHex(str: string, expectedLength?: number): Uint8Array {
  if (typeof str !== "string") throw new HexError(HexErrorCode.INVALID, "hex: not a string");
  const body = str.startsWith("0x") || str.startsWith("0X") ? str.slice(2) : str;
  if (body.length % 2 !== 0)
    throw new HexError(HexErrorCode.INVALID, `hex: odd number of digits in "${clip(str)}"`);
  if (!HEX_BODY.test(body))
    throw new HexError(HexErrorCode.INVALID, `hex: invalid characters in "${clip(str)}"`);
  if (expectedLength !== undefined && body.length !== expectedLength * 2) {
    throw new HexError(
      HexErrorCode.BAD_LENGTH,
      `hex: expected ${expectedLength} bytes, got ${body.length / 2}`,
    );
  }
  return Uint8Array.from(Buffer.from(body, "hex"));
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
