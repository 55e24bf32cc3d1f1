import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { compileSchema } from "../../src/io/ajv.js";
import type { SchemaCheck } from "../../src/core/schema.js";
import { parse } from "yaml";
import { fixture, root } from "../helpers/paths.js";

// These run the built CLI (npm test builds first) as a user would.
const bin = join(root, "bin", "briefing.js");

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    input: input ?? "",
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe("the built briefing command", () => {
  it("is built: the bundle the bin loads exists", () => {
    const entry = /from "(\.\.\/dist\/[^"]+)"/.exec(readFileSync(bin, "utf8"))?.[1];
    expect(entry).toBe("../dist/bundle/cli.js");
    expect(existsSync(join(root, "bin", entry ?? ""))).toBe(true);
  });

  it("--version prints the package version", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    expect(run(["--version"])).toEqual({ code: 0, out: `${pkg.version}\n`, err: "" });
  });

  it("validates the shipped examples cleanly", () => {
    const { code, out, err } = run(["validate", "examples"]);
    expect({ code, out, err }).toEqual({ code: 0, out: "", err: "" });
  });

  it("reports problems with exit 1", () => {
    const { code, out } = run(["validate", "test/fixtures/invalid/bullet-count.yaml"]);
    expect(code).toBe(1);
    expect(out).toMatch(/7:7 +error +Details must have at least 2 bullets; it has 1 +bullet-count/);
  });

  it("reads stdin", () => {
    const { code, out } = run(["validate", "-", "-r", "json"], "headline: 1\n");
    expect(code).toBe(1);
    expect((JSON.parse(out) as { path: string }[])[0]?.path).toBe("<stdin>");
  });

  it("a usage error is one line on stderr with exit 2", () => {
    const { code, out, err } = run(["validate", "--no-such-flag"]);
    expect({ code, out }).toEqual({ code: 2, out: "" });
    expect(err).toBe("briefing: unknown option '--no-such-flag'\n");
  });

  it("no command prints help and exits 2", () => {
    const { code, err } = run([]);
    expect(code).toBe(2);
    expect(err).toContain("Usage: briefing [options] [command]");
  });
});

describe("the precompiled validators", () => {
  const require = createRequire(import.meta.url);
  const generated = (name: string) =>
    require(join(root, "dist", "generated", `${name}.cjs`)) as SchemaCheck;
  const runtime = (name: string) =>
    compileSchema(
      JSON.parse(readFileSync(join(root, "schemas", `${name}.schema.json`), "utf8")) as object,
    );

  it("agree with run-time compilation on every fixture and example", () => {
    const built = generated("briefing");
    const fresh = runtime("briefing");
    const files = [
      ...readdirSync(fixture("valid")).map((n) => fixture("valid", n)),
      ...readdirSync(fixture("invalid")).map((n) => fixture("invalid", n)),
    ];
    let compared = 0;
    for (const file of files) {
      let data: unknown;
      try {
        data = parse(readFileSync(file, "utf8"));
      } catch {
        continue;
      }
      expect(built(data)).toBe(fresh(data));
      expect(built.errors ?? null).toEqual(fresh.errors ?? null);
      compared++;
    }
    expect(compared).toBeGreaterThan(20);
  });

  it("the template validator accepts every shipped template", () => {
    const built = generated("template");
    for (const name of readdirSync(join(root, "templates"))) {
      expect(built(parse(readFileSync(join(root, "templates", name), "utf8")))).toBe(true);
    }
  });
});

describe("the precompiled templates", () => {
  it("are the shipped YAML templates, checked", async () => {
    const { loadTemplateFolder } = await import("../../src/io/templates.js");
    const fromYaml = [...(await loadTemplateFolder()).values()];
    const built = JSON.parse(
      readFileSync(join(root, "dist", "generated", "templates.json"), "utf8"),
    ) as unknown;
    expect(built).toEqual(fromYaml);
  });
});
