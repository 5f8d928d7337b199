import assert from "node:assert/strict";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { addConfigOption, configPathFrom } from "../../node/cli/configFile.js";
import { tempDir } from "../helpers/fixtures.js";

/** A program with one `run` command shaped like `poco node`'s flags; returns the options it ran with. */
async function run(argv: string[]): Promise<Record<string, unknown>> {
  let seen: Record<string, unknown> = {};
  const program = new Command().exitOverride();
  const command = program
    .command("run")
    .requiredOption("--data-dir <dir>", "data")
    .option(
      "--block-time <ms>",
      "block time",
      (v: string) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 50)
          throw new InvalidArgumentError("--block-time must be an integer ≥ 50");
        return n;
      },
      500,
    )
    .option("--bootstrap <addrs>", "peers", "")
    .option("--archive", "keep all history")
    .action((opts: Record<string, unknown>) => {
      seen = opts;
    });
  addConfigOption(command);
  const saved = process.argv;
  process.argv = ["node", "poco", ...argv];
  try {
    await program.parseAsync(process.argv);
  } finally {
    process.argv = saved;
  }
  return seen;
}

describe("config file (--config)", () => {
  let dir: string;
  before(() => {
    dir = tempDir();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it("finds --config in raw arguments in both spellings, and not after --", () => {
    assert.equal(configPathFrom(["node", "--config", "a.yaml"]), "a.yaml");
    assert.equal(configPathFrom(["node", "--config=b.yaml", "--x"]), "b.yaml");
    assert.equal(configPathFrom(["node", "--", "--config", "c"]), undefined);
    assert.throws(() => configPathFrom(["node", "--config"]), /CLI_CONFIG_MISSING_PATH|needs a file path/);
  });

  it("takes values from the file, satisfies required flags, and lets command-line flags win", async () => {
    const path = file(
      "ok.yaml",
      "data-dir: /var/poco\nblock-time: 250\nbootstrap:\n  - /ip4/127.0.0.1/tcp/1/p2p/a\n  - /ip4/127.0.0.1/tcp/2/p2p/b\narchive: true\n",
    );
    const fromFile = await run(["run", "--config", path]);
    assert.equal(fromFile.dataDir, "/var/poco");
    assert.equal(fromFile.blockTime, 250); // parsed by the flag's own parser: a number
    assert.equal(fromFile.bootstrap, "/ip4/127.0.0.1/tcp/1/p2p/a,/ip4/127.0.0.1/tcp/2/p2p/b");
    assert.equal(fromFile.archive, true);
    const overridden = await run(["run", "--config", path, "--block-time", "100", "--data-dir", "/tmp/d"]);
    assert.equal(overridden.blockTime, 100);
    assert.equal(overridden.dataDir, "/tmp/d");
    const defaults = await run(["run", "--data-dir", "/x"]);
    assert.equal(defaults.blockTime, 500);
  });

  it("refuses unknown keys, bad values, wrong types and non-mappings with the key named", async () => {
    await assert.rejects(
      run(["run", "--config", file("k.yaml", "data-dir: /d\nblock-tme: 100\n")]),
      (err: Error & { code?: string }) => {
        assert.equal(err.code, "CLI_CONFIG_UNKNOWN_KEY");
        assert.match(err.message, /"block-tme"/);
        assert.match(err.message, /block-time/); // lists the valid keys
        return true;
      },
    );
    await assert.rejects(
      run(["run", "--config", file("v.yaml", "data-dir: /d\nblock-time: 10\n")]),
      /block-time.*≥ 50/,
    );
    await assert.rejects(
      run(["run", "--config", file("t.yaml", "data-dir: /d\narchive: yes please\n")]),
      /"archive" takes true or false/,
    );
    await assert.rejects(
      run(["run", "--config", file("o.yaml", "data-dir: { a: 1 }\n")]),
      /"data-dir" takes a string/,
    );
    await assert.rejects(run(["run", "--config", file("l.yaml", "- a\n- b\n")]), /must be a mapping/);
    await assert.rejects(run(["run", "--config", file("y.yaml", "a: [\n")]), /not valid YAML/);
    await assert.rejects(run(["run", "--config", join(dir, "missing.yaml")]), /cannot read config file/);
  });
});
