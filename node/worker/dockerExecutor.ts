/**
 * The production executor for `docker://<image>` apps (not run in CI here: no Docker engine). The
 * input goes to the container's stdin, the output is its stdout, with the same typed errors as the
 * WebAssembly executor. The container runs with no network, a read-only root, no capabilities, a
 * pids limit, a memory and CPU cap, and is killed on a wall-clock timeout. Unlike the WebAssembly
 * sandbox, determinism is the app's business (result consensus catches the rest).
 */
import { spawn } from "node:child_process";
import { type ExecutionResult, ExecutorError, ExecutorErrorCode, resultDigestOf } from "./wasmExecutor.js";

export interface DockerExecutorOptions {
  /** The docker CLI (default "docker"). */
  docker?: string;
  memoryMb?: number;
  cpus?: number;
  timeoutMs?: number;
  maxOutputBytes?: number;
  signal?: AbortSignal;
}

const IMAGE = /^[a-z0-9][a-z0-9._/:@-]{0,254}$/;

/** The `docker run` arguments for an image (sandboxed, stdin open, removed after, named to be killable). */
export function dockerArgs(image: string, o: DockerExecutorOptions = {}, name?: string): string[] {
  if (!IMAGE.test(image))
    throw new ExecutorError(ExecutorErrorCode.BAD_APP, `bad image name ${image.slice(0, 64)}`);
  return [
    "run",
    "--rm",
    "-i",
    ...(name ? [`--name=${name}`] : []),
    "--network=none",
    "--read-only",
    "--cap-drop=ALL",
    "--security-opt=no-new-privileges",
    "--pids-limit=64",
    `--memory=${o.memoryMb ?? 512}m`,
    `--cpus=${o.cpus ?? 1}`,
    image,
  ];
}

/** Runs `docker://image` on `input`. */
export function executeDocker(
  image: string,
  input: Uint8Array,
  o: DockerExecutorOptions = {},
): Promise<ExecutionResult> {
  const name = `poco-task-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  const args = dockerArgs(image, o, name);
  const docker = o.docker ?? "docker";
  const maxOutput = o.maxOutputBytes ?? 16 * 1024 * 1024;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(docker, args, { stdio: ["pipe", "pipe", "ignore"] });
    const chunks: Buffer[] = [];
    let size = 0;
    let failure: ExecutorError | undefined;
    let settled = false;
    const done = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      o.signal?.removeEventListener("abort", onAbort);
      fn();
    };
    // killing the CLI does not stop the container: kill it by name too, and answer at once
    const kill = (err: ExecutorError) => {
      failure ??= err;
      child.kill("SIGKILL");
      spawn(docker, ["kill", name], { stdio: "ignore" }).on("error", () => undefined);
      done(() => reject(err));
    };
    const timer = setTimeout(
      () => kill(new ExecutorError(ExecutorErrorCode.TIMEOUT, `app ran past ${o.timeoutMs ?? 60_000} ms`)),
      o.timeoutMs ?? 60_000,
    );
    const onAbort = () => kill(new ExecutorError(ExecutorErrorCode.ABORTED, "aborted"));
    o.signal?.addEventListener("abort", onAbort);
    child.stdout.on("data", (c: Buffer) => {
      size += c.length;
      if (size > maxOutput)
        kill(new ExecutorError(ExecutorErrorCode.TRAP, `output exceeds ${maxOutput} bytes`));
      else chunks.push(c);
    });
    child.stdin.on("error", () => undefined); // the app may exit without reading its input
    child.stdin.end(input);
    child.on("error", (err: Error & { code?: string }) => {
      failure ??= new ExecutorError(
        ExecutorErrorCode.BAD_APP,
        err.code === "ENOENT" ? "the docker CLI is not available" : err.message,
      );
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      o.signal?.removeEventListener("abort", onAbort);
      if (failure) return reject(failure);
      if (code === 137)
        return reject(new ExecutorError(ExecutorErrorCode.MEMORY, "container killed (out of memory)"));
      if (code === 125)
        return reject(new ExecutorError(ExecutorErrorCode.BAD_APP, "docker could not run the image"));
      if (code !== 0)
        return reject(new ExecutorError(ExecutorErrorCode.TRAP, `app exited with code ${code}`));
      const output = new Uint8Array(Buffer.concat(chunks));
      resolve({ output, digest: resultDigestOf(output), durationMs: performance.now() - started });
    });
  });
}
