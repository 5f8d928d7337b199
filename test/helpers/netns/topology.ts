/**
 * A real network for 4 validators built from Linux network namespaces (root needed), all of it
 * inside namespaces this helper creates — the host's own namespace, interfaces and routes are never
 * touched:
 *
 *   n0 ─┐              ┌─ n2        nI: one validator each, eth0 = 10.213.I.2/24, default via the router
 *       ├─ ra ═trunk═ rb ┤            ra, rb: routers (ip_forward on); the trunk is a veth pair
 *   n1 ─┘              └─ n3        partition 2|2 = the trunk's link set down; heal = set up
 *
 * Link emulation: every packet a router receives from one of its validators is policy-routed into a
 * TUN device (`emu`) read by tunDelay.ts, which writes it back after 50 ms ± 10 ms and drops 1 % —
 * what `tc qdisc … netem delay 50ms 10ms loss 1%` does. This kernel has no netem (nor any tc
 * classifier): the same emulation runs in user space, per packet, at the same place a netem qdisc on
 * the validators' links would act. Each packet is delayed exactly once (at its source's router).
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export interface LinkEmulation {
  delayMs: number;
  jitterMs: number;
  /** Probability of dropping a packet (0.01 = 1 %). */
  loss: number;
}

/** Opens /dev/net/tun attached to the named TUN device (TUNSETIFF) and execs the rest with its fd. */
const TUN_ATTACH = [
  "BEGIN { $^F = 255 }", // keep the fd open across exec
  "my $name = shift @ARGV;",
  'open(my $fh, "+<", "/dev/net/tun") or die "open /dev/net/tun: $!";',
  // struct ifreq: name[16], flags = IFF_TUN | IFF_NO_PI; TUNSETIFF = _IOW('T', 202, int)
  'ioctl($fh, 0x400454ca, pack("Z16 s x22", $name, 0x1001)) or die "TUNSETIFF $name: $!";',
  "$ENV{TUN_FD} = fileno($fh);",
  'exec(@ARGV) or die "exec: $!";',
].join(" ");

const PREFIX = "pocotest";

