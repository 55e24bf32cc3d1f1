// The work done for one input, on the main thread or in a worker thread (io/worker.ts):
// read it, check it, and for export render it and name its output. Writing is left to
// the command, on the main thread.
import { basename, extname } from "node:path";
import { outputBaseName } from "../core/naming.js";
import type { Template } from "../core/template.js";
import type { FileResult } from "../core/types.js";
import { coerceBriefing, templateFor, toResult } from "../core/validate.js";
import { inspectFile } from "./inspect.js";
import { describeFsError } from "../errors.js";
import type { Exporter } from "../render/types.js";
import { problemLine } from "../reporters/problem-line.js";
import type { Input } from "./inputs.js";
import { besideInput } from "./output.js";
import { DEFAULT_LIMITS } from "./config.js";
import { contentHash } from "./cache.js";
import { readFileWithin, TooBigError } from "./read.js";
import type { TaskContext } from "./context.js";

/** Reads an input's bytes; a failure becomes a located result instead of stopping the batch. */
export async function readInput(
  input: Input,
  readStdin?: () => Promise<Buffer>,
  maxBytes = DEFAULT_LIMITS.maxFileSize,
): Promise<{ bytes: Buffer } | { result: FileResult }> {
  try {
    if (input.kind === "stdin") {
      const bytes = readStdin ? await readStdin() : Buffer.alloc(0);
      if (bytes.length > maxBytes) throw new TooBigError(bytes.length, maxBytes);
      return { bytes };
    }
    // A huge file is refused from its size, without being loaded into memory.
    return { bytes: readFileWithin(input.abs, maxBytes) };
  } catch (error) {
    if (error instanceof TooBigError) {
      const message = error.describe("file");
      return {
        result: toResult(input.path, [
          { rule: "limits", severity: "error", message, path: input.path },
        ]),
      };
    }
    const message = describeFsError(error, input.path).replace(
      `${input.path}: `,
      "cannot read file: ",
    );
    const result = toResult(input.path, [
      { rule: "io", severity: "error", message, path: input.path },
    ]);
    return { result: { ...result, unreadable: true } };
  }
}

/** Reads and validates one input. */
export async function validateTask(
  input: Input,
  ctx: TaskContext,
  readStdin?: () => Promise<Buffer>,
): Promise<FileResult & { contentHash?: string }> {
  const read = await readInput(input, readStdin, ctx.config.limits.maxFileSize);
  if ("result" in read) return read.result;
  const result = (await inspectFile(read.bytes, { ...ctx.check, file: input.path })).result;
  // With --cache, the hash of what was read goes back with the result to be stored.
  return ctx.spec.cache ? { ...result, contentHash: contentHash(read.bytes) } : result;
}

/** An input read, checked and rendered, ready to be written (or why it is skipped). */
export type Prepared =
  | { status: "skipped"; messages: string[] }
  | { status: "ready"; text: string | Uint8Array; rel: string; messages: string[] };

/** Reads, checks and renders one input, and names its output relative to the output folder. */
export async function prepareExport(
  input: Input,
  ctx: TaskContext,
  readStdin?: () => Promise<Buffer>,
): Promise<Prepared> {
  const read = await readInput(input, readStdin, ctx.config.limits.maxFileSize);
  if ("result" in read)
    return { status: "skipped", messages: read.result.problems.map(problemLine) };
  const inspection = await inspectFile(
    read.bytes,
    { ...ctx.check, file: input.path },
    ctx.spec.validate !== false,
  );
  const errors = inspection.result.problems.filter((p) => p.severity === "error");
  const data = inspection.source?.data;
  if (errors.length > 0 || data === undefined)
    return { status: "skipped", messages: errors.map(problemLine) };
  const exporter = ctx.exporter as Exporter;
  const briefing = coerceBriefing(data);
  const template: Template | undefined = templateFor(data, ctx.check);
  const text = await exporter.render(briefing, {
    ...ctx.spec.render,
    ...(ctx.config.readingSpeed ? { wordsPerMinute: ctx.config.readingSpeed } : {}),
    ...(ctx.config.words ? { words: ctx.config.words } : {}),
    ...(template ? { template } : {}),
  });
  const pattern = ctx.spec.pattern ?? "{name}";
  const name = outputBaseName(pattern, {
    name: basename(input.rel, extname(input.rel)),
    briefing: { ...briefing, template: template?.id ?? briefing.template ?? "standard" },
  });
  return {
    status: "ready",
    text,
    rel: besideInput(input.rel, name + exporter.extension),
    messages: [],
  };
}
