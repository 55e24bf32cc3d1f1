import { describe, expect, it } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { accessSync, chmodSync, constants, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { SarifLog } from "../../src/reporters/sarif.js";
import { root, tempDir } from "../helpers/paths.js";
import { run, sampleRepo, skipUnless } from "./support.js";

const MULTITOOL = join(root, "node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool");

/** The Multitool's install script may not have run under npm 11; it only sets the run bit. */
function multitoolRuns(): boolean {
  if (!existsSync(MULTITOOL)) return false;
  try {
    accessSync(MULTITOOL, constants.X_OK);
  } catch {
    chmodSync(MULTITOOL, 0o755);
  }
  try {
    execFileSync(MULTITOOL, ["--version"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

const haveMultitool = skipUnless(
  multitoolRuns(),
  `the SARIF Multitool cannot run here (${MULTITOOL}); GitHub's SARIF rules were not checked`,
);
const itWithMultitool = haveMultitool ? it : it.skip;

interface Finding {
  ruleId: string;
  level?: string;
  message: { id?: string; arguments?: string[] };
}

/** Findings of the Multitool at error and warning level (it exits 0 whatever it finds). */
function multitoolFindings(sarifFile: string, dir: string): Finding[] {
  const out = join(dir, "multitool.sarif");
  execFileSync(
    MULTITOOL,
    [
      "validate",
      sarifFile,
      "-o",
      out,
      "--rule-kind",
      "Sarif;Gh",
      "--level",
      "Error;Warning",
      "--log",
      "ForceOverwrite",
    ],
    { stdio: "ignore", timeout: 120_000 },
  );
  const log = JSON.parse(readFileSync(out, "utf8")) as { runs: { results?: Finding[] }[] };
  // SARIF's default level is warning, so a finding without one counts as a warning.
  return (log.runs[0]?.results ?? []).filter((r) => (r.level ?? "warning") !== "note");
}

function lineCount(text: string): number {
  return text.endsWith("\n") ? text.split("\n").length - 1 : text.split("\n").length;
}

describe("SARIF as GitHub code scanning takes it", () => {
  itWithMultitool(
    "passes the Multitool's SARIF and GitHub rules with no error or warning",
    async () => {
      const { dir, cleanup } = tempDir();
      try {
        const repo = sampleRepo(dir);
        const report = join(dir, "briefing.sarif");
        const { code } = await run(
          ["validate", ".", "-r", `sarif=${report}`],
          join(repo, "briefs"),
        );
        expect(code).toBe(1);
        const log = JSON.parse(readFileSync(report, "utf8")) as SarifLog;
        expect(log.runs[0]?.results.length).toBeGreaterThan(40);
        expect(multitoolFindings(report, dir)).toEqual([]);

        // The check has teeth: the log as it was before (no help, no levels) is refused.
        for (const rule of log.runs[0]?.tool.driver.rules ?? []) {
          const bare = rule as Partial<typeof rule>;
          delete bare.fullDescription;
          delete bare.help;
        }
        const stripped = join(dir, "stripped.sarif");
        writeFileSync(stripped, JSON.stringify(log));
        const ids = multitoolFindings(stripped, dir).map((f) => f.message.id);
        expect(ids).toContain("Error_MissingFullDescription");
        expect(ids).toContain("Error_MissingHelp");
      } finally {
        cleanup();
      }
    },
    180_000,
  );
});

describe("paths and regions as GitHub reads them", () => {
  it("names files from the repository root, with regions inside the file, from a subfolder", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const repo = sampleRepo(dir);
      const report = join(dir, "briefing.sarif");
      const res = await run(
        ["validate", ".", "-r", `sarif=${report}`, "-r", "github"],
        join(repo, "briefs", "invalid"),
      );
      expect(res.code).toBe(1);
      const run0 = (JSON.parse(readFileSync(report, "utf8")) as SarifLog).runs[0];
      expect(run0?.originalUriBaseIds).toEqual({
        "%SRCROOT%": { uri: `${pathToFileURL(repo).href}/` },
      });
      expect(run0?.automationDetails.id).toBe("briefing/");
      for (const result of run0?.results ?? []) {
        const { artifactLocation, region } = result.locations[0]?.physicalLocation ?? {};
        expect(artifactLocation?.uriBaseId).toBe("%SRCROOT%");
        const uri = artifactLocation?.uri ?? "";
        expect(uri.startsWith("briefs/invalid/")).toBe(true);
        const file = join(repo, decodeURIComponent(uri));
        expect(existsSync(file)).toBe(true);
        if (!region) continue;
        const lines = readFileSync(file, "utf8").split(/\r?\n/);
        expect(region.endLine).toBeGreaterThanOrEqual(region.startLine);
        expect(region.endLine).toBeLessThanOrEqual(lineCount(readFileSync(file, "utf8")) || 1);
        // An exclusive end column at most one past the last character of its line.
        if (region.endColumn !== undefined) {
          expect(region.endColumn).toBeLessThanOrEqual(
            (lines[(region.endLine ?? 1) - 1] ?? "").length + 1,
          );
        }
      }

      const annotations = res.stdout.trim().split("\n");
      expect(annotations.length).toBeGreaterThan(30);
      for (const line of annotations) {
        const props = /^::(?:error|warning) ([^:]*)::/.exec(line)?.[1] ?? "";
        const prop = (key: string): string | undefined =>
          new RegExp(`(?:^|,)${key}=([^,]*)`).exec(props)?.[1];
        const file = join(repo, decodeURIComponent(prop("file") ?? ""));
        expect(existsSync(file)).toBe(true);
        const text = readFileSync(file, "utf8");
        const endLine = Number(prop("endLine") ?? prop("line") ?? 1);
        expect(endLine).toBeLessThanOrEqual(lineCount(text) || 1);
        const endColumn = prop("endColumn");
        // Inclusive: the column of the last character, never past it.
        if (endColumn !== undefined) {
          expect(Number(endColumn)).toBeLessThanOrEqual(
            Math.max(1, (text.split(/\r?\n/)[endLine - 1] ?? "").length),
          );
        }
      }
    } finally {
      cleanup();
    }
  });

  it("takes the root from GITHUB_WORKSPACE when it is set", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const repo = sampleRepo(dir);
      const res = await run(
        ["validate", "headline-length.yaml", "-r", "github"],
        join(repo, "briefs", "invalid"),
        { GITHUB_WORKSPACE: join(repo, "briefs") },
      );
      expect(res.stdout).toContain("file=invalid/headline-length.yaml,line=");
    } finally {
      cleanup();
    }
  });

  it("keeps fingerprints when unrelated lines move", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const repo = sampleRepo(dir);
      const cwd = join(repo, "briefs", "invalid");
      const fingerprints = async (): Promise<[string, number][]> => {
        const report = join(dir, "f.sarif");
        await run(["validate", "bullet-length.yaml", "-r", `sarif=${report}`], cwd);
        const log = JSON.parse(readFileSync(report, "utf8")) as SarifLog;
        return (log.runs[0]?.results ?? []).map((r) => [
          Object.values(r.partialFingerprints).join(),
          r.locations[0]?.physicalLocation.region?.startLine ?? 0,
        ]);
      };
      const before = await fingerprints();
      const file = join(cwd, "bullet-length.yaml");
      writeFileSync(file, `# a note\n# another note\n${readFileSync(file, "utf8")}`);
      const after = await fingerprints();
      expect(after.map(([f]) => f)).toEqual(before.map(([f]) => f));
      expect(after.map(([, line]) => line)).toEqual(before.map(([, line]) => line + 2));
      expect(new Set(before.map(([f]) => f)).size).toBe(before.length);
    } finally {
      cleanup();
    }
  });
});
