// The one place that talks to @inquirer/prompts: the flow sees only PromptApi.
import type { PromptApi } from "./types.js";

/** Streams and cancellation the prompts run with. */
export interface PromptStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  signal?: AbortSignal;
}

/** A PromptApi backed by inquirer, loaded on first use. */
export function inquirerApi(streams: PromptStreams): PromptApi {
  const context = {
    input: streams.input,
    output: streams.output,
    ...(streams.signal ? { signal: streams.signal } : {}),
    clearPromptOnDone: false,
  };
  const load = () => import("@inquirer/prompts");
  return {
    async input(q) {
      const { input } = await load();
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
      const { editor } = await load();
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
      const { select } = await load();
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
      const { confirm } = await load();
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
