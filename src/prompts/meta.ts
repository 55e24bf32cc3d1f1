import type { Meta } from "../core/types.js";
import { askSources, type SourceDeps } from "./sources.js";
import { askLine } from "./text.js";
import type { Draft } from "./types.js";

/** What the metadata questions need from the flow (its FlowDeps satisfy it). */
export interface MetaDeps extends SourceDeps {
  /** Default author, from the configuration. */
  author?: string;
}

/** A real calendar date, `YYYY-MM-DD`, or a date-time with an offset. */
export function isIsoDate(text: string): boolean {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d))?$/.exec(
      text,
    );
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A choice of status or confidence; "" leaves it unset, which is the default. */
async function askLevel<T extends string>(
  deps: MetaDeps,
  message: string,
  values: readonly T[],
  current: T | undefined,
): Promise<T | undefined> {
  const choice = await deps.api.select<T | "">({
    message,
    choices: [{ name: "(leave unset)", value: "" }, ...values.map((v) => ({ name: v, value: v }))],
    default: current ?? "",
  });
  return choice === "" ? undefined : choice;
}

/** The metadata questions: date, author, tags, status, confidence, sources. */
export async function askMeta(deps: MetaDeps, draft: Draft, today: string): Promise<void> {
  // Each answer goes into the draft at once, like every other answer.
  const meta: Meta = (draft.answers.meta = { ...draft.answers.meta });
  const save = () => deps.saveDraft(draft);
  meta.date = await askLine(deps, draft, {
    message: "Date (YYYY-MM-DD)",
    path: ["meta", "date"],
    current: meta.date ?? today,
    validate: (v) =>
      isIsoDate(v.trim())
        ? true
        : "use a real ISO date like 2026-03-04 (or a date-time with offset)",
  });
  await save();
  const author = await askLine(deps, draft, {
    message: "Author",
    path: ["meta", "author"],
    current: meta.author ?? deps.author,
  });
  if (author) meta.author = author;
  else delete meta.author;
  await save();
  const tags = (
    await askLine(deps, draft, {
      message: "Tags (comma-separated)",
      path: ["meta", "tags"],
      current: (meta.tags ?? []).join(", "),
    })
  )
    .split(",")
    .map((t) => t.trim())
    .filter((t) => t !== "");
  if (tags.length) meta.tags = [...new Set(tags)];
  else delete meta.tags;
  await save();
  setOrDelete(meta, "status", await askLevel(deps, "Status", STATUSES, meta.status));
  await save();
  setOrDelete(meta, "confidence", await askLevel(deps, "Confidence", CONFIDENCES, meta.confidence));
  await save();
  await askSources(deps, draft, meta);
}

const STATUSES = ["draft", "final"] as const;
const CONFIDENCES = ["low", "moderate", "high"] as const;

function setOrDelete<K extends "status" | "confidence">(
  meta: Meta,
  key: K,
  value: Meta[K] | undefined,
): void {
  if (value === undefined) delete meta[key];
  else meta[key] = value;
}
