import type { BlockWrite } from "../../node/storage/chainDb.js";

/**
 * A block write that carries only state writes (tests and benches of the state store): placeholder
 * header, block and commit bytes, a hash derived from the height.
 */
export function stateOnlyBlock(
  height: number,
  stateWrites: BlockWrite["stateWrites"],
  options: { sync?: boolean } = {},
): BlockWrite {
  return {
    height,
    hash: new Uint8Array(32).fill(height & 0xff),
    headerBytes: new Uint8Array(1),
    blockBytes: new Uint8Array(1),
    commitBytes: new Uint8Array(1),
    receipts: [],
    stateWrites,
    ...(options.sync === undefined ? {} : { sync: options.sync }),
  };
}
