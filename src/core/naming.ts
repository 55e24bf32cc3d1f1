import { BIDI, C0, C1, TAB_LF, charClass } from "./unsafe-chars.js";
import type { Briefing } from "./types.js";

/** Placeholders a `--name` pattern may use. */
export const NAME_PLACEHOLDERS = ["name", "slug", "date", "template"] as const;

/**
 * A file-name-safe slug of a text: accents dropped, lower case, runs of anything but
 * letters and digits turned into one dash, at most `max` characters, never empty.
 */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  const chars = [...slug];
  let cut = chars.slice(0, max).join("");
  // Cut at a word boundary when one is near, rather than mid-word.
  if (chars.length > max) {
    const dash = cut.lastIndexOf("-");
    if (dash > max / 2) cut = cut.slice(0, dash);
  }
  cut = cut.replace(/-+$/, "");
  return cut || "briefing";
}

/** Problems with a `--name` pattern, or undefined when it is usable. */
export function checkNamePattern(pattern: string): string | undefined {
  if (/[/\\]/.test(pattern)) return "may not contain / or \\ (outputs keep the input's folders)";
  for (const m of pattern.matchAll(/\{([^}]*)\}/g)) {
    if (!(NAME_PLACEHOLDERS as readonly string[]).includes(m[1] ?? "")) {
      return `has an unknown placeholder {${m[1]}}; use ${NAME_PLACEHOLDERS.map((p) => `{${p}}`).join(", ")}`;
    }
  }
  const sample = pattern.replace(/\{[^}]*\}/g, "x");
  if (sample === "." || sample === ".." || sample.trim() === "") return "does not make a file name";
  return undefined;
}

// Characters unsafe in file names on common systems, and controls that could hide in one.
const UNSAFE_IN_NAME = charClass("g", C0, TAB_LF, C1, BIDI, '/\\\\:*?"<>|');

/** Replaces characters that are unsafe in file names with "-". */
function safePart(text: string): string {
  return text.replace(UNSAFE_IN_NAME, "-");
}

/** The base name of an output file from a pattern such as `{date}-{slug}` (without extension). */
export function outputBaseName(
  pattern: string,
  input: { name: string; briefing: Briefing },
): string {
  const values: Record<string, string> = {
    name: safePart(input.name),
    slug: slugify(input.briefing.headline),
    date: /^\d{4}-\d{2}-\d{2}/.exec(input.briefing.meta?.date ?? "")?.[0] ?? "undated",
    template: input.briefing.template ?? "standard",
  };
  const name = pattern.replace(/\{([^}]*)\}/g, (_m, key: string) => values[key] ?? "");
  return name === "." || name === ".." ? "briefing" : name;
}
