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

function testcase(problem: Problem, classname: string): string[] {
  const pos = position(problem);
  const failure = attrs([
    ["message", problem.message],
    ["type", problem.severity],
  ]);
  const body = escapeText(prefixed(pos, `${problem.message} (${problem.rule})`));
  return [
    `    <testcase${attrs([
      ["name", prefixed(pos, problem.rule)],
      ["classname", classname],
    ])}>`,
    `      <failure${failure}>${body}</failure>`,
    "    </testcase>",
  ];
}

/**
 * JUnit XML as read by GitLab, Jenkins and Azure Pipelines: one suite per file, one failing case
 * per problem. Warnings are failures too, matching ESLint's junit formatter; their `type` tells
 * them apart.
 */
export function junit(results: FileResult[], _ctx: ReporterContext): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const result of results) {
    const count = result.problems.length;
    // A clean file still gets a passing case, so the CI server shows it as checked.
    const caseCount = Math.max(count, 1);
    tests += caseCount;
    failures += count;
    suites.push(
      `  <testsuite${attrs([
        ["name", result.path],
        ["tests", caseCount],
        ["failures", count],
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
    for (const problem of result.problems) suites.push(...testcase(problem, result.path));
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
