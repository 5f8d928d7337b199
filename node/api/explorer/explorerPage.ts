/**
 * The built-in explorer: one self-contained page (no build step, no external assets) served at
 * /explorer. It reads the node's own JSON API and refreshes on every block pushed by /events.
 */
export const EXPLORER_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>PoCo sidechain explorer</title>
<style>
  :root { --bg:#0f1420; --panel:#171e2e; --text:#e6e9ef; --muted:#8a93a6; --accent:#f5c542; --ok:#4cc38a; --bad:#e5534b; }
  * { box-sizing: border-box; }
  body { margin:0; font:14px/1.4 system-ui, sans-serif; background:var(--bg); color:var(--text); }
  header { display:flex; gap:24px; align-items:baseline; padding:16px 24px; border-bottom:1px solid #263049; }
  header h1 { font-size:18px; margin:0; color:var(--accent); }
  .stat b { font-size:20px; } .stat span { color:var(--muted); margin-right:6px; }
  main { display:grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap:16px; padding:16px 24px; }
  section { background:var(--panel); border-radius:8px; padding:12px 16px; overflow:auto; }
  h2 { font-size:14px; text-transform:uppercase; letter-spacing:.06em; color:var(--muted); margin:0 0 8px; }
  table { width:100%; border-collapse:collapse; font-variant-numeric: tabular-nums; }
  td, th { text-align:left; padding:4px 6px; border-bottom:1px solid #222b40; white-space:nowrap; }
  th { color:var(--muted); font-weight:500; }
  .mono { font-family: ui-monospace, monospace; font-size:12px; }
  .bar { height:8px; background:var(--accent); border-radius:4px; }
  .ok, .stat span.ok { color:var(--ok); } .bad, .stat span.bad { color:var(--bad); } .muted { color:var(--muted); }
</style>
</head>
<body>
<header>
  <h1>PoCo sidechain</h1>
  <div class="stat"><span>chain</span><b id="chain">–</b></div>
  <div class="stat"><span>height</span><b id="height">–</b></div>
  <div class="stat"><span>last block</span><b id="age">–</b></div>
  <div class="stat"><span>peers</span><b id="peers">–</b></div>
  <div class="stat"><span>mempool</span><b id="mempool">–</b></div>
  <div class="stat"><span id="live" class="muted">connecting…</span></div>
</header>
<main>
  <section><h2>Blocks (final when shown: BFT, no forks)</h2><table id="blocks"><tr><th>height</th><th>hash</th><th>txs</th><th>gas used / limit</th><th>base fee (nRLC/gas)</th><th>fees (RLC)</th><th>proposer</th><th>precommits</th></tr></table></section>
  <section><h2>Validators</h2><table id="validators"><tr><th>address</th><th>power</th><th></th><th>bonded (RLC)</th><th>signed / missed</th><th>status</th></tr></table></section>
  <section><h2>Order book (workerpool orders, category 0)</h2><table id="book"><tr><th>price (RLC)</th><th>remaining</th><th>hash</th></tr></table></section>
  <section><h2>Deals</h2><table id="deals"><tr><th>deal</th><th>tasks</th><th>task price (RLC)</th><th>trust</th><th>requester</th></tr></table></section>
  <section><h2>Bridge checkpoints (Ethereum)</h2><div id="bridgeInfo" class="muted">bridge not enabled on this node</div><div id="nextAnchor"></div><table id="checkpoints"><tr><th>height</th><th>signers</th><th>withdrawals root</th><th>on Ethereum</th></tr></table></section>
  <section><h2>Workerpools and SLA records</h2><svg id="slaChart" width="100%" height="140"></svg><table id="pools"><tr><th>workerpool</th><th>on time</th><th>late</th><th>failed</th><th>mean latency</th><th>reliability</th></tr></table></section>
</main>
<script>
const $ = (id) => document.getElementById(id);
const short = (h) => h ? h.slice(0, 10) + "…" + h.slice(-4) : "";
const fullness = (h) => h.gasUsed.toLocaleString("en") + " / " + h.gasLimit.toLocaleString("en") + " (" + Math.round((100 * h.gasUsed) / h.gasLimit) + "%)";
const rlc = (n) => { const v = BigInt(n); const w = v / 1000000000n; const f = (v % 1000000000n).toString().padStart(9, "0").replace(/0+$/, ""); return f ? w + "." + f : String(w); };
const get = (path) => fetch(path).then((r) => r.ok ? r.json() : Promise.reject(new Error(path + " " + r.status)));
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
function rows(table, list) {
  const t = $(table);
  while (t.rows.length > 1) t.deleteRow(1);
  for (const cells of list) { const r = t.insertRow(); r.innerHTML = cells.map((c) => "<td>" + c + "</td>").join(""); }
}
let lastTime = 0;
async function refresh() {
  const status = await get("/status");
  $("chain").textContent = status.chainId; $("height").textContent = status.height;
  $("peers").textContent = status.peers; $("mempool").textContent = status.mempoolTxs;
  lastTime = status.headTimeMs;
  const heights = []; for (let h = status.height; h > 0 && heights.length < 10; h--) heights.push(h);
  const blocks = await Promise.all(heights.map((h) => get("/blocks/" + h).catch(() => null)));
  rows("blocks", blocks.filter(Boolean).map((b) => ["<b>" + b.header.height + "</b>", '<span class="mono">' + short(b.header.hash) + "</span>", b.txs.length, fullness(b.header), b.header.baseFeePerGas, rlc(b.feesPaid), '<span class="mono">' + short(b.header.proposer) + "</span>", (b.commit.precommits || []).length]));
  const vals = await get("/validators");
  const max = Math.max(1, ...vals.validators.map((v) => v.power));
  rows("validators", vals.validators.map((v) => ['<span class="mono">' + short(v.address) + "</span>", v.power, '<div class="bar" style="width:' + Math.round((80 * v.power) / max) + 'px"></div>', rlc(v.bonded), v.signedBlocks + " / " + v.missedBlocks, v.jailed ? '<span class="bad">jailed</span>' : v.active ? '<span class="ok">active</span>' : '<span class="muted">inactive</span>']));
  const book = await get("/orderbook?kind=workerpool&category=0&limit=10").catch(() => ({ orders: [] }));
  rows("book", book.orders.map((o) => [rlc(o.price), o.remaining, '<span class="mono">' + short(o.hash) + "</span>"]));
  const deals = await get("/deals?limit=10").catch(() => ({ deals: [] }));
  const dealInfo = await Promise.all(deals.deals.map((id) => get("/deals/" + id).catch(() => null)));
  rows("deals", dealInfo.filter(Boolean).map((d) => ['<span class="mono">' + short(d.id) + "</span>", d.botSize, rlc(d.taskPrice), d.trust, '<span class="mono">' + short(d.requester) + "</span>"]));
  const pools = await get("/workerpools?limit=10").catch(() => ({ workerpools: [] }));
  const poolInfo = pools.workerpools; // the listing carries each pool's SLA record
  rows("pools", poolInfo.map((p) => ['<span class="mono">' + short(p.address) + "</span>", p.sla.completedOnTime, p.sla.completedLate, p.sla.failed, p.sla.meanLatencyMs + " ms", (p.sla.reliabilityPpm / 10000).toFixed(1) + "%"]));
  drawSla(poolInfo);
  const cps = await get("/checkpoints").catch(() => null);
  if (cps) {
    $("bridgeInfo").textContent = "last checkpoint accepted on Ethereum: " + (cps.onEthereum ? "height " + cps.onEthereum : "none yet");
    $("nextAnchor").textContent = anchoringText(cps.anchoring);
    // "anchored" only for what the contract holds (status accepted), never for a signed or sent one.
    rows("checkpoints", cps.checkpoints.slice(0, 8).map((c) => [c.height, c.signers.length, '<span class="mono">' + short(c.withdrawalsRoot) + "</span>", CHECKPOINT_STATUS[c.status] || esc(c.status)]));
  }
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
  else if (n.atMs === null) text += "next anchoring waits for " + WAITS_FOR[n.waitsFor];
  else {
    const limit = n.waitsFor === "withdrawalsWaited" ? a.policy.maxWithdrawalWaitMs : a.policy.maxIntervalMs;
    const left = n.atMs - lastTime;
    text += "next anchoring waits for " + (WAITS_FOR[n.waitsFor] || esc(n.waitsFor)) + duration(limit) + (left > 0 ? " (due in " + duration(left) + ")" : " (due now)");
  }
  return text + "; " + a.pendingWithdrawals + " withdrawal(s) not anchored yet";
}
function drawSla(pools) {
  const svg = $("slaChart"); const w = svg.clientWidth || 400; const barH = 18; let y = 8; let html = "";
  for (const p of pools) {
    const total = Math.max(1, p.sla.completedOnTime + p.sla.completedLate + p.sla.failed);
    const seg = [[p.sla.completedOnTime, "#4cc38a"], [p.sla.completedLate, "#f5c542"], [p.sla.failed, "#e5534b"]];
    let x = 120;
    html += '<text x="0" y="' + (y + 13) + '" fill="#8a93a6" font-size="12">' + esc(short(p.address)) + "</text>";
    for (const [n, color] of seg) { const width = ((w - 130) * n) / total; html += '<rect x="' + x + '" y="' + y + '" width="' + width + '" height="' + barH + '" fill="' + color + '"/>'; x += width; }
    y += barH + 6;
  }
  if (!pools.length) html = '<text x="0" y="20" fill="#8a93a6">no workerpool yet</text>';
  svg.innerHTML = html;
}
setInterval(() => { if (lastTime) $("age").textContent = Math.max(0, Math.round((Date.now() - lastTime) / 100) / 10) + " s ago"; }, 200);
let pending = false;
const schedule = () => { if (pending) return; pending = true; setTimeout(() => { pending = false; refresh().catch((e) => console.error(e)); }, 100); };
const events = new EventSource("/events");
events.addEventListener("block", schedule);
events.onopen = () => { $("live").textContent = "live"; $("live").className = "ok"; };
events.onerror = () => { $("live").textContent = "reconnecting…"; $("live").className = "bad"; };
refresh().catch((e) => console.error(e));
</script>
</body>
</html>
`;
