import { leadMayBeEmpty, sectionLabel, type Template } from "../core/template.js";
import type { Briefing } from "../core/types.js";
import {
  checkAnswer,
  draftSection,
  draftToBriefing,
  liveCount,
  nextStep,
  stepName,
  stepsOf,
  type AnswerContext,
} from "./steps.js";
import { paragraphs } from "../render/sanitize.js";
import type { Check, Draft, PromptApi, Step } from "./types.js";
import { askMeta } from "./meta.js";

export { isIsoDate } from "./meta.js";

/** What the flow needs from outside: saving drafts, rendering, checking and saving the briefing. */
export interface FlowDeps {
  api: PromptApi;
  /** Templates to choose from, by id. */
  templates: ReadonlyMap<string, Template>;
  /** Checking context for a template (rules and levels from the configuration). */
  context(template: Template): AnswerContext;
  /** Saves the draft; called after every answer. */
  saveDraft(draft: Draft): Promise<void>;
  /** The briefing as `briefing show` prints it. */
  render(briefing: Briefing, template: Template): string | Promise<string>;
  /** Problems of the whole briefing, as one line each (errors only block saving). */
  problems(briefing: Briefing, template: Template): { errors: string[]; warnings: string[] };
  /** Prints a line between prompts. */
  print(text: string): void;
  /** Default author, from the configuration. */
  author?: string;
  /** Dim styling for hints. */
  dim(text: string): string;
}

/** Result of a finished flow. */
export type FlowResult =
  { action: "save"; briefing: Briefing; template: Template } | { action: "cancel" };

function withCount(ctx: AnswerContext, path: (string | number)[]) {
  return (value: string, state: { isFinal: boolean }): string => {
    if (state.isFinal) return value;
    const count = liveCount(ctx, path, value);
    return count ? `${value}  ${count}` : value;
  };
}

/** Typed instead of an answer, opens $EDITOR for long text. */
export const EDITOR_ESCAPE = ":e";

async function askText(
  deps: FlowDeps,
  ctx: AnswerContext,
  message: string,
  path: (string | number)[],
  current: string | undefined,
  long: boolean,
): Promise<string> {
  const validate: Check = (value) => checkAnswer(ctx, path, value.trim());
  const answer = await deps.api.input({
    message: long ? `${message} ${deps.dim(`(${EDITOR_ESCAPE} opens your editor)`)}` : message,
    ...(current ? { default: current } : {}),
    validate: long
      ? (value) => (value.trim() === EDITOR_ESCAPE ? true : validate(value))
      : validate,
    transformer: withCount(ctx, path),
  });
  if (!long || answer.trim() !== EDITOR_ESCAPE) return answer.trim();
  // In the editor a blank line starts a new paragraph; other line breaks are wrapping.
  return paragraphs(
    await deps.api.editor({ message, ...(current ? { default: current } : {}), validate }),
  ).join("\n\n");
}

