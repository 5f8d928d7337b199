/**
 * Hashing, hex, secp256k1 backends (native vs noble vs ethers, byte for byte), addresses / EIP-55,
 * key pairs and the key file (plain and keystore v3).
 */
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { computeAddress, encryptKeystoreJson as ethersEncrypt, getAddress, SigningKey, Wallet } from "ethers";
import fc from "fast-check";
import {
  AddressError,
  AddressErrorCode,
  addressFromPublicKey,
  addressKey,
  parseAddress,
  toChecksumAddress,
} from "../../node/crypto/address.js";
import {
  fromHex,
  HexError,
  HexErrorCode,
  keccak256,
  keccak256Into,
  keccakIsDirect,
  nobleKeccak256,
  toHex,
  wrappedKeccak256,
} from "../../node/crypto/hash.js";
import {
  generatePrivateKey,
  KeyError,
  KeyErrorCode,
  keyPairFromPrivate,
  readKeyFile,
  writeKeyFile,
} from "../../node/crypto/keys.js";
import {
  defaultBackend,
  hasHighS,
  isValidPrivateKey,
  nativeBackend,
  nobleBackend,
  type SignatureBackend,
} from "../../node/crypto/secp256k1.js";

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes32 = fc.uint8Array({ minLength: 32, maxLength: 32 });
const privKeyArb = bytes32.filter(isValidPrivateKey);

function word(v: bigint): Uint8Array {
  return fromHex(v.toString(16).padStart(64, "0"), 32);
}

function native(): SignatureBackend {
  assert.ok(nativeBackend, "the native secp256k1 binding must load on this machine");
  return nativeBackend;
}

describe("hash", () => {
  it("keccak256 matches known vectors", () => {
    assert.equal(
      toHex(keccak256(new Uint8Array(0))),
      "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
    );
    assert.equal(
      toHex(keccak256(utf8("abc"))),
      "0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45",
    );
  });

  it("the direct keccak-256 answers byte for byte as hash-wasm's hasher and noble's", () => {
    assert.ok(keccakIsDirect, "hash-wasm's module must load directly (else keccak256 is the wrapper)");
    // tree nodes (64/65 bytes), keys (20–100), anything, and lengths around the 16 KiB input window
    const length = fc.oneof(
      fc.constantFrom(0, 1, 32, 64, 65, 135, 136, 137, 16_383, 16_384, 16_385, 32_768, 40_000),
      fc.integer({ min: 20, max: 100 }),
      fc.nat(1_000),
    );
    fc.assert(
      fc.property(length, fc.integer(), (n, seed) => {
        const data = new Uint8Array(n).map((_, i) => (i * 31 + seed) & 0xff);
        const direct = keccak256(data);
        assert.deepEqual(direct, wrappedKeccak256(data));
        assert.deepEqual(direct, nobleKeccak256(data));
        // a view into a larger buffer hashes only its own bytes
        const padded = new Uint8Array(n + 8);
        padded.set(data, 3);
        assert.deepEqual(keccak256(padded.subarray(3, 3 + n)), direct);
        const out = new Uint8Array(40).fill(0xee);
        keccak256Into(data, out, 5);
        assert.deepEqual(out.subarray(5, 37), direct);
        assert.ok(out.subarray(0, 5).every((b) => b === 0xee) && out.subarray(37).every((b) => b === 0xee));
      }),
      { numRuns: 500 },
    );
  });

  it("hex round trips, with or without 0x, any case", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
        const h = toHex(b);
        assert.match(h, /^0x[0-9a-f]*$/);
        assert.deepEqual(fromHex(h), b);
        assert.deepEqual(fromHex(h.slice(2).toUpperCase()), b);
        assert.deepEqual(fromHex(h, b.length), b);
      }),
    );
  });

  it("fromHex rejects bad hex with a typed error", () => {
    const code = (s: string, len?: number) => {
      try {
        fromHex(s, len);
      } catch (err) {
        assert.ok(err instanceof HexError);
        return err.code;
      }
      return "accepted";
    };
    assert.equal(code("0x123"), HexErrorCode.INVALID);
    assert.equal(code("0xzz"), HexErrorCode.INVALID);
    assert.equal(code("0x 12"), HexErrorCode.INVALID);
    assert.equal(code("0x1234", 3), HexErrorCode.BAD_LENGTH);
    assert.equal(code("0x"), "accepted");
  });
});

