/**
 * User-space netem for one TUN device: every IP packet read from the device (fd TUN_FD, attached by
 * topology.ts) is written back after `delayMs ± jitterMs` (uniform, as netem's jitter without a
 * distribution table), or dropped with probability `loss`. Packets reorder when their jitter crosses,
 * as with netem. Runs until killed.
 *
 *   TUN_FD=3 node --import tsx tunDelay.ts <delayMs> <jitterMs> <loss>
 */
import { read, writeSync } from "node:fs";

const fd = Number(process.env.TUN_FD);
const [delayMs, jitterMs, loss] = process.argv.slice(2, 5).map(Number) as [number, number, number];
if (!Number.isInteger(fd) || ![delayMs, jitterMs, loss].every(Number.isFinite)) {
  console.error("usage: TUN_FD=<fd> tunDelay.ts <delayMs> <jitterMs> <loss>");
  process.exit(2);
}

const buffer = Buffer.alloc(65_536);

function forward(packet: Buffer): void {
  try {
    writeSync(fd, packet);
  } catch {
    // the device went away (teardown) or the route is gone (partition): the packet is lost
  }
}

function next(): void {
  read(fd, buffer, 0, buffer.length, null, (err, length) => {
    if (err) {
      console.error(`tunDelay: read failed: ${err.message}`);
      process.exit(1);
    }
    const packet = Buffer.from(buffer.subarray(0, length));
    if (Math.random() >= loss) {
      setTimeout(() => forward(packet), delayMs + (Math.random() * 2 - 1) * jitterMs);
    }
    next();
  });
}

next();
