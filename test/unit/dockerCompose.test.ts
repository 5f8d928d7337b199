import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { parse } from "yaml";

interface Service {
  command?: string[];
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, unknown>;
}

const compose = parse(readFileSync("docker-compose.yml", "utf8"), { merge: true }) as {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
};

/** `poco <command> --help` output, cached: the CLI is the source of truth for commands and flags. */
const helpCache = new Map<string, string>();
function help(command: string): string {
  if (!helpCache.has(command)) {
    helpCache.set(
      command,
      execFileSync(process.execPath, ["bin/poco.js", command, "--help"], { encoding: "utf8" }),
    );
  }
  return helpCache.get(command)!;
}

describe("docker-compose.yml", function () {
  this.timeout(60_000);

  it("runs only commands and flags that the poco CLI has", () => {
    for (const [name, service] of Object.entries(compose.services)) {
      assert.ok(Array.isArray(service.command) && service.command.length > 0, `${name} has a command`);
      const [command, ...args] = service.command!;
      const text = help(command!);
      for (const flag of args.filter((a) => a.startsWith("--"))) {
        assert.ok(text.includes(flag), `${name}: poco ${command} has no ${flag}`);
      }
    }
  });

  it("connects every node and the relayer to the Ethereum service and the bridge written by it", () => {
    const eth = compose.services.ethereum!.command!;
    const rpc = `http://ethereum:${eth[eth.indexOf("--port") + 1]}`;
    for (const [name, service] of Object.entries(compose.services)) {
      const cmd = service.command!;
      if (cmd[0] !== "node" && cmd[0] !== "bridge") continue;
      assert.equal(cmd[cmd.indexOf("--eth-rpc") + 1], rpc, `${name} uses the compose Ethereum node`);
      assert.equal(
        cmd[cmd.indexOf("--bridge-file") + 1],
        "/data/ethereum.json",
        `${name} reads the deployment`,
      );
    }
  });

  it("runs the workers the market job funds, against the scheduler it sets up", () => {
    const market = compose.services.market!.command!;
    const funded = Number(market[market.indexOf("--workers") + 1]);
    const workers = Object.entries(compose.services).filter(([, s]) => s.command?.[0] === "worker");
    assert.equal(workers.length, funded, "one worker service per funded worker key");
    const scheduler = compose.services.scheduler!.command!;
    assert.equal(scheduler[scheduler.indexOf("--workerpool-file") + 1], "/data/market.json");
    const schedulerUrl = `http://scheduler:${scheduler[scheduler.indexOf("--port") + 1]}`;
    for (const [name, service] of workers) {
      const cmd = service.command!;
      const i = name.split("-").pop();
      assert.equal(cmd[cmd.indexOf("--key") + 1], `/data/keys/worker-${i}.json`, `${name} uses a funded key`);
      assert.equal(cmd[cmd.indexOf("--scheduler-url") + 1], schedulerUrl);
      assert.equal(
        cmd[cmd.indexOf("--app-store") + 1],
        "/data/apps",
        `${name} reads the apps the market job wrote`,
      );
    }
  });

  it("uses declared volumes, distinct host ports, and paths that the init job writes", () => {
    const hostPorts = new Set<string>();
    for (const [name, service] of Object.entries(compose.services)) {
      for (const volume of service.volumes ?? []) {
        const source = volume.split(":")[0]!;
        if (!source.startsWith(".") && !source.startsWith("/"))
          assert.ok(compose.volumes?.[source] !== undefined, `${name}: volume ${source} declared`);
      }
      for (const port of service.ports ?? []) {
        const host = port.split(":")[0]!;
        assert.ok(!hostPorts.has(host), `host port ${host} used twice`);
        hostPorts.add(host);
        const container = port.split(":")[1]!;
        const cmd = service.command!;
        const flag = cmd.includes("--api-port") ? "--api-port" : "--port";
        assert.equal(
          container,
          cmd[cmd.indexOf(flag) + 1],
          `${name}: the published port is the one it listens on`,
        );
      }
    }
    const init = compose.services.init!.command!;
    const validators = Number(init[init.indexOf("--validators") + 1]);
    const nodes = Object.entries(compose.services).filter(([, s]) => s.command?.[0] === "node");
    assert.equal(nodes.length, validators, "one node service per validator written by init");
    for (const [name, service] of nodes) {
      assert.ok(service.depends_on?.init, `${name} waits for init`);
      const i = name.split("-").pop();
      const cmd = service.command!.join(" ");
      assert.ok(
        cmd.includes(`/data/node-${i} `) &&
          cmd.includes(`validator-${i}.json`) &&
          cmd.includes(`/data/node-${i}/bootstrap.txt`),
        `${name} uses its own files`,
      );
    }
  });
});
