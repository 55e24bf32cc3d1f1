import { textParts } from "./parts.js";
import type { Finding, Rule } from "./types.js";
import { defaultHedges } from "./vocab/hedges.js";
import { modalNotHedge } from "./vocab/modals.js";
import { distinct, findPhrases, phraseKey, type PhraseMatch } from "./vocab/phrases.js";

const wordList = { type: "array", items: { type: "string", minLength: 1 } };

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : undefined;
}

let defaultList: string[] | undefined;

/** The words to look for: the list (or `words`), plus `add`, minus `allow`. */
export function hedgeList(options: Record<string, unknown>): string[] {
  // Most runs configure nothing: the default list is made once, and the same array each
  // time lets the phrase matcher find its compiled pattern at once.
  if (options.words === undefined && options.add === undefined && options.allow === undefined)
    return (defaultList ??= listOf({}));
  return listOf(options);
}

function listOf(options: Record<string, unknown>): string[] {
  const allow = new Set((strings(options.allow) ?? []).map(phraseKey));
  const words = [...(strings(options.words) ?? defaultHedges), ...(strings(options.add) ?? [])];
  return distinct(words.map(phraseKey)).filter((w) => w !== "" && !allow.has(w));
}

/** Whether an occurrence is a known false positive (see vocab/hedges.ts). */
function innocent(match: PhraseMatch, text: string): boolean {
  const after = text.slice(match.end);
  if (match.phrase === "may" && (match.text !== "may" || /^\s+\d/.test(after))) return true;
  if (match.phrase === "could" && /^\s+not(?![\p{L}\p{N}])/iu.test(after)) return true;
  if (MODALS.has(match.phrase)) return modalNotHedge(text, match.index, match.end);
  return false;
}

const MODALS = new Set(["could", "may", "might"]);

export const hedgeWords: Rule = {
  id: "hedge-words",
  description: "No vague hedges or weasel phrases where a calibrated judgement belongs.",
  defaultLevel: "warn",
  scope: "part",
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    properties: { words: wordList, add: wordList, allow: wordList },
  },
  check(briefing, { template, options }) {
    const list = hedgeList(options);
    const findings: Finding[] = [];
    for (const part of textParts(briefing, template)) {
      const found = findPhrases(part.text, list).filter((m) => !innocent(m, part.text));
      for (const hedge of distinct(found.map((m) => m.phrase))) {
        findings.push({
          message: `${part.name} hedges with "${hedge}"; state how likely it is or what is known`,
          at: part.at,
        });
      }
    }
    return findings;
  },
};
