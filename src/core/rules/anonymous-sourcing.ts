import { textParts } from "./parts.js";
import type { Finding, Rule } from "./types.js";

/** Who unnamed sources are said to be. People and executives only count with "familiar with". */
const SPEAKERS = ["sources?", "officials?", "diplomats?", "aides?", "insiders?"];
const KNOWERS = [...SPEAKERS, "people", "persons?", "person", "executives?", "officers?"];

const COUNT = "(?:an?|one|two|three|four|five|several|some|other|many|multiple)";
const KNOWING =
  "(?:familiar\\s+with|briefed\\s+on|close\\s+to|with\\s+(?:direct\\s+)?knowledge\\s+of|who\\s+(?:spoke|asked|requested|declined))";
const SAYING = "(?:said|say|says|told|speaking|added|warned|confirmed)";

interface Patterns {
  /** "a source briefed on the assessment", "officials said": the describing words come before. */
  before: RegExp;
  /** "said a senior official", "according to two diplomats": the describing words are captured. */
  after: RegExp;
}

function patterns(extra: readonly string[]): Patterns {
  const speakers = [...SPEAKERS, ...extra].join("|");
  const knowers = [...KNOWERS, ...extra].join("|");
  return {
    before: new RegExp(
      `(?<![\\p{L}])(?:(?:${knowers}),?\\s+${KNOWING}|(?:${speakers})\\s+${SAYING}(?![\\p{L}]))`,
      "giu",
    ),
    after: new RegExp(
      `(?<![\\p{L}])(?:said|told\\s+\\S+|according\\s+to)\\s+(?:${COUNT}\\s+)?((?:[\\p{L}.'-]+\\s+){0,3}?)(?:${speakers})(?![\\p{L}])`,
      "giu",
    ),
  };
}

/** Describing words that say nothing of which institution speaks, even capitalised. */
const VAGUE = new Set(
  "senior top former current local regional western government military intelligence security defence defense health party palace administration european us u.s. uk eu".split(
    " ",
  ),
);

/** Words before a source that point back at someone already named ("the", "his"). */
const BACK_REFERENCE = new Set([
  "the",
  "this",
  "that",
  "these",
  "those",
  "his",
  "her",
  "their",
  "its",
]);

/** Institutions named by their common noun: "ministry officials", "embassy sources". */
const INSTITUTION = new Set(
  "ministry department embassy agency company bank army navy police court council commission committee campaign ministry's company's".split(
    " ",
  ),
);

/** Words that end a description: counts ("two officials"), conjunctions, prepositions. */
const OUTSIDE = new Set(
  "a an one two three four five several some other many multiple but and or yet so then however meanwhile earlier later on in at when while after before as since though although because if also".split(
    " ",
  ),
);

/** Nationalities describe where a source is from, not which institution it speaks for. */
const NATIONALITY = /(?:an|ian|ese|ish|i)$/;

/** What a describing word says about a source: names it, leaves it vague, or is not one. */
function kindOf(word: string): "names" | "vague" | "other" {
  const lower = word.toLowerCase();
  if (BACK_REFERENCE.has(lower) || INSTITUTION.has(lower)) return "names";
  if (OUTSIDE.has(lower)) return "other";
  if (VAGUE.has(lower) || word.includes("-")) return "vague";
  if (/^\p{Lu}/u.test(word)) return NATIONALITY.test(lower) ? "vague" : "names";
  return "other";
}

/** Whether the up to three words before `index` name the source ("Pentagon officials"). */
function namedBefore(text: string, index: number): boolean {
  const words = text
    .slice(Math.max(0, index - 60), index)
    .split(/\s+/)
    .filter((w) => w !== "");
  for (const word of words.slice(-3).reverse()) {
    if (/[,;:.!?()]$/.test(word)) return false;
    const kind = kindOf(word);
    if (kind === "names") return true;
    if (kind === "other") return false;
  }
  return false;
}

/**
 * What names a source after the fact: "officials at the Treasury", "a diplomat, Anna Berg".
 * Case matters here, so it is tested apart from the case-blind patterns.
 */
const NAMED_AFTER =
  /^(?:\s+(?:at|from|of|in|with)\s+(?:the\s+)?\p{Lu}|,\s+\p{Lu}\p{Ll}+\s+\p{Lu})/u;

/** Whether the words between "said a" and "official" name the source. */
function namedWithin(modifiers: string): boolean {
  return modifiers.split(/\s+/).some((w) => w !== "" && kindOf(w) === "names");
}

/** The first unnamed source in a text, as written. */
function unnamedSource(text: string, { before, after }: Patterns): string | undefined {
  for (const m of text.matchAll(before)) if (!namedBefore(text, m.index)) return m[0];
  for (const m of text.matchAll(after)) {
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (!namedWithin(m[1] ?? "") && !NAMED_AFTER.test(rest)) return m[0];
  }
  return undefined;
}

/** A cheap first test: every pattern needs one of these words. */
const PRETEST = /source|official|diplomat|aide|insider|familiar|briefed|knowledge|close to/i;

const cached = new Map<string, Patterns>();

export const anonymousSourcing: Rule = {
  id: "anonymous-sourcing",
  scope: "part",
  description: "Sources are named, or at least their institution is.",
  defaultLevel: "warn",
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    properties: {
      add: { type: "array", items: { type: "string", pattern: "^[a-z][a-z -]*$" } },
    },
  },
  check(briefing, { template, options }) {
    const extra = Array.isArray(options.add) ? (options.add as string[]) : [];
    const key = extra.join("|");
    let found = cached.get(key);
    if (!found) cached.set(key, (found = patterns(extra)));
    const findings: Finding[] = [];
    for (const part of textParts(briefing, template)) {
      if (!PRETEST.test(part.text) && extra.length === 0) continue;
      const source = unnamedSource(part.text, found);
      if (source === undefined) continue;
      findings.push({
        message: `${part.name} cites an unnamed source ("${source}"); name the source or its institution, or say why it cannot be named`,
        at: part.at,
      });
    }
    return findings;
  },
};
