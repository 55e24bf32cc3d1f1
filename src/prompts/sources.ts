// The sources of a briefing's metadata: added, edited and removed, the list shown after
// each change.
import type { Meta, SourceRef } from "../core/types.js";
import { askLine, type TextDeps } from "./text.js";
import type { Draft } from "./types.js";

/** What the sources questions need (the flow's dependencies satisfy it). */
export interface SourceDeps extends TextDeps {
  /** Prints a line between prompts. */
  print(text: string): void;
}

const isUrl = (v: string) => /^https?:\/\/\S+$/.test(v);

/** Asks a source's title and URL, starting from `old` when it is being edited. */
async function askSource(
  deps: SourceDeps,
  draft: Draft,
  n: number,
  old?: SourceRef,
): Promise<SourceRef> {
  const title = await askLine(deps, draft, {
    message: "Source title",
    path: ["meta", "sources", n, "title"],
    current: old?.title,
    validate: (v) => (v.trim() ? true : "a source needs a title"),
  });
  const url = await askLine(deps, draft, {
    message: "Source URL (optional)",
    path: ["meta", "sources", n, "url"],
    current: old?.url,
    validate: (v) => (v.trim() === "" || isUrl(v.trim()) ? true : "use a full http(s) URL"),
  });
  return url ? { title, url } : { title };
}

/**
 * Sources: with none yet, one yes-or-no question (No is the default, so Enter moves on);
 * once there are some, the list and a menu to add, edit or remove them.
 */
export async function askSources(deps: SourceDeps, draft: Draft, meta: Meta): Promise<void> {
  const sources: SourceRef[] = [...(meta.sources ?? [])];
  const store = async () => {
    if (sources.length) meta.sources = [...sources];
    else delete meta.sources;
    await deps.saveDraft(draft);
  };
  if (sources.length === 0) {
    if (!(await deps.api.confirm({ message: "Add a source?", default: false }))) return;
    sources.push(await askSource(deps, draft, 0));
    await store();
  }
  for (;;) {
    deps.print("Sources:");
    for (const [i, s] of sources.entries())
      deps.print(`  ${i + 1}. ${s.title}${s.url ? ` <${s.url}>` : ""}`);
    const action = await deps.api.select({
      message: `Sources (${sources.length})`,
      choices: [
        { name: "Add a source", value: "add" },
        ...(sources.length
          ? [
              { name: "Edit a source", value: "edit" },
              { name: "Remove a source", value: "remove" },
            ]
          : []),
        { name: "Done", value: "done" },
      ],
      default: "done",
    });
    if (action === "done") return;
    if (action === "add") {
      sources.push(await askSource(deps, draft, sources.length));
    } else {
      const pick = await deps.api.select({
        message: `Which source to ${action}?`,
        choices: sources.map((s, i) => ({ name: `${i + 1}. ${s.title}`, value: i })),
      });
      if (action === "remove") sources.splice(pick, 1);
      else sources[pick] = await askSource(deps, draft, pick, sources[pick]);
    }
    await store();
  }
}
