/**
 * The sample WebAssembly apps, written instruction by instruction with apps/wasmEncoder.ts (no
 * toolchain), each with its input encoding and a plain TypeScript reimplementation the tests compare
 * against. `node --import tsx apps/build.ts` writes them to apps/*.wasm.
 *
 * Host ABI (node/worker/wasmExecutor.ts): input bytes at memory offset 0, `run(inputLength)` returns
 * the output length (output at offset 0) or a negative code: -1 out of memory, -2 bad input.
 *
 * - factorial: input u64 n (LE) → n! mod 2^64 as u64 LE.
 * - pi: input u64 seed, u32 samples (LE) → u64 LE count of xorshift64 points (24-bit coordinates)
 *   inside the quarter disc; π ≈ 4·hits/samples.
 * - mandelbrot: input u32 width, u32 height, u32 maxIter (LE; width, height ≤ 4096) → a binary PGM
 *   (P5) of the Mandelbrot set over [-2.5, 1] × [-1.25, 1.25].
 */
import { encodeModule, F64, I32, I64, op } from "./wasmEncoder.js";

const BAD_INPUT = -2;
const OUT_OF_MEMORY = -1;

/** `if (inputLength < n) return -2` */
const requireInput = (n: number) => [
  ...op.get(0),
  ...op.i32(n),
  ...op.i32LtU,
  ...op.if,
  ...op.i32(BAD_INPUT),
  ...op.return,
  ...op.end,
];

// ───────────── factorial ─────────────

export function factorialWasm(): Uint8Array {
  // locals: 0 inLen, 1 n i64, 2 acc i64
  return encodeModule({
    memoryMinPages: 1,
    functions: [
      {
        export: "run",
        params: [I32],
        results: [I32],
        locals: [I64, I64],
        body: [
          ...requireInput(8),
          ...op.i32(0),
          ...op.i64Load(),
          ...op.set(1),
          ...op.i64(1n),
          ...op.set(2),
          ...op.block,
          ...op.loop,
          ...op.get(1),
          ...op.i64(1n),
          ...op.i64LeU,
          ...op.brIf(1),
          ...op.get(2),
          ...op.get(1),
          ...op.i64Mul,
          ...op.set(2),
          ...op.get(1),
          ...op.i64(1n),
          ...op.i64Sub,
          ...op.set(1),
          ...op.br(0),
          ...op.end,
          ...op.end,
          ...op.i32(0),
          ...op.get(2),
          ...op.i64Store(),
          ...op.i32(8),
        ],
      },
    ],
  });
}

export function factorialInput(n: bigint): Uint8Array {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, n, true);
  return b;
}

export function factorialReference(n: bigint): Uint8Array {
  let acc = 1n;
  for (let i = n; i > 1n; i--) acc = (acc * i) & 0xffff_ffff_ffff_ffffn;
  return factorialInput(acc);
}

// ───────────── Monte-Carlo π ─────────────

const PI_ZERO_SEED = 0x9e3779b97f4a7c15n;

