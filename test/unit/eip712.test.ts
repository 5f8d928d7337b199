/**
 * EIP-712 order hashing and signing against ethers, byte for byte: type strings, domain separator,
 * struct hashes and digests for random orders of each kind, wallet signatures and recovery.
 */
import assert from "node:assert/strict";
import { TypedDataEncoder, verifyTypedData, Wallet } from "ethers";
import fc from "fast-check";
import {
  DEFAULT_VERIFYING_CONTRACT,
  DOMAIN_TYPE_STRING,
  domainSeparator,
  type Eip712Domain,
  hashAppOrder,
  hashDatasetOrder,
  hashOrder,
  hashRequestOrder,
  hashWorkerpoolOrder,
  MARKET_DOMAIN_NAME,
  marketDomain,
  ORDER_KINDS,
  ORDER_TYPE_STRINGS,
  type OrderByKind,
  type OrderKind,
  orderDigest,
  ordersToTypedData,
  recoverOrderSigner,
  signOrder,
} from "../../node/crypto/eip712.js";
import { fromHex, toHex } from "../../node/crypto/hash.js";
import { generatePrivateKey, keyPairFromPrivate } from "../../node/crypto/keys.js";
import { isValidPrivateKey, nobleBackend } from "../../node/crypto/secp256k1.js";
import { CodecError, encode, poco, uintToBytes } from "../../proto/index.js";

/** Verbatim from DESIGN.md "Order types" (iExec PoCo v5). */
const DESIGN_TYPES: Record<OrderKind, string> = {
  app: "AppOrder(address app,uint256 appprice,uint256 volume,bytes32 tag,address datasetrestrict,address workerpoolrestrict,address requesterrestrict,bytes32 salt)",
  dataset:
    "DatasetOrder(address dataset,uint256 datasetprice,uint256 volume,bytes32 tag,address apprestrict,address workerpoolrestrict,address requesterrestrict,bytes32 salt)",
  workerpool:
    "WorkerpoolOrder(address workerpool,uint256 workerpoolprice,uint256 volume,bytes32 tag,uint256 category,uint256 trust,address apprestrict,address datasetrestrict,address requesterrestrict,bytes32 salt)",
  request:
    "RequestOrder(address app,uint256 appmaxprice,address dataset,uint256 datasetmaxprice,address workerpool,uint256 workerpoolmaxprice,address requester,uint256 volume,bytes32 tag,uint256 category,uint256 trust,address beneficiary,address callback,string params,bytes32 salt)",
};

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

// ── arbitraries in the proto wire form ──
const address = fc.oneof(
  { weight: 1, arbitrary: fc.constant(new Uint8Array(0)) },
  { weight: 4, arbitrary: fc.uint8Array({ minLength: 20, maxLength: 20 }) },
);
const bytes32 = fc.oneof(
  { weight: 1, arbitrary: fc.constant(new Uint8Array(0)) },
  { weight: 4, arbitrary: fc.uint8Array({ minLength: 32, maxLength: 32 }) },
);
const uint256 = fc
  .oneof(fc.bigInt({ min: 0n, max: 1000n }), fc.bigInt({ min: 0n, max: (1n << 256n) - 1n }))
  .map(uintToBytes);
const params = fc.oneof(fc.constant(""), fc.string({ unit: "grapheme", maxLength: 200 }), fc.json());

const ORDER_ARBS: { [K in OrderKind]: fc.Arbitrary<OrderByKind[K]> } = {
  app: fc.record({
    app: address,
    appprice: uint256,
    volume: uint256,
    tag: bytes32,
    datasetrestrict: address,
    workerpoolrestrict: address,
    requesterrestrict: address,
    salt: bytes32,
  }),
  dataset: fc.record({
    dataset: address,
    datasetprice: uint256,
    volume: uint256,
    tag: bytes32,
    apprestrict: address,
    workerpoolrestrict: address,
    requesterrestrict: address,
    salt: bytes32,
  }),
  workerpool: fc.record({
    workerpool: address,
    workerpoolprice: uint256,
    volume: uint256,
    tag: bytes32,
    category: uint256,
    trust: uint256,
    apprestrict: address,
    datasetrestrict: address,
    requesterrestrict: address,
    salt: bytes32,
  }),
  request: fc.record({
    app: address,
    appmaxprice: uint256,
    dataset: address,
    datasetmaxprice: uint256,
    workerpool: address,
    workerpoolmaxprice: uint256,
    requester: address,
    volume: uint256,
    tag: bytes32,
    category: uint256,
    trust: uint256,
    beneficiary: address,
    callback: address,
    params,
    salt: bytes32,
  }),
};

