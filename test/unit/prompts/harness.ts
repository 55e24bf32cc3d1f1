import { afterAll, beforeAll } from "@jest/globals";
import { briefingProblems } from "../../../src/commands/author-flow.js";
import { createTaskContext, type TaskContext } from "../../../src/io/context.js";
import { runFlow, type FlowDeps, type FlowResult } from "../../../src/prompts/flow.js";
import { askTemplate } from "../../../src/prompts/template-question.js";
import type { Draft, Step } from "../../../src/prompts/types.js";
import { FakePrompts, type ScriptEntry } from "../../helpers/fake-prompts.js";
import { tempDir } from "../../helpers/paths.js";

let task: TaskContext | undefined;

/** Loads the built-in templates and default rules (no configuration) for the file's tests. */
export function useTask(): () => TaskContext {
  let cleanup: () => void = () => undefined;
  beforeAll(async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    task = await createTaskContext({ cwd: tmp.dir });
  });
  afterAll(() => cleanup());
  return () => {
    if (!task) throw new Error("useTask() before the tests");
    return task;
  };
}

/** A fresh draft; `null` leaves the template to be chosen. */
export function newDraft(
  template: string | null = "standard",
  step: Step = { kind: "headline" },
): Draft {
  const draft: Draft = {
    version: 1,
    answers: {},
    step,
    created: "2026-03-04T10:00:00.000Z",
    updated: "2026-03-04T10:00:00.000Z",
  };
  if (template) draft.template = template;
  return draft;
}

/**
 * Runs the flow with a script; returns the result, every draft saved and the lines
 * printed. An ExitPromptError comes back as `error`; a script mismatch fails the test.
 */
export async function flow(script: ScriptEntry[], draft = newDraft()) {
  if (!task) throw new Error("useTask() before the tests");
  const t = task;
  const api = new FakePrompts(script);
  const saves: Draft[] = [];
  const printed: string[] = [];
  const deps: FlowDeps = {
    api,
    templates: t.check.templates,
    context: (template) => ({ template, rules: t.check.rules ?? {}, today: "2026-03-04" }),
    saveDraft: (d) => {
      saves.push(structuredClone(d));
      return Promise.resolve();
    },
    render: (b) => `[rendered] ${b.headline}`,
    problems: (b, template) => briefingProblems(b, template, t),
    print: (text) => printed.push(text),
    dim: (text) => text,
  };
  let result: FlowResult | undefined;
  let error: Error | undefined;
  try {
    // As the authoring run does, the template is chosen before the flow starts.
    if (!draft.template) {
      draft.template = await askTemplate(api, t.check.templates);
      await deps.saveDraft(draft);
    }
    result = await runFlow(deps, draft);
  } catch (e) {
    error = e as Error;
  }
  if (error?.name !== "ExitPromptError") {
    api.finish();
    if (error) throw error;
  }
  return { result, error, api, saves, printed, draft };
}
