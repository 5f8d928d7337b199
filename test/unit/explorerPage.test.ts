/**
 * The explorer page's own logic, run in Node as the browser runs it (the page's scripts are text with
 * no DOM access at load time): every value is escaped, result links are http(s) only, and a
 * withdrawal reads "anchored" only when a checkpoint covering it is accepted on Ethereum.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { EXPLORER_HTML_HELPERS } from "../../node/api/explorer/explorerHtml.js";
import { EXPLORER_VIEWS } from "../../node/api/explorer/explorerViews.js";

type Checkpoints = { onEthereum: number; checkpoints: { height: number; status: string }[] } | null;
const page = new Function(
  `${EXPLORER_HTML_HELPERS}\n${EXPLORER_VIEWS}\nreturn { fieldHtml, withdrawalStatus, link, resultLinks };`,
)() as {
  fieldHtml(key: string, value: unknown, depth: number): string;
  withdrawalStatus(w: { height: number }, cps: Checkpoints): [string, string];
  link(kind: string, id: string, label?: string): string;
  resultLinks(resultsHex: string, taskId: string): string[];
};

/** Every `<` of the output opens or closes one of the tags the page itself writes. */
const OWN_TAG = /^<\/?(a|span|table|tr|th|td|br)[\s>]/;
function onlyOwnTags(html: string): boolean {
  for (let i = html.indexOf("<"); i >= 0; i = html.indexOf("<", i + 1))
    if (!OWN_TAG.test(html.slice(i, i + 8))) return false;
  return true;
}
const hex = (text: string) => `0x${Buffer.from(text, "utf8").toString("hex")}`;

describe("explorer page logic", () => {
  it("escapes attacker-chosen tx and order fields, keys and nesting included", () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.constantFrom('<img src=x onerror="alert(1)">', '"><script>alert(1)</script>', "' onmouseover='x"),
    );
    const value = fc.letrec((tie) => ({
      v: fc.oneof(
        { depthSize: "small" },
        hostile,
        fc.integer(),
        fc.array(tie("v"), { maxLength: 3 }),
        fc.dictionary(hostile, tie("v"), { maxKeys: 3 }),
      ),
    })).v;
    fc.assert(
      fc.property(hostile, value, (key, v) => onlyOwnTags(page.fieldHtml(key, v, 0))),
      { numRuns: 300 },
    );
    assert.ok(onlyOwnTags(page.link("task", '"><img src=x onerror=alert(1)>', "<b>label</b>")));
  });

  it("links results over http(s) only", () => {
    assert.deepEqual(page.resultLinks(hex("https://r.example/a"), "0x1"), ["https://r.example/a"]);
    assert.deepEqual(page.resultLinks(hex("javascript:alert(1)"), "0x1"), []);
    assert.deepEqual(page.resultLinks(hex('{"url":"javascript:alert(1)"}'), "0x1"), []);
    assert.deepEqual(page.resultLinks(hex('{"scheduler":"http://s.example/"}'), "0xab"), [
      "http://s.example/results/0xab",
    ]);
    assert.deepEqual(page.resultLinks("0xff", "0x1"), [], "not UTF-8");
  });

  it("says anchored only for a checkpoint accepted on Ethereum that covers the withdrawal", () => {
    const w = { height: 12 };
    assert.equal(page.withdrawalStatus(w, null)[0], "unknown");
    assert.equal(
      page.withdrawalStatus(w, { onEthereum: 10, checkpoints: [{ height: 10, status: "accepted" }] })[0],
      "pending",
    );
    for (const status of ["signed", "submitted"]) {
      const cps = {
        onEthereum: 10,
        checkpoints: [
          { height: 15, status },
          { height: 10, status: "accepted" },
        ],
      };
      const [state, text] = page.withdrawalStatus(w, cps);
      assert.equal(state, "checkpointed", status);
      assert.doesNotMatch(text, /anchored/);
    }
    assert.equal(
      page.withdrawalStatus(w, { onEthereum: 15, checkpoints: [{ height: 15, status: "accepted" }] })[0],
      "anchored",
    );
    assert.equal(page.withdrawalStatus(w, { onEthereum: 12, checkpoints: [] })[0], "anchored");
  });
});
