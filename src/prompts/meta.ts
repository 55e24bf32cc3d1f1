import type { Meta, SourceRef } from "../core/types.js";
import type { Draft, PromptApi } from "./types.js";

/** What the metadata questions need from the flow (its FlowDeps satisfy it). */
export interface MetaDeps {
  api: PromptApi;
  /** Saves the draft; called after every answer. */
  saveDraft(draft: Draft): Promise<void>;
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

/** The metadata questions: date, author, tags, status, confidence, sources. */
export async function askMeta(deps: MetaDeps, draft: Draft, today: string): Promise<void> {
  // Each answer goes into the draft at once, like every other answer.
  const meta: Meta = (draft.answers.meta = { ...draft.answers.meta });
  const save = () => deps.saveDraft(draft);
  const date = await deps.api.input({
    message: "Date (YYYY-MM-DD)",
    default: meta.date ?? today,
    validate: (v) =>
      isIsoDate(v.trim())
        ? true
        : "use a real ISO date like 2026-03-04 (or a date-time with offset)",
  });
  meta.date = date.trim();
  await save();
  const author = (
    await deps.api.input({ message: "Author", default: meta.author ?? deps.author ?? "" })
  ).trim();
  if (author) meta.author = author;
  else delete meta.author;
  await save();
  const tags = (
    await deps.api.input({
      message: "Tags (comma-separated)",
      default: (meta.tags ?? []).join(", "),
    })
  )
    .split(",")
    .map((t) => t.trim())
    .filter((t) => t !== "");
  if (tags.length) meta.tags = [...new Set(tags)];
  else delete meta.tags;
  await save();
  meta.status = await deps.api.select({
    message: "Status",
    choices: [
      { name: "draft", value: "draft" as const },
      { name: "final", value: "final" as const },
    ],
    default: meta.status ?? "draft",
  });
  await save();
  meta.confidence = await deps.api.select({
    message: "Confidence",
    choices: [
      { name: "low", value: "low" as const },
      { name: "moderate", value: "moderate" as const },
      { name: "high", value: "high" as const },
    ],
    default: meta.confidence ?? "moderate",
  });
  await save();
  const sources: SourceRef[] = [...(meta.sources ?? [])];
  while (
    await deps.api.confirm({
      message: sources.length ? `Add another source? (${sources.length} so far)` : "Add a source?",
      default: false,
    })
  ) {
    const title = (
      await deps.api.input({
        message: "Source title",
        validate: (v) => (v.trim() ? true : "a source needs a title"),
      })
    ).trim();
    const url = (
      await deps.api.input({
        message: "Source URL (optional)",
        validate: (v) =>
          v.trim() === "" || /^https?:\/\/\S+$/.test(v.trim()) ? true : "use a full http(s) URL",
      })
    ).trim();
    sources.push(url ? { title, url } : { title });
    meta.sources = [...sources];
    await save();
  }
}