async function askBullets(
  deps: FlowDeps,
  ctx: AnswerContext,
  draft: Draft,
  template: Template,
  sectionId: string,
): Promise<void> {
  const index = template.sections.findIndex((s) => s.id === sectionId);
  const spec = template.sections[index];
  const section = draftSection(draft, template, sectionId);
  const label = sectionLabel(template, section);
  const min = spec?.bullets?.min ?? 0;
  const max = spec?.bullets?.max ?? Infinity;
  for (;;) {
    const bullets = (section.bullets ??= []);
    const count = `${bullets.length}${max === Infinity ? "" : `/${max}`}`;
    const choices: { name: string; value: string }[] = [];
    if (bullets.length < max) choices.push({ name: "Add a bullet", value: "add" });
    if (bullets.length > 0)
      choices.push(
        { name: "Edit a bullet", value: "edit" },
        { name: "Remove a bullet", value: "remove" },
      );
    if (bullets.length > 1) choices.push({ name: "Move a bullet", value: "move" });
    choices.push({
      name: bullets.length >= min ? "Done" : `Done (needs at least ${min})`,
      value: "done",
    });
    const action = await deps.api.select({
      message: `${label} bullets (${count})`,
      choices,
      default: bullets.length < Math.max(min, 1) ? "add" : "done",
    });
    if (action === "done") {
      if (bullets.length >= min) return;
      deps.print(`${label} needs at least ${min} bullets; it has ${bullets.length}.`);
      continue;
    }
    if (action === "add") {
      const text = await askText(
        deps,
        ctx,
        `${spec?.bullets?.prompt ?? `${label} bullet`} ${bullets.length + 1}`,
        ["sections", index, "bullets", bullets.length],
        undefined,
        false,
      );
      bullets.push(text);
    } else {
      const pick = await deps.api.select({
        message: `Which bullet to ${action}?`,
        choices: bullets.map((b, i) => ({ name: `${i + 1}. ${b}`, value: i })),
      });
      if (action === "edit")
        bullets[pick] = await askText(
          deps,
          ctx,
          `${label} bullet ${pick + 1}`,
          ["sections", index, "bullets", pick],
          bullets[pick],
          false,
        );
      if (action === "remove") bullets.splice(pick, 1);
      if (action === "move") {
        const to = await deps.api.select({
          message: "Move it to position",
          choices: bullets.map((_, i) => ({ name: String(i + 1), value: i })),
        });
        const [moved] = bullets.splice(pick, 1);
        if (moved !== undefined) bullets.splice(to, 0, moved);
      }
    }
    await deps.saveDraft(draft);
  }
}

/** Asks one step and records the answer in the draft. */
async function ask(deps: FlowDeps, draft: Draft, template: Template, step: Step): Promise<void> {
  const ctx = deps.context(template);
  const a = draft.answers;
  switch (step.kind) {
    case "headline":
      a.headline = await askText(
        deps,
        ctx,
        template.headline?.prompt ?? "Headline",
        ["headline"],
        a.headline,
        false,
      );
      break;
    case "summary":
      a.summary = await askText(
        deps,
        ctx,
        template.summary?.prompt ?? "Summary",
        ["summary"],
        a.summary,
        true,
      );
      break;
    case "lead": {
      const index = template.sections.findIndex((s) => s.id === step.section);
      const spec = template.sections[index];
      const section = draftSection(draft, template, step.section);
      const optional = leadMayBeEmpty(spec);
      const message = `${spec?.prompt ?? `${sectionLabel(template, section)}. Lead sentence`}${optional ? " (optional, Enter to skip)" : ""}`;
      const lead = await askText(
        deps,
        ctx,
        message,
        ["sections", index, "lead"],
        section.lead,
        // A lead of several paragraphs is edited in the editor, where they stay apart.
        (section.lead ?? "").includes("\n"),
      );
      if (lead) section.lead = lead;
      else if (!optional) section.lead = lead;
      else delete section.lead;
      break;
    }
    case "bullets":
      await askBullets(deps, ctx, draft, template, step.section);
      break;
    case "conclusion":
      a.conclusion = await askText(
        deps,
        ctx,
        template.conclusion?.prompt ?? template.conclusion?.label ?? "Conclusion",
        ["conclusion"],
        a.conclusion,
        true,
      );
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
  while (draft.step.kind !== "review") {
    await ask(deps, draft, template, draft.step);
    draft.step = nextStep(template, draft.step);
    await deps.saveDraft(draft);
  }
  for (;;) {
    const briefing = draftToBriefing(draft, template);
    deps.print(`\n${await deps.render(briefing, template)}`);
    const { errors, warnings } = deps.problems(briefing, template);
    for (const w of warnings) deps.print(deps.dim(`  warning: ${w}`));
    for (const e of errors) deps.print(`  error: ${e}`);
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
      await ask(deps, draft, template, step);
      await deps.saveDraft(draft);
    }
  }
}
