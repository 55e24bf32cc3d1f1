import { ExitCode } from "../errors.js";
import type { Io } from "../cli/io.js";
import { draftsDir, listDrafts } from "../io/drafts.js";

/** `briefing drafts`: the drafts waiting to be resumed, newest first. */
export function runDrafts(io: Io): number {
  const dir = draftsDir(io.env);
  const drafts = listDrafts(dir);
  if (drafts.length === 0) {
    io.stdout.write(`no drafts in ${dir}\n`);
    return ExitCode.Ok;
  }
  for (const { path, draft, mtime } of drafts) {
    const what = draft.answers.headline ? `"${draft.answers.headline}"` : "(no headline yet)";
    const step =
      "section" in draft.step ? `${draft.step.kind} of ${draft.step.section}` : draft.step.kind;
    const editing = draft.editing ? ` editing ${draft.editing}` : "";
    io.stdout.write(
      `${mtime.toISOString().slice(0, 16).replace("T", " ")}  ${what}  next: ${step}${editing}\n    briefing new --resume ${path}\n`,
    );
  }
  return ExitCode.Ok;
}
