import { describe, expect, it } from "@jest/globals";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import { memoryIo, stripAnsi } from "../helpers/memory-io.js";
import { fixture, tempDir } from "../helpers/paths.js";
import { checkScenario, cli, scenarios } from "./validate-scenarios.js";

describe("briefing validate (in-process)", () => {
  it.each(scenarios.map((s) => [s.name, s] as const))("%s", async (_name, s) => {
    const { io, stdout, stderr } = memoryIo({
      cwd: s.cwd ?? fixture(),
      ...(s.stdin !== undefined ? { stdin: s.stdin } : {}),
      ...(s.env ? { env: s.env } : {}),
      ...(s.tty ? { stdoutIsTTY: true } : {}),
    });
    const code = await main(s.args, io);
    checkScenario(s, code, stdout(), stderr());
  });
});

describe("reporters writing to files", () => {
  it("prints stylish and writes sarif in one run", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const { io, stdout } = memoryIo({ cwd: cli });
      const target = join(dir, "reports", "out.sarif");
      const code = await main(
        [
          "validate",
          "mixed",
          "-r",
          "stylish",
          "-r",
          `sarif=${target}`,
          "-r",
          `junit=${join(dir, "junit.xml")}`,
        ],
        io,
      );
      expect(code).toBe(1);
      expect(stripAnsi(stdout())).toMatch(/headline-length/);
      const log = JSON.parse(readFileSync(target, "utf8")) as {
        version: string;
        runs: { results: { ruleId: string }[] }[];
      };
      expect(log.version).toBe("2.1.0");
      expect(log.runs[0]?.results.map((r) => r.ruleId)).toContain("headline-length");
      expect(readFileSync(join(dir, "junit.xml"), "utf8")).toMatch(/^<\?xml/);
    } finally {
      cleanup();
    }
  });

  it("json reporter output parses and lists every file", async () => {
    const { io, stdout } = memoryIo({ cwd: cli });
    expect(await main(["validate", "mixed", "--reporter", "json"], io)).toBe(1);
    const results = JSON.parse(stdout()) as { path: string; errorCount: number }[];
    expect(results.map((r) => r.path)).toEqual([
      "mixed/good.yaml",
      "mixed/sub/broken.yaml",
      "mixed/sub/long-headline.yaml",
      "mixed/undated.yaml",
    ]);
    expect(results.map((r) => r.errorCount)).toEqual([0, 1, 1, 0]);
  });

  it("an unwritable report file is a usage error", async () => {
    const { io, stderr } = memoryIo({ cwd: cli });
    const code = await main(
      [
        "validate",
        "mixed/good.yaml",
        "-r",
        `json=${join(fixture("valid", "standard.yaml"), "x.json")}`,
      ],
      io,
    );
    expect(code).toBe(2);
    expect(stderr()).toMatch(
      /^briefing: cannot write report: .*x\.json: a file is in the way where a folder is needed\n$/,
    );
  });
});

describe("unreadable inputs", () => {
  const unreadable = "/proc/self/mem";
  const it_ = existsSync(unreadable) ? it : it.skip;
  it_("an unreadable file is reported, the rest still validated, exit 2", async () => {
    const { io, stdout } = memoryIo({ cwd: cli });
    const code = await main(
      ["validate", unreadable, "mixed/sub/long-headline.yaml", "-r", "json"],
      io,
    );
    expect(code).toBe(2);
    const results = JSON.parse(stdout()) as {
      path: string;
      problems: { rule: string; message: string }[];
    }[];
    expect(results[0]?.problems[0]).toMatchObject({
      rule: "io",
      message: "cannot read file: input/output error",
    });
    expect(results[1]?.problems.map((p) => p.rule)).toContain("headline-length");
  });
});
