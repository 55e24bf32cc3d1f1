// What `new` and `edit` share: interactivity, the prompts, and the authoring run. Light on
// purpose: the first question (the template, for `new`) is asked before the flow, the
// rules and the parsers are loaded (see author-flow.ts).
import type { Briefing } from "../core/types.js";
import { ExitCode, UsageError } from "../errors.js";
import type { Io } from "../io/host.js";
import { removeDraft, saveDraft } from "../io/drafts.js";
import type { TaskContext } from "../io/context.js";
import { inquirerApi, isPromptExit } from "../prompts/inquirer.js";
import { askTemplate } from "../prompts/template-question.js";
import type { Draft, PromptApi } from "../prompts/types.js";

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
  before?: () => Promise<void>,
): Promise<number> {
  await saveDraft(draftPath, draft);
  io.stdout.write(`(draft: ${draftPath})\n`);
  try {
    if (before) {
      await before();
      await saveDraft(draftPath, draft);
    }
    if (!draft.template) {
      draft.template = await askTemplate(api, task.check.templates);
      await saveDraft(draftPath, draft);
    }
    const { flowDeps } = await import("./author-flow.js");
    const { runFlow } = await import("../prompts/flow.js");
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
