/**
 * Measuring a rule against a labelled corpus: parts of briefings, each marked by an
 * editor as one the rule should report ("finding") or leave alone ("clean"). Precision
 * is how many of the rule's reports were right; recall is how many of the parts it
 * should have reported it did.
 */
import type { Rule } from "./rules/types.js";
import type { Template } from "./template.js";
import { isRecord } from "./types.js";

/** One labelled part: its text and whether an editor would want it reported. */
export interface LabelledPart {
  /** The text, checked as a briefing's summary. */
  text: string;
  /** Whether the rule should report it. */
  finding: boolean;
}

/** A rule's labelled corpus, as read from `test/fixtures/rules/<rule>.yaml`. */
export interface Corpus {
  /** The rule measured. */
  rule: string;
  /** The options the rule runs with. */
  options: Record<string, unknown>;
  /** The labelled parts. */
  parts: LabelledPart[];
}

/** How a rule did on its corpus. */
export interface Score {
  /** The rule measured. */
  rule: string;
  /** Labelled parts in the corpus. */
  parts: number;
  /** Parts labelled "finding". */
  expected: number;
  /** Parts the rule reported that were labelled "finding". */
  truePositives: number;
  /** Parts the rule reported that were labelled "clean". */
  falsePositives: Set<string>;
  /** Parts labelled "finding" that the rule left alone. */
  falseNegatives: Set<string>;
  /** Right reports out of all reports, as a percentage with one decimal. */
  precision: number;
  /** Reported parts out of those that should be, as a percentage with one decimal. */
  recall: number;
}

/**
 * Reads a corpus: `{ rule, options?, parts: [{ finding: text } | { clean: text }] }`.
 * Throws an error naming the entry when the shape is wrong.
 */
export function readCorpus(data: unknown, name: string): Corpus {
  if (!isRecord(data) || typeof data.rule !== "string" || !Array.isArray(data.parts))
    throw new Error(`${name}: a corpus needs "rule" and "parts"`);
  const options = isRecord(data.options) ? data.options : {};
  const parts = data.parts.map((entry: unknown, i): LabelledPart => {
    const keys = isRecord(entry) ? Object.keys(entry) : [];
    const key = keys[0];
    const text = isRecord(entry) && key !== undefined ? entry[key] : undefined;
    if (keys.length !== 1 || (key !== "finding" && key !== "clean") || typeof text !== "string")
      throw new Error(`${name}: part ${i + 1} must be "finding: text" or "clean: text"`);
    return { text, finding: key === "finding" };
  });
  return { rule: data.rule, options, parts };
}

const percent = (part: number, whole: number) =>
  whole === 0 ? 100 : Math.floor((1000 * part) / whole) / 10;

/** Runs a rule over every part of its corpus and counts what it got right. */
export function scoreRule(rule: Rule, corpus: Corpus, template: Template): Score {
  let truePositives = 0;
  const falsePositives = new Set<string>();
  const falseNegatives = new Set<string>();
  for (const part of corpus.parts) {
    const view = { sections: [], summary: part.text };
    const context = { template, options: corpus.options, today: "2026-01-01" };
    const reported = rule.check(view, context).length > 0;
    if (reported && part.finding) truePositives++;
    else if (reported) falsePositives.add(part.text);
    else if (part.finding) falseNegatives.add(part.text);
  }
  const expected = corpus.parts.filter((p) => p.finding).length;
  return {
    rule: corpus.rule,
    parts: corpus.parts.length,
    expected,
    truePositives,
    falsePositives,
    falseNegatives,
    precision: percent(truePositives, truePositives + falsePositives.size),
    recall: percent(truePositives, expected),
  };
}

/** The line a rule's page carries its figures on, and the test and script read back. */
export function figuresLine(score: Score): string {
  return (
    `**Measured:** precision ${score.precision.toFixed(1)}%, recall ${score.recall.toFixed(1)}% ` +
    `on ${score.parts} labelled parts (${score.expected} that should be reported)`
  );
}

/** The precision and recall a page records, if it has a figures line. */
export function recordedFigures(page: string): { precision: number; recall: number } | undefined {
  const m = /\*\*Measured:\*\* precision ([\d.]+)%, recall ([\d.]+)%/.exec(page);
  return m ? { precision: Number(m[1]), recall: Number(m[2]) } : undefined;
}