const PROTO_TYPES = {
  app: poco.AppOrder,
  dataset: poco.DatasetOrder,
  workerpool: poco.WorkerpoolOrder,
  request: poco.RequestOrder,
} as const;

const domainArb = fc
  .tuple(fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }), fc.uint8Array({ minLength: 20, maxLength: 20 }))
  .map(([chainId, verifying]) => marketDomain(chainId, toHex(verifying)));
const privArb = fc.uint8Array({ minLength: 32, maxLength: 32 }).filter(isValidPrivateKey);

/** The domain as a plain ethers TypedDataDomain. */
function ethersDomain(d: Eip712Domain) {
  return { name: d.name, version: d.version, chainId: d.chainId, verifyingContract: d.verifyingContract };
}

describe("EIP-712 orders", () => {
  it("uses exactly the iExec PoCo v5 type strings", () => {
    for (const kind of ORDER_KINDS) {
      assert.equal(ORDER_TYPE_STRINGS[kind], DESIGN_TYPES[kind]);
      const { types, primaryType } = ordersToTypedData(kind, {});
      assert.equal(TypedDataEncoder.from(types).encodeType(primaryType), DESIGN_TYPES[kind]);
    }
    assert.equal(
      DOMAIN_TYPE_STRING,
      "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)",
    );
  });

  it("builds the market domain and its separator like ethers", () => {
    const d = marketDomain(7);
    assert.equal(d.name, MARKET_DOMAIN_NAME);
    assert.equal(d.name, "iExecODB");
    assert.equal(d.version, "5.0.0");
    assert.equal(d.chainId, 7n);
    assert.equal(d.verifyingContract.toLowerCase(), DEFAULT_VERIFYING_CONTRACT);
    assert.equal(toHex(domainSeparator(d)), TypedDataEncoder.hashDomain(ethersDomain(d)));
    fc.assert(
      fc.property(domainArb, (dom) => {
        assert.equal(toHex(domainSeparator(dom)), TypedDataEncoder.hashDomain(ethersDomain(dom)));
        const unfrozen = { ...dom };
        assert.equal(toHex(domainSeparator(unfrozen)), TypedDataEncoder.hashDomain(ethersDomain(dom)));
      }),
    );
    assert.throws(() => marketDomain(-1));
    assert.throws(() => marketDomain(1, "0x1234"));
  });

  for (const kind of ORDER_KINDS) {
    it(`${kind} orders: struct hash and digest equal ethers' (random orders)`, () => {
      const arb = ORDER_ARBS[kind] as fc.Arbitrary<OrderByKind[OrderKind]>;
      fc.assert(
        fc.property(domainArb, arb, (domain, order) => {
          const { types, value, primaryType } = ordersToTypedData(kind, order);
          assert.equal(toHex(hashOrder(kind, order)), TypedDataEncoder.hashStruct(primaryType, types, value));
          assert.equal(
            toHex(orderDigest(domain, kind, order)),
            TypedDataEncoder.hash(ethersDomain(domain), types, value),
          );
          // Decoded from the wire (Buffers, defaults on the prototype): same hash.
          const type = PROTO_TYPES[kind] as unknown as typeof poco.AppOrder;
          const decoded = type.decode(encode(type, order as poco.AppOrder.$Properties));
          assert.equal(toHex(hashOrder(kind, decoded)), toHex(hashOrder(kind, order)));
        }),
        { numRuns: 150 },
      );
    });

    it(`${kind} orders: signatures equal ethers Wallet.signTypedData byte for byte`, async () => {
      const arb = ORDER_ARBS[kind] as fc.Arbitrary<OrderByKind[OrderKind]>;
      await fc.assert(
        fc.asyncProperty(domainArb, arb, privArb, async (domain, order, priv) => {
          const wallet = new Wallet(toHex(priv));
          const { types, value } = ordersToTypedData(kind, order);
          const expected = await wallet.signTypedData(ethersDomain(domain), types, value);
          const ours = signOrder(domain, kind, order, priv);
          assert.equal(toHex(ours), expected);
          assert.equal(toHex(signOrder(domain, kind, order, priv, nobleBackend)), expected);
          const signer = recoverOrderSigner(domain, kind, order, ours);
          assert.ok(signer);
          assert.equal(toHex(signer), wallet.address.toLowerCase());
          assert.equal(verifyTypedData(ethersDomain(domain), types, value, toHex(ours)), wallet.address);
        }),
        { numRuns: 100 },
      );
    });
  }

  it("exposes per-kind hash helpers", () => {
    assert.equal(toHex(hashAppOrder({})), toHex(hashOrder("app", {})));
    assert.equal(toHex(hashDatasetOrder({})), toHex(hashOrder("dataset", {})));
    assert.equal(toHex(hashWorkerpoolOrder({})), toHex(hashOrder("workerpool", {})));
    assert.equal(toHex(hashRequestOrder({})), toHex(hashOrder("request", {})));
  });

  it("recovers with v 0/1 or 27/28 and rejects high s, bad v, other orders", () => {
    const kp = keyPairFromPrivate(generatePrivateKey());
    const domain = marketDomain(65535);
    const order: poco.RequestOrder.$Properties = {
      app: fromHex("0x00000000000000000000000000000000000000aa"),
      volume: uintToBytes(3n),
      trust: uintToBytes(5n),
      requester: kp.address,
      params: JSON.stringify({ iexec_args: "--x", weights: { price: 1, trust: 2 } }),
    };
    const sig = signOrder(domain, "request", order, kp.privateKey);
    assert.ok(sig[64] === 27 || sig[64] === 28);
    const recover = (s: Uint8Array) => {
      const r = recoverOrderSigner(domain, "request", order, s);
      return r && toHex(r);
    };
    const me = toHex(kp.address);
    assert.equal(recover(sig), me);
    assert.equal(recover(Uint8Array.from([...sig.subarray(0, 64), sig[64]! - 27])), me);
    assert.equal(recover(Uint8Array.from([...sig.subarray(0, 64), 29])), null);
    assert.equal(recover(sig.subarray(0, 64)), null);
    const s = BigInt(toHex(sig.subarray(32, 64)));
    const high = Uint8Array.from(sig);
    high.set(fromHex((N - s).toString(16).padStart(64, "0")), 32);
    high[64] = sig[64] === 27 ? 28 : 27;
    assert.equal(recover(high), null);
    const changed = { ...order, volume: uintToBytes(4n) };
    assert.notEqual(toHex(recoverOrderSigner(domain, "request", changed, sig) ?? new Uint8Array(0)), me);
    assert.notEqual(
      toHex(recoverOrderSigner(marketDomain(1), "request", order, sig) ?? new Uint8Array(0)),
      me,
    );
  });

  it("rejects malformed wire fields with CodecError", () => {
    const bad: [OrderKind, Record<string, unknown>][] = [
      ["app", { app: new Uint8Array(19) }],
      ["app", { tag: new Uint8Array(31) }],
      ["app", { appprice: Uint8Array.of(0, 1) }],
      ["workerpool", { trust: new Uint8Array(33).fill(1) }],
      ["request", { salt: new Uint8Array(33) }],
    ];
    for (const [kind, order] of bad) {
      assert.throws(() => hashOrder(kind, order), CodecError);
      assert.throws(() => ordersToTypedData(kind, order), CodecError);
    }
  });
});
