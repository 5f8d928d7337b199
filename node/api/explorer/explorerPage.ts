/**
 * The built-in explorer: one self-contained page (no build step, no external assets) served at
 * /explorer. Client-side hash routes (#/block/12, #/tx/0x…, #/address/0x…, …) render from the node's
 * own JSON API; GET /search resolves the search box; GET /events (SSE) moves the head and the recent
 * blocks without re-fetching them. Every value from the chain is escaped before it reaches the DOM
 * (tx fields, descriptions and names are attacker-chosen).
 */
import { EXPLORER_CORE } from "./explorerCore.js";
import { EXPLORER_HTML_HELPERS } from "./explorerHtml.js";
import { KECCAK_JS } from "./explorerKeccak.js";
import { EXPLORER_VIEWS } from "./explorerViews.js";

const STYLE = `
  :root { --bg:#0f1420; --panel:#171e2e; --text:#e6e9ef; --muted:#8a93a6; --accent:#f5c542; --ok:#4cc38a; --bad:#e5534b; --link:#7cb7ff; }
  * { box-sizing: border-box; }
  body { margin:0; font:14px/1.4 system-ui, sans-serif; background:var(--bg); color:var(--text); }
  a { color:var(--link); text-decoration:none; } a:hover { text-decoration:underline; }
  header { display:flex; flex-wrap:wrap; gap:20px; align-items:baseline; padding:12px 24px; border-bottom:1px solid #263049; }
  header h1 { font-size:18px; margin:0; } header h1 a { color:var(--accent); }
  header form { margin-left:auto; display:flex; gap:6px; align-items:baseline; }
  header input { width:340px; max-width:60vw; padding:6px 8px; background:#0b0f18; color:var(--text); border:1px solid #263049; border-radius:6px; }
  header button, button.more { background:#263049; color:var(--text); border:0; border-radius:6px; padding:6px 10px; cursor:pointer; }
  nav { padding:6px 24px; display:flex; gap:16px; border-bottom:1px solid #1d2539; }
  .stat b { font-size:18px; } .stat span { color:var(--muted); margin-right:6px; }
  main { display:grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap:16px; padding:16px 24px; }
  main.single { grid-template-columns: 1fr; }
  section { background:var(--panel); border-radius:8px; padding:12px 16px; overflow:auto; }
  h2 { font-size:14px; text-transform:uppercase; letter-spacing:.06em; color:var(--muted); margin:0 0 8px; }
  table { width:100%; border-collapse:collapse; font-variant-numeric: tabular-nums; }
  td, th { text-align:left; padding:4px 6px; border-bottom:1px solid #222b40; white-space:nowrap; vertical-align:top; }
  table.kv th { width:220px; } table.kv td { white-space:normal; word-break:break-all; }
  th { color:var(--muted); font-weight:500; }
  .mono { font-family: ui-monospace, monospace; font-size:12px; }
  .bar { height:8px; background:var(--accent); border-radius:4px; }
  .ok, .stat span.ok { color:var(--ok); } .bad, .stat span.bad { color:var(--bad); } .muted { color:var(--muted); }
  #searchError { color:var(--bad); }
`;

export const EXPLORER_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>PoCo sidechain explorer</title>
<style>${STYLE}</style>
</head>
<body>
<header>
  <h1><a href="#/">PoCo sidechain</a></h1>
  <div class="stat"><span>chain</span><b id="chain">–</b></div>
  <div class="stat"><span>height</span><b id="height">–</b></div>
  <div class="stat"><span>last block</span><b id="age">–</b></div>
  <div class="stat"><span>peers</span><b id="peers">–</b></div>
  <div class="stat"><span>mempool</span><b id="mempool">–</b></div>
  <div class="stat"><span id="live" class="muted">connecting…</span></div>
  <form id="search" autocomplete="off">
    <input id="q" name="q" maxlength="80" placeholder="height, block/tx hash, address, deal, task, order, w:&lt;withdrawal id&gt;">
    <button type="submit">Search</button>
    <span id="searchError"></span>
  </form>
</header>
<nav><a href="#/">Home</a><a href="#/orders">Order books</a><a href="#/withdrawals">Withdrawals</a></nav>
<main id="view"></main>
<script>
${KECCAK_JS}
${EXPLORER_HTML_HELPERS}
${EXPLORER_CORE}
${EXPLORER_VIEWS}
start();
</script>
</body>
</html>
`;
