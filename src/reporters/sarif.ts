import { createHash } from "node:crypto";
import type { FileResult, Problem } from "../core/types.js";
import { exclusiveEnd } from "./span.js";
import type { ReporterContext, RuleInfo } from "./types.js";

// The subset of SARIF 2.1.0 this reporter writes; `@types/sarif` is not a dependency.
interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

interface SarifArtifactLocation {
  uri: string;
  uriBaseId?: string;
  index?: number;
}

interface SarifArtifact {
  location: SarifArtifactLocation;
  roles: string[];
}

interface SarifLocation {
  physicalLocation: { artifactLocation: SarifArtifactLocation; region?: SarifRegion };
}

interface SarifText {
  text: string;
  markdown?: string;
}

interface SarifRule {
  id: string;
  name?: string;
  shortDescription: SarifText;
  fullDescription: SarifText;
  help: SarifText;
  helpUri?: string;
  defaultConfiguration: { level: "error" | "warning" };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: "error" | "warning";
  message: { text: string };
  locations: SarifLocation[];
  partialFingerprints: Record<string, string>;
}

interface SarifDriver {
  name: string;
  version: string;
  informationUri?: string;
  rules: SarifRule[];
}

interface SarifRun {
  tool: { driver: SarifDriver };
  automationDetails: { id: string };
  originalUriBaseIds?: Record<string, { uri: string }>;
  artifacts: SarifArtifact[];
  results: SarifResult[];
}

export interface SarifLog {
  $schema: string;
  version: "2.1.0";
  runs: SarifRun[];
}

/** The base id code-scanning services resolve against the checked-out repository. */
const SRCROOT = "%SRCROOT%";
/** Versioned, so a change of how fingerprints are made does not pass for the old kind. */
const FINGERPRINT = "briefingProblem/v1";

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
  const end = exclusiveEnd(problem);
  if (problem.line === undefined || !end) return undefined;
  const out: SarifRegion = { startLine: problem.line };
  if (problem.column !== undefined && problem.column >= 1) out.startColumn = problem.column;
  // An absent endColumn means the end of endLine in SARIF, so a region never spills over.
  out.endLine = end.endLine;
  if (end.endColumn !== undefined) out.endColumn = end.endColumn;
  return out;
}

/** Markdown as plain text: headings, emphasis, code spans and link targets reduced to words. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*`]/g, "")
    .trim();
}

function describeRule(info: RuleInfo): SarifRule {
  const text = info.description;
  const rule: SarifRule = {
    id: info.id,
    shortDescription: { text },
    fullDescription: { text },
    help: info.help
      ? { text: markdownToText(info.help), markdown: info.help }
      : { text, markdown: text },
    defaultConfiguration: { level: info.defaultLevel ?? "error" },
  };
  if (info.helpUri !== undefined) rule.helpUri = info.helpUri;
  // SARIF's friendly name is one word (`HeadlineLength`); it may not merely repeat the id.
  const name = info.id.replace(/(?:^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_m, c: string) =>
    c.toUpperCase(),
  );
  if (name.toLowerCase() !== info.id.toLowerCase()) rule.name = name;
  return rule;
}

/** Rules from the run first, in their order, then ids that only turned up in results. */
function collectRules(results: FileResult[], ctx: ReporterContext): SarifRule[] {
  const rules = new Map<string, SarifRule>();
  for (const info of ctx.rules) if (!rules.has(info.id)) rules.set(info.id, describeRule(info));
  for (const result of results) {
    for (const problem of result.problems) {
      if (!rules.has(problem.rule)) {
        rules.set(problem.rule, describeRule({ id: problem.rule, description: problem.rule }));
      }
    }
  }
  return [...rules.values()];
}

/**
 * The location of a file: from the repository root under `%SRCROOT%` when the run knows the
 * root and the file is inside it, else as given (an absolute `file:` URI outside the root).
 */
function artifactLocation(path: string, ctx: ReporterContext): SarifArtifactLocation {
  const fromRoot = path === "<stdin>" ? undefined : ctx.fromRoot?.(path);
  if (fromRoot !== undefined) return { uri: pathToUri(fromRoot), uriBaseId: SRCROOT };
  return { uri: pathToUri(path) };
}

/**
 * A fingerprint from what the problem is, not where: rule, file, message and JSON pointer.
 * Lines added or moved elsewhere in the file leave it unchanged, so code scanning keeps
 * tracking the same alert; a repeat of the same problem in one file gets its own by count.
 */
function fingerprinter(): (problem: Problem, uri: string) => string {
  const seen = new Map<string, number>();
  return (problem, uri) => {
    const key = [problem.rule, uri, problem.message, problem.pointer ?? ""].join("\u0000");
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    const hash = createHash("sha256").update(key).digest("hex").slice(0, 32);
    return `${hash}:${count + 1}`;
  };
}

/** A SARIF 2.1.0 log, as uploaded to GitHub code scanning or read by SARIF viewers. */
export function sarif(results: FileResult[], ctx: ReporterContext): string {
  const rules = collectRules(results, ctx);
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const fingerprint = fingerprinter();

  const artifacts: SarifArtifact[] = [];
  const artifactIndex = new Map<string, number>();
  const artifactFor = (path: string): SarifArtifactLocation => {
    const location = artifactLocation(path, ctx);
    const key = `${location.uriBaseId ?? ""}|${location.uri}`;
    let index = artifactIndex.get(key);
    if (index === undefined) {
      index = artifacts.length;
      artifactIndex.set(key, index);
      artifacts.push({ location, roles: ["analysisTarget"] });
    }
    return { ...location, index };
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
        partialFingerprints: {
          [FINGERPRINT]: fingerprint(problem, physicalLocation.artifactLocation.uri),
        },
      });
    }
  }

  const driver: SarifDriver = { name: "briefing", version: ctx.version, rules };
  if (ctx.informationUri !== undefined) driver.informationUri = ctx.informationUri;
  const run: SarifRun = {
    tool: { driver },
    // GitHub keeps one set of alerts per category; a second briefing job names its own.
    automationDetails: { id: "briefing/" },
    artifacts,
    results: sarifResults,
  };
  if (ctx.rootUri !== undefined) run.originalUriBaseIds = { [SRCROOT]: { uri: ctx.rootUri } };
  const log: SarifLog = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [run],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
