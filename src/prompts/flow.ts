import { leadMayBeEmpty, sectionLabel, type Template } from "../core/template.js";
import { askPart } from "./answer.js";
import { askBullets } from "./bullets.js";
import { printNote, type FlowDeps, type FlowResult } from "./deps.js";
import { askMeta } from "./meta.js";
import { recapLines, unfinishedNote } from "./recap.js";
import { draftSection, draftToBriefing, nextStep, stepName, stepsOf } from "./steps.js";
import type { Draft, Step } from "./types.js";

export { isIsoDate } from "./meta.js";
export { EDITOR_ESCAPE } from "./text.js";
export type { FlowDeps, FlowResult } from "./deps.js";

/**
 * Asks one step and records the answer in the draft. `revise` is set when the step is
 * asked again from the review: a list is then shown with its menu instead of typed anew.
 */
async function ask(
  deps: FlowDeps,
  draft: Draft,
  template: Template,
  step: Step,
  revise: boolean,
): Promise<void> {
  const ctx = deps.context(template);
  const a = draft.answers;
  switch (step.kind) {
    case "headline":
      a.headline = await askPart(deps, ctx, draft, {
        message: template.headline?.prompt ?? "Headline",
        path: ["headline"],
        current: a.headline,
      });
      break;
    case "summary":
      a.summary = await askPart(deps, ctx, draft, {
        message: template.summary?.prompt ?? "Summary",
        path: ["summary"],
        current: a.summary,
        paragraphs: true,
        editorHint: true,
      });
      break;
    case "lead": {
      const index = template.sections.findIndex((s) => s.id === step.section);
      const spec = template.sections[index];
      const section = draftSection(draft, template, step.section);
      const optional = leadMayBeEmpty(spec);
      const message = `${spec?.prompt ?? `${sectionLabel(template, section)}. Lead sentence`}${optional ? " (optional, Enter to skip)" : ""}`;
      const lead = await askPart(deps, ctx, draft, {
        message,
        path: ["sections", index, "lead"],
        current: section.lead,
        paragraphs: true,
      });
      if (lead) section.lead = lead;
      else if (!optional) section.lead = lead;
      else delete section.lead;
      break;
    }
    case "bullets":
      await askBullets(deps, ctx, draft, template, step.section, revise);
      break;
    case "conclusion":
      a.conclusion = await askPart(deps, ctx, draft, {
        message: template.conclusion?.prompt ?? template.conclusion?.label ?? "Conclusion",
        path: ["conclusion"],
        current: a.conclusion,
        paragraphs: true,
        editorHint: true,
      });
      break;
    case "meta":
      await askMeta(deps, draft, ctx.today);
      break;
    default:
      break;
  }
}

/**
 * The authoring flow: each step in template order from where the draft stands, the draft
 * saved after every answer, then a review with a menu to revise any part before saving.
 * The template is chosen before the flow starts (see `askTemplate`).
 */
export async function runFlow(deps: FlowDeps, draft: Draft): Promise<FlowResult> {
  const template = deps.templates.get(draft.template ?? "standard");
  if (!template) throw new Error(`unknown template "${draft.template}"`);
  // Coming back to a draft part-way (a resume, or answers given in a file): say what is
  // already written before the next question.
  if (draft.step.kind !== "headline" && draft.step.kind !== "review")
    for (const line of recapLines(draft, template)) deps.print(deps.dim(line));
  while (draft.step.kind !== "review") {
    await ask(deps, draft, template, draft.step, false);
    draft.step = nextStep(template, draft.step);
    await deps.saveDraft(draft);
  }
  for (;;) {
    const briefing = draftToBriefing(draft, template);
    deps.print(`\n${await deps.render(briefing, template)}`);
    const { errors, warnings } = deps.problems(briefing, template);
    const note = unfinishedNote(draft, template);
    if (note) deps.print(deps.dim(note));
    for (const w of warnings) await printNote(deps, "warning", w, (t) => deps.dim(t));
    for (const e of errors) await printNote(deps, "error", e, (t) => t);
    const revisable = stepsOf(template).filter((s) => s.kind !== "review");
    const choice = await deps.api.select<string>({
      message: errors.length ? "Fix the errors above before saving" : "Save this briefing?",
      choices: [
        ...(errors.length ? [] : [{ name: "Save", value: "save" }]),
        ...revisable.map((s, i) => ({ name: `Revise ${stepName(template, s)}`, value: String(i) })),
        { name: "Quit and keep the draft", value: "cancel" },
      ],
    });
    if (choice === "save") return { action: "save", briefing, template };
    if (choice === "cancel") return { action: "cancel" };
    const step = revisable[Number(choice)];
    if (step) {
      await ask(deps, draft, template, step, true);
      await deps.saveDraft(draft);
    }
  }
}
