/**
 * The explorer page's core (browser JavaScript, embedded as text): fetching, "more" buttons, the hash
 * router, the search box and the live head from GET /events. HTML is built only with the helpers of
 * explorerHtml.ts (every value from the API goes through `esc`, or `link`, which escapes).
 */
export const EXPLORER_CORE = String.raw`
const $ = (id) => document.getElementById(id);
class HttpError extends Error { constructor(status, code, message) { super(message); this.status = status; this.code = code; } }
async function get(path) {
  const r = await fetch(path);
  const body = await r.json().catch(() => null);
  if (!r.ok) throw new HttpError(r.status, body && body.code, (body && body.message) || path + " answered " + r.status);
  return body;
}
const getOr = (path, fallback) => get(path).catch(() => fallback);
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
      refreshHomeBridge();
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
