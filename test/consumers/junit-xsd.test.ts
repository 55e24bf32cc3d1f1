import { describe, expect, it } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { fixture, tempDir } from "../helpers/paths.js";
import { haveProgram, run, sampleRepo, skipUnless } from "./support.js";

// Jenkins' own schema for JUnit reports; xmllint comes from Debian's libxml2-utils.
const XSD = fixture("consumers", "junit-10.xsd");
const haveXmllint = skipUnless(
  haveProgram("xmllint", ["--version"]),
  "xmllint is not installed (Debian libxml2-utils); the JUnit report was not checked against junit-10.xsd",
);
const itWithXmllint = haveXmllint ? it : it.skip;

/** Runs xmllint against the schema; returns its complaint, or "" when the file is valid. */
function schemaErrors(file: string): string {
  try {
    execFileSync("xmllint", ["--noout", "--schema", XSD, file], { stdio: "pipe" });
    return "";
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

interface Case {
  name: string;
  classname: string;
  failure?: { type: string };
}
interface Report {
  testsuites: { failures: string; testsuite: { name: string; testcase: Case[] }[] };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  isArray: (name) => name === "testsuite" || name === "testcase",
});

describe("JUnit as CI servers read it", () => {
  itWithXmllint(
    "validates against junit-10.xsd, names each case once per file, and fails warnings only on --max-warnings",
    async () => {
      const { dir, cleanup } = tempDir();
      try {
        const repo = sampleRepo(dir);
        const report = join(dir, "junit.xml");
        const strictReport = join(dir, "strict.xml");
        const cwd = join(repo, "briefs");
        expect((await run(["validate", ".", "-r", `junit=${report}`], cwd)).code).toBe(1);
        expect(schemaErrors(report)).toBe("");
        await run(["validate", ".", "-r", `junit=${strictReport}`, "--max-warnings", "0"], cwd);
        expect(schemaErrors(strictReport)).toBe("");

        const parsed = parser.parse(readFileSync(report, "utf8")) as Report;
        const cases = parsed.testsuites.testsuite.flatMap((s) =>
          s.testcase.map((c) => ({ ...c, suite: s.name })),
        );
        // GitLab keeps one case per suite, class and name: every problem must have its own.
        const keys = cases.map((c) => `${c.suite}\u0000${c.classname}\u0000${c.name}`);
        expect(new Set(keys).size).toBe(keys.length);
        expect(cases.some((c) => c.failure?.type === "warning")).toBe(false);
        expect(cases.some((c) => c.failure?.type === "error")).toBe(true);

        const strict = parser.parse(readFileSync(strictReport, "utf8")) as Report;
        const strictCases = strict.testsuites.testsuite.flatMap((s) => s.testcase);
        expect(strictCases.some((c) => c.failure?.type === "warning")).toBe(true);
        expect(Number(strict.testsuites.failures)).toBeGreaterThan(
          Number(parsed.testsuites.failures),
        );

        // The schema check has teeth: a suite without its required counts is refused.
        const broken = join(dir, "broken.xml");
        writeFileSync(broken, readFileSync(report, "utf8").replace(/ tests="\d+"/g, ""));
        expect(schemaErrors(broken)).toMatch(/tests/);
      } finally {
        cleanup();
      }
    },
  );
});
