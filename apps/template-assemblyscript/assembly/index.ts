/**
 * A PoCo WebAssembly app written in AssemblyScript: counts the lines of its dataset (or of its input
 * when the deal has no dataset) that contain the task's args, and answers `{"lines":N,"matches":M}`.
 *
 * It follows the host ABI "poco-wasm-2" (apps/README.md): the host asks `alloc` for room for the
 * task's input, args and dataset, copies them in, then calls `run`, which returns a pointer to the
 * output: its length as a u32 little-endian, then the bytes. Built with `npm run build:app`.
 */

/** Room for `size` bytes in the app's heap (the stub runtime never frees: an app runs once). */
export function alloc(size: i32): i32 {
  return <i32>heap.alloc(<usize>size);
}

/** The result as the host reads it: a pointer to [u32 length][bytes]. */
function output(bytes: ArrayBuffer): i32 {
  const length = bytes.byteLength;
  const out = heap.alloc(4 + <usize>length);
  store<u32>(out, <u32>length);
  memory.copy(out + 4, changetype<usize>(bytes), <usize>length);
  return <i32>out;
}

export function run(
  inputPtr: i32,
  inputLen: i32,
  argsPtr: i32,
  argsLen: i32,
  datasetPtr: i32,
  datasetLen: i32,
): i32 {
  const pattern = String.UTF8.decodeUnsafe(<usize>argsPtr, <usize>argsLen);
  const text =
    datasetLen > 0
      ? String.UTF8.decodeUnsafe(<usize>datasetPtr, <usize>datasetLen)
      : String.UTF8.decodeUnsafe(<usize>inputPtr, <usize>inputLen);
  const lines = text.split("\n");
  // a final newline ends the last line rather than starting an empty one
  const count = text.endsWith("\n") ? lines.length - 1 : lines.length;
  let matches = 0;
  for (let i = 0; i < count; i++) {
    if (lines[i].includes(pattern)) matches++;
  }
  return output(String.UTF8.encode(`{"lines":${count},"matches":${matches}}`));
}
