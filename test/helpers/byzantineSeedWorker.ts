/**
 * A worker thread of the byzantine harness: runs the seed ranges it is sent ({ from, to }) and answers
 * each with the failing seeds' reports (an empty array when every invariant held).
 */
import { parentPort, workerData } from "node:worker_threads";
import { runSeeds } from "./byzantineSeed.js";

const { dir } = workerData as { dir: string };
parentPort!.on("message", (range: { from: number; to: number }) => {
  void runSeeds(range.from, range.to, dir).then(
    (failures) => parentPort!.postMessage(failures),
    (err: Error) => parentPort!.postMessage([`seeds ${range.from}–${range.to} threw: ${err.stack ?? err}`]),
  );
});
