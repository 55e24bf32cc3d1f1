import { resolve } from "node:path";
import type { Io } from "../io/host.js";
import { sortItems } from "../core/archive.js";
import { localDate } from "../core/validate.js";
import { plural } from "../core/words.js";
import { ExitCode, UsageError } from "../errors.js";
import { writeOutput } from "../io/output.js";
import { renderDigestDocx } from "../render/digest-docx.js";
import { dateRange, digestRenderers, type Digest, type DigestItem } from "../render/digest.js";
import { chooseFormat } from "./output-format.js";
import type { RenderOptions } from "../render/types.js";
import { selectArchive, type ArchiveOptions } from "./archive-select.js";

/** Options of `briefing digest`. */
export interface DigestOptions extends ArchiveOptions {
  /** md, html, txt, json or docx; from the -o extension, else md. */
  format?: string;
  /** The digest file; stdout when absent. */
  output?: string;
  /** The title; "Daily digest — <date range>" by default. */
  title?: string;
  /** `date` (oldest first) or `given` (the order of the paths). */
  order?: string;
  /** Keep briefings that have errors. */
  includeInvalid?: boolean;
  /** A word count and reading time line under each headline. */
  readingTime?: boolean;
  /** Overwrite an existing file. */
  force?: boolean;
  /** Colour override (unused: a digest is never coloured). */
  color?: boolean;
}

/** The digest's formats: its own renderers, by format id, in the order messages list them. */
const digestFormats: Readonly<
  Record<string, (d: Digest, options: RenderOptions) => string | Uint8Array | Promise<Uint8Array>>
> = { ...digestRenderers, docx: renderDigestDocx };

/**
 * Builds one document of the briefings selected. Briefings with errors are left out
 * unless asked for, and said to be; an empty digest is a usage error (exit 2), since a
 * scheduled job sending an empty digest is almost always a wrong path or filter.
 */
export async function runDigest(options: DigestOptions, io: Io): Promise<number> {
  const format = chooseFormat(options, Object.keys(digestFormats), "write a digest to");
  if (options.order !== undefined && options.order !== "date" && options.order !== "given")
    throw new UsageError(`--order is date or given, not "${options.order}"`);
  if (format === "docx" && !options.output && io.stdout.isTTY === true)
    throw new UsageError("a docx digest is binary; write it to a file with -o FILE");
  // A digest shows no warnings and leaves out the briefings with errors, so only the rules
  // set to error run.
  const { items, task } = await selectArchive(options, io, "given", {
    briefings: true,
    errorsOnly: true,
  });
  const ordered = options.order === "given" ? items : sortItems(items, "date").reverse();
  const kept: DigestItem[] = [];
  let leftOut = 0;
  for (const { entry, briefing } of ordered) {
    if (!briefing || (entry.errors > 0 && !options.includeInvalid)) {
      leftOut++;
      continue;
    }
    const template = entry.template ? task.check.templates.get(entry.template) : undefined;
    kept.push({ path: entry.path, briefing, ...(template ? { template } : {}) });
  }
  if (kept.length === 0) {
    const why = leftOut
      ? `; ${plural(leftOut, "briefing")} with errors left out (--include-invalid keeps them)`
      : "";
    throw new UsageError(`no briefings match, so there is no digest to write${why}`);
  }
  const note = `${plural(kept.length, "briefing")}${leftOut ? `; ${leftOut} left out for errors` : ""}`;
  const digest: Digest = {
    title: options.title ?? `Daily digest — ${dateRange(kept, localDate(new Date()))}`,
    note,
    items: kept,
  };
  const render: RenderOptions = {
    ...(options.readingTime ? { readingTime: true } : {}),
    ...(task.config.readingSpeed ? { wordsPerMinute: task.config.readingSpeed } : {}),
    ...(task.config.words ? { words: task.config.words } : {}),
  };
  const out = await digestFormats[format]!(digest, render);
  if (options.output) {
    writeOutput(resolve(io.cwd, options.output), out, options.output, {
      force: options.force === true,
      followLinks: true,
    });
    io.stderr.write(`digest of ${note} written to ${options.output}\n`);
  } else {
    io.stdout.write(out);
    if (leftOut) io.stderr.write(`digest of ${note}\n`);
  }
  return ExitCode.Ok;
}
