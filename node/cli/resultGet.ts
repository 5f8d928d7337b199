/**
 * `poco result get <taskId>`: downloads a completed task's result bytes from where the chain says they
 * are served and checks them against the task's on-chain result digest (keccak256 of the bytes); bytes
 * that differ are refused (nothing written, non-zero exit).
 *
 * Where: the task's recorded `results` (set by its finalize): a URL, `{"url": …}`, or the scheduler's
 * `{"scheduler": <url>, "task": …}`, whose `GET /results/:taskId` lists the copies of the workers that
 * proved the result; plus any `--url` given. Every source is hostile: http(s) only, bounded size and
 * time, and only bytes with the right digest are kept.
 */
import { writeFileSync } from "node:fs";
import { request as httpGet } from "node:http";
import { request as httpsGet } from "node:https";
import type { Command } from "commander";
import { ApiClient } from "./apiClient.js";
import { hash32, intInRange } from "./args.js";
import { CliError } from "./cliError.js";
import { addJsonOption, emit } from "./output.js";
import { DEFAULT_API } from "./txSubmit.js";

const TIMEOUT_MS = 30_000;

/** GETs `url` (http or https), refusing answers above `maxBytes`. */
export function download(url: string, maxBytes: number): Promise<Uint8Array> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.reject(new Error(`not a URL: ${url.slice(0, 200)}`));
  }
  if (target.protocol !== "http:" && target.protocol !== "https:")
    return Promise.reject(new Error(`only http(s) URLs are fetched: ${url.slice(0, 200)}`));
  const get = target.protocol === "https:" ? httpsGet : httpGet;
  return new Promise((resolve, reject) => {
    const req = get(target, { method: "GET", timeout: TIMEOUT_MS }, (res) => {
      if ((res.statusCode ?? 0) < 200 || (res.statusCode ?? 0) >= 300) {
        res.resume();
        reject(new Error(`${url} answered ${res.statusCode}`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) req.destroy(new Error(`${url}: more than ${maxBytes} bytes`));
        else chunks.push(chunk);
      });
      res.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error(`${url}: no answer within ${TIMEOUT_MS} ms`)));
    req.on("error", reject);
    req.end();
  });
}

/** The result locations a task's recorded `results` (hex of UTF-8) names. */
export async function resultSources(resultsHex: string, taskId: string): Promise<string[]> {
  const text = Buffer.from(resultsHex.replace(/^0x/, ""), "hex").toString("utf8").trim();
  if (/^https?:\/\//.test(text)) return [text];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  if (typeof json !== "object" || json === null) return [];
  const r = json as { url?: unknown; location?: unknown; scheduler?: unknown };
  const direct = [r.url, r.location].filter((u): u is string => typeof u === "string");
  if (typeof r.scheduler !== "string") return direct;
  return [...direct, ...(await schedulerSources(r.scheduler, taskId))];
}

/** The copies a workerpool's scheduler service lists for a task (its provers' result servers). */
export async function schedulerSources(scheduler: string, taskId: string): Promise<string[]> {
  try {
    const listing = JSON.parse(
      Buffer.from(await download(`${scheduler.replace(/\/+$/, "")}/results/${taskId}`, 1024 * 1024)).toString(
        "utf8",
      ),
    ) as { urls?: unknown };
    const urls = Array.isArray(listing.urls)
      ? listing.urls.filter((u): u is string => typeof u === "string")
      : [];
    return urls.slice(0, 32);
  } catch {
    return [];
  }
}

export function registerResultGet(result: Command): void {
  addJsonOption(
    result
      .command("get")
      .description(
        "download a completed task's result from where the chain records it and check it against the on-chain result digest",
      )
      .argument("<taskId>", "task id (0x + 64 hex digits)"),
  )
    .option("--out <file>", "write the result here (default: standard output)")
    .option("--url <url...>", "also try these copies of the result")
    .option(
      "--scheduler <url>",
      "also ask this workerpool scheduler service for its provers' copies (a task the chain finalized by itself records no location)",
    )
    .option("--max-mb <n>", "largest result accepted, MiB (1..1024)", "64")
    .option("--api <url>", "node API", DEFAULT_API)
    .addHelpText(
      "after",
      `
Examples:
  poco result get 0xTaskId… --out result.bin
  poco result get 0xTaskId… --scheduler http://127.0.0.1:7070 --out result.bin   # the pool's provers' copies
  poco result get 0xTaskId… --url http://worker.example/results/0xTaskId… --out result.bin --json

Bytes whose keccak256 differs from the task's on-chain result digest are refused: nothing is
written and the command exits with RESULT_DIGEST_MISMATCH.
`,
    )
    .action(
      async (
        id: string,
        opts: {
          out?: string;
          url?: string[];
          scheduler?: string;
          maxMb: string;
          api: string;
          json?: boolean;
        },
      ) => {
        const taskId = hash32("task id", id);
        const maxBytes = intInRange("--max-mb", opts.maxMb, 1, 1024) * 1024 * 1024;
        if (opts.json && opts.out === undefined)
          throw new CliError("CLI_BAD_ARGUMENT", "--json prints a summary: give --out for the result");
        const task = await new ApiClient(opts.api).request<{
          status: string;
          resultDigest: string | null;
          results: string;
        }>("GET", `/tasks/${taskId}`);
        if (task.status !== "completed" || !task.resultDigest)
          throw new CliError("RESULT_NOT_AVAILABLE", `task ${taskId} is ${task.status}, it has no result`);
        const sources = [
          ...(opts.url ?? []),
          ...(await resultSources(task.results, taskId)),
          ...(opts.scheduler === undefined ? [] : await schedulerSources(opts.scheduler, taskId)),
        ];
        if (sources.length === 0)
          throw new CliError(
            "RESULT_NO_SOURCE",
            `task ${taskId} records no result location; give one with --url or --scheduler`,
          );
        const { keccak256, toHex } = await import("../crypto/hash.js");
        const refused: string[] = [];
        let mismatched = false;
        for (const url of sources) {
          let bytes: Uint8Array;
          try {
            bytes = await download(url, maxBytes);
          } catch (err) {
            refused.push(`${url}: ${(err as Error).message}`);
            continue;
          }
          const digest = toHex(keccak256(bytes));
          if (digest !== task.resultDigest) {
            mismatched = true;
            refused.push(`${url}: digest ${digest}`);
            continue;
          }
          if (opts.out === undefined) {
            process.stdout.write(bytes);
            return;
          }
          writeFileSync(opts.out, bytes);
          emit(opts, { taskId, resultDigest: digest, bytes: bytes.length, source: url, out: opts.out });
          return;
        }
        throw new CliError(
          mismatched ? "RESULT_DIGEST_MISMATCH" : "RESULT_UNAVAILABLE",
          `no copy of task ${taskId}'s result matches its on-chain digest ${task.resultDigest}; refused:\n  ${refused.join("\n  ")}`,
        );
      },
    );
}
