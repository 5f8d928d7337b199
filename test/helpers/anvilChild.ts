/**
 * A parent process for the Anvil watchdog test: starts Anvil through `startAnvil` (watchdog, pid
 * file given as argv[2]), prints its port as one JSON line, then idles until killed.
 */
import { startAnvil } from "../../bridge/devnet.js";

const anvil = await startAnvil([], { pidFile: process.argv[2] });
console.log(JSON.stringify({ port: anvil.port }));
setInterval(() => {}, 60_000);
