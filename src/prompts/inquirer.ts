// The one place that talks to inquirer: the flow sees only PromptApi. The prompts load
// when the first question is asked, and the editor prompt only when it is used.
import type { PromptApi } from "./types.js";

/** Streams and cancellation the prompts run with. */
export interface PromptStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  signal?: AbortSignal;
}

/** A PromptApi backed by inquirer, each prompt loaded on first use. */
export function inquirerApi(streams: PromptStreams): PromptApi {
  const context = {
    input: streams.input,
    output: streams.output,
    ...(streams.signal ? { signal: streams.signal } : {}),
    clearPromptOnDone: false,
  };
  return {
    async input(q) {
      const { input } = await import("./inquirer-prompts.js");
      return input(
        {
          message: q.message,
          ...(q.default !== undefined ? { default: q.default } : {}),
          ...(q.prefill ? { prefill: "editable" as const } : {}),
          ...(q.validate ? { validate: q.validate } : {}),
          ...(q.transformer ? { transformer: q.transformer } : {}),
        },
        context,
      );
    },
    async editor(q) {
      const { editor } = await import("./inquirer-editor.js");
      return editor(
        {
          message: q.message,
          ...(q.default !== undefined ? { default: q.default } : {}),
          ...(q.validate ? { validate: q.validate } : {}),
          postfix: ".txt",
        },
        context,
      );
    },
    async select(q) {
      const { select } = await import("./inquirer-prompts.js");
      return select(
        {
          message: q.message,
          choices: q.choices,
          ...(q.default !== undefined ? { default: q.default } : {}),
          pageSize: 12,
        },
        context,
      );
    },
    async confirm(q) {
      const { confirm } = await import("./inquirer-prompts.js");
      return confirm(
        { message: q.message, ...(q.default !== undefined ? { default: q.default } : {}) },
        context,
      );
    },
  };
}

/** Whether an error means the analyst stopped the prompt (Ctrl-C, an aborted signal). */
export function isPromptExit(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === "ExitPromptError" || name === "AbortPromptError";
}