function run(args: string[]): string {
  return execFileSync("ip", args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * What this machine lacks to run the netns e2e (empty when it can): this test is required in CI,
 * which runs as root, so a missing piece is a failure with a clear message, never a skip.
 */
export function netnsProblems(): string[] {
  const problems: string[] = [];
  if (process.getuid?.() !== 0) problems.push(`must run as root (uid ${process.getuid?.()})`);
  for (const [bin, args] of [
    ["ip", ["-V"]],
    ["perl", ["-e", "1"]],
  ] as const) {
    try {
      execFileSync(bin, args, { stdio: "ignore" });
    } catch {
      problems.push(`\`${bin}\` is not available`);
    }
  }
  if (!existsSync("/dev/net/tun")) problems.push("/dev/net/tun is missing (no TUN support)");
  return problems;
}

export class NetnsTopology {
  readonly name: string;
  readonly nodes: string[];
  private readonly routers: [string, string];
  private readonly emulators: ChildProcess[] = [];
  private created: string[] = [];
  private readonly onExit = () => this.destroySync();

  constructor(
    readonly size = 4,
    private readonly emulation: LinkEmulation = { delayMs: 50, jitterMs: 10, loss: 0.01 },
  ) {
    this.name = `${PREFIX}${process.pid}`;
    this.nodes = Array.from({ length: size }, (_, i) => `${this.name}-n${i}`);
    this.routers = [`${this.name}-ra`, `${this.name}-rb`];
  }

  /** Node i's address (p2p listens there). */
  address(i: number): string {
    return `10.213.${i}.2`;
  }

  /** The router of node i: the first half of the nodes on `ra`, the rest on `rb`. */
  private routerOf(i: number): string {
    return i < this.size / 2 ? this.routers[0] : this.routers[1];
  }

  /** Namespaces left by an earlier run that was killed (its process is gone). */
  static removeStale(): void {
    const list = run(["netns", "list"])
      .split("\n")
      .map((l) => l.split(" ")[0]!)
      .filter((n) => n.startsWith(PREFIX));
    for (const ns of list) {
      const pid = Number(ns.slice(PREFIX.length).split("-")[0]);
      if (Number.isInteger(pid) && pid !== process.pid && !processAlive(pid)) {
        try {
          run(["netns", "del", ns]);
        } catch {
          // already gone
        }
      }
    }
  }

  private addNamespace(ns: string): void {
    run(["netns", "add", ns]);
    this.created.push(ns);
    run(["-n", ns, "link", "set", "lo", "up"]);
  }

  create(): void {
    process.once("exit", this.onExit);
    NetnsTopology.removeStale();
    for (const r of this.routers) {
      this.addNamespace(r);
      execFileSync("ip", [
        ..."netns exec".split(" "),
        r,
        "sysctl",
        "-qw",
        "net.ipv4.ip_forward=1",
        "net.ipv4.conf.all.rp_filter=0",
        "net.ipv4.conf.default.rp_filter=0",
      ]);
      run(["-n", r, "tuntap", "add", "dev", "emu", "mode", "tun"]);
      run(["-n", r, "link", "set", "emu", "up"]);
      run(["-n", r, "route", "add", "default", "dev", "emu", "table", "100"]);
    }
    for (let i = 0; i < this.size; i++) {
      const ns = this.nodes[i]!;
      const router = this.routerOf(i);
      this.addNamespace(ns);
      run(["link", "add", "eth0", "netns", ns, "type", "veth", "peer", "name", `v${i}`, "netns", router]);
      run(["-n", ns, "addr", "add", `${this.address(i)}/24`, "dev", "eth0"]);
      run(["-n", ns, "link", "set", "eth0", "up"]);
      run(["-n", ns, "route", "add", "default", "via", `10.213.${i}.1`]);
      run(["-n", router, "addr", "add", `10.213.${i}.1/24`, "dev", `v${i}`]);
      run(["-n", router, "link", "set", `v${i}`, "up"]);
      // Everything that comes from a validator goes through the emulator first.
      run(["-n", router, "rule", "add", "iif", `v${i}`, "lookup", "100"]);
    }
    const [ra, rb] = this.routers;
    run(["link", "add", "trunk", "netns", ra, "type", "veth", "peer", "name", "trunk", "netns", rb]);
    run(["-n", ra, "addr", "add", "10.213.100.1/30", "dev", "trunk"]);
    run(["-n", rb, "addr", "add", "10.213.100.2/30", "dev", "trunk"]);
    this.heal();
    for (const r of this.routers) this.startEmulator(r);
  }

  private startEmulator(router: string): void {
    const { delayMs, jitterMs, loss } = this.emulation;
    const script = join(import.meta.dirname, "tunDelay.ts");
    const child = spawn(
      "ip",
      [
        ..."netns exec".split(" "),
        router,
        "perl",
        "-e",
        TUN_ATTACH,
        "emu",
        process.execPath,
        "--import",
        "tsx",
        script,
        String(delayMs),
        String(jitterMs),
        String(loss),
      ],
      { stdio: ["ignore", "ignore", "inherit"] },
    );
    this.emulators.push(child);
  }

  /** Routes across the trunk (removed by the kernel whenever the trunk goes down). */
  private trunkRoutes(): void {
    const [ra, rb] = this.routers;
    for (let i = 0; i < this.size; i++) {
      const [router, via] = this.routerOf(i) === ra ? [rb, "10.213.100.1"] : [ra, "10.213.100.2"];
      run(["-n", router, "route", "replace", `10.213.${i}.0/24`, "via", via]);
    }
  }

  /** Cuts the trunk: the first half of the validators cannot reach the second half. */
  partition(): void {
    run(["-n", this.routers[0], "link", "set", "trunk", "down"]);
  }

  heal(): void {
    for (const r of this.routers) run(["-n", r, "link", "set", "trunk", "up"]);
    this.trunkRoutes();
  }

  /** The command prefix that runs a program inside node i's namespace. */
  execPrefix(i: number): string[] {
    return ["ip", "netns", "exec", this.nodes[i]!];
  }

  destroySync(): void {
    for (const e of this.emulators) if (e.exitCode === null) e.kill("SIGKILL");
    this.emulators.length = 0;
    for (const ns of this.created.reverse()) {
      try {
        run(["netns", "del", ns]);
      } catch {
        // already gone
      }
    }
    this.created = [];
    process.removeListener("exit", this.onExit);
  }
}