export function piWasm(): Uint8Array {
  // run locals: 0 inLen, 1 x i64, 2 n i32, 3 hits i64, 4 a i64, 5 b i64
  // xorshift(x i64) → i64: x ^= x << 13; x ^= x >> 7; x ^= x << 17
  const xorshift = [
    ...op.get(0),
    ...op.get(0),
    ...op.i64(13n),
    ...op.i64Shl,
    ...op.i64Xor,
    ...op.set(0),
    ...op.get(0),
    ...op.get(0),
    ...op.i64(7n),
    ...op.i64ShrU,
    ...op.i64Xor,
    ...op.set(0),
    ...op.get(0),
    ...op.get(0),
    ...op.i64(17n),
    ...op.i64Shl,
    ...op.i64Xor,
  ];
  return encodeModule({
    memoryMinPages: 1,
    functions: [
      {
        export: "run",
        params: [I32],
        results: [I32],
        locals: [I64, I32, I64, I64, I64],
        body: [
          ...requireInput(12),
          ...op.i32(0),
          ...op.i64Load(),
          ...op.set(1),
          ...op.get(1),
          ...op.i64Eqz,
          ...op.if,
          ...op.i64(PI_ZERO_SEED),
          ...op.set(1),
          ...op.end,
          ...op.i32(0),
          ...op.i32Load(8),
          ...op.set(2),
          ...op.block,
          ...op.loop,
          ...op.get(2),
          ...op.i32Eqz,
          ...op.brIf(1),
          ...op.get(1),
          ...op.call(1),
          ...op.tee(1),
          ...op.i64(40n),
          ...op.i64ShrU,
          ...op.set(4),
          ...op.get(1),
          ...op.call(1),
          ...op.tee(1),
          ...op.i64(40n),
          ...op.i64ShrU,
          ...op.set(5),
          ...op.get(4),
          ...op.get(4),
          ...op.i64Mul,
          ...op.get(5),
          ...op.get(5),
          ...op.i64Mul,
          ...op.i64Add,
          ...op.i64(1n << 48n),
          ...op.i64LtU,
          ...op.i64ExtendI32U,
          ...op.get(3),
          ...op.i64Add,
          ...op.set(3),
          ...op.get(2),
          ...op.i32(1),
          ...op.i32Sub,
          ...op.set(2),
          ...op.br(0),
          ...op.end,
          ...op.end,
          ...op.i32(0),
          ...op.get(3),
          ...op.i64Store(),
          ...op.i32(8),
        ],
      },
      { params: [I64], results: [I64], locals: [], body: xorshift },
    ],
  });
}

export function piInput(seed: bigint, samples: number): Uint8Array {
  const b = new Uint8Array(12);
  const v = new DataView(b.buffer);
  v.setBigUint64(0, seed, true);
  v.setUint32(8, samples, true);
  return b;
}

export function piHits(seed: bigint, samples: number): bigint {
  const M = 0xffff_ffff_ffff_ffffn;
  let x = seed === 0n ? PI_ZERO_SEED : seed & M;
  const next = (): bigint => {
    x ^= (x << 13n) & M;
    x ^= x >> 7n;
    x ^= (x << 17n) & M;
    return x;
  };
  let hits = 0n;
  for (let i = 0; i < samples; i++) {
    const a = next() >> 40n;
    const b = next() >> 40n;
    if (a * a + b * b < 1n << 48n) hits++;
  }
  return hits;
}

export function piReference(seed: bigint, samples: number): Uint8Array {
  return factorialInput(piHits(seed, samples));
}

// ───────────── Mandelbrot PGM ─────────────

