import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { initialize, shutdown, startLsp } from "../helpers/lsp-client.js";
import { fixture, root, tempDir } from "../helpers/paths.js";

// The package as users get it: packed by npm, installed from the tarball into an empty
// project, and run through the bin npm links. The tests elsewhere run src/ through swc;
// only this one sees the bundle, the precompiled validators and the files list together.

const { dir, cleanup } = tempDir();
const app = join(dir, "app");
const bin = join(app, "node_modules", ".bin", "briefing");
const env = {
  ...process.env,
  NO_COLOR: "1",
  FORCE_COLOR: undefined,
  HOME: dir,
  XDG_STATE_HOME: join(dir, "state"),
  BRIEFING_DRAFTS: undefined,
};

function npm(args: string[], cwd: string): string {
  const r = spawnSync("npm", args, { cwd, encoding: "utf8", env: { ...process.env } });
  if (r.status !== 0) throw new Error(`npm ${args.join(" ")} failed:\n${r.stderr}`);
  return r.stdout;
}

function briefing(args: string[], input = "") {
  const r = spawnSync(bin, args, { cwd: app, input, encoding: "utf8", env });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The library entry of the installed package, for its lists of formats and reporters. */
async function installed(): Promise<{ formatIds: readonly string[]; reporterNames: string[] }> {
  const entry = join(app, "node_modules", "briefing", "dist", "index.js");
  return (await import(pathToFileURL(entry).href)) as {
    formatIds: readonly string[];
    reporterNames: string[];
  };
}

beforeAll(() => {
  // Scripts are skipped: `prepare` would build again, and the tests run on a fresh build.
  const packed = npm(["pack", "--ignore-scripts", "--silent", "--pack-destination", dir], root);
  const tarball = join(dir, packed.trim().split("\n").pop() ?? "");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), '{ "name": "app", "private": true }\n');
  npm(["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball], app);
  copyFileSync(join(root, "examples", "freight-rates.yaml"), join(app, "brief.yaml"));
  copyFileSync(fixture("invalid", "headline-length.yaml"), join(app, "long.yaml"));
  copyFileSync(fixture("import", "messy.txt"), join(app, "messy.txt"));
}, 180_000);

afterAll(cleanup);

describe("the packed and installed package", () => {
  it("ships the bin with its bundle and the data files it reads", () => {
    const pkg = join(app, "node_modules", "briefing");
    expect(statSync(bin).mode & 0o111).not.toBe(0);
    expect(readdirSync(join(pkg, "dist", "bundle"))).toContain("cli.js");
    expect(existsSync(join(pkg, "dist", "generated", "templates.json"))).toBe(true);
    expect(existsSync(join(pkg, "schemas", "briefing.schema.json"))).toBe(true);
    expect(existsSync(join(pkg, "test"))).toBe(false);
  });

  it("--version", () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
      version: string;
    };
    expect(briefing(["--version"])).toEqual({ code: 0, out: `${version}\n`, err: "" });
  });

  it("validate passes a clean briefing silently", () => {
    expect(briefing(["validate", "brief.yaml"])).toEqual({ code: 0, out: "", err: "" });
  });

  it("validate --print-config prints the rules as YAML", () => {
    const { code, out, err } = briefing(["validate", "--print-config"]);
    expect({ code, err }).toEqual({ code: 0, err: "" });
    expect(out).toMatch(/^# no configuration file found/);
    expect(out).toMatch(/^ {2}headline-length: error # default$/m);
  });

  it("validate with every reporter", async () => {
    const { reporterNames } = await installed();
    expect(reporterNames.length).toBeGreaterThanOrEqual(5);
    const looks: Record<string, RegExp> = {
      stylish: /1:11 +error +headline must be at most 120 characters/,
      json: /^\{\n {2}"\$schema": "[^"]+report\.schema\.json",\n {2}"formatVersion": 1,\n {2}"files": \[/,
      github: /^::error file=long\.yaml,line=1,col=11/m,
      junit: /^<\?xml/,
      sarif: /"version": "2\.1\.0"/,
    };
    for (const name of reporterNames) {
      const { code, out, err } = briefing(["validate", "long.yaml", "-r", name]);
      expect({ name, code, err }).toEqual({ name, code: 1, err: "" });
      expect(out).toMatch(looks[name] ?? /headline-length/);
    }
  });

  it("validate --cache keeps a cache and gives the same answer from it", () => {
    const first = briefing(["validate", "long.yaml", "brief.yaml", "--cache"]);
    expect(first.code).toBe(1);
    expect(existsSync(join(app, ".briefingcache"))).toBe(true);
    expect(briefing(["validate", "long.yaml", "brief.yaml", "--cache"])).toEqual(first);
  });

  it("validate --concurrency starts the bundled worker", () => {
    const { code, out } = briefing(["validate", "brief.yaml", "long.yaml", "--concurrency", "2"]);
    expect(code).toBe(1);
    expect(out).toMatch(/headline-length/);
  });

  it("validate --fix rewrites trailing spaces", () => {
    const text = readFileSync(join(app, "brief.yaml"), "utf8");
    const quoted = text.replace(/^headline: (.*)$/m, 'headline: "$1"');
    writeFileSync(join(app, "fixme.yaml"), quoted.replace(/^(headline: ".*)"$/m, '$1  "'));
    const { code, err } = briefing(["validate", "fixme.yaml", "--fix"]);
    expect({ code, err }).toEqual({ code: 0, err: "fixed 1 problem in 1 file\n" });
    expect(readFileSync(join(app, "fixme.yaml"), "utf8")).toBe(quoted);
  });

  it("export in every format", async () => {
    const { formatIds } = await installed();
    const looks: Record<string, RegExp> = {
      md: /^# Container rates are climbing again/,
      txt: /^Container rates are climbing again/,
      json: /^\{\n {2}"\$schema": "[^"]+export\.schema\.json",\n {2}"formatVersion": 1,\n {2}"template": "standard"/,
      html: /^<!doctype html>/,
      // A Word document is a zip package.
      docx: /^PK/,
    };
    expect(formatIds.length).toBeGreaterThanOrEqual(4);
    for (const format of formatIds) {
      const { code, out, err } = briefing(["export", "brief.yaml", "-f", format]);
      expect({ format, code, err }).toEqual({ format, code: 0, err: "" });
      expect(out).toMatch(looks[format] ?? /Container rates/);
    }
  });

  it("import turns plain text into a briefing that validates", () => {
    const imported = briefing(["import", "messy.txt", "-o", "imported.yaml"]);
    expect(imported.code).toBe(0);
    expect(briefing(["validate", "imported.yaml", "-q"])).toMatchObject({ code: 0, out: "" });
  });

  it("show, templates and schema", () => {
    expect(briefing(["show", "brief.yaml"]).out).toMatch(/^Container rates are climbing/);
    expect(briefing(["templates"]).out).toMatch(/^standard +Standard briefing/m);
    expect(briefing(["templates", "flash"]).code).toBe(0);
    const schema = JSON.parse(briefing(["schema"]).out) as { $id: string };
    expect(schema.$id).toMatch(/briefing\.schema\.json$/);
  });

  it("init writes a configuration that validate then reads", () => {
    expect(briefing(["init"]).code).toBe(0);
    expect(briefing(["validate", "--print-config"]).out).toMatch(/^# from .*briefing\.config/);
  });

  it("completion and drafts", () => {
    expect(briefing(["completion", "bash"]).out).toMatch(/complete .*briefing/);
    expect(briefing(["completion", "bash"]).out).toMatch(/\blsp\b/);
    expect(briefing(["drafts"])).toMatchObject({ code: 0, out: /no drafts/ });
  });

  it("new --answers writes the briefing at once", () => {
    const { code, err } = briefing(
      ["new", "written.yaml", "--answers", "-"],
      readFileSync(join(app, "brief.yaml"), "utf8"),
    );
    expect({ code, err }).toMatchObject({ code: 0 });
    expect(briefing(["validate", "written.yaml"])).toEqual({ code: 0, out: "", err: "" });
  });

  it("lsp serves diagnostics from the installed package and shuts down cleanly", async () => {
    const installedBin = join(app, "node_modules", "briefing", "bin", "briefing.js");
    const session = startLsp([installedBin, "lsp", "--stdio"], app);
    try {
      await initialize(session, app);
      const uri = pathToFileURL(join(app, "long.yaml")).href;
      const text = readFileSync(join(app, "long.yaml"), "utf8");
      const waiting = session.diagnostics(uri);
      await session.connection.sendNotification("textDocument/didOpen", {
        textDocument: { uri, languageId: "yaml", version: 1, text },
      });
      expect((await waiting).map((d) => d.code)).toContain("headline-length");
      expect(await shutdown(session)).toBe(0);
      expect(session.stderr()).toBe("");
    } finally {
      session.child.kill();
    }
  });
});
