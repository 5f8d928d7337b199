/**
 * A validator's checkpoint signer with double-sign protection (the idea of CometBFT's privval, as in
 * node/consensus/privValidator.ts): before a checkpoint signature leaves the node, the (bridge domain,
 * height, digest) it signs is written to disk with fsync. For one domain the signer then refuses any
 * other digest at that height and any lower height, and returns the earlier signature for the same
 * checkpoint. A validator restarted at any instant never signs two different checkpoints at one
 * height, which the chain would slash (node/execution/checkpointEvidence.ts).
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from "node:fs";
import { dirname } from "node:path";
import { type Checkpoint, checkpointDigest, signCheckpoint } from "../../bridge/checkpoint.js";
import { fromHex, toHex } from "../crypto/hash.js";
import type { SignatureBackend } from "../crypto/secp256k1.js";

/** Domains remembered (a node normally signs for one bridge; the oldest beyond this are forgotten). */
const MAX_DOMAINS = 16;

interface SignedCheckpoint {
  height: number;
  digest: string;
  signature: string;
}

/** `<ethChainId>:<bridge address>` → the last checkpoint signed for that bridge. */
type FileState = Record<string, SignedCheckpoint>;

export class CheckpointDoubleSignError extends Error {
  readonly code = "CHECKPOINT_DOUBLE_SIGN";
}

export class CheckpointSigner {
  private state: FileState;

  constructor(
    private readonly path: string,
    private readonly privateKey: Uint8Array,
    private readonly backend: SignatureBackend,
  ) {
    this.state = CheckpointSigner.load(path);
  }

  private static load(path: string): FileState {
    if (!existsSync(path)) return {};
    try {
      return JSON.parse(readFileSync(path, "utf8")) as FileState;
    } catch (err) {
      throw new Error(`checkpoint signer state ${path} is unreadable (${(err as Error).message})`);
    }
  }

  /** The last checkpoint signed for the domain of `cp`, if any. */
  lastSigned(cp: Pick<Checkpoint, "ethChainId" | "bridge">): SignedCheckpoint | undefined {
    return this.state[domainKey(cp)];
  }

  /** The Ethereum-form signature of `cp`, or CheckpointDoubleSignError when it conflicts. */
  sign(cp: Checkpoint): Uint8Array {
    const key = domainKey(cp);
    const digest = toHex(checkpointDigest(cp));
    const last = this.state[key];
    if (last) {
      if (cp.height < last.height)
        throw new CheckpointDoubleSignError(`refusing checkpoint ${cp.height} below ${last.height}`);
      if (cp.height === last.height) {
        if (last.digest === digest) return fromHex(last.signature, 65);
        throw new CheckpointDoubleSignError(
          `already signed another checkpoint at height ${cp.height} (${last.digest})`,
        );
      }
    }
    const signature = signCheckpoint(cp, this.privateKey, this.backend);
    const next: FileState = { ...this.state };
    delete next[key];
    next[key] = { height: cp.height, digest, signature: toHex(signature) };
    const keys = Object.keys(next);
    for (const old of keys.slice(0, Math.max(0, keys.length - MAX_DOMAINS))) delete next[old];
    this.persist(next);
    return signature;
  }

  private persist(state: FileState): void {
    mkdirSync(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.tmp`;
    const fd = openSync(tmp, "w", 0o600);
    try {
      writeSync(fd, JSON.stringify(state));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.path);
    const dir = openSync(dirname(this.path), "r");
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
    this.state = state;
  }
}

const domainKey = (cp: Pick<Checkpoint, "ethChainId" | "bridge">) =>
  `${cp.ethChainId}:${cp.bridge.toLowerCase()}`;
