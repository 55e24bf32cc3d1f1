// The flow's dependencies and the whole-briefing check: what the authoring run loads once
// the first question is answered.
import { DEFAULT_WORDS_PER_MINUTE } from "../core/reading.js";
import type { Template } from "../core/template.js";
import type { Briefing } from "../core/types.js";
import { localDate } from "../core/validate.js";
import { validateText } from "../core/inspect-text.js";
import type { Io } from "../io/host.js";
import { makeColors } from "../io/colors.js";
import { saveDraft } from "../io/drafts.js";
import type { TaskContext } from "../io/context.js";
import type { FlowDeps } from "../prompts/flow.js";
import type { Draft, PromptApi } from "../prompts/types.js";
import { briefingFileText } from "../core/serialize.js";
import { oneLine } from "../render/sanitize.js";

/** The flow's dependencies for a run. */
export async function flowDeps(
  io: Io,
  task: TaskContext,
  api: PromptApi,
  draftPath: string,
  color: boolean | undefined,
): Promise<FlowDeps> {
  const colors = await makeColors(color);
  const today = localDate(new Date());
  return {
    api,
    templates: task.check.templates,
    context: (template) => ({ template, rules: task.check.rules ?? {}, today }),
    saveDraft: (draft: Draft) => saveDraft(draftPath, draft),
    // Loaded when the review is first drawn: measuring text for the terminal takes
    // Unicode tables that would otherwise delay the first question.
    render: async (briefing, template) => {
      const { renderTerminal } = await import("../render/terminal.js");
      return renderTerminal(briefing, {
        template,
        width: Math.min(io.stdout.columns ?? 80, 100),
        colors,
        wordsPerMinute: task.config.readingSpeed ?? DEFAULT_WORDS_PER_MINUTE,
      });
    },
    problems: (briefing, template) => briefingProblems(briefing, template, task),
    print: (text) => io.stdout.write(`${text}\n`),
    ...(task.config.author ? { author: task.config.author } : {}),
    dim: (text) => colors.dim(text),
    warn: (text) => colors.yellow(text),
    // Loaded with the first note to wrap, for the same reason as the renderer above.
    wrap: async (text, first, rest) => {
      const { wrapSpans } = await import("../render/wrap.js");
      return wrapSpans([{ text: oneLine(text) }], { width: io.stdout.columns ?? 80, first, rest });
    },
  };
}

/** Every problem `validate` would report in the saved file, as lines. */
export function briefingProblems(
  briefing: Briefing,
  template: Template,
  task: TaskContext,
): { errors: string[]; warnings: string[] } {
  const templates = new Map(task.check.templates);
  templates.set(template.id, template);
  const result = validateText(briefingFileText(briefing, "yaml"), {
    ...task.check,
    templates,
    file: "briefing.yaml",
  });
  const line = (p: { message: string; rule: string }) => `${p.message} (${p.rule})`;
  return {
    errors: result.problems.filter((p) => p.severity === "error").map(line),
    warnings: result.problems.filter((p) => p.severity === "warning").map(line),
  };
}
