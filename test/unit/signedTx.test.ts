/**
 * The signed transaction envelope: round trips, one crafted input per TxError code, and properties
 * (random transfers round trip; every single-bit flip of a valid signed tx is rejected).
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { fromHex, keccak256, toHex } from "../../node/crypto/hash.js";
import { generatePrivateKey, keyPairFromPrivate } from "../../node/crypto/keys.js";
import { isValidPrivateKey, nativeBackend, nobleBackend } from "../../node/crypto/secp256k1.js";
import {
  decodeAndVerifyTx,
  MAX_TX_BYTES,
  signTx,
  TX_SIGNING_PREFIX,
  txHash,
} from "../../node/tx/signedTx.js";
import { TxError, TxErrorCode } from "../../node/tx/txErrors.js";
import { encode, poco, uintToBytes } from "../../proto/index.js";

const CHAIN = 7;
const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const alice = keyPairFromPrivate(generatePrivateKey());
const bob = keyPairFromPrivate(generatePrivateKey());

function transfer(nonce = 0, amount = 1000n): poco.Tx.$Properties {
  return {
    chainId: CHAIN,
    nonce,
    gasLimit: 50_000,
    transfer: { to: bob.address, amount: uintToBytes(amount) },
  };
}

/** Signs arbitrary Tx bytes (canonical or not) with a key, bypassing signTx's checks. */
function rawSigned(txBytes: Uint8Array, priv = alice.privateKey): Uint8Array {
  const signature = nobleBackend.sign(txHash(txBytes), priv);
  return encode(poco.SignedTx, { tx: txBytes, signature });
}

function withSignature(signedBytes: Uint8Array, mutate: (sig: Uint8Array) => Uint8Array): Uint8Array {
  const signed = poco.SignedTx.decode(signedBytes);
  return encode(poco.SignedTx, { tx: signed.tx, signature: mutate(Uint8Array.from(signed.signature)) });
}

function codeOf(bytes: Uint8Array, chainId = CHAIN): string {
  try {
    decodeAndVerifyTx(bytes, chainId);
  } catch (err) {
    assert.ok(err instanceof TxError, `expected a TxError, got ${err}`);
    return err.code;
  }
  return "OK";
}

