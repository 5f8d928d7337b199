/**
 * The explorer page's core (browser JavaScript, embedded as text): escaping and link helpers, the
 * hash router, the search box and the live head from GET /events. Rule of this file and the views:
 * every value from the API goes through `esc` (or `link`, which escapes) before it is put into HTML.
 */
export const EXPLORER_CORE = String.raw`
const $ = (id) => document.getElementById(id);
const ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const esc = (s) => String(s === undefined || s === null ? "" : s).replace(/[&<>"']/g, (c) => ESC[c]);
const short = (h) => { const s = String(h); return s.length > 18 ? s.slice(0, 10) + "…" + s.slice(-4) : s; };
const rlc = (n) => { const v = BigInt(n); const neg = v < 0n; const a = neg ? -v : v; const w = a / 1000000000n; const f = (a % 1000000000n).toString().padStart(9, "0").replace(/0+$/, ""); return (neg ? "-" : "") + (f ? w + "." + f : String(w)); };
const when = (ms) => ms ? new Date(Number(ms)).toISOString().replace("T", " ").replace(/\.\d+Z$/, " UTC") : "–";
const ZERO_ADDRESS = "0x0000000000000000000000000000000000000000";
const KINDS = ["block", "tx", "address", "workerpool", "app", "dataset", "validator", "deal", "task", "order", "withdrawal"];
/** A link to an explorer page; the label is escaped, the id is URI-encoded. */
function link(kind, id, label) {
  if (id === undefined || id === null || id === "") return '<span class="muted">–</span>';
  if (!KINDS.includes(kind)) return esc(label === undefined ? id : label);
  const text = label === undefined ? (kind === "block" || kind === "withdrawal" ? String(id) : short(id)) : label;
  return '<a class="mono" data-kind="' + kind + '" href="#/' + kind + "/" + encodeURIComponent(String(id)) + '" title="' + esc(id) + '">' + esc(text) + "</a>";
}
/** An address: to the page of what it is when the caller knows it, the account page otherwise. */
const addr = (a, kind) => (a && a.toLowerCase() !== ZERO_ADDRESS ? link(kind || "address", a) : '<span class="muted">none</span>');
class HttpError extends Error { constructor(status, code, message) { super(message); this.status = status; this.code = code; } }
async function get(path) {
  const r = await fetch(path);
  const body = await r.json().catch(() => null);
  if (!r.ok) throw new HttpError(r.status, body && body.code, (body && body.message) || path + " answered " + r.status);
  return body;
}
const getOr = (path, fallback) => get(path).catch(() => fallback);
const cell = (c) => "<td>" + c + "</td>";
/** A table; headers are escaped, cells are HTML built with esc/link. */
const table = (id, headers, rows, empty) =>
  '<table id="' + id + '"><tr>' + headers.map((h) => "<th>" + esc(h) + "</th>").join("") + "</tr>" +
  rows.map((r) => "<tr>" + r.map(cell).join("") + "</tr>").join("") + "</table>" +
  (rows.length === 0 && empty ? '<p class="muted">' + esc(empty) + "</p>" : "");
const kv = (id, pairs) => '<table class="kv" id="' + id + '">' + pairs.map(([k, v]) => "<tr><th>" + esc(k) + "</th><td>" + v + "</td></tr>").join("") + "</table>";
const section = (title, html) => "<section><h2>" + esc(title) + "</h2>" + html + "</section>";
const STATUS_CLASS = { completed: "ok", success: "ok", active: "muted", revealing: "muted", failed: "bad", unknown: "muted" };
const status = (s) => '<span class="' + (STATUS_CLASS[s] || "") + '">' + esc(s) + "</span>";

// "Load more" buttons: the loader of each is kept here, the click is delegated.
const moreLoaders = new Map();
let moreIds = 0;
/** A button that appends rows to table #tableId with loader(); loader returns { rows, more }. */
function moreButton(tableId, loader) {
  const id = "more" + ++moreIds;
  moreLoaders.set(id, { tableId, loader });
  return '<button class="more" id="' + id + '" type="button">more</button>';
}
document.addEventListener("click", async (e) => {
  const target = e.target;
  if (!(target instanceof HTMLElement) || !moreLoaders.has(target.id)) return;
  const { tableId, loader } = moreLoaders.get(target.id);
  moreLoaders.delete(target.id);
  const { rows, more } = await loader();
  const t = $(tableId);
  for (const cells of rows) { const tr = t.insertRow(); tr.innerHTML = cells.map(cell).join(""); }
  if (more) target.outerHTML = moreButton(tableId, more); else target.remove();
});

// ---- router ----
let routeToken = 0;
async function route() {
  const token = ++routeToken;
  const parts = location.hash.replace(/^#\/?/, "").split("/").filter((p) => p !== "").map(decodeURIComponent);
  const name = parts[0] || "home";
  const view = VIEWS[name];
  const main = $("view");
  main.dataset.ready = "";
  main.dataset.page = name;
  moreLoaders.clear();
  let html;
  try {
    html = view ? await view(...parts.slice(1)) : section("Unknown page", "<p>" + esc(location.hash) + "</p>");
  } catch (err) {
    html = section(name + " not found", '<p class="bad" id="error">' + esc(err.message) + "</p>");
  }
  if (token !== routeToken) return; // a later navigation won
  main.className = name === "home" ? "" : "single";
  main.innerHTML = html;
  main.dataset.ready = "1";
  if (AFTER_RENDER[name]) AFTER_RENDER[name]();
}

// ---- search ----
$("search").addEventListener("submit", async (e) => {
  e.preventDefault();
  const q = $("q").value.trim();
  $("searchError").textContent = "";
  if (!q) return;
  try {
    const hit = await get("/search?q=" + encodeURIComponent(q));
    location.hash = "#/" + hit.kind + "/" + encodeURIComponent(hit.id);
  } catch (err) {
    $("searchError").textContent = err.status === 404 ? "nothing matches " + q : err.message;
  }
});

// ---- live head (SSE) ----
const live = { head: null, recent: [], lastStatusMs: 0 };
async function refreshStatus() {
  live.lastStatusMs = Date.now();
  const s = await get("/status");
  $("chain").textContent = s.chainId; $("peers").textContent = s.peers; $("mempool").textContent = s.mempoolTxs;
  if (!live.head) { $("height").textContent = s.height; live.head = { height: s.height, timeMs: s.headTimeMs }; }
}
function onBlock(b) {
  live.head = b;
  $("height").textContent = b.height;
  if (b.txs !== null && !live.recent.some((r) => r.height === b.height)) {
    live.recent.unshift(b);
    live.recent.length = Math.min(live.recent.length, 10);
    // the home page's recent blocks: one row in, the oldest out; nothing re-fetched
    const t = $("blocks");
    if (t && $("view").dataset.page === "home") {
      const tr = t.insertRow(1);
      tr.innerHTML = recentBlockRow(b).map(cell).join("");
      while (t.rows.length > 11) t.deleteRow(t.rows.length - 1);
    }
  }
  // peers and mempool: at most every 5 s, not per block
  if (Date.now() - live.lastStatusMs > 5000) refreshStatus().catch(() => {});
}
const recentBlockRow = (b) => [link("block", b.height), link("block", b.height, short(b.hash)), esc(b.txs), esc(when(b.timeMs))];
setInterval(() => { if (live.head) $("age").textContent = Math.max(0, Math.round((Date.now() - live.head.timeMs) / 100) / 10) + " s ago"; }, 200);

function start() {
  const events = new EventSource("/events");
  events.addEventListener("block", (e) => { try { onBlock(JSON.parse(e.data)); } catch (err) { console.error(err); } });
  events.onopen = () => { $("live").textContent = "live"; $("live").className = "ok"; };
  events.onerror = () => { $("live").textContent = "reconnecting…"; $("live").className = "bad"; };
  window.addEventListener("hashchange", route);
  refreshStatus().catch((e) => console.error(e));
  route();
}
`;
