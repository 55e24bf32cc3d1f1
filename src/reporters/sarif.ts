import type { FileResult, Problem } from "../core/types.js";
import type { ReporterContext } from "./types.js";

// The subset of SARIF 2.1.0 this reporter writes; `@types/sarif` is not a dependency.
interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

interface SarifArtifactLocation {
  uri: string;
  index?: number;
}

interface SarifLocation {
  physicalLocation: { artifactLocation: SarifArtifactLocation; region?: SarifRegion };
}

interface SarifRule {
  id: string;
  shortDescription?: { text: string };
  helpUri?: string;
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: "error" | "warning";
  message: { text: string };
  locations: SarifLocation[];
}

export interface SarifLog {
  $schema: string;
  version: "2.1.0";
  runs: {
    tool: {
      driver: { name: string; version: string; informationUri: string; rules: SarifRule[] };
    };
    artifacts: { location: SarifArtifactLocation }[];
    results: SarifResult[];
  }[];
}

/**
 * Percent-encodes each path segment. A Windows drive (`C:`) and an absolute path become a
 * `file:` URI; everything else stays a relative reference, which code-scanning services resolve
 * against the repository root. Encoding `:` in relative segments stops `a:b.yaml` from being read
 * as a URI with scheme `a`.
 */
export function pathToUri(path: string): string {
  if (path === "<stdin>") return "stdin";
  const slashed = path.replace(/\\/g, "/");
  const drive = /^([A-Za-z]):\//.exec(slashed);
  const encode = (segments: string[]): string => segments.map(encodeURIComponent).join("/");
  if (drive) return `file:///${drive[1]}:/${encode(slashed.slice(3).split("/"))}`;
  if (slashed.startsWith("/")) return `file://${encode(slashed.split("/"))}`;
  return encode(slashed.split("/"));
}

function region(problem: Problem): SarifRegion | undefined {
  if (problem.line === undefined || problem.line < 1) return undefined;
  const out: SarifRegion = { startLine: problem.line };
  if (problem.column !== undefined && problem.column >= 1) out.startColumn = problem.column;
  if (problem.endLine !== undefined && problem.endLine >= problem.line)
    out.endLine = problem.endLine;
  if (problem.endColumn !== undefined && problem.endColumn >= 1) out.endColumn = problem.endColumn;
  return out;
}

/** Rules from the run first, in their order, then ids that only turned up in results. */
function collectRules(results: FileResult[], ctx: ReporterContext): SarifRule[] {
  const rules = new Map<string, SarifRule>();
  for (const info of ctx.rules) {
    if (rules.has(info.id)) continue;
    const rule: SarifRule = { id: info.id, shortDescription: { text: info.description } };
    if (info.helpUri !== undefined) rule.helpUri = info.helpUri;
    rules.set(info.id, rule);
  }
  for (const result of results) {
    for (const problem of result.problems) {
      if (!rules.has(problem.rule)) rules.set(problem.rule, { id: problem.rule });
    }
  }
  return [...rules.values()];
}

/** A SARIF 2.1.0 log, as uploaded to GitHub code scanning or read by SARIF viewers. */
export function sarif(results: FileResult[], ctx: ReporterContext): string {
  const rules = collectRules(results, ctx);
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));

  const artifacts: { location: SarifArtifactLocation }[] = [];
  const artifactIndex = new Map<string, number>();
  const artifactFor = (path: string): SarifArtifactLocation => {
    const uri = pathToUri(path);
    let index = artifactIndex.get(uri);
    if (index === undefined) {
      index = artifacts.length;
      artifactIndex.set(uri, index);
      artifacts.push({ location: { uri } });
    }
    return { uri, index };
  };

  const sarifResults: SarifResult[] = [];
  for (const result of results) {
    // Registered even when clean, so the log records every file that was checked.
    artifactFor(result.path);
    for (const problem of result.problems) {
      const physicalLocation: SarifLocation["physicalLocation"] = {
        artifactLocation: artifactFor(problem.path || result.path),
      };
      const r = region(problem);
      if (r) physicalLocation.region = r;
      sarifResults.push({
        ruleId: problem.rule,
        ruleIndex: ruleIndex.get(problem.rule) ?? -1,
        level: problem.severity,
        message: { text: problem.message },
        locations: [{ physicalLocation }],
      });
    }
  }

  const log: SarifLog = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "briefing",
            version: ctx.version,
            informationUri: "https://github.com/briefing/briefing",
            rules,
          },
        },
        artifacts,
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
