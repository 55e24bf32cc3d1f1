// What `new` and `edit` share: the flow's dependencies, interactivity, saving and drafts.
import type { Template } from "../core/template.js";
import type { Briefing } from "../core/types.js";
import { localDate, validateText } from "../core/validate.js";
import { ExitCode, UsageError } from "../errors.js";
import type { Io } from "../cli/io.js";
import { makeColors, useColor } from "../cli/colors.js";
import { removeDraft, saveDraft } from "../io/drafts.js";
import type { TaskContext } from "../io/tasks.js";
import { runFlow, type FlowDeps } from "../prompts/flow.js";
import { inquirerApi, isPromptExit } from "../prompts/inquirer.js";
import type { Draft, PromptApi } from "../prompts/types.js";
import { briefingFileText } from "../core/serialize.js";

/** Whether prompts can run: a terminal on stdin, and not in CI. */
export function interactive(io: Io): boolean {
  return io.stdin.isTTY === true && io.env.CI !== "true" && io.env.CI !== "1";
}

/** The usage error for a prompt-driven command run without a terminal. */
export function needsTerminal(command: string): UsageError {
  return new UsageError(
    `briefing ${command} asks questions and needs a terminal; run it in one, or give --answers FILE (a YAML or JSON file shaped like a briefing; - reads stdin)`,
  );
}

/** The flow's dependencies for a run. */
export async function flowDeps(
  io: Io,
  task: TaskContext,
  api: PromptApi,
  draftPath: string,
  color: boolean | undefined,
): Promise<FlowDeps> {
  const colors = await makeColors(useColor(io.stdout, io.env, color));
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
      });
    },
    problems: (briefing, template) => briefingProblems(briefing, template, task),
    print: (text) => io.stdout.write(`${text}\n`),
    ...(task.config.author ? { author: task.config.author } : {}),
    dim: (text) => colors.dim(text),
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

/** The message when the analyst stops: where the work is and how to go on. */
export function stoppedMessage(draftPath: string): string {
  return `\nStopped. Every answer so far is saved in ${draftPath}\nResume with: briefing new --resume ${draftPath}\n`;
}

/** The prompts for a run: the test's, or inquirer on the terminal. */
export function promptsFor(io: Io, given: PromptApi | undefined): PromptApi {
  return (
    given ??
    inquirerApi({
      input: io.terminal?.input ?? process.stdin,
      output: io.terminal?.output ?? process.stdout,
      ...(io.signal ? { signal: io.signal } : {}),
    })
  );
}

/**
 * Runs the flow on a draft that is saved first, then hands a finished briefing to `save`
 * (which returns the path it wrote). Quitting keeps the draft; Ctrl-C or a signal exits
 * 130 naming it; a refusal to save also names it, so nothing typed is lost either way.
 */
export async function runAuthoring(
  io: Io,
  task: TaskContext,
  api: PromptApi,
  draft: Draft,
  draftPath: string,
  color: boolean | undefined,
  save: (briefing: Briefing) => Promise<string>,
): Promise<number> {
  await saveDraft(draftPath, draft);
  io.stdout.write(`(draft: ${draftPath})\n`);
  try {
    const result = await runFlow(await flowDeps(io, task, api, draftPath, color), draft);
    if (result.action === "cancel") {
      io.stdout.write(stoppedMessage(draftPath));
      return ExitCode.Ok;
    }
    const shown = await save(result.briefing);
    removeDraft(draftPath);
    io.stdout.write(`Saved ${shown}\n`);
    return ExitCode.Ok;
  } catch (error) {
    if (isPromptExit(error)) {
      io.stderr.write(stoppedMessage(draftPath));
      return ExitCode.Interrupted;
    }
    if (error instanceof UsageError) io.stderr.write(stoppedMessage(draftPath));
    throw error;
  }
}