describe("secp256k1 backends", () => {
  it("loads the native binding and picks it as default", () => {
    assert.equal(native().name, "native");
    assert.equal(defaultBackend, nativeBackend);
    assert.equal(nobleBackend.name, "noble");
  });

  it("native, noble and ethers give identical signatures, recoveries and public keys", () => {
    const nat = native();
    fc.assert(
      fc.property(privKeyArb, bytes32, (priv, hash) => {
        const a = nat.sign(hash, priv);
        const b = nobleBackend.sign(hash, priv);
        assert.equal(toHex(a), toHex(b));
        assert.equal(a.length, 65);
        assert.ok(a[64] === 0 || a[64] === 1);
        assert.ok(!hasHighS(a));
        const ethersSig = new SigningKey(priv).sign(hash);
        assert.equal(toHex(a.subarray(0, 64)), ethersSig.r + ethersSig.s.slice(2));
        assert.equal(a[64], ethersSig.yParity);

        const pub = nat.getPublicKey(priv);
        assert.equal(pub.length, 65);
        assert.equal(toHex(pub), toHex(nobleBackend.getPublicKey(priv)));
        assert.equal(toHex(pub), new SigningKey(priv).publicKey);
        assert.equal(toHex(nat.recoverPublicKey(hash, a)!), toHex(pub));
        assert.equal(toHex(nobleBackend.recoverPublicKey(hash, a)!), toHex(pub));
      }),
      { numRuns: 200 },
    );
  });

  it("both backends agree on arbitrary (mostly invalid) signatures", () => {
    const nat = native();
    const sigArb = fc.tuple(bytes32, bytes32, fc.constantFrom(0, 1, 2, 3, 27)).map(([r, s, v]) => {
      const sig = new Uint8Array(65);
      sig.set(r, 0);
      sig.set(s, 32);
      sig[64] = v;
      return sig;
    });
    fc.assert(
      fc.property(bytes32, sigArb, (hash, sig) => {
        const a = nat.recoverPublicKey(hash, sig);
        const b = nobleBackend.recoverPublicKey(hash, sig);
        assert.equal(a === null ? null : toHex(a), b === null ? null : toHex(b));
        if (sig[64]! > 1 || hasHighS(sig)) assert.equal(a, null);
      }),
      { numRuns: 300 },
    );
  });

  it("rejects high-s, r or s out of range, bad v and bad lengths", () => {
    const nat = native();
    const priv = generatePrivateKey();
    const hash = keccak256(utf8("message"));
    const sig = nat.sign(hash, priv);
    const s = BigInt(toHex(sig.subarray(32, 64)));
    const high = Uint8Array.from(sig);
    high.set(word(N - s), 32);
    high[64] = 1 - sig[64]!;
    assert.ok(hasHighS(high));
    const cases: [string, Uint8Array][] = [
      ["high s", high],
      ["r = 0", Uint8Array.from([...word(0n), ...sig.subarray(32)])],
      ["r = n", Uint8Array.from([...word(N), ...sig.subarray(32)])],
      ["s = 0", Uint8Array.from([...sig.subarray(0, 32), ...word(0n), sig[64]!])],
      ["v = 2", Uint8Array.from([...sig.subarray(0, 64), 2])],
      ["v = 27", Uint8Array.from([...sig.subarray(0, 64), 27])],
      ["64 bytes", sig.subarray(0, 64)],
    ];
    for (const backend of [nat, nobleBackend]) {
      for (const [label, bad] of cases)
        assert.equal(backend.recoverPublicKey(hash, bad), null, `${backend.name}: ${label}`);
    }
  });

  it("refuses invalid private keys and digests", () => {
    for (const backend of [native(), nobleBackend]) {
      assert.throws(() => backend.sign(new Uint8Array(32), new Uint8Array(32)), { code: "SIG_BAD_KEY" });
      assert.throws(() => backend.sign(new Uint8Array(32), word(N)), { code: "SIG_BAD_KEY" });
      assert.throws(() => backend.sign(new Uint8Array(31), generatePrivateKey()), { code: "SIG_BAD_HASH" });
      assert.throws(() => backend.getPublicKey(new Uint8Array(31)), { code: "SIG_BAD_KEY" });
    }
  });
});

describe("address", () => {
  it("derives addresses and EIP-55 checksums like ethers", () => {
    fc.assert(
      fc.property(privKeyArb, (priv) => {
        const pub = nobleBackend.getPublicKey(priv);
        const address = addressFromPublicKey(pub);
        assert.equal(toChecksumAddress(address), computeAddress(toHex(pub)));
        assert.equal(addressKey(address), computeAddress(toHex(pub)).toLowerCase());
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 20, maxLength: 20 }), (address) => {
        const lower = toHex(address);
        const checksummed = toChecksumAddress(address);
        assert.equal(checksummed, getAddress(lower));
        assert.deepEqual(parseAddress(checksummed), address);
        assert.deepEqual(parseAddress(lower), address);
        assert.deepEqual(parseAddress(`0x${lower.slice(2).toUpperCase()}`), address);
      }),
      { numRuns: 300 },
    );
  });

  it("rejects a bad checksum and malformed strings", () => {
    const good = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"; // EIP-55 test vector
    assert.equal(toChecksumAddress(parseAddress(good)), good);
    const flipped = good.replace("aA", "Aa");
    assert.throws(
      () => parseAddress(flipped),
      (e: unknown) => e instanceof AddressError && e.code === AddressErrorCode.BAD_CHECKSUM,
    );
    for (const bad of [
      "5aaeb6053f3e94c9b9a09f33669435e7ef1beaed",
      "0x5aaeb6053f",
      "0xZaaeb6053f3e94c9b9a09f33669435e7ef1beaed",
      `${good}00`,
    ]) {
      assert.throws(
        () => parseAddress(bad),
        (e: unknown) => e instanceof AddressError && e.code === AddressErrorCode.INVALID,
        bad,
      );
    }
    assert.throws(() => addressFromPublicKey(new Uint8Array(33)), { code: AddressErrorCode.INVALID });
    assert.throws(() => toChecksumAddress(new Uint8Array(19)), { code: AddressErrorCode.INVALID });
  });
});

