// The one place that talks to inquirer: the flow sees only PromptApi. Each prompt is the
// package that @inquirer/prompts gathers, imported on its own when first asked: the
// editor prompt brings character-set tables that would otherwise load (and delay the
// first question) in every run.
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
      const { default: input } = await import("@inquirer/input");
      return input(
        {
          message: q.message,
          ...(q.default !== undefined ? { default: q.default } : {}),
          ...(q.validate ? { validate: q.validate } : {}),
          ...(q.transformer ? { transformer: q.transformer } : {}),
        },
        context,
      );
    },
    async editor(q) {
      const { default: editor } = await import("@inquirer/editor");
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
      const { default: select } = await import("@inquirer/select");
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
      const { default: confirm } = await import("@inquirer/confirm");
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
