/** Runs `poco node` in a child process and reads its "ready" line for the API address. */
import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";

export interface NodeProcess {
  child: ChildProcess;
  apiUrl: string;
  exited: Promise<number | null>;
}

/** `wrapper`: a command that runs the node, e.g. `ip netns exec <ns>` (it must exec, not fork). */
export async function startNodeProcess(
  args: string[],
  timeoutMs = 20_000,
  wrapper: string[] = [],
): Promise<NodeProcess> {
  const nodeArgs = process.env.POCO_NODE_PROFILE
    ? ["--cpu-prof", `--cpu-prof-dir=${process.env.POCO_NODE_PROFILE}`]
    : [];
  const command = [...wrapper, process.execPath, ...nodeArgs, "bin/poco.js", "node", ...args];
  const child = spawn(command[0]!, command.slice(1), {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, POCO_LOG_LEVEL: process.env.POCO_NODE_LOG_LEVEL ?? "warn" },
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  const lines = createInterface({ input: child.stdout! });
  if (process.env.POCO_NODE_LOG_FILE) {
    const { appendFileSync } = await import("node:fs");
    lines.on("line", (line) => appendFileSync(process.env.POCO_NODE_LOG_FILE!, `${line}\n`));
  }
  const apiUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`node not ready after ${timeoutMs} ms: ${stderr}`)),
      timeoutMs,
    );
    lines.on("line", (line) => {
      if (!line.includes('"event":"ready"')) return;
      clearTimeout(timer);
      resolve((JSON.parse(line) as { api: string }).api);
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`node exited with ${code} before ready: ${stderr}`));
    });
  });
  return { child, apiUrl, exited };
}
