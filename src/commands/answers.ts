// An answers file (YAML or JSON, or standard input): a partial briefing that `new` and
// `edit` apply without asking.
import { resolve } from "node:path";
import { detectFormat } from "../core/source.js";
import { readSource } from "../core/source-read.js";
import type { Briefing } from "../core/types.js";
import { describeFsError, IoError, UsageError } from "../errors.js";
import type { Io } from "../io/host.js";
import { readFileWithin, TooBigError } from "../io/read.js";

/** Reads an answers file (YAML or JSON, `-` for stdin): a mapping shaped like a briefing. */
export async function readAnswers(path: string, io: Io, limit: number): Promise<Partial<Briefing>> {
  let text: string;
  try {
    const bytes =
      path === "-" ? await io.stdin.read() : readFileWithin(resolve(io.cwd, path), limit);
    if (bytes.length > limit) throw new TooBigError(bytes.length, limit);
    text = bytes.toString("utf8");
  } catch (error) {
    if (error instanceof TooBigError)
      throw new UsageError(`cannot read the answers: ${error.describe(path)}`);
    throw new IoError(`cannot read the answers: ${describeFsError(error, path)}`);
  }
  const source = readSource(text, path, detectFormat(path === "-" ? undefined : path, text));
  const first = source.problems[0];
  if (first)
    throw new UsageError(
      `answers ${path}:${first.line ?? 1}:${first.column ?? 1}: ${first.message}`,
    );
  if (typeof source.data !== "object" || source.data === null || Array.isArray(source.data)) {
    throw new UsageError(
      `answers ${path} must be a mapping shaped like a briefing (headline, summary, sections, conclusion, meta)`,
    );
  }
  return source.data;
}
