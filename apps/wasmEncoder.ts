/**
 * A tiny WebAssembly binary encoder: just enough (LEB128, types, one imported memory, functions,
 * exports, the opcodes the sample apps use) to write the sample apps' modules byte by byte, with no
 * toolchain. Every module it builds follows the worker's host ABI (node/worker/wasmExecutor.ts):
 * it imports `env.memory` and nothing else, and exports `run(inputLength: i32) -> i32`.
 */

export const I32 = 0x7f;
export const I64 = 0x7e;
export const F64 = 0x7c;
export type ValType = typeof I32 | typeof I64 | typeof F64;

export function uleb(value: number | bigint): number[] {
  let v = BigInt(value);
  if (v < 0n) throw new RangeError("uleb: negative");
  const out: number[] = [];
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v !== 0n) byte |= 0x80;
    out.push(byte);
  } while (v !== 0n);
  return out;
}

export function sleb(value: number | bigint): number[] {
  let v = BigInt(value);
  const out: number[] = [];
  for (;;) {
    const byte = Number(v & 0x7fn);
    v >>= 7n;
    const done = (v === 0n && (byte & 0x40) === 0) || (v === -1n && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

const utf8 = (s: string): number[] => [...new TextEncoder().encode(s)];
const name = (s: string): number[] => [...uleb(utf8(s).length), ...utf8(s)];
const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];

/** Instructions (each returns its bytes; nest with spread). */
export const op = {
  unreachable: [0x00],
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  if: [0x04, 0x40],
  else: [0x05],
  end: [0x0b],
  br: (depth: number) => [0x0c, ...uleb(depth)],
  brIf: (depth: number) => [0x0d, ...uleb(depth)],
  return: [0x0f],
  call: (fn: number) => [0x10, ...uleb(fn)],
  drop: [0x1a],
  get: (local: number) => [0x20, ...uleb(local)],
  set: (local: number) => [0x21, ...uleb(local)],
  tee: (local: number) => [0x22, ...uleb(local)],
  i32Load: (offset = 0) => [0x28, 2, ...uleb(offset)],
  i64Load: (offset = 0) => [0x29, 3, ...uleb(offset)],
  i32Store: (offset = 0) => [0x36, 2, ...uleb(offset)],
  i64Store: (offset = 0) => [0x37, 3, ...uleb(offset)],
  i32Store8: (offset = 0) => [0x3a, 0, ...uleb(offset)],
  memorySize: [0x3f, 0x00],
  memoryGrow: [0x40, 0x00],
  i32: (v: number) => [0x41, ...sleb(v)],
  i64: (v: bigint) => [0x42, ...sleb(BigInt.asIntN(64, v))],
  f64: (v: number) => {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, v, true);
    return [0x44, ...b];
  },
  i32Eqz: [0x45],
  i32Eq: [0x46],
  i32Ne: [0x47],
  i32GtS: [0x4a],
  i32Or: [0x72],
  select: [0x1b],
  i32LtU: [0x49],
  i32GtU: [0x4b],
  i32GeU: [0x4f],
  i32LtS: [0x48],
  i64Eqz: [0x50],
  i64LtU: [0x54],
  i64LeU: [0x58],
  f64Gt: [0x64],
  f64Le: [0x65],
  i32Add: [0x6a],
  i32Sub: [0x6b],
  i32Mul: [0x6c],
  i32DivU: [0x6e],
  i32RemU: [0x70],
  i64Add: [0x7c],
  i64Sub: [0x7d],
  i64Mul: [0x7e],
  i64Xor: [0x85],
  i64Shl: [0x86],
  i64ShrU: [0x88],
  f64Add: [0xa0],
  f64Sub: [0xa1],
  f64Mul: [0xa2],
  f64Div: [0xa3],
  i32WrapI64: [0xa7],
  i64ExtendI32U: [0xad],
  f64ConvertI32U: [0xb8],
} as const;

export interface FunctionDef {
  params: ValType[];
  results: ValType[];
  /** Extra locals, after the params. */
  locals: ValType[];
  body: number[];
  /** Exported under this name, when set. */
  export?: string;
}

export interface ModuleDef {
  /** Minimum pages of the imported `env.memory`. */
  memoryMinPages: number;
  functions: FunctionDef[];
  /** Imports beyond `env.memory` (only to build invalid apps in tests): [module, field] functions () → (). */
  extraFunctionImports?: [string, string][];
}

/** Encodes a whole module (functions are indexed in order, after any imported function). */
export function encodeModule(def: ModuleDef): Uint8Array {
  const fnImports = def.extraFunctionImports ?? [];
  const types: number[][] = [[0x60, ...vec([]), ...vec([])]]; // type 0: () → (), for extra imports
  const typeIndex: number[] = def.functions.map((f) => {
    types.push([0x60, ...vec(f.params.map((t) => [t])), ...vec(f.results.map((t) => [t]))]);
    return types.length - 1;
  });
  const imports = [
    [...name("env"), ...name("memory"), 0x02, 0x00, ...uleb(def.memoryMinPages)],
    ...fnImports.map(([m, f]) => [...name(m), ...name(f), 0x00, ...uleb(0)]),
  ];
  const exports = def.functions.flatMap((f, i) =>
    f.export ? [[...name(f.export), 0x00, ...uleb(fnImports.length + i)]] : [],
  );
  const codes = def.functions.map((f) => {
    const locals = vec(f.locals.map((t) => [...uleb(1), t]));
    const body = [...locals, ...f.body, ...op.end];
    return [...uleb(body.length), ...body];
  });
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vec(types)),
    ...section(2, vec(imports)),
    ...section(3, vec(typeIndex.map((t) => uleb(t)))),
    ...section(7, vec(exports)),
    ...section(10, vec(codes)),
  ]);
}
