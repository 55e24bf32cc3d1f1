import { splitLines } from "../core/position.js";
import { plural } from "../core/words.js";
import { leadRequired, sectionRequired, type Template } from "../core/template.js";
import { parseBriefingText, type ImportFormat } from "./index.js";
import { canonicalLabel, matchLabel } from "./labels.js";
import { prepare } from "./prepare.js";
import { parseText } from "./parse-text.js";
import type { ImportOptions, ImportResult } from "./types.js";

/** The template chosen for a text, the import it gave, and why it won. */
export interface Choice {
  template: Template;
  result: ImportResult;
  /** One line per template tried, best first: its score and what it rests on. */
  reasons: string[];
}

interface Scored {
  template: Template;
  result: ImportResult;
  score: number;
  reason: string;
}

/**
 * How well a template fits what the import found: each of its labels the text uses counts
 * for it, a found conclusion too; labels it does not know, required sections the text
 * lacks and problems count against it.
 */
function score(template: Template, result: ImportResult): Scored {
  const b = result.briefing;
  const ids = new Set(template.sections.map((s) => s.id));
  const sections = b?.sections ?? [];
  // Sections read from a label line; bullets put in the first section without one do not count.
  const implicit = (result.guesses ?? []).some(
    (g) => g.kind === "structure" && g.line !== undefined && g.reason.startsWith("bullets"),
  );
  const fromLabels = sections.filter((s) => ids.has(s.id) && !s.label).map((s) => s.id);
  const known = [...new Set(implicit ? fromLabels.slice(1) : fromLabels)];
  const repeated = fromLabels.length - new Set(fromLabels).size;
  // A first section whose lead is required, filled with bullets and no label, fits badly.
  // A "summary" of a few words with no full stop is a heading this template does not know.
  const headingSummary =
    b && b.summary !== "" && !/[.!?]["”’)]?$/.test(b.summary) && b.summary.split(/\s+/).length <= 4
      ? 1
      : 0;
  const forced = implicit && leadRequired(template.sections[0]) ? 1 : 0;
  const unknown = sections.filter((s) => s.label !== undefined);
  const missing = template.sections.filter(
    (spec) => sectionRequired(spec) && !sections.some((s) => s.id === spec.id),
  );
  const errors = result.problems.filter((p) => p.severity === "error").length;
  const warnings = result.problems.length - errors;
  const conclusion = b?.conclusion ? 1 : 0;
  const value =
    3 * known.length +
    2 * conclusion -
    3 * (unknown.length + repeated + forced) -
    2 * headingSummary -
    missing.length -
    errors -
    warnings / 2;
  const reason = [
    `${template.id}: score ${value}`,
    `${known.length} of its section labels`,
    conclusion ? "its conclusion label" : "no conclusion",
    plural(unknown.length, "unknown label"),
    ...(repeated ? [`${plural(repeated, "section")} repeated`] : []),
    ...(forced ? ["bullets with no label put in its first section"] : []),
    ...(headingSummary ? ["a heading read as the summary"] : []),
    `${plural(missing.length, "required section")} missing`,
    plural(errors + warnings, "problem"),
  ].join(", ");
  return { template, result, score: value, reason };
}

const MARKED = /^[\s\u00a0]*(?:[►•‣▪◦●▸▶➤→·○■□❖✓✔]|[-*+–][\s\u00a0])/u;

/** How many of a template's labels (or aliases) start a line of the text, each counted once. */
function labelsUsed(text: string, template: Template): number {
  const found = new Set<string>();
  for (const line of splitLines(text)) {
    if (MARKED.test(line)) continue;
    const match = matchLabel(line.trim(), template);
    if (match) found.add(canonicalLabel(match, template));
  }
  return found.size;
}

/**
 * Imports a text with each template and keeps the one that fits best. Ties go to the
 * template listed first (the configured default comes first).
 */
export function chooseTemplate(
  text: string,
  format: ImportFormat,
  templates: Template[],
  options: Omit<ImportOptions, "template" | "others">,
): Choice {
  // Every template is tried without --strict, so each has a briefing to be scored by.
  const optionsFor = (template: Template): ImportOptions => ({
    ...options,
    strict: false,
    template,
    others: templates.filter((t) => t !== template),
  });
  const [first] = templates;
  // Plain text is prepared once: datelines, sign-offs and clean-up do not depend on the template.
  const prepared =
    format === "txt" && first ? prepare(text.replace(/^\uFEFF/, ""), optionsFor(first)) : undefined;
  // Only the templates whose labels the text uses most are read in full: on a long text,
  // reading it once per template would cost more than the choice is worth.
  const counts = templates.map((t) => labelsUsed(text, t));
  const most = Math.max(...counts);
  const candidates = templates.filter((_, i) => counts[i] === most);
  const skipped = templates.flatMap((t, i) =>
    counts[i] === most
      ? []
      : [`${t.id}: not read in full, ${counts[i] ?? 0} of its labels against ${most}`],
  );
  const scored = candidates.map((template) =>
    score(
      template,
      format === "txt"
        ? parseText(text, optionsFor(template), prepared)
        : parseBriefingText(text, format, optionsFor(template)),
    ),
  );
  const ranked = [...scored].sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best) throw new Error("no template to choose from");
  const refused =
    options.strict === true && best.result.problems.some((p) => p.severity === "error");
  const { briefing: _refused, ...withoutBriefing } = best.result;
  return {
    template: best.template,
    result: refused ? withoutBriefing : best.result,
    reasons: [...ranked.map((s) => s.reason), ...skipped],
  };
}
