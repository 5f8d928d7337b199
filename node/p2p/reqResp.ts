/**
 * Req/resp framing: one stream per request; the requester writes one length-prefixed request and
 * closes its side, the responder writes one length-prefixed response frame and closes. The response
 * frame starts with a status byte (0 = ok, payload follows; 1 = error, a short UTF-8 reason follows)
 * so a failing handler is told apart from a broken peer. Sizes are enforced while reading (the
 * length prefix is checked before the body is buffered) and every exchange is bounded in time.
 */
import type { Stream } from "@libp2p/interface";
import * as lp from "it-length-prefixed";
import { P2PError, P2PErrorCode } from "./p2pErrors.js";

const STATUS_OK = 0;
const STATUS_ERROR = 1;
const MAX_REASON_BYTES = 256;

function isLengthError(e: unknown): boolean {
  const name = (e as Error | undefined)?.name;
  return name === "InvalidDataLengthError" || name === "InvalidDataLengthLengthError";
}

/** Reads exactly one frame from the stream; `what` names it in errors. */
export async function readFrame(stream: Stream, maxBytes: number, what: string): Promise<Uint8Array> {
  try {
    for await (const frame of lp.decode(stream.source, { maxDataLength: maxBytes })) {
      return frame.subarray();
    }
  } catch (e) {
    if (isLengthError(e)) {
      throw new P2PError(P2PErrorCode.TOO_LARGE, `${what} larger than ${maxBytes} bytes`, { cause: e });
    }
    throw e;
  }
  throw new P2PError(P2PErrorCode.PROTOCOL, `stream ended before the ${what}`);
}

/**
 * Writes one frame. The size was already checked by the caller against the protocol's own limit (up
 * to 64 MiB for blocks-by-range), so the encoder must not apply it-length-prefixed's default 4 MiB
 * cap: with it, any answer over 4 MiB was reset and a busy chain could not be synced.
 */
export async function writeFrame(stream: Stream, payload: Uint8Array): Promise<void> {
  await stream.sink([lp.encode.single(payload, { maxDataLength: payload.byteLength })]);
}

export function okResponse(payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(payload.length + 1);
  out[0] = STATUS_OK;
  out.set(payload, 1);
  return out;
}

export function errorResponse(reason: string): Uint8Array {
  const bytes = new TextEncoder().encode(reason).subarray(0, MAX_REASON_BYTES);
  const out = new Uint8Array(bytes.length + 1);
  out[0] = STATUS_ERROR;
  out.set(bytes, 1);
  return out;
}

/** Unwraps a response frame: the payload, or a `P2P_REMOTE_ERROR` / `P2P_PROTOCOL` error. */
export function parseResponse(frame: Uint8Array, protocol: string): Uint8Array {
  const status = frame[0];
  if (status === STATUS_OK) return frame.subarray(1);
  if (status === STATUS_ERROR) {
    const reason = new TextDecoder().decode(frame.subarray(1, 1 + MAX_REASON_BYTES));
    throw new P2PError(P2PErrorCode.REMOTE_ERROR, `${protocol}: remote error: ${reason}`);
  }
  throw new P2PError(P2PErrorCode.PROTOCOL, `${protocol}: bad response status ${String(status)}`);
}

/**
 * Runs `work` with a deadline: on expiry the stream is aborted (which unblocks pending reads and
 * writes) and the promise rejects with `P2P_TIMEOUT`.
 */
export async function withDeadline<T>(
  stream: Stream,
  timeoutMs: number,
  what: string,
  work: () => Promise<T>,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const err = new P2PError(P2PErrorCode.TIMEOUT, `${what}: no answer within ${timeoutMs} ms`);
      stream.abort(err);
      reject(err);
    }, timeoutMs);
  });
  const run = work();
  run.catch(() => undefined); // the deadline may win; never leave the loser unhandled
  try {
    return await Promise.race([run, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
