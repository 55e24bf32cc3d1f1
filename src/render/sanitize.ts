// Characters that must never reach output from user text: C0 and C1 controls (which
// include ESC, the start of every terminal escape sequence) and DEL.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Bidirectional overrides and isolates can make text display in a different order
// than it is stored ("Trojan Source"); plain-text and terminal output drop them.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

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
    .replace(BIDI, "")
    .replace(/ {2,}/g, " ")
    .replace(EDGES, "");
}

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
