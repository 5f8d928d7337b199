/**
 * HTML helpers of the explorer page (browser JavaScript, embedded as text; no DOM access, so unit
 * tests run them in Node): escaping, links to pages, tables. The rule of the page: every value from
 * the API goes through `esc` (or `link`/`addr`, which escape) before it is put into HTML.
 */
export const EXPLORER_HTML_HELPERS = String.raw`
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
const addr = (a, kind, label) => (a && a.toLowerCase() !== ZERO_ADDRESS ? link(kind || "address", a, label) : '<span class="muted">none</span>');
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
`;
