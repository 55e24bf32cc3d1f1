import type { Problem } from "./types.js";

const DIRECTIVE = /#\s*briefing-disable-next-line\b(.*)$/;

interface Directive {
  line: number;
  column: number;
  /** Rule ids named; empty means every rule. */
  rules: string[];
  used: Set<string>;
}

function parseDirectives(text: string): Directive[] {
  const out: Directive[] = [];
  text.split(/\r?\n/).forEach((lineText, i) => {
    const m = DIRECTIVE.exec(lineText);
    if (!m) return;
    // "-- reason" after the rule ids explains the exception, as ESLint users write it.
    const list = (m[1] ?? "").split(" -- ")[0] ?? "";
    const rules = list.split(/[\s,]+/).filter((r) => r !== "");
    out.push({ line: i + 1, column: m.index + 1, rules, used: new Set() });
  });
  return out;
}

/**
 * Applies `# briefing-disable-next-line rule-id[, rule-id]` comments: a problem of a
 * named rule (any rule when none is named) on the next line is dropped. A directive that
 * silences nothing is reported, so stale exceptions do not pile up.
 */
export function applyDirectives(
  text: string,
  problems: Problem[],
  file: string,
  knownRules: ReadonlySet<string>,
): Problem[] {
  if (!text.includes("briefing-disable")) return problems;
  const directives = parseDirectives(text);
  if (directives.length === 0) return problems;
  const kept = problems.filter((p) => {
    const d = directives.find(
      (x) => p.line === x.line + 1 && (x.rules.length === 0 || x.rules.includes(p.rule)),
    );
    if (!d) return true;
    d.used.add(d.rules.length === 0 ? "*" : p.rule);
    return false;
  });
  for (const d of directives) {
    const at = { path: file, line: d.line, column: d.column };
    for (const rule of d.rules.filter((r) => !knownRules.has(r))) {
      kept.push({
        rule: "unused-disable-directive",
        severity: "warning",
        message: `unknown rule "${rule}" in a disable comment`,
        ...at,
      });
    }
    const unused =
      d.rules.length === 0
        ? d.used.size === 0
          ? ["*"]
          : []
        : d.rules.filter((r) => knownRules.has(r) && !d.used.has(r));
    for (const rule of unused) {
      const what = rule === "*" ? "any rule" : `"${rule}"`;
      kept.push({
        rule: "unused-disable-directive",
        severity: "warning",
        message: `unused disable comment: no problem from ${what} on line ${d.line + 1}`,
        ...at,
      });
    }
  }
  return kept;
}
