/**
 * proto/generated/poco.js is pbjs's output post-processed by scripts/protoOneofs.mjs (oneof getters
 * without an `Object.keys` per read). The committed file must be exactly what `npm run proto`
 * produces, and the rewritten accessors must answer exactly as protobufjs's own (`util.oneOfGetter`,
 * `util.oneOfSetter`) for any set of members, including objects built by hand with several set.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import protobuf from "protobufjs/minimal.js";
import { poco } from "../../proto/generated/poco.js";
import { fastOneofs } from "../../scripts/protoOneofs.mjs";

const TX_KINDS = [
  "transfer",
  "stake",
  "unstake",
  "bond",
  "unbond",
  "unjail",
  "setPeerId",
  "registerApp",
  "registerDataset",
  "registerWorkerpool",
  "registerCategory",
  "publishOrder",
  "cancelOrder",
  "matchOrders",
  "contribute",
  "reveal",
  "reopen",
  "finalize",
  "claim",
  "contributeAndFinalize",
  "claimArray",
  "contributeBatch",
  "revealBatch",
  "contributeAndFinalizeBatch",
  "withdraw",
  "depositAttestation",
  "depositAttestationBatch",
  "evidence",
] as const;

/** Own members to set on a Tx, in insertion order, with values incl. null/undefined (not "set"). */
const members = fc.array(
  fc.record({
    name: fc.oneof(fc.constantFrom(...TX_KINDS), fc.constantFrom("sender", "nonce")),
    value: fc.oneof(fc.constant({}), fc.constant(null), fc.constant(undefined), fc.constant(0)),
  }),
  { maxLength: 6 },
);

function build(list: { name: string; value: unknown }[]): Record<string, unknown> {
  const tx = new poco.Tx() as unknown as Record<string, unknown>;
  for (const { name, value } of list) tx[name] = value;
  return tx;
}

describe("generated oneof accessors (scripts/protoOneofs.mjs)", () => {
  it("the committed proto/generated/poco.js is exactly pbjs's output after the post-processing", function () {
    this.timeout(60_000);
    const dir = mkdtempSync(join(tmpdir(), "poco-proto-"));
    try {
      const out = join(dir, "poco.js");
      execFileSync("node_modules/.bin/pbjs", [
        ...["-t", "static-module", "-w", "esm", "--no-delimited", "--no-typeurl", "--no-verify"],
        ...["-o", out, "proto/poco.proto"],
      ]);
      const generated = fastOneofs(readFileSync(out, "utf8"));
      assert.equal(generated, readFileSync("proto/generated/poco.js", "utf8"));
      assert.equal(fastOneofs(generated), generated, "idempotent");
      assert.ok(!/get: \$util\.oneOfGetter\(/.test(generated), "every oneof getter rewritten");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("tx.kind answers as protobufjs's oneOfGetter for any members set, in any order", () => {
    const reference = protobuf.util.oneOfGetter([...TX_KINDS]);
    fc.assert(
      fc.property(members, (list) => {
        const tx = build(list);
        assert.equal(tx.kind, reference.call(tx));
      }),
      { numRuns: 2_000 },
    );
  });

  it("setting tx.kind leaves the same own members as protobufjs's oneOfSetter", () => {
    const reference = protobuf.util.oneOfSetter([...TX_KINDS]);
    fc.assert(
      fc.property(members, fc.constantFrom(...TX_KINDS, undefined), (list, kind) => {
        const ours = build(list);
        const theirs = build(list);
        ours.kind = kind;
        reference.call(theirs, kind);
        assert.deepEqual(Object.keys(ours), Object.keys(theirs));
        assert.deepEqual(Object.entries(ours), Object.entries(theirs));
      }),
      { numRuns: 2_000 },
    );
  });

  it("a decoded tx has the kind it was encoded with", () => {
    const bytes = poco.Tx.encode({ nonce: 1, transfer: { amount: new Uint8Array([1]) } }).finish();
    assert.equal(poco.Tx.decode(bytes).kind, "transfer");
    assert.equal(poco.Tx.decode(poco.Tx.encode({ nonce: 1 }).finish()).kind, undefined);
  });
});
