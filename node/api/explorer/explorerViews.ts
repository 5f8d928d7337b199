/**
 * The explorer page's views (browser JavaScript, embedded as text): one async function per hash route
 * returning HTML built with esc/link from explorerCore. Each reads only the API routes its page needs.
 */
export const EXPLORER_VIEWS = String.raw`
const ADDRESS_RE = /^0x[0-9a-fA-F]{40}$/;
const HASH_RE = /^0x[0-9a-fA-F]{64}$/;
/** Which page an address or hash field of a tx or order points to, by its field name. */
const FIELD_KIND = { app: "app", dataset: "dataset", workerpool: "workerpool", taskId: "task", dealId: "deal",
  requester: "address", beneficiary: "address", to: "address", sender: "address", worker: "address", validator: "validator" };
/** A decoded field as HTML: addresses and known ids as links, nested messages as tables, all escaped. */
function fieldHtml(key, v, depth) {
  if (v === null || v === undefined) return '<span class="muted">–</span>';
  if (typeof v === "string" && ADDRESS_RE.test(v)) return addr(v, FIELD_KIND[key] === "validator" ? "validator" : FIELD_KIND[key]);
  if (typeof v === "string" && HASH_RE.test(v) && (FIELD_KIND[key] === "task" || FIELD_KIND[key] === "deal")) return link(FIELD_KIND[key], v);
  if (Array.isArray(v)) return v.slice(0, 50).map((x) => fieldHtml(key, x, depth + 1)).join("<br>") + (v.length > 50 ? " …" : "");
  if (typeof v === "object") {
    if (depth > 3) return '<span class="mono">' + esc(JSON.stringify(v)) + "</span>";
    return kv("", Object.entries(v).map(([k, x]) => [k, fieldHtml(k, x, depth + 1)]));
  }
  return '<span class="mono">' + esc(v) + "</span>";
}

// ---------- home ----------
async function home() {
  const head = live.head ? live.head.height : (await get("/status")).height;
  const heights = []; for (let h = head; h > 0 && heights.length < 10; h--) heights.push(h);
  const [blocks, vals, deals, pools, apps, datasets, cps, withdrawals] = await Promise.all([
    Promise.all(heights.map((h) => getOr("/blocks/" + h, null))),
    getOr("/validators", { validators: [] }),
    getOr("/deals?limit=10", { deals: [] }),
    getOr("/workerpools?limit=10", { workerpools: [] }),
    getOr("/apps?limit=10", { apps: [] }),
    getOr("/datasets?limit=10", { datasets: [] }),
    getOr("/checkpoints", null),
    getOr("/withdrawals?limit=10", { withdrawals: [] }),
  ]);
  const known = blocks.filter(Boolean).map((b) => ({ height: b.header.height, hash: b.header.hash, txs: b.txs.length, timeMs: b.header.timeMs }));
  // keep what SSE brought in meanwhile
  live.recent = [...live.recent.filter((r) => r.height > head), ...known].slice(0, 10);
  const max = Math.max(1, ...vals.validators.map((v) => v.power));
  let html = section("Recent blocks (final when shown: BFT, no forks)", table("blocks", ["height", "hash", "txs", "time"], live.recent.map(recentBlockRow)));
  html += section("Validators", table("validators", ["address", "power", "", "bonded (RLC)", "signed / missed", "status"], vals.validators.map((v) => [
    link("validator", v.address), esc(v.power), '<div class="bar" style="width:' + Math.round((80 * v.power) / max) + 'px"></div>', esc(rlc(v.bonded)),
    esc(v.signedBlocks + " / " + v.missedBlocks), v.jailed ? '<span class="bad">jailed</span>' : v.active ? '<span class="ok">active</span>' : '<span class="muted">inactive</span>'])));
  html += section("Workerpools and SLA records", '<svg id="slaChart" width="100%" height="' + (16 + 24 * Math.max(1, pools.workerpools.length)) + '">' + slaBars(pools.workerpools) + "</svg>" +
    table("pools", ["workerpool", "description", "on time", "late", "failed", "mean latency", "reliability"], pools.workerpools.map((p) => [
      link("workerpool", p.address), esc(p.description), esc(p.sla.completedOnTime), esc(p.sla.completedLate), esc(p.sla.failed), esc(p.sla.meanLatencyMs + " ms"), esc((p.sla.reliabilityPpm / 10000).toFixed(1) + "%")])));
  html += section("Deals", table("deals", ["deal"], deals.deals.map((id) => [link("deal", id, id)]), "no deal yet"));
  html += section("Apps and datasets", table("assets", ["kind", "address", "name", "owner"], [
    ...apps.apps.map((a) => ["app", link("app", a.address), esc(a.name), addr(a.owner)]),
    ...datasets.datasets.map((d) => ["dataset", link("dataset", d.address), esc(d.name), addr(d.owner)]),
  ], "none registered yet") + '<p><a href="#/orders">all four order books →</a></p>');
  html += section("Bridge checkpoints (Ethereum)", '<div id="checkpointsBox">' + checkpointsHtml(cps) + "</div>");
  html += section("Recent withdrawals", withdrawalRows("recentWithdrawals", withdrawals.withdrawals));
  return html;
}
/** The SLA record of each pool as one stacked bar: on time, late, failed. */
function slaBars(pools) {
  let y = 8; let out = "";
  for (const p of pools) {
    const total = Math.max(1, p.sla.completedOnTime + p.sla.completedLate + p.sla.failed);
    let x = 140;
    out += '<text x="0" y="' + (y + 13) + '" fill="#8a93a6" font-size="12">' + esc(short(p.address)) + "</text>";
    for (const [n, color] of [[p.sla.completedOnTime, "#4cc38a"], [p.sla.completedLate, "#f5c542"], [p.sla.failed, "#e5534b"]]) {
      const w = (400 * n) / total; out += '<rect x="' + x + '" y="' + y + '" width="' + w + '" height="18" fill="' + color + '"/>'; x += w;
    }
    y += 24;
  }
  return pools.length ? out : '<text x="0" y="20" fill="#8a93a6">no workerpool yet</text>';
}
const CHECKPOINT_STATUS = {
  accepted: '<span class="ok">anchored</span>',
  submitted: '<span class="muted">submitted, not accepted yet</span>',
  signed: '<span class="muted">signed, not on Ethereum</span>',
  skipped: '<span class="muted">not anchored (a later one was)</span>',
};
const WAITS_FOR = {
  withdrawalsWaited: "the oldest pending withdrawal to have waited ",
  maxInterval: "the maximum interval between checkpoints, ",
  validatorSetChanged: "nothing: the validator set changed (anchored at the next checkpoint)",
};
const duration = (ms) => ms >= 3600000 ? Math.round(ms / 360000) / 10 + " h" : ms >= 60000 ? Math.round(ms / 6000) / 10 + " min" : Math.round(ms / 100) / 10 + " s";
function anchoringText(a) {
  if (!a) return "";
  let text = "next checkpoint signed at height " + a.nextCheckpointHeight + "; ";
  const n = a.nextExpected;
  if (!n) text += "next anchoring: when a withdrawal is made or the validator set changes";
  else if (n.atMs === null) text += "next anchoring waits for " + (WAITS_FOR[n.waitsFor] || n.waitsFor);
  else {
    const limit = n.waitsFor === "withdrawalsWaited" ? a.policy.maxWithdrawalWaitMs : a.policy.maxIntervalMs;
    const left = n.atMs - (live.head ? live.head.timeMs : Date.now());
    text += "next anchoring waits for " + (WAITS_FOR[n.waitsFor] || n.waitsFor) + duration(limit) + (left > 0 ? " (due in " + duration(left) + ")" : " (due now)");
  }
  return text + "; " + a.pendingWithdrawals + " withdrawal(s) not anchored yet";
}
/** The home page's bridge box follows the chain too: one request at most every 5 s, on new blocks. */
let bridgeRefreshMs = 0;
function refreshHomeBridge() {
  if (Date.now() - bridgeRefreshMs < 5000) return;
  bridgeRefreshMs = Date.now();
  getOr("/checkpoints", null).then((cps) => {
    const box = $("checkpointsBox");
    if (box && cps && $("view").dataset.page === "home") box.innerHTML = checkpointsHtml(cps);
  });
}
function checkpointsHtml(cps) {
  if (!cps) return '<div id="bridgeInfo" class="muted">bridge not enabled on this node</div>';
  // "anchored" only for what the contract holds (status accepted), never for a signed or sent one.
  return '<div id="bridgeInfo" class="muted">' + esc("last checkpoint accepted on Ethereum: " + (cps.onEthereum ? "height " + cps.onEthereum : "none yet")) + "</div>" +
    '<div id="nextAnchor">' + esc(anchoringText(cps.anchoring)) + "</div>" +
    table("checkpoints", ["height", "signers", "withdrawals root", "on Ethereum"], cps.checkpoints.slice(0, 8).map((c) => [
      link("block", c.height), esc(c.signers.length), '<span class="mono">' + esc(short(c.withdrawalsRoot)) + "</span>", CHECKPOINT_STATUS[c.status] || esc(c.status)]));
}
const withdrawalRows = (id, list) => table(id, ["id", "sender", "recipient (Ethereum)", "amount (RLC)", "height"], list.slice().reverse().map((w) => [
  link("withdrawal", w.id), addr(w.sender), '<span class="mono">' + esc(w.recipient) + "</span>", esc(rlc(w.amount)), link("block", w.height)]), "no withdrawal yet");

// ---------- block, tx ----------
async function block(height) {
  const b = await get("/blocks/" + encodeURIComponent(height));
  const h = b.header;
  const head = live.head ? live.head.height : h.height;
  return section("Block " + h.height, kv("blockHeader", [
    ["height", esc(h.height) + " " + (h.height > 1 ? link("block", h.height - 1, "← previous") : "") + " " + (h.height < head ? link("block", h.height + 1, "next →") : "")],
    ["hash", '<span class="mono">' + esc(h.hash) + "</span>"],
    ["previous hash", h.height > 1 ? link("block", h.height - 1, h.prevHash) : esc(h.prevHash)],
    ["time", esc(when(h.timeMs))], ["proposer", addr(h.proposer, "validator")], ["round", esc(h.round)],
    ["gas used / limit", esc(h.gasUsed + " / " + h.gasLimit)], ["base fee (nRLC/gas)", esc(h.baseFeePerGas)], ["fees paid (RLC)", esc(rlc(b.feesPaid))],
    ["state root", '<span class="mono">' + esc(h.stateRoot) + "</span>"], ["tx root", '<span class="mono">' + esc(h.txRoot) + "</span>"],
    ["precommits", esc((b.commit.precommits || []).length)],
  ])) + section("Transactions (" + b.txs.length + ")", table("blockTxs", ["hash", "kind", "sender", "nonce"], b.txs.map((t) => [link("tx", t.hash), esc(t.kind), addr(t.sender), esc(t.nonce)]), "no transaction"));
}
async function tx(hash) {
  const t = await get("/txs/" + encodeURIComponent(hash));
  const r = t.receipt;
  const rows = [
    ["hash", '<span class="mono">' + esc(t.tx.hash) + "</span>"],
    ["status", t.status === "pending" ? '<span class="muted">pending (in the mempool)</span>' : status(r.status) + (r.error ? " " + esc(r.error.code + ": " + r.error.message) : "")],
    ["kind", esc(t.tx.kind)], ["sender", addr(t.tx.sender)], ["nonce", esc(t.tx.nonce)],
  ];
  if (r) rows.push(["block", link("block", r.height)], ["index in block", esc(r.index)], ["gas used", esc(r.gasUsed)], ["fee (RLC)", esc(rlc(r.fee))]);
  return section("Transaction", kv("txInfo", rows)) + section("Fields (" + t.tx.kind + ")", fieldHtml("", t.tx.body, 0));
}

// ---------- address ----------
async function txPage(a, before) {
  const page = await get("/accounts/" + a + "/txs?limit=25" + (before ? "&before=" + before : ""));
  return {
    rows: page.txs.map((t) => [link("tx", t.hash), esc(t.kind), link("block", t.height), esc(t.role), t.orderHash ? link("order", t.orderHash) : ""]),
    more: page.next ? () => txPage(a, page.next) : null,
  };
}
/** A listing paged with ?after= (the next of the previous page). */
async function listPage(path, key, toRow, after) {
  const page = await get(path + (path.includes("?") ? "&" : "?") + "limit=20" + (after ? "&after=" + encodeURIComponent(after) : ""));
  return { rows: page[key].map(toRow), more: page.next ? () => listPage(path, key, toRow, page.next) : null };
}
const pagedTable = (id, headers, first, empty) => table(id, headers, first.rows, empty) + (first.more ? moreButton(id, first.more) : "");
const taskRow = (t) => [link("task", t.id), link("deal", t.dealId), esc(t.index), status(t.status)];
async function address(a) {
  const acct = await get("/accounts/" + encodeURIComponent(a));
  const what = await getOr("/search?q=" + encodeURIComponent(acct.address), null);
  const [txs, asRequester, asScheduler, tasksReq, tasksWorker, withdrawals] = await Promise.all([
    txPage(acct.address),
    listPage("/accounts/" + acct.address + "/deals?role=requester", "deals", (id) => [link("deal", id, id)]),
    listPage("/accounts/" + acct.address + "/deals?role=scheduler", "deals", (id) => [link("deal", id, id)]),
    listPage("/accounts/" + acct.address + "/tasks?role=requester", "tasks", taskRow),
    listPage("/accounts/" + acct.address + "/tasks?role=worker", "tasks", taskRow),
    getOr("/withdrawals?limit=100", { withdrawals: [] }),
  ]);
  const orders = txs.rows.filter((r) => r[4] !== "");
  return section("Address", kv("account", [
    ["address", '<span class="mono">' + esc(acct.address) + "</span>"], ["balance (RLC)", esc(rlc(acct.balance))], ["stake (RLC)", esc(rlc(acct.stake))], ["locked (RLC)", esc(rlc(acct.locked))],
    ["bonded as validator (RLC)", esc(rlc(acct.bonded))], ["nonce", esc(acct.nonce)],
    ["also", what && what.kind !== "address" ? link(what.kind, what.id, what.kind + " page →") : '<span class="muted">–</span>'],
  ])) +
    section("Transactions (newest first)", pagedTable("addressTxs", ["hash", "kind", "block", "role", "order"], txs, "no transaction in the blocks scanned")) +
    section("Orders published (in the transactions above)", table("addressOrders", ["order"], orders.map((r) => [r[4]]), "none")) +
    section("Deals as requester", pagedTable("dealsRequester", ["deal"], asRequester, "none")) +
    section("Deals as scheduler (owner of the workerpool)", pagedTable("dealsScheduler", ["deal"], asScheduler, "none")) +
    section("Tasks of its deals", pagedTable("tasksRequester", ["task", "deal", "index", "status"], tasksReq, "none")) +
    section("Tasks contributed to as a worker", pagedTable("tasksWorker", ["task", "deal", "index", "status"], tasksWorker, "none")) +
    section("Withdrawals (latest 100 of the chain)", withdrawalRows("addressWithdrawals", withdrawals.withdrawals.filter((w) => w.sender.toLowerCase() === acct.address.toLowerCase())));
}

// ---------- market ----------
async function deal(id) {
  const d = await get("/deals/" + encodeURIComponent(id));
  const tasks = await listPage("/deals/" + d.id + "/tasks", "tasks", taskRow);
  return section("Deal", kv("dealInfo", [
    ["id", '<span class="mono">' + esc(d.id) + "</span>"], ["app", addr(d.app, "app")], ["dataset", addr(d.dataset, "dataset")],
    ["workerpool", addr(d.workerpool, "workerpool")], ["scheduler (pool owner)", addr(d.workerpoolOwner)],
    ["requester", addr(d.requester)], ["beneficiary", addr(d.beneficiary)], ["callback", esc(d.callback)],
    ["task price (RLC)", esc(rlc(d.taskPrice)) + ' <span class="muted">app ' + esc(rlc(d.appPrice)) + " + dataset " + esc(rlc(d.datasetPrice)) + " + pool " + esc(rlc(d.workerpoolPrice)) + "</span>"],
    ["category / trust", esc(d.category + " / " + d.trust)], ["tasks", esc(d.botSize)], ["params", '<span class="mono">' + esc(d.params) + "</span>"],
    ["start", esc(when(d.startTimeMs))], ["contribution deadline", esc(when(d.contributionDeadlineMs))], ["final deadline", esc(when(d.finalDeadlineMs))],
    ["orders", "app " + link("order", d.appOrderHash) + ", dataset " + link("order", d.datasetOrderHash) + ", workerpool " + link("order", d.workerpoolOrderHash) + ", request " + link("order", d.requestOrderHash)],
  ])) + section("Tasks", pagedTable("dealTasks", ["task", "deal", "index", "status"], tasks));
}
/** The result locations a task's recorded results name (hex of UTF-8: a URL or JSON {url|scheduler}). */
function resultLinks(resultsHex, taskId) {
  const hex = String(resultsHex || "").replace(/^0x/, "");
  if (!hex) return [];
  let text = "";
  try { text = new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array(hex.match(/../g).map((b) => parseInt(b, 16)))).trim(); } catch { return []; }
  const httpUrl = (u) => typeof u === "string" && /^https?:\/\//i.test(u) ? [u] : [];
  if (/^https?:\/\//i.test(text)) return [text];
  try {
    const j = JSON.parse(text);
    if (!j || typeof j !== "object") return [];
    return [...httpUrl(j.url), ...httpUrl(j.location), ...(typeof j.scheduler === "string" ? httpUrl(j.scheduler.replace(/\/$/, "") + "/results/" + taskId) : [])];
  } catch { return []; }
}
const safeHref = (u) => '<a href="' + esc(u) + '" rel="noopener noreferrer" target="_blank">' + esc(u) + "</a>";
async function task(id) {
  const t = await get("/tasks/" + encodeURIComponent(id));
  const proof = await fetch("/tasks/" + t.id + "/proof").then(async (r) => ({ status: r.status, body: await r.json().catch(() => ({})) })).catch(() => ({ status: 0, body: {} }));
  const proofText = proof.status === 200 ? '<span class="ok">provable on Ethereum: anchored checkpoint at height ' + esc(proof.body.height) + "</span>"
    : proof.status === 404 && proof.body.code === "API_NOT_FOUND" ? '<span class="muted">this node runs no bridge</span>'
    : '<span class="muted">' + esc(proof.body.code || "unknown") + "</span>";
  const urls = resultLinks(t.results, t.id);
  const check = t.resultDigest
    ? '<span id="digestCheck" class="muted">on-chain digest set by consensus; bytes not checked yet</span>' + (urls.length ? ' <button class="more" type="button" id="checkDigest">download and check</button>' : "")
    : '<span class="muted">no result yet</span>';
  const info = section("Task", kv("taskInfo", [
    ["id", '<span class="mono">' + esc(t.id) + "</span>"], ["deal", link("deal", t.dealId)], ["index", esc(t.index)], ["status", status(t.status)],
    ["contribution deadline", esc(when(t.contributionDeadlineMs))], ["reveal deadline", esc(when(t.revealDeadlineMs))], ["final deadline", esc(when(t.finalDeadlineMs))],
    ["consensus", t.consensusValue ? '<span class="mono">' + esc(t.consensusValue) + "</span> at " + esc(when(t.consensusTimeMs)) : '<span class="muted">not reached</span>'],
    ["winners / reveals", esc(t.winnerCount + " / " + t.revealCount)],
    ["result digest", t.resultDigest ? '<span class="mono">' + esc(t.resultDigest) + "</span>" : "–"],
    ["result", urls.length ? urls.map(safeHref).join("<br>") : '<span class="mono">' + esc(t.results === "0x" ? "–" : t.results) + "</span>"],
    ["digest check", check],
    ["proof on Ethereum", proofText],
    ["completed", esc(when(t.completedTimeMs))],
  ]));
  CHECK.task = { digest: t.resultDigest, urls };
  return info + section("Contributions", table("contributions", ["worker", "status", "result hash", "weight", "stake (RLC)"], t.contributions.map((c) => [
    addr(c.worker), status(c.status), '<span class="mono">' + esc(short(c.resultHash)) + "</span>", esc(c.weight), esc(rlc(c.stake))]), "no contribution yet")) +
    section("Result groups", table("groups", ["result hash", "weight"], t.groups.map((g) => ['<span class="mono">' + esc(g.resultHash) + "</span>", esc(g.weight)]), "none"));
}
const CHECK = { task: null };
/** Downloads the result in the browser (never through the node) and compares keccak256 with the digest. */
async function checkDigest() {
  const out = $("digestCheck");
  const c = CHECK.task;
  for (const u of c.urls) {
    try {
      const r = await fetch(u);
      if (!r.ok) continue;
      const bytes = new Uint8Array(await r.arrayBuffer());
      if (bytes.length > 8 * 1024 * 1024) continue;
      const ok = keccak256(bytes) === c.digest.toLowerCase();
      out.className = ok ? "ok" : "bad";
      out.textContent = ok ? "digest matches the downloaded bytes (" + bytes.length + " bytes)" : "downloaded bytes do NOT match the on-chain digest";
      return;
    } catch { /* next source */ }
  }
  out.className = "bad"; out.textContent = "could not download the result from any source";
}
async function order(hash) {
  const o = await get("/orders/" + encodeURIComponent(hash));
  const fields = Object.entries(o.order).map(([k, v]) => [k, fieldHtml(k, v, 0)]);
  return section("Order (" + o.kind + ")", kv("orderInfo", [
    ["hash", '<span class="mono">' + esc(o.hash) + "</span>"], ["kind", esc(o.kind)], ["price (RLC)", esc(rlc(o.price))],
    ["volume / consumed / remaining", esc(o.volume + " / " + o.consumed + " / " + o.remaining)],
    ["cancelled", esc(o.cancelled)], ["presigned", esc(o.presigned)],
  ])) + section("Signed fields", kv("orderFields", fields));
}
const bookRows = (book) => book.orders.map((o) => [link("order", o.hash), esc(rlc(o.price)), esc(o.remaining + " / " + o.volume),
  fieldHtml(o.kind, o.order[o.kind === "request" ? "requester" : o.kind], 0)]);
async function orders(kindArg, arg) {
  const category = /^\d{1,9}$/.test(arg || "") ? arg : "0";
  const [pools, requests, apps, datasets] = await Promise.all([
    get("/orderbook?kind=workerpool&limit=20&category=" + category), get("/orderbook?kind=request&limit=20&category=" + category),
    getOr("/apps?limit=10", { apps: [] }), getOr("/datasets?limit=10", { datasets: [] })]);
  const appBooks = await Promise.all(apps.apps.map((a) => getOr("/orderbook?kind=app&limit=10&app=" + a.address, { orders: [] })));
  const datasetBooks = await Promise.all(datasets.datasets.map((d) => getOr("/orderbook?kind=dataset&limit=10&dataset=" + d.address, { orders: [] })));
  const headers = ["order", "price (RLC)", "remaining / volume", "of"];
  return section("Workerpool orders (category " + category + ": " + pools.size + " in the book)", table("bookWorkerpool", headers, bookRows(pools), "empty")) +
    section("Requester orders (category " + category + ": " + requests.size + " in the book)", table("bookRequest", headers, bookRows(requests), "empty")) +
    section("App orders", table("bookApp", headers, appBooks.flatMap(bookRows), "empty")) +
    section("Dataset orders", table("bookDataset", headers, datasetBooks.flatMap(bookRows), "empty")) +
    '<p class="muted">other categories: #/orders/category/&lt;n&gt;</p>';
}

// ---------- registries ----------
async function workerpool(a) {
  const p = await get("/workerpools/" + encodeURIComponent(a));
  const [history, deals] = await Promise.all([
    get("/workerpools/" + p.address + "/sla-history?limit=50"),
    listPage("/workerpools/" + p.address + "/deals", "deals", (id) => [link("deal", id, id)]),
  ]);
  return section("Workerpool", kv("poolInfo", [
    ["address", '<span class="mono">' + esc(p.address) + "</span>"], ["description", '<span id="poolDescription">' + esc(p.description) + "</span>"], ["owner (scheduler)", addr(p.owner)],
    ["scheduler reward ratio", esc(p.schedulerRewardRatio + "%")], ["power efficiency", esc(p.powerEfficiency)],
    ["SLA: on time / late / failed", esc(p.sla.completedOnTime + " / " + p.sla.completedLate + " / " + p.sla.failed)],
    ["mean latency", esc(p.sla.meanLatencyMs + " ms")], ["reliability", esc((p.sla.reliabilityPpm / 10000).toFixed(1) + "%")],
    ["orders", '<a href="#/orders">order books →</a>'],
  ])) + section("SLA history (per deal, oldest first: on time, late, failed, open)", slaHistoryChart(history.deals)) +
    section("Deals", pagedTable("poolDeals", ["deal"], deals, "none"));
}
/** One stacked column per deal; heights scale with its task count. */
function slaHistoryChart(rows) {
  if (!rows.length) return '<svg id="slaHistory" width="300" height="30"><text x="0" y="20" fill="#8a93a6">no deal yet</text></svg>';
  const max = Math.max(1, ...rows.map((r) => r.tasks));
  const w = 18; const H = 120; let x = 30; let out = "";
  for (const r of rows) {
    let y = H;
    for (const [n, color] of [[r.onTime, "#4cc38a"], [r.late, "#f5c542"], [r.failed, "#e5534b"], [r.open, "#55607a"]]) {
      const h = (H * n) / max; y -= h;
      out += '<rect x="' + x + '" y="' + y + '" width="' + w + '" height="' + h + '" fill="' + color + '"><title>' + esc(short(r.dealId) + ": " + n) + "</title></rect>";
    }
    x += w + 6;
  }
  out += '<text x="0" y="12" fill="#8a93a6" font-size="11">' + esc(max) + '</text><text x="0" y="' + H + '" fill="#8a93a6" font-size="11">0</text>';
  return '<svg id="slaHistory" width="' + (x + 10) + '" height="' + (H + 10) + '">' + out + "</svg>" +
    '<p class="muted"><span class="ok">■</span> on time <span style="color:#f5c542">■</span> late <span class="bad">■</span> failed <span style="color:#55607a">■</span> open; one column per deal (hover for its id)</p>';
}
async function asset(kind, a) {
  const x = await get("/" + kind + "s/" + encodeURIComponent(a));
  const book = await getOr("/orderbook?kind=" + kind + "&limit=20&" + kind + "=" + x.address, { orders: [] });
  return section(kind === "app" ? "App" : "Dataset", kv("assetInfo", [
    ["address", '<span class="mono">' + esc(x.address) + "</span>"], ["name", esc(x.name)], ["owner", addr(x.owner)], ["URI", '<span class="mono">' + esc(x.uri) + "</span>"], ["sha256 checksum", '<span class="mono">' + esc(x.checksum) + "</span>"],
  ])) + section("Orders", table("assetBook", ["order", "price (RLC)", "remaining / volume", "of"], bookRows(book), "no order"));
}
const app = (a) => asset("app", a);
const dataset = (a) => asset("dataset", a);
async function validator(a) {
  const [vals, up] = await Promise.all([get("/validators"), get("/validators/" + encodeURIComponent(a) + "/uptime?blocks=100")]);
  const v = vals.validators.find((x) => x.address.toLowerCase() === up.address.toLowerCase());
  const signed = up.blocks.filter((b) => b.signed).length;
  let squares = "";
  up.blocks.forEach((b, i) => { squares += '<rect x="' + ((i % 50) * 12) + '" y="' + (Math.floor(i / 50) * 12) + '" width="10" height="10" fill="' + (b.signed ? "#4cc38a" : "#e5534b") + '"><title>' + esc("height " + b.height + (b.signed ? " signed" : " missed") + (b.proposed ? ", proposer" : "")) + "</title></rect>"; });
  return section("Validator", kv("validatorInfo", [
    ["address", '<span class="mono">' + esc(up.address) + "</span>"], ["account", addr(up.address, "address", "account page")], ["power", esc(v ? v.power : 0)], ["status", v ? (v.jailed ? '<span class="bad">jailed</span>' : v.active ? '<span class="ok">active</span>' : "inactive") : "not a candidate"],
    ["bonded (RLC)", esc(v ? rlc(v.bonded) : "0")], ["signed / missed (window)", esc(up.signedBlocks + " / " + up.missedBlocks)],
    ["uptime, last " + up.blocks.length + " blocks", '<span id="uptime">' + esc(up.blocks.length ? Math.round((100 * signed) / up.blocks.length) + "%" : "–") + "</span>"],
    ["blocks proposed (of those)", esc(up.blocks.filter((b) => b.proposed).length)],
  ])) + section("Uptime history (precommits in each block's commit)", '<svg id="uptimeChart" width="600" height="' + (12 * Math.ceil(Math.max(1, up.blocks.length) / 50)) + '">' + squares + "</svg>");
}

// ---------- withdrawals ----------
/**
 * Proof status of a withdrawal: anchored only when a checkpoint at or above its height is accepted by
 * the Ethereum contract; a signed or submitted checkpoint is "checkpointed", never "anchored".
 */
function withdrawalStatus(w, cps) {
  if (!cps) return ["unknown", "this node runs no bridge: ask a node with the bridge enabled"];
  if (cps.onEthereum >= w.height) return ["anchored", "anchored on Ethereum: the accepted checkpoint at height " + cps.onEthereum + " covers it; claimable with its proof"];
  const covering = cps.checkpoints.filter((c) => c.height >= w.height).sort((a, b) => a.height - b.height)[0];
  if (covering) return ["checkpointed", "checkpointed at height " + covering.height + " (" + covering.status + "), not accepted on Ethereum yet"];
  return ["pending", "pending: no checkpoint covers height " + w.height + " yet"];
}
async function withdrawal(id) {
  const [w, cps] = await Promise.all([get("/withdrawals/" + encodeURIComponent(id)), getOr("/checkpoints", null)]);
  const [state, text] = withdrawalStatus(w, cps);
  return section("Withdrawal " + w.id, kv("withdrawalInfo", [
    ["sender", addr(w.sender)], ["recipient (Ethereum)", '<span class="mono">' + esc(w.recipient) + "</span>"], ["amount (RLC)", esc(rlc(w.amount))],
    ["height", link("block", w.height)],
    ["proof status", '<span id="withdrawalStatus" data-state="' + esc(state) + '" class="' + (state === "anchored" ? "ok" : "muted") + '">' + esc(text) + "</span>"],
  ]));
}
async function withdrawals() {
  const page = await get("/withdrawals?limit=100");
  return section("Withdrawals (latest " + page.withdrawals.length + " of " + page.count + ")", withdrawalRows("withdrawals", page.withdrawals));
}

const VIEWS = { home, block, tx, address, workerpool, app, dataset, validator, deal, task, order, orders, withdrawal, withdrawals };
const AFTER_RENDER = {
  task: () => { const b = $("checkDigest"); if (b) b.addEventListener("click", () => checkDigest().catch((e) => { $("digestCheck").textContent = e.message; })); },
};
`;
