import { sentences, textParts } from "./parts.js";
import type { Finding, Rule } from "./types.js";

/** One kind of damage text picks up on its way from a PDF, a scan or a newsletter. */
interface Damage {
  /** The option that turns it off. */
  option: string;
  /** Cheap test: a text without this cannot have the damage. */
  pretest: RegExp;
  /** The damage itself; global, so every occurrence is repaired. */
  pattern: RegExp;
  /** The message after the part's name, given what was found. */
  says: (found: string) => string;
  /** The repair of one occurrence, where a safe one exists. */
  repair?: (found: string, ...groups: string[]) => string;
}

/** Prefixes written with a hyphen: a split after one keeps the hyphen ("self- defence"). */
const HYPHENATED = new Set(
  "self well non co ex anti pro pre post semi cross long short high low full half multi vice mid all cease re so".split(
    " ",
  ),
);

const damages: readonly Damage[] = [
  {
    option: "hyphenation",
    pretest: /-[ \n]/,
    // "Com- munists"; not "pre- and post-war", where the hyphen is meant.
    pattern:
      /(?<![\p{L}\p{N}-])(\p{L}{2,})-(?: |\n)(?!(?:and|or|to|nor|as|than|but|which|who|that|the|an?|in|on|at|of|is|was|were|it|he|she|they|we)(?![\p{L}]))(\p{Ll}{2,})/gu,
    says: (found) => `has a word split by a line-end hyphen ("${found}"); join it`,
    repair: (_found, first = "", second = "") =>
      HYPHENATED.has(first.toLowerCase()) ? `${first}-${second}` : `${first}${second}`,
  },
  {
    option: "pageMarkers",
    pretest: /[([]\s*p(?:age|\.)|Page \d/i,
    pattern: /\s*(?:[([]\s*(?:page|p\.)\s*\d+\s*[)\]]|(?<![\p{L}])Page \d+ of \d+(?![\p{N}]))/giu,
    says: (found) => `has a page marker ("${found.trim()}") from the source document; remove it`,
    repair: () => "",
  },
  {
    option: "footnotes",
    pretest: /[a-z][.,;:]?[0-9¹²³⁴⁵⁶⁷⁸⁹⁰]/,
    // "Armacost1 said", "the talks failed.3 The envoy": a reference number with its note gone.
    pattern:
      /(?<![\p{L}\p{N}])(\p{Lu}?\p{Ll}{3,}[.,;:]?)(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})(?=[\s.,;:!?)"”’]|$)/gu,
    says: (found) => `has a footnote number glued to a word ("${found}"); remove it`,
    repair: (_found, word = "") => word,
  },
  {
    option: "redactions",
    pretest: /\[|\(b\)/i,
    pattern:
      /\[\s*(?:\*+(?:\s*\*)*|x{2,}|redacted|deleted|withheld|excised)\s*\]|\(b\)\s*\(\d\)/giu,
    says: (found) =>
      `has a redaction mark ("${found}"); say what is withheld, or leave the passage out`,
  },
  {
    option: "boilerplate",
    pretest: /sign up|subscribe|click here|read more|share this|follow us|browser|download our/i,
    pattern:
      /(?<![\p{L}])(?:sign up (?:to receive|to get|for (?:our|the|free|updates|alerts)|now|here)|subscribe (?:to (?:our|the|this)|now|here)|unsubscribe|click here|read more:|share this (?:article|story|email)|follow us on|view (?:this email )?in (?:your|a) browser|download our app)/giu,
    says: (found) => `has newsletter boilerplate ("${found}"); remove it`,
  },
];

/** Newsletter lines are whole sentences: the repair drops them, when anything is left. */
function dropBoilerplate(text: string, pattern: RegExp): string {
  const kept = sentences(text).filter((s) => !new RegExp(pattern.source, "iu").test(s));
  return kept.length === 0 ? text : kept.join(" ");
}

/** The text with every safely repairable damage repaired. */
export function repairPaste(text: string, enabled: (d: Damage) => boolean = () => true): string {
  let out = text;
  for (const damage of damages) {
    if (!enabled(damage) || !damage.pretest.test(out)) continue;
    if (damage.repair) out = out.replace(damage.pattern, damage.repair);
    else if (damage.option === "boilerplate") out = dropBoilerplate(out, damage.pattern);
  }
  if (out === text) return text;
  // A marker removed at the start leaves the space that followed it.
  out = out.replace(/ {2,}/g, " ");
  return /^\s/.test(text) ? out : out.trimStart();
}

/** One scan that every damaged text passes: most parts are dismissed by it alone. */
const ANY_DAMAGE = new RegExp(damages.map((d) => d.pretest.source).join("|"), "i");

export const pasteDamage: Rule = {
  id: "paste-damage",
  scope: "part",
  description:
    "No hyphenation splits, page markers, glued footnote numbers, redaction marks or newsletter lines.",
  defaultLevel: "warn",
  fixable: true,
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    properties: Object.fromEntries(damages.map((d) => [d.option, { type: "boolean" }])),
  },
  check(briefing, { template, options }) {
    const enabled = (d: Damage) => options[d.option] !== false;
    const findings: Finding[] = [];
    for (const part of textParts(briefing, template)) {
      if (!ANY_DAMAGE.test(part.text)) continue;
      let fix: string | undefined;
      for (const damage of damages) {
        if (!enabled(damage) || !damage.pretest.test(part.text)) continue;
        damage.pattern.lastIndex = 0;
        const found = damage.pattern.exec(part.text);
        damage.pattern.lastIndex = 0;
        if (!found) continue;
        fix ??= repairPaste(part.text, enabled);
        const repairable = damage.repair !== undefined || damage.option === "boilerplate";
        findings.push({
          message: `${part.name} ${damage.says(found[0])}`,
          at: part.at,
          ...(repairable && fix !== part.text ? { fix } : {}),
        });
      }
    }
    return findings;
  },
};
