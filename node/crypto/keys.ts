/**
 * Account keys and the key file. A key file is either plain JSON `{ address, privateKey }` (mode 0600,
 * for devnets) or, with a password, a standard Ethereum keystore v3 (scrypt + AES-128-CTR, via ethers)
 * that geth, MetaMask and ethers can open too.
 */
import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { bytesEqual } from "../../proto/index.js";
import { addressFromPublicKey, parseAddress, toChecksumAddress } from "./address.js";
import { fromHex, toHex } from "./hash.js";
import { defaultBackend, isValidPrivateKey, type SignatureBackend } from "./secp256k1.js";

export const KeyErrorCode = {
  INVALID_KEY: "KEY_INVALID",
  FILE_NOT_FOUND: "KEY_FILE_NOT_FOUND",
  FILE_IO: "KEY_FILE_IO",
  BAD_JSON: "KEY_FILE_BAD_JSON",
  BAD_FORMAT: "KEY_FILE_BAD_FORMAT",
  ADDRESS_MISMATCH: "KEY_ADDRESS_MISMATCH",
  PASSWORD_REQUIRED: "KEY_PASSWORD_REQUIRED",
  EMPTY_PASSWORD: "KEY_EMPTY_PASSWORD",
  WRONG_PASSWORD: "KEY_WRONG_PASSWORD",
} as const;
export type KeyErrorCode = (typeof KeyErrorCode)[keyof typeof KeyErrorCode];

export class KeyError extends Error {
  constructor(
    readonly code: KeyErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "KeyError";
  }
}

export interface KeyPair {
  privateKey: Uint8Array;
  /** 65-byte uncompressed public key. */
  publicKey: Uint8Array;
  /** 20-byte address. */
  address: Uint8Array;
  /** EIP-55 checksummed address, for display. */
  addressHex: string;
}

/** A uniformly random valid secp256k1 private key from the OS CSPRNG. */
export function generatePrivateKey(): Uint8Array {
  for (;;) {
    const candidate = Uint8Array.from(randomBytes(32));
    if (isValidPrivateKey(candidate)) return candidate;
  }
}

/** Derives the public key and address; `privateKey` may be bytes or 0x-hex. */
export function keyPairFromPrivate(
  privateKey: Uint8Array | string,
  backend: SignatureBackend = defaultBackend,
): KeyPair {
  let priv: Uint8Array;
  try {
    priv = typeof privateKey === "string" ? fromHex(privateKey, 32) : Uint8Array.from(privateKey);
  } catch (err) {
    throw new KeyError(KeyErrorCode.INVALID_KEY, `private key: ${(err as Error).message}`);
  }
  if (!isValidPrivateKey(priv)) {
    throw new KeyError(KeyErrorCode.INVALID_KEY, "private key must be a 32-byte scalar in [1, n-1]");
  }
  const publicKey = backend.getPublicKey(priv);
  const address = addressFromPublicKey(publicKey);
  return { privateKey: priv, publicKey, address, addressHex: toChecksumAddress(address) };
}

export function generateKeyPair(): KeyPair {
  return keyPairFromPrivate(generatePrivateKey());
}

export interface WriteKeyFileOptions {
  /** scrypt cost N for encrypted files (power of two; default ethers' 2^17). Lower only for tests. */
  scryptN?: number;
}

/**
 * Writes the key file atomically with mode 0600 (replacing any existing file). Without a password the
 * private key is stored in clear; with one, as a keystore v3 JSON.
 */