describe("signed transactions", () => {
  it("round trips a transfer and fills the sender", () => {
    const signed = signTx(transfer(3), alice.privateKey);
    const v = decodeAndVerifyTx(signed.bytes, CHAIN);
    assert.equal(toHex(v.sender), toHex(alice.address));
    assert.equal(v.senderHex, alice.addressHex.toLowerCase());
    assert.equal(v.nonce, 3);
    assert.equal(v.tx.kind, "transfer");
    assert.equal(toHex(v.tx.transfer?.to ?? new Uint8Array(0)), toHex(bob.address));
    assert.deepEqual(v.hash, signed.hash);
    assert.equal(v.hashHex, toHex(signed.hash));
    assert.deepEqual(v.bytes, signed.bytes);
    assert.equal(v.size, signed.bytes.length);
    assert.deepEqual(signed.hash, keccak256(new Uint8Array([...TX_SIGNING_PREFIX, ...signed.txBytes])));
    assert.equal(new TextDecoder().decode(TX_SIGNING_PREFIX), "\x19PoCo Signed Tx:\n");
    // Deterministic, identical across backends, verifiable by either.
    assert.deepEqual(signTx(transfer(3), alice.privateKey, nobleBackend).bytes, signed.bytes);
    assert.equal(decodeAndVerifyTx(signed.bytes, CHAIN, nobleBackend).hashHex, v.hashHex);
  });

  it("refuses to sign for another sender or without a kind", () => {
    assert.throws(() => signTx({ ...transfer(), sender: bob.address }, alice.privateKey), {
      code: TxErrorCode.BAD_FIELD,
    });
    assert.throws(() => signTx({ chainId: CHAIN, nonce: 1 }, alice.privateKey), {
      code: TxErrorCode.NO_KIND,
    });
  });

  it("rejects a wrong chain id", () => {
    const signed = signTx(transfer(), alice.privateKey);
    assert.equal(codeOf(signed.bytes, CHAIN + 1), TxErrorCode.WRONG_CHAIN_ID);
  });

  it("rejects tampered signatures: flipped byte, high s, bad v, another sender", () => {
    const signed = signTx(transfer(), alice.privateKey).bytes;
    for (const index of [0, 17, 31, 32, 50, 63]) {
      const flipped = withSignature(signed, (sig) => {
        sig[index] = sig[index]! ^ 0x01;
        return sig;
      });
      assert.equal(codeOf(flipped), TxErrorCode.BAD_SIGNATURE, `byte ${index}`);
    }
    const highS = withSignature(signed, (sig) => {
      const s = BigInt(toHex(sig.subarray(32, 64)));
      sig.set(fromHex((N - s).toString(16).padStart(64, "0")), 32);
      sig[64] = 1 - sig[64]!;
      return sig;
    });
    assert.equal(codeOf(highS), TxErrorCode.BAD_SIGNATURE);
    for (const v of [2, 27, 28]) {
      const badV = withSignature(signed, (sig) => {
        sig[64] = v;
        return sig;
      });
      assert.equal(codeOf(badV), TxErrorCode.BAD_SIGNATURE, `v = ${v}`);
    }
    // Tx claims alice as sender, bob signs.
    const txBytes = encode(poco.Tx, { ...transfer(), sender: alice.address });
    assert.equal(codeOf(rawSigned(txBytes, bob.privateKey)), TxErrorCode.BAD_SIGNATURE);
    assert.equal(codeOf(rawSigned(txBytes, alice.privateKey)), "OK");
  });

  it("rejects bad field sizes", () => {
    const signed = signTx(transfer(), alice.privateKey).bytes;
    assert.equal(codeOf(withSignature(signed, (sig) => sig.subarray(0, 64))), TxErrorCode.BAD_FIELD);
    const noSig = encode(poco.SignedTx, { tx: poco.SignedTx.decode(signed).tx });
    assert.equal(codeOf(noSig), TxErrorCode.BAD_FIELD);
    const shortSender = encode(poco.Tx, { ...transfer(), sender: alice.address.subarray(0, 19) });
    assert.equal(codeOf(rawSigned(shortSender)), TxErrorCode.BAD_FIELD);
    const noSender = encode(poco.Tx, transfer());
    assert.equal(codeOf(rawSigned(noSender)), TxErrorCode.BAD_FIELD);
    const hugeNonce = encode(poco.Tx, { ...transfer(), sender: alice.address, nonce: 2 ** 53 + 2 });
    assert.equal(codeOf(rawSigned(hugeNonce)), TxErrorCode.BAD_FIELD);
  });

  it("rejects a tx without kind", () => {
    const txBytes = encode(poco.Tx, { chainId: CHAIN, sender: alice.address, nonce: 1 });
    assert.equal(codeOf(rawSigned(txBytes)), TxErrorCode.NO_KIND);
  });

  it("rejects oversized input", () => {
    assert.equal(codeOf(new Uint8Array(MAX_TX_BYTES + 1)), TxErrorCode.TOO_LARGE);
    const big = { chainId: CHAIN, registerApp: { name: "x", uri: "u".repeat(MAX_TX_BYTES) } };
    assert.throws(() => signTx(big, alice.privateKey), { code: TxErrorCode.TOO_LARGE });
    const bigTx = encode(poco.Tx, { ...big, sender: alice.address });
    assert.equal(codeOf(rawSigned(bigTx)), TxErrorCode.TOO_LARGE);
  });

  it("tells non-canonical encodings from undecodable bytes", () => {
    const signed = signTx(transfer(), alice.privateKey);
    const { tx, signature } = poco.SignedTx.decode(signed.bytes);

    // Outer envelope: fields reordered (signature first), unknown field appended, explicit empty field.
    const sigField = encode(poco.SignedTx, { signature });
    const txField = encode(poco.SignedTx, { tx });
    assert.equal(codeOf(new Uint8Array([...sigField, ...txField])), TxErrorCode.NON_CANONICAL);
    assert.equal(codeOf(new Uint8Array([...signed.bytes, 0x18, 0x01])), TxErrorCode.NON_CANONICAL);
    assert.equal(codeOf(new Uint8Array([...txField, 0x12, 0x00])), TxErrorCode.NON_CANONICAL);

    // Inner Tx, re-signed so that only canonicity is wrong: explicit nonce = 0 inserted after the
    // sender, and a non-minimal varint for the chain id.
    const txBytes = signed.txBytes;
    assert.deepEqual([...txBytes.subarray(0, 2)], [0x08, CHAIN]);
    const senderEnd = 2 + 2 + 20;
    const explicitDefault = new Uint8Array([
      ...txBytes.subarray(0, senderEnd),
      0x18,
      0x00,
      ...txBytes.subarray(senderEnd),
    ]);
    assert.equal(codeOf(rawSigned(explicitDefault)), TxErrorCode.NON_CANONICAL);
    const longVarint = new Uint8Array([0x08, CHAIN | 0x80, 0x00, ...txBytes.subarray(2)]);
    assert.equal(codeOf(rawSigned(longVarint)), TxErrorCode.NON_CANONICAL);

    // Undecodable: truncated length-delimited field, invalid wire type, inner garbage.
    assert.equal(codeOf(signed.bytes.subarray(0, signed.bytes.length - 3)), TxErrorCode.MALFORMED);
    assert.equal(codeOf(new Uint8Array([0x0f, 0x01])), TxErrorCode.MALFORMED);
    assert.equal(codeOf(rawSigned(new Uint8Array([0x12, 0x14, 0x01]))), TxErrorCode.MALFORMED);
    assert.equal(codeOf(rawSigned(new Uint8Array([0x52, 0x05, 0x0a, 0x09]))), TxErrorCode.MALFORMED);
  });

  it("round trips random transfers identically on both backends", () => {
    const native = nativeBackend;
    assert.ok(native);
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }).filter(isValidPrivateKey),
        fc.uint8Array({ minLength: 20, maxLength: 20 }),
        fc.bigInt({ min: 0n, max: (1n << 256n) - 1n }),
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (priv, to, amount, nonce, chainId) => {
          const tx = { chainId, nonce, transfer: { to, amount: uintToBytes(amount) } };
          const a = signTx(tx, priv, native);
          const b = signTx(tx, priv, nobleBackend);
          assert.deepEqual(a.bytes, b.bytes);
          const v = decodeAndVerifyTx(a.bytes, chainId, native);
          assert.equal(toHex(v.sender), toHex(keyPairFromPrivate(priv).address));
          assert.equal(v.nonce, nonce);
          assert.equal(toHex(v.tx.transfer?.to ?? new Uint8Array(0)), toHex(to));
          assert.equal(toHex(v.tx.transfer?.amount ?? new Uint8Array(0)), toHex(uintToBytes(amount)));
          assert.equal(decodeAndVerifyTx(a.bytes, chainId, nobleBackend).hashHex, v.hashHex);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("rejects every single-bit flip of a valid signed tx (exhaustive)", () => {
    const signed = signTx(transfer(5, 123456789n), alice.privateKey).bytes;
    const valid = new Set(Object.values(TxErrorCode) as string[]);
    for (let bit = 0; bit < signed.length * 8; bit++) {
      const mutated = Uint8Array.from(signed);
      mutated[bit >> 3] = mutated[bit >> 3]! ^ (1 << (bit & 7));
      const code = codeOf(mutated);
      assert.notEqual(code, "OK", `bit ${bit} accepted`);
      assert.ok(valid.has(code), code);
    }
  });
});
