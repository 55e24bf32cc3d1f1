/**
 * The characters that can hide in text, reorder it on screen or drive a terminal, named
 * once so every place that removes, escapes or reports them draws on the same sets. Each
 * set is the body of a regular-expression character class; `charClass` joins the ones a
 * caller needs, and the choice of sets is then visible where it is made.
 */

/** C0 controls except tab and line feed, which text legitimately holds (ESC, NUL, CR...). */
export const C0 = "\\u0000-\\u0008\\u000b-\\u001f";
/** Tab and line feed: kept in text, but escaped where a report must stay on one line. */
export const TAB_LF = "\\u0009\\u000a";
/** DEL and the C1 controls, among them NEXT LINE (U+0085) and CSI (U+009B). */
export const C1 = "\\u007f-\\u009f";
/** Bidirectional embeddings, overrides and isolates ("Trojan Source"). */
export const BIDI = "\\u202a-\\u202e\\u2066-\\u2069";
/** Zero-width space, non-joiner and joiner, and the byte order mark (zero-width no-break space). */
export const ZERO_WIDTH = "\\u200b-\\u200d\\ufeff";

/** A character class of the given sets, e.g. `charClass("g", C0, C1, BIDI)`. */
export function charClass(flags: string, ...sets: string[]): RegExp {
  return new RegExp(`[${sets.join("")}]`, flags);
}

/** `\u001b` for ESC: how escaped characters are shown in reports and YAML. */
export function escapeCode(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