export async function writeKeyFile(
  path: string,
  keyPair: KeyPair,
  password?: string,
  options: WriteKeyFileOptions = {},
): Promise<void> {
  let content: string;
  if (password === undefined) {
    content = `${JSON.stringify({ address: keyPair.addressHex, privateKey: toHex(keyPair.privateKey) }, null, 2)}\n`;
  } else {
    if (password.length === 0) throw new KeyError(KeyErrorCode.EMPTY_PASSWORD, "key file password is empty");
    // ethers (≈ 1 s to load) only for encrypted files: a plain key file is read by every CLI signing command
    const { encryptKeystoreJson } = await import("ethers");
    content = await encryptKeystoreJson(
      { address: keyPair.addressHex, privateKey: toHex(keyPair.privateKey) },
      password,
      options.scryptN === undefined ? {} : { scrypt: { N: options.scryptN } },
    );
  }
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    await writeFile(tmp, content, { mode: 0o600, flag: "wx" });
    await chmod(tmp, 0o600);
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => {});
    throw new KeyError(KeyErrorCode.FILE_IO, `cannot write key file ${path}: ${(err as Error).message}`);
  }
}

/** Reads a key file written by `writeKeyFile` (or any keystore v3 file when a password is given). */
export async function readKeyFile(path: string, password?: string): Promise<KeyPair> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new KeyError(KeyErrorCode.FILE_NOT_FOUND, `key file not found: ${path}`);
    throw new KeyError(KeyErrorCode.FILE_IO, `cannot read key file ${path}: ${(err as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new KeyError(
      KeyErrorCode.BAD_JSON,
      `key file ${path} is not valid JSON: ${(err as Error).message}`,
    );
  }
  if (typeof json !== "object" || json === null) {
    throw new KeyError(KeyErrorCode.BAD_FORMAT, `key file ${path}: expected a JSON object`);
  }
  if (isKeystoreVersion3(json)) return decryptKeystore(path, text, password);
  return parsePlain(path, json as Record<string, unknown>);
}

/** As ethers' isKeystoreJson: a JSON object whose `version` is 3 (checked without loading ethers). */
function isKeystoreVersion3(json: object): boolean {
  const version = (json as { version?: unknown }).version;
  return version != null && Number.parseInt(String(version), 10) === 3;
}

async function decryptKeystore(path: string, text: string, password: string | undefined): Promise<KeyPair> {
  if (password === undefined) {
    throw new KeyError(
      KeyErrorCode.PASSWORD_REQUIRED,
      `key file ${path} is encrypted: a password is required`,
    );
  }
  const { isError, Wallet } = await import("ethers");
  let privateKey: string;
  try {
    privateKey = (await Wallet.fromEncryptedJson(text, password)).privateKey;
  } catch (err) {
    if (isError(err, "INVALID_ARGUMENT") && err.argument === "password") {
      throw new KeyError(KeyErrorCode.WRONG_PASSWORD, `wrong password for key file ${path}`);
    }
    throw new KeyError(
      KeyErrorCode.BAD_FORMAT,
      `key file ${path}: invalid keystore: ${(err as Error).message}`,
    );
  }
  return keyPairFromPrivate(privateKey);
}

function parsePlain(path: string, json: Record<string, unknown>): KeyPair {
  const { address, privateKey } = json;
  if (typeof privateKey !== "string") {
    throw new KeyError(KeyErrorCode.BAD_FORMAT, `key file ${path}: missing "privateKey" string`);
  }
  let keyPair: KeyPair;
  try {
    keyPair = keyPairFromPrivate(privateKey);
  } catch (err) {
    throw new KeyError(KeyErrorCode.BAD_FORMAT, `key file ${path}: ${(err as Error).message}`);
  }
  if (address !== undefined) {
    let declared: Uint8Array;
    try {
      if (typeof address !== "string") throw new Error("not a string");
      declared = parseAddress(address);
    } catch (err) {
      throw new KeyError(
        KeyErrorCode.BAD_FORMAT,
        `key file ${path}: bad "address": ${(err as Error).message}`,
      );
    }
    if (!bytesEqual(declared, keyPair.address)) {
      throw new KeyError(
        KeyErrorCode.ADDRESS_MISMATCH,
        `key file ${path}: address ${address} does not match the private key (${keyPair.addressHex})`,
      );
    }
  }
  return keyPair;
}