export function mandelbrotWasm(): Uint8Array {
  // itoa(val, pos) → end: writes val's decimal digits at pos. locals: 2 d, 3 t, 4 q
  const itoa = [
    ...op.i32(1),
    ...op.set(2),
    ...op.get(0),
    ...op.set(3),
    ...op.block,
    ...op.loop,
    ...op.get(3),
    ...op.i32(10),
    ...op.i32LtU,
    ...op.brIf(1),
    ...op.get(3),
    ...op.i32(10),
    ...op.i32DivU,
    ...op.set(3),
    ...op.get(2),
    ...op.i32(1),
    ...op.i32Add,
    ...op.set(2),
    ...op.br(0),
    ...op.end,
    ...op.end,
    ...op.get(1),
    ...op.get(2),
    ...op.i32Add,
    ...op.set(4),
    ...op.block,
    ...op.loop,
    ...op.get(4),
    ...op.i32(1),
    ...op.i32Sub,
    ...op.tee(4),
    ...op.get(0),
    ...op.i32(10),
    ...op.i32RemU,
    ...op.i32(48),
    ...op.i32Add,
    ...op.i32Store8(),
    ...op.get(0),
    ...op.i32(10),
    ...op.i32DivU,
    ...op.set(0),
    ...op.get(4),
    ...op.get(1),
    ...op.i32GtU,
    ...op.brIf(0),
    ...op.end,
    ...op.end,
    ...op.get(1),
    ...op.get(2),
    ...op.i32Add,
  ];
  // run locals: 0 inLen, 1 w, 2 h, 3 maxIter, 4 pos, 5 px, 6 py, 7 i (i32); 8 cx, 9 cy, 10 zx, 11 zy, 12 t (f64)
  const badIf = (cond: number[]) => [...cond, ...op.if, ...op.i32(BAD_INPUT), ...op.return, ...op.end];
  const run = [
    ...requireInput(12),
    ...op.i32(0),
    ...op.i32Load(),
    ...op.set(1),
    ...op.i32(0),
    ...op.i32Load(4),
    ...op.set(2),
    ...op.i32(0),
    ...op.i32Load(8),
    ...op.set(3),
    ...badIf([
      ...op.get(1),
      ...op.i32Eqz,
      ...op.get(2),
      ...op.i32Eqz,
      ...op.i32Or,
      ...op.get(3),
      ...op.i32Eqz,
      ...op.i32Or,
    ]),
    ...badIf([
      ...op.get(1),
      ...op.i32(4096),
      ...op.i32GtU,
      ...op.get(2),
      ...op.i32(4096),
      ...op.i32GtU,
      ...op.i32Or,
    ]),
    ...badIf([...op.get(3), ...op.i32(1_000_000), ...op.i32GtU]),
    // grow memory to 32 + w·h bytes; -1 when the host's limit refuses
    ...op.get(1),
    ...op.get(2),
    ...op.i32Mul,
    ...op.i32(32 + 65535),
    ...op.i32Add,
    ...op.i32(65536),
    ...op.i32DivU,
    ...op.memorySize,
    ...op.i32Sub,
    ...op.set(4),
    ...op.get(4),
    ...op.i32(0),
    ...op.i32GtS,
    ...op.if,
    ...op.get(4),
    ...op.memoryGrow,
    ...op.i32(-1),
    ...op.i32Eq,
    ...op.if,
    ...op.i32(OUT_OF_MEMORY),
    ...op.return,
    ...op.end,
    ...op.end,
    // header "P5\n<w> <h>\n255\n"
    ...op.i32(0),
    ...op.i32(0x000a3550),
    ...op.i32Store(),
    ...op.get(1),
    ...op.i32(3),
    ...op.call(1),
    ...op.set(4),
    ...op.get(4),
    ...op.i32(32),
    ...op.i32Store8(),
    ...op.get(2),
    ...op.get(4),
    ...op.i32(1),
    ...op.i32Add,
    ...op.call(1),
    ...op.set(4),
    ...op.get(4),
    ...op.i32(10),
    ...op.i32Store8(),
    ...op.get(4),
    ...op.i32(0x0a353532),
    ...op.i32Store(1),
    ...op.get(4),
    ...op.i32(5),
    ...op.i32Add,
    ...op.set(4),
    // pixels
    ...op.i32(0),
    ...op.set(6),
    ...op.block,
    ...op.loop,
    ...op.get(6),
    ...op.get(2),
    ...op.i32GeU,
    ...op.brIf(1),
    ...op.f64(2.5),
    ...op.get(6),
    ...op.f64ConvertI32U,
    ...op.f64Mul,
    ...op.get(2),
    ...op.f64ConvertI32U,
    ...op.f64Div,
    ...op.f64(-1.25),
    ...op.f64Add,
    ...op.set(9),
    ...op.i32(0),
    ...op.set(5),
    ...op.block,
    ...op.loop,
    ...op.get(5),
    ...op.get(1),
    ...op.i32GeU,
    ...op.brIf(1),
    ...op.f64(3.5),
    ...op.get(5),
    ...op.f64ConvertI32U,
    ...op.f64Mul,
    ...op.get(1),
    ...op.f64ConvertI32U,
    ...op.f64Div,
    ...op.f64(-2.5),
    ...op.f64Add,
    ...op.set(8),
    ...op.f64(0),
    ...op.set(10),
    ...op.f64(0),
    ...op.set(11),
    ...op.i32(0),
    ...op.set(7),
    ...op.block,
    ...op.loop,
    ...op.get(7),
    ...op.get(3),
    ...op.i32GeU,
    ...op.brIf(1),
    ...op.get(10),
    ...op.get(10),
    ...op.f64Mul,
    ...op.get(11),
    ...op.get(11),
    ...op.f64Mul,
    ...op.f64Add,
    ...op.f64(4),
    ...op.f64Gt,
    ...op.brIf(1),
    ...op.get(10),
    ...op.get(10),
    ...op.f64Mul,
    ...op.get(11),
    ...op.get(11),
    ...op.f64Mul,
    ...op.f64Sub,
    ...op.get(8),
    ...op.f64Add,
    ...op.set(12),
    ...op.f64(2),
    ...op.get(10),
    ...op.f64Mul,
    ...op.get(11),
    ...op.f64Mul,
    ...op.get(9),
    ...op.f64Add,
    ...op.set(11),
    ...op.get(12),
    ...op.set(10),
    ...op.get(7),
    ...op.i32(1),
    ...op.i32Add,
    ...op.set(7),
    ...op.br(0),
    ...op.end,
    ...op.end,
    ...op.get(4),
    ...op.get(7),
    ...op.i32(255),
    ...op.i32Mul,
    ...op.get(3),
    ...op.i32DivU,
    ...op.i32(0),
    ...op.get(7),
    ...op.get(3),
    ...op.i32Ne,
    ...op.select,
    ...op.i32Store8(),
    ...op.get(4),
    ...op.i32(1),
    ...op.i32Add,
    ...op.set(4),
    ...op.get(5),
    ...op.i32(1),
    ...op.i32Add,
    ...op.set(5),
    ...op.br(0),
    ...op.end,
    ...op.end,
    ...op.get(6),
    ...op.i32(1),
    ...op.i32Add,
    ...op.set(6),
    ...op.br(0),
    ...op.end,
    ...op.end,
    ...op.get(4),
  ];
  return encodeModule({
    memoryMinPages: 1,
    functions: [
      {
        export: "run",
        params: [I32],
        results: [I32],
        locals: [I32, I32, I32, I32, I32, I32, I32, F64, F64, F64, F64, F64],
        body: run,
      },
      { params: [I32, I32], results: [I32], locals: [I32, I32, I32], body: itoa },
    ],
  });
}