describe("keys and key files", () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "poco-keys-"));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("generates valid, distinct keys whose address matches ethers", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const priv = generatePrivateKey();
      assert.ok(isValidPrivateKey(priv));
      const kp = keyPairFromPrivate(priv);
      assert.equal(kp.addressHex, new Wallet(toHex(priv)).address);
      assert.deepEqual(keyPairFromPrivate(toHex(priv)).address, kp.address);
      seen.add(toHex(priv));
    }
    assert.equal(seen.size, 20);
    assert.throws(() => keyPairFromPrivate(new Uint8Array(32)), { code: KeyErrorCode.INVALID_KEY });
    assert.throws(() => keyPairFromPrivate("0x1234"), { code: KeyErrorCode.INVALID_KEY });
  });

  it("writes and reads a plain key file with mode 0600", async () => {
    const kp = keyPairFromPrivate(generatePrivateKey());
    const path = join(dir, "sub", "plain.json");
    await writeKeyFile(path, kp);
    assert.equal((await stat(path)).mode & 0o777, 0o600);
    const json = JSON.parse(await readFile(path, "utf8"));
    assert.equal(json.address, kp.addressHex);
    const back = await readKeyFile(path);
    assert.deepEqual(back.privateKey, kp.privateKey);
    assert.equal(back.addressHex, kp.addressHex);
    // Overwriting keeps the mode.
    await writeKeyFile(path, keyPairFromPrivate(generatePrivateKey()));
    assert.equal((await stat(path)).mode & 0o777, 0o600);
  });

  it("writes and reads an encrypted keystore v3 that ethers opens too", async () => {
    const kp = keyPairFromPrivate(generatePrivateKey());
    const path = join(dir, "enc.json");
    await writeKeyFile(path, kp, "correct horse", { scryptN: 1024 });
    assert.equal((await stat(path)).mode & 0o777, 0o600);
    const text = await readFile(path, "utf8");
    assert.ok(!text.includes(toHex(kp.privateKey).slice(2)));
    assert.equal(JSON.parse(text).version, 3);
    assert.equal((await Wallet.fromEncryptedJson(text, "correct horse")).address, kp.addressHex);
    assert.deepEqual((await readKeyFile(path, "correct horse")).privateKey, kp.privateKey);
    await assert.rejects(readKeyFile(path, "wrong"), { code: KeyErrorCode.WRONG_PASSWORD });
    await assert.rejects(readKeyFile(path), { code: KeyErrorCode.PASSWORD_REQUIRED });
    await assert.rejects(writeKeyFile(path, kp, ""), { code: KeyErrorCode.EMPTY_PASSWORD });

    // A keystore produced by ethers itself.
    const other = join(dir, "ethers.json");
    const wallet = Wallet.createRandom();
    await writeFile(
      other,
      await ethersEncrypt({ address: wallet.address, privateKey: wallet.privateKey }, "pw", {
        scrypt: { N: 1024 },
      }),
    );
    assert.equal((await readKeyFile(other, "pw")).addressHex, wallet.address);
  });

  it("reports missing files, bad JSON and inconsistent plain files", async () => {
    await assert.rejects(readKeyFile(join(dir, "nope.json")), { code: KeyErrorCode.FILE_NOT_FOUND });
    const bad = join(dir, "bad.json");
    await writeFile(bad, "{ not json");
    await assert.rejects(readKeyFile(bad), { code: KeyErrorCode.BAD_JSON });
    await writeFile(bad, JSON.stringify({ address: "0x00" }));
    await assert.rejects(readKeyFile(bad), { code: KeyErrorCode.BAD_FORMAT });
    const kp = keyPairFromPrivate(generatePrivateKey());
    const other = keyPairFromPrivate(generatePrivateKey());
    await writeFile(bad, JSON.stringify({ address: other.addressHex, privateKey: toHex(kp.privateKey) }));
    await assert.rejects(
      readKeyFile(bad),
      (e: unknown) => e instanceof KeyError && e.code === KeyErrorCode.ADDRESS_MISMATCH,
    );
  });
});

describe("keccak-256 backends", () => {
  it("hash-wasm and @noble/hashes agree on random inputs, and results are not overwritten by later calls", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.uint8Array({ maxLength: 64 }), (a, b) => {
        const ha = keccak256(a);
        const copy = Uint8Array.from(ha);
        keccak256(b);
        assert.deepEqual(ha, copy);
        assert.deepEqual(ha, nobleKeccak256(a));
      }),
      { numRuns: 300 },
    );
  });
});
