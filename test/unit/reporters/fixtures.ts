import type { FileResult, Problem } from "../../../src/core/types.js";
import type { Colors, ReporterContext } from "../../../src/reporters/types.js";
import { plainColors } from "../../../src/reporters/types.js";

/** Text a briefing author could smuggle into a message: every character a format must defend. */
export const hostile =
  "Line one\nline two\r\nthree\r 100% : , <tag attr=\"v\"> & 'apos' ]]> --> \t tab" +
  "\u0000\u0001\u0008\u000b\u000c\u001b[31m\u007f \ud800 \udfff \ufffe\uffff \ud83d\ude00 end";

/** `hostile` as XML 1.0 can carry it: the characters it cannot represent removed. */
export const hostileXmlSafe =
  "Line one\nline two\r\nthree\r 100% : , <tag attr=\"v\"> & 'apos' ]]> --> \t tab" +
  "[31m\u007f    \ud83d\ude00 end";

export function result(path: string, problems: Problem[]): FileResult {
  return {
    path,
    problems,
    errorCount: problems.filter((p) => p.severity === "error").length,
    warningCount: problems.filter((p) => p.severity === "warning").length,
  };
}

export const fileA = result("docs/a.yaml", [
  {
    rule: "headline-length",
    severity: "error",
    message: "Headline is longer than 90 characters.",
    path: "docs/a.yaml",
    line: 2,
    column: 11,
    endLine: 2,
    endColumn: 120,
    pointer: "/headline",
  },
  {
    rule: "section-order",
    severity: "warning",
    message: "Section is out of order.",
    path: "docs/a.yaml",
    line: 12,
    column: 3,
  },
  {
    rule: "schema",
    severity: "error",
    message: "Missing required property conclusion.",
    path: "docs/a.yaml",
  },
]);

export const clean = result("docs/b c.yaml", []);

export const stdinHostile = result("<stdin>", [
  {
    rule: "bullet-style",
    severity: "warning",
    message: hostile,
    path: "<stdin>",
    line: 1,
    column: 1,
  },
]);

/** A path with the characters that need escaping in properties, attributes and URIs. */
export const oddPath = result("dir,with:odd/100% #1.yaml", [
  {
    rule: "r:1,2",
    severity: "error",
    message: "Bad.",
    path: "dir,with:odd/100% #1.yaml",
    line: 3,
    column: 5,
  },
]);

export const ctx: ReporterContext = {
  colors: plainColors,
  version: "1.2.3",
  rules: [
    {
      id: "headline-length",
      description: "Headlines stay short.",
      helpUri: "https://example.com/rules/headline-length",
    },
    { id: "section-order", description: "Sections follow the template." },
    { id: "unused-rule", description: "Never triggered in these fixtures." },
  ],
};

const tag =
  (name: string) =>
  (text: string): string =>
    `<${name}>${text}</${name}>`;

/** Colours that leave visible markers, so tests can see which style wrapped what. */
export const taggedColors: Colors = {
  red: tag("red"),
  yellow: tag("yellow"),
  green: tag("green"),
  dim: tag("dim"),
  bold: tag("bold"),
  underline: tag("u"),
};
