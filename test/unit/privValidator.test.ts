import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { join } from "node:path";
import type { SafetyState } from "../../consensus/tendermint.js";
import { DoubleSignError, PrivValidator } from "../../node/consensus/privValidator.js";
import { tempDir } from "../helpers/fixtures.js";

const safety = (height: number, round: number): SafetyState => ({
  height,
  round,
  step: "prevote",
  lockedRound: -1,
  lockedHash: null,
  validRound: -1,
  validHash: null,
});

describe("double-sign protection (privval)", () => {
  let dir: string;
  before(() => {
    dir = tempDir();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("signs each (height, round, step) once, returns the same message again, refuses a different one or a lower step", () => {
    const path = join(dir, "pv.json");
    const pv = new PrivValidator(path);
    let signatures = 0;
    const sign = (tag: number) => () => {
      signatures++;
      return Uint8Array.of(tag);
    };
    const first = pv.signOnce(
      { height: 5, round: 0, step: "prevote", contentKey: "0xaa" },
      safety(5, 0),
      sign(1),
    );
    assert.deepEqual(first, Uint8Array.of(1));
    const again = pv.signOnce(
      { height: 5, round: 0, step: "prevote", contentKey: "0xaa" },
      safety(5, 0),
      sign(2),
    );
    assert.deepEqual(again, Uint8Array.of(1), "the earlier message, not a new signature");
    assert.throws(
      () => pv.signOnce({ height: 5, round: 0, step: "prevote", contentKey: "0xbb" }, safety(5, 0), sign(3)),
      DoubleSignError,
    );
    pv.signOnce({ height: 5, round: 0, step: "precommit", contentKey: "0xaa" }, safety(5, 0), sign(4));
    assert.throws(
      () => pv.signOnce({ height: 5, round: 0, step: "prevote", contentKey: "0xaa" }, safety(5, 0), sign(5)),
      DoubleSignError,
    );
    assert.throws(
      () => pv.signOnce({ height: 4, round: 9, step: "precommit", contentKey: "" }, safety(4, 9), sign(6)),
      DoubleSignError,
    );
    assert.equal(signatures, 2);
  });

  it("remembers across a restart (the state is on disk before the signature is released)", () => {
    const path = join(dir, "pv2.json");
    const pv = new PrivValidator(path);
    pv.signOnce({ height: 9, round: 1, step: "precommit", contentKey: "0xcc" }, safety(9, 1), () =>
      Uint8Array.of(7),
    );
    const restarted = new PrivValidator(path);
    assert.deepEqual(restarted.lastSigned?.message, Uint8Array.of(7));
    assert.equal(restarted.safetyState?.height, 9);
    assert.throws(
      () =>
        restarted.signOnce({ height: 9, round: 1, step: "precommit", contentKey: "0xdd" }, safety(9, 1), () =>
          Uint8Array.of(8),
        ),
      DoubleSignError,
    );
    assert.deepEqual(
      restarted.signOnce({ height: 9, round: 1, step: "precommit", contentKey: "0xcc" }, safety(9, 1), () =>
        Uint8Array.of(9),
      ),
      Uint8Array.of(7),
    );
  });
});
