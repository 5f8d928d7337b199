import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { serviceKeyFiles } from "../../node/cli/devnetSecrets.js";

interface Service {
  command?: string[];
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  user?: string;
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
      assert.equal(cmd[cmd.indexOf("--scheduler-url") + 1], schedulerUrl);
      assert.equal(
        cmd[cmd.indexOf("--app-store") + 1],
        "/data/apps",
        `${name} reads the apps the market job wrote`,
      );
      const port = service.ports![0]!.split(":")[1];
      assert.equal(
        cmd[cmd.indexOf("--public-url") + 1],
        `http://127.0.0.1:${port}`,
        `${name}: result URLs reachable from the host`,
      );
    }
  });

  it("gives each signing service only its own key, read-only, written by init (no service mounts another's)", () => {
    const init = compose.services.init!;
    const cmd = init.command!;
    const validators = Number(cmd[cmd.indexOf("--validators") + 1]);
    const workers = Number(cmd[cmd.indexOf("--workers") + 1]);
    const secretsDir = cmd[cmd.indexOf("--secrets-dir") + 1];
    const services = Object.keys(serviceKeyFiles(validators, workers));
    for (const name of services) {
      const service = compose.services[name];
      assert.ok(service, `${name} is a service`);
      assert.ok(init.volumes!.includes(`secret-${name}:${secretsDir}/${name}`), `init writes ${name}'s key`);
      const secrets = service.volumes!.filter((v) => v.startsWith("secret-"));
      assert.deepEqual(
        secrets,
        [`secret-${name}:/run/secrets/poco:ro`],
        `${name} mounts only its own secret`,
      );
      const c = service.command!;
      const flag = c.includes("--relay-key") ? "--relay-key" : "--key";
      assert.equal(c[c.indexOf(flag) + 1], "/run/secrets/poco/key.json", `${name} signs with its secret`);
    }
    for (const [name, service] of Object.entries(compose.services)) {
      const sharesKeys = (service.volumes ?? []).some((v) => v.startsWith("keys:"));
      assert.equal(
        sharesKeys,
        ["init", "ethereum", "market"].includes(name),
        `${name}: the shared keys volume`,
      );
      assert.equal(service.user === "root", name === "init", `${name}: only init runs as root`);
    }
  });

  it("health-checks every long-running service, starts dependants once healthy, publishes on loopback only", () => {
    for (const [name, service] of Object.entries(compose.services)) {
      for (const port of service.ports ?? [])
        assert.match(port, /^127\.0\.0\.1:\d+:\d+$/, `${name}: ${port}`);
      const oneOff = ["init", "market"].includes(name);
      assert.equal(service.healthcheck !== undefined, !oneOff, `${name}: health check`);
      for (const [dep, { condition }] of Object.entries(service.depends_on ?? {})) {
        const expected = ["init", "market"].includes(dep)
          ? "service_completed_successfully"
          : "service_healthy";
        assert.equal(condition, expected, `${name} waits for ${dep}`);
      }
    }
    for (const name of ["relayer", "validator-0"]) {
      assert.match(
        compose.services[name]!.healthcheck!.test.join(" "),
        /\/ready/,
        `${name} is healthy when ready`,
      );
    }
  });

  it("builds the image once: the runtime stage has the build and production modules only, and runs as node", () => {
    const dockerfile = readFileSync("Dockerfile", "utf8");
    const runtime = dockerfile.slice(dockerfile.lastIndexOf("\nFROM "));
    assert.match(dockerfile, /FROM [^\n]+ AS build/);
    assert.match(dockerfile, /npm prune --omit=dev/);
    assert.doesNotMatch(runtime, /COPY \. \./, "no sources in the runtime stage");
    assert.match(runtime, /COPY --from=build \/app\/dist/);
    assert.match(runtime, /\nUSER node\n/);
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
        const [, host, container] = port.split(":");
        assert.ok(!hostPorts.has(host!), `host port ${host} used twice`);
        hostPorts.add(host!);
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
          cmd.includes(`/data/node-${i}/bootstrap.txt`) &&
          cmd.includes(`--p2p-announce /dns4/${name}/tcp/9000`),
        `${name} uses its own files and announces its service name`,
      );
    }
  });
});
