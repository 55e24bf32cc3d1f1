import type { FileResult, Problem } from "../core/types.js";
import type { ReporterContext } from "./types.js";

/** The `Char` production of XML 1.0; lone surrogates fall in the gap below U+E000. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/**
 * XML 1.0 cannot represent other characters at all, not even as character references, so a
 * single one would make the whole report unreadable to the CI server.
 */
function dropIllegal(text: string): string {
  let out = "";
  // Iterating by code point keeps well-formed surrogate pairs together.
  for (const ch of text) if (isXmlChar(ch.codePointAt(0) ?? 0)) out += ch;
  return out;
}

const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  // Parsers normalise raw tabs and newlines in attributes to spaces, and CR to LF in text;
  // character references survive that normalisation.
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

function escapeAttr(text: string): string {
  return dropIllegal(text).replace(/[&<>"'\t\n\r]/g, (ch) => entities[ch] ?? ch);
}

function escapeText(text: string): string {
  return dropIllegal(text).replace(/[&<>"'\r]/g, (ch) => entities[ch] ?? ch);
}

function attrs(pairs: [string, string | number][]): string {
  return pairs.map(([key, value]) => ` ${key}="${escapeAttr(String(value))}"`).join("");
}

/** `line:col`, or just `line`, or nothing when the problem has no position. */
function position(problem: Problem): string {
  if (problem.line === undefined) return "";
  return problem.column === undefined ? `${problem.line}` : `${problem.line}:${problem.column}`;
}

function prefixed(pos: string, text: string): string {
  return pos === "" ? text : `${pos} ${text}`;
}

/** Whether a problem makes its test case fail: errors always, warnings when the run says so. */
function fails(problem: Problem, ctx: ReporterContext): boolean {
  return problem.severity === "error" || ctx.failOnWarnings === true;
}

function testcase(
  problem: Problem,
  name: string,
  classname: string,
  ctx: ReporterContext,
): string[] {
  const pos = position(problem);
  const body = escapeText(prefixed(pos, `${problem.message} (${problem.rule})`));
  const open = `    <testcase${attrs([
    ["name", name],
    ["classname", classname],
  ])}>`;
  if (!fails(problem, ctx)) {
    // A warning that does not fail the run passes, its text kept where CI servers show output.
    return [open, `      <system-out>warning: ${body}</system-out>`, "    </testcase>"];
  }
  const failure = attrs([
    ["message", problem.message],
    ["type", problem.severity],
  ]);
  return [open, `      <failure${failure}>${body}</failure>`, "    </testcase>"];
}

/**
 * Names unique within a file: GitLab keys test cases by suite, class and name and keeps one of
 * each, so two problems of one rule at one place would otherwise show as one.
 */
function caseNames(problems: readonly Problem[]): string[] {
  const seen = new Map<string, number>();
  return problems.map((problem) => {
    const name = prefixed(position(problem), problem.rule);
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}

/**
 * JUnit XML as read by GitLab, Jenkins and Azure Pipelines: one suite per file, one case per
 * problem. Errors fail; warnings pass with their text as output, unless `failOnWarnings` is set
 * (the run failed on `--max-warnings`), so the report is red exactly when the run fails.
 */
export function junit(results: FileResult[], ctx: ReporterContext): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const result of results) {
    const count = result.problems.length;
    const failed = result.problems.filter((p) => fails(p, ctx)).length;
    // A clean file still gets a passing case, so the CI server shows it as checked.
    const caseCount = Math.max(count, 1);
    tests += caseCount;
    failures += failed;
    suites.push(
      `  <testsuite${attrs([
        ["name", result.path],
        ["tests", caseCount],
        ["failures", failed],
        ["errors", 0],
      ])}>`,
    );
    if (count === 0) {
      suites.push(
        `    <testcase${attrs([
          ["name", "valid"],
          ["classname", result.path],
        ])}/>`,
      );
    }
    const names = caseNames(result.problems);
    result.problems.forEach((problem, i) =>
      suites.push(...testcase(problem, names[i] ?? problem.rule, result.path, ctx)),
    );
    suites.push("  </testsuite>");
  }
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<testsuites${attrs([
      ["name", "briefing"],
      ["tests", tests],
      ["failures", failures],
      ["errors", 0],
    ])}>`,
    ...suites,
    "</testsuites>",
    "",
  ].join("\n");
}
