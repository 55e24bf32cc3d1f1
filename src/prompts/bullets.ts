// A section's bullets: typed one after another, an empty line ending the list, and a menu
// to edit, remove and move them when the list is revised.
import { sectionLabel, type Template } from "../core/template.js";
import { askPart } from "./answer.js";
import type { FlowDeps } from "./deps.js";
import { draftSection, type AnswerContext } from "./steps.js";
import type { Draft } from "./types.js";

interface BulletsAt {
  deps: FlowDeps;
  ctx: AnswerContext;
  draft: Draft;
  /** The section's index in the template. */
  index: number;
  label: string;
  /** What each bullet's prompt starts with. */
  prompt: string;
  min: number;
  max: number;
  bullets: string[];
}

/**
 * Asks for a section's bullets. Going forward through the flow the analyst types them
 * one after another, and Enter on an empty line ends the list; revising (from the review,
 * or in `edit`) shows the list and a menu to add, edit, remove or move bullets.
 */
export async function askBullets(
  deps: FlowDeps,
  ctx: AnswerContext,
  draft: Draft,
  template: Template,
  sectionId: string,
  revise: boolean,
): Promise<void> {
  const index = template.sections.findIndex((s) => s.id === sectionId);
  const spec = template.sections[index];
  const section = draftSection(draft, template, sectionId);
  const label = sectionLabel(template, section);
  const at: BulletsAt = {
    deps,
    ctx,
    draft,
    index,
    label,
    prompt: spec?.bullets?.prompt ?? `${label} bullet`,
    min: spec?.bullets?.min ?? 0,
    max: spec?.bullets?.max ?? Infinity,
    bullets: (section.bullets ??= []),
  };
  if (revise) await bulletMenu(at);
  else await typeBullets(at);
}

/** Bullets typed in a row until an empty line (once there are enough) or the maximum. */
async function typeBullets(at: BulletsAt): Promise<void> {
  const { bullets } = at;
  while (bullets.length < at.max) {
    const n = bullets.length;
    const enough = n >= at.min;
    const hint = enough ? "an empty line ends the list" : `at least ${at.min}`;
    const text = await askPart(at.deps, at.ctx, at.draft, {
      message: `${at.prompt} ${n + 1} ${at.deps.dim(`(${hint})`)}`,
      path: ["sections", at.index, "bullets", n],
      empty: enough ? true : `${at.label} needs at least ${at.min} bullets; type bullet ${n + 1}`,
    });
    if (text === "") return;
    bullets.push(text);
    await at.deps.saveDraft(at.draft);
  }
}

/** The list as it stands, numbered, under the section's label. */
async function showList(at: BulletsAt): Promise<void> {
  const { deps, bullets } = at;
  if (bullets.length === 0) {
    deps.print(`${at.label}: no bullets yet`);
    return;
  }
  deps.print(`${at.label}:`);
  for (const [i, b] of bullets.entries()) {
    const first = `  ${i + 1}. `;
    deps.print(deps.wrap ? await deps.wrap(b, first, " ".repeat(first.length)) : `${first}${b}`);
  }
}

/** The revision menu: the list is shown before it each time, so every change is seen. */
async function bulletMenu(at: BulletsAt): Promise<void> {
  const { deps, bullets } = at;
  for (;;) {
    await showList(at);
    const count = `${bullets.length}${at.max === Infinity ? "" : `/${at.max}`}`;
    const choices: { name: string; value: string }[] = [];
    if (bullets.length < at.max) choices.push({ name: "Add bullets", value: "add" });
    if (bullets.length > 0)
      choices.push(
        { name: "Edit a bullet", value: "edit" },
        { name: "Remove a bullet", value: "remove" },
      );
    if (bullets.length > 1) choices.push({ name: "Move a bullet", value: "move" });
    const enough = bullets.length >= at.min;
    choices.push({ name: enough ? "Done" : `Done (needs at least ${at.min})`, value: "done" });
    const action = await deps.api.select({
      message: `${at.label} bullets (${count})`,
      choices,
      default: enough ? "done" : "add",
    });
    if (action === "done") {
      if (enough) return;
      deps.print(`${at.label} needs at least ${at.min} bullets; it has ${bullets.length}.`);
      continue;
    }
    if (action === "add") await typeBullets(at);
    else await changeBullet(at, action);
    await deps.saveDraft(at.draft);
  }
}

async function changeBullet(at: BulletsAt, action: string): Promise<void> {
  const { deps, bullets } = at;
  const pick = await deps.api.select({
    message: `Which bullet to ${action}?`,
    choices: bullets.map((b, i) => ({ name: `${i + 1}. ${b}`, value: i })),
  });
  if (action === "edit") {
    bullets[pick] = await askPart(deps, at.ctx, at.draft, {
      message: `${at.label} bullet ${pick + 1}`,
      path: ["sections", at.index, "bullets", pick],
      current: bullets[pick],
    });
  } else if (action === "remove") {
    bullets.splice(pick, 1);
  } else if (action === "move") {
    const to = await deps.api.select({
      message: "Move it to position",
      choices: bullets.map((_, i) => ({ name: String(i + 1), value: i })),
    });
    const [moved] = bullets.splice(pick, 1);
    if (moved !== undefined) bullets.splice(to, 0, moved);
  }
}
