import { BIDI, C0, C1, charClass } from "../core/unsafe-chars.js";

// Characters that must never reach output from user text: C0 and C1 controls (which
// include ESC, the start of every terminal escape sequence) and DEL.
const CONTROL = charClass("g", C0, C1);
// Bidirectional overrides and isolates can make text display in a different order
// than it is stored ("Trojan Source"); plain-text and terminal output drop them.
const BIDI_CONTROLS = charClass("g", BIDI);

/** Removes control characters; newlines and tabs are kept for the caller to handle. */
export function stripControls(text: string): string {
  return text.replace(CONTROL, "");
}

/**
 * One line of plain text: every run of white space and line breaks folded to one space,
 * other controls and bidi overrides removed, trimmed; no-break spaces are kept. Each part
 * of a briefing is one line in the house layout and in Markdown.
 */
export function oneLine(text: string): string {
  return text
    .replace(SPACES, " ")
    .replace(CONTROL, "")
    .replace(BIDI_CONTROLS, "")
    .replace(/ {2,}/g, " ")
    .replace(EDGES, "");
}

/**
 * The paragraphs of a text, each one line: a blank line (a line holding only white space)
 * separates paragraphs, any other line break folds to a space. Empty paragraphs are dropped.
 */
export function paragraphs(text: string): string[] {
  return text
    .split(PARAGRAPH_BREAK)
    .map(oneLine)
    .filter((p) => p !== "");
}

const PARAGRAPH_BREAK = /\r?\n[\t \u00a0]*(?:\r?\n)+/;

// Line breaks and ASCII spacing fold; a no-break space is the writer's choice and stays.
const SPACES = /[\t\n\v\f\r \u0085\u2028\u2029]+/g;
const EDGES = /^ | $/g;

/**
 * A label as printed before its text: one line, without the final periods and
 * white space around them (`"# . "` prints as `#.`), so every renderer agrees.
 */
export function cleanLabel(label: string): string {
  return oneLine(label)
    .trim()
    .replace(/[\s.]+$/u, "");
}
