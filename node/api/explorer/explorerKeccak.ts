/**
 * keccak256 for the explorer page (the browser has only SHA-2 in WebCrypto): the page checks a task's
 * downloaded result bytes against the on-chain result digest (keccak256 of the bytes) itself, so the
 * node never fetches attacker-chosen result URLs. Keccak-f[1600] on 64-bit BigInt lanes (FIPS 202
 * constants, original Keccak padding 0x01 as Ethereum uses); slow but only run on a click. Tested
 * against the node's keccak256 in test/unit/explorerKeccak.test.ts.
 */
export const KECCAK_JS = `
const KECCAK_RC = ["0x1", "0x8082", "0x800000000000808a", "0x8000000080008000", "0x808b", "0x80000001",
  "0x8000000080008081", "0x8000000000008009", "0x8a", "0x88", "0x80008009", "0x8000000a", "0x8000808b",
  "0x800000000000008b", "0x8000000000008089", "0x8000000000008003", "0x8000000000008002",
  "0x8000000000000080", "0x800a", "0x800000008000000a", "0x8000000080008081", "0x8000000000008080",
  "0x80000001", "0x8000000080008008"].map((h) => BigInt(h));
const KECCAK_ROT = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14];
const KECCAK_MASK = (1n << 64n) - 1n;
function keccakF(s) {
  const rot = (v, n) => (n === 0 ? v : ((v << BigInt(n)) | (v >> BigInt(64 - n))) & KECCAK_MASK);
  const c = new Array(5);
  const b = new Array(25);
  for (let round = 0; round < 24; round++) {
    for (let x = 0; x < 5; x++) c[x] = s[x] ^ s[x + 5] ^ s[x + 10] ^ s[x + 15] ^ s[x + 20];
    for (let x = 0; x < 5; x++) {
      const d = c[(x + 4) % 5] ^ rot(c[(x + 1) % 5], 1);
      for (let y = 0; y < 25; y += 5) s[x + y] ^= d;
    }
    for (let x = 0; x < 5; x++)
      for (let y = 0; y < 5; y++) b[y + 5 * ((2 * x + 3 * y) % 5)] = rot(s[x + 5 * y], KECCAK_ROT[x + 5 * y]);
    for (let x = 0; x < 5; x++)
      for (let y = 0; y < 25; y += 5) s[x + y] = b[x + y] ^ (~b[((x + 1) % 5) + y] & KECCAK_MASK & b[((x + 2) % 5) + y]);
    s[0] ^= KECCAK_RC[round];
  }
}
/** keccak256 of a Uint8Array as 0x-hex. */
function keccak256(bytes) {
  const rate = 136;
  const padded = new Uint8Array(Math.floor(bytes.length / rate) * rate + rate);
  padded.set(bytes);
  padded[bytes.length] ^= 0x01;
  padded[padded.length - 1] ^= 0x80;
  const s = new Array(25).fill(0n);
  for (let off = 0; off < padded.length; off += rate) {
    for (let i = 0; i < rate / 8; i++) {
      let lane = 0n;
      for (let k = 7; k >= 0; k--) lane = (lane << 8n) | BigInt(padded[off + 8 * i + k]);
      s[i] ^= lane;
    }
    keccakF(s);
  }
  let hex = "0x";
  for (let i = 0; i < 4; i++)
    for (let k = 0; k < 8; k++) hex += Number((s[i] >> BigInt(8 * k)) & 0xffn).toString(16).padStart(2, "0");
  return hex;
}
`;
