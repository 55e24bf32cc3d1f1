import { rules, type BriefingView } from "../core/rules/index.js";
import { leadMayBeEmpty, sectionLabel, type Template } from "../core/template.js";
import { countChars, countWords } from "../core/words.js";
import type { Briefing, DocPath, Section } from "../core/types.js";
import type { RuleSetting } from "../core/validate.js";
import type { Draft, Step } from "./types.js";

/** The steps of a template, in order: headline, summary, each section's lead and bullets, conclusion, metadata. */
export function stepsOf(template: Template): Step[] {
  const steps: Step[] = [{ kind: "headline" }, { kind: "summary" }];
  for (const s of template.sections)
    steps.push({ kind: "lead", section: s.id }, { kind: "bullets", section: s.id });
  steps.push({ kind: "conclusion" }, { kind: "meta" }, { kind: "review" });
  return steps;
}

/** The step after `step` in the template's order. */
export function nextStep(template: Template, step: Step): Step {
  const steps = stepsOf(template);
  const i = steps.findIndex((s) => sameStep(s, step));
  return steps[i + 1] ?? { kind: "review" };
}

export function sameStep(a: Step, b: Step): boolean {
  return (
    a.kind === b.kind && ("section" in a ? a.section : "") === ("section" in b ? b.section : "")
  );
}

/** The draft's section for a template section id, created in template order when missing. */
export function draftSection(draft: Draft, template: Template, id: string): Section {
  const sections = (draft.answers.sections ??= []);
  let section = sections.find((s) => s.id === id);
  if (!section) {
    section = { id };
    sections.push(section);
    const order = template.sections.map((s) => s.id);
    sections.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  }
  return section;
}

/** The briefing the answers make: empty sections (an optional section skipped) are left out. */
export function draftToBriefing(draft: Draft, template: Template): Briefing {
  const a = draft.answers;
  const sections = (a.sections ?? []).filter(
    (s) => (s.lead ?? "") !== "" || (s.bullets ?? []).length > 0 || (s.after ?? "") !== "",
  );
  const briefing: Briefing = {
    template: template.id,
    headline: a.headline ?? "",
    summary: a.summary ?? "",
    sections: sections.map((s) => ({
      id: s.id,
      ...(s.label ? { label: s.label } : {}),
      ...(s.lead ? { lead: s.lead } : {}),
      ...(s.bullets?.length ? { bullets: [...s.bullets] } : {}),
      // No prompt asks for the text after the bullets, but an edit keeps what the file has.
      ...(s.after ? { after: s.after } : {}),
    })),
    conclusion: a.conclusion ?? "",
  };
  if (a.meta && Object.keys(a.meta).length > 0) briefing.meta = a.meta;
  return briefing;
}

/** Context for checking answers as they are typed: the same rules and levels `validate` uses. */
export interface AnswerContext {
  template: Template;
  rules: Readonly<Record<string, RuleSetting>>;
  today: string;
}

/** A rule's finding on one answer, at the level the configuration gives the rule. */
export interface AnswerFinding {
  rule: string;
  level: "error" | "warn";
  message: string;
}

/**
 * Runs every part-scoped rule that is not off on one answer, as `validate` would: the part
 * is put into an otherwise empty briefing and only findings at its path count. Rules whose
 * scope is the whole briefing (section order, bullet counts) are checked at review instead.
 */
export function answerFindings(ctx: AnswerContext, path: DocPath, text: string): AnswerFinding[] {
  const view: BriefingView = { sections: [] };
  const [first, index, part, bullet] = path;
  if (first === "sections" && typeof index === "number") {
    const sectionId = ctx.template.sections[index]?.id ?? "";
    const section: BriefingView["sections"][number] = { id: sectionId, index };
    if (part === "lead") section.lead = text;
    if (part === "bullets" && typeof bullet === "number")
      section.bullets = Object.assign(new Array<string>(bullet + 1).fill("x"), { [bullet]: text });
    view.sections.push(section);
  } else if (first === "headline" || first === "summary" || first === "conclusion") {
    view[first] = text;
  } else {
    return [];
  }
  const key = JSON.stringify(path);
  const found: AnswerFinding[] = [];
  for (const rule of rules) {
    if (rule.scope === "briefing") continue;
    const setting = ctx.rules[rule.id];
    const level = (Array.isArray(setting) ? setting[0] : setting) ?? rule.defaultLevel;
    if (level !== "error" && level !== "warn") continue;
    const options = (Array.isArray(setting) ? setting[1] : undefined) ?? {};
    for (const f of rule.check(view, { template: ctx.template, options, today: ctx.today }))
      if (JSON.stringify(f.at) === key) found.push({ rule: rule.id, level, message: f.message });
  }
  return found;
}

/** Checks one answer: the first finding of a rule set to error, which the prompt refuses. */
export function checkAnswer(ctx: AnswerContext, path: DocPath, text: string): true | string {
  if (text.trim() === "") {
    // An optional lead (or a lead of an optional section) is skipped with Enter.
    const spec =
      path[0] === "sections" && typeof path[1] === "number"
        ? ctx.template.sections[path[1]]
        : undefined;
    const optional = path[2] === "lead" && leadMayBeEmpty(spec);
    return optional ? true : "this cannot be empty";
  }
  return answerFindings(ctx, path, text).find((f) => f.level === "error")?.message ?? true;
}

/** The findings of rules set to warn on one answer: shown under it, never blocking. */
export function answerWarnings(ctx: AnswerContext, path: DocPath, text: string): AnswerFinding[] {
  if (text.trim() === "") return [];
  return answerFindings(ctx, path, text).filter((f) => f.level === "warn");
}

/** The limit that applies while typing a part, and how far the text is along it. */
export interface LiveLimit {
  count: number;
  max: number;
  unit: "characters" | "words";
}

/** The live count's figures for a part, when the part has a limit. */
export function liveLimit(ctx: AnswerContext, path: DocPath, text: string): LiveLimit | undefined {
  const [first, index, part] = path;
  const t = ctx.template;
  const setting = (id: string): Record<string, unknown> => {
    const s = ctx.rules[id];
    return (Array.isArray(s) ? s[1] : undefined) ?? {};
  };
  const limit = (id: string, fallback: number | undefined): number | undefined => {
    const max = setting(id).max;
    return typeof max === "number" ? max : fallback;
  };
  if (first === "headline") {
    const max = limit("headline-length", t.headline?.maxChars);
    return max === undefined ? undefined : { count: countChars(text), max, unit: "characters" };
  }
  let max: number | undefined;
  if (first === "summary") max = limit("summary-length", t.summary?.maxWords);
  else if (first === "conclusion") max = limit("conclusion-length", t.conclusion?.maxWords);
  else if (first === "sections" && typeof index === "number") {
    const spec = t.sections[index];
    max =
      part === "lead"
        ? limit("lead-length", spec?.lead?.maxWords)
        : limit("bullet-length", spec?.bullets?.maxWords);
  }
  return max === undefined ? undefined : { count: countWords(text), max, unit: "words" };
}

/** The live count shown while typing: `42/120 characters` or words, when there is a limit. */
export function liveCount(ctx: AnswerContext, path: DocPath, text: string): string | undefined {
  const l = liveLimit(ctx, path, text);
  return l && `${l.count}/${l.max} ${l.unit}`;
}

/** How a step is named in menus. */
export function stepName(template: Template, step: Step): string {
  switch (step.kind) {
    case "lead":
    case "bullets":
      return `${sectionLabel(template, { id: step.section })} ${step.kind === "lead" ? "lead" : "bullets"}`;
    case "meta":
      return "metadata";
    default:
      return step.kind;
  }
}