export function mandelbrotInput(width: number, height: number, maxIter: number): Uint8Array {
  const b = new Uint8Array(12);
  const v = new DataView(b.buffer);
  v.setUint32(0, width, true);
  v.setUint32(4, height, true);
  v.setUint32(8, maxIter, true);
  return b;
}

export function mandelbrotReference(width: number, height: number, maxIter: number): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
  const out = new Uint8Array(header.length + width * height);
  out.set(header);
  let pos = header.length;
  for (let py = 0; py < height; py++) {
    const cy = (2.5 * py) / height + -1.25;
    for (let px = 0; px < width; px++) {
      const cx = (3.5 * px) / width + -2.5;
      let zx = 0;
      let zy = 0;
      let i = 0;
      while (i < maxIter && !(zx * zx + zy * zy > 4)) {
        const t = zx * zx - zy * zy + cx;
        zy = 2 * zx * zy + cy;
        zx = t;
        i++;
      }
      out[pos++] = i === maxIter ? 0 : Math.floor((i * 255) / maxIter);
    }
  }
  return out;
}

// ───────────── the catalogue ─────────────

export interface SampleApp {
  name: string;
  file: string;
  build(): Uint8Array;
}

export const SAMPLE_APPS: readonly SampleApp[] = [
  { name: "factorial", file: "factorial.wasm", build: factorialWasm },
  { name: "pi", file: "pi.wasm", build: piWasm },
  { name: "mandelbrot", file: "mandelbrot.wasm", build: mandelbrotWasm },
];
