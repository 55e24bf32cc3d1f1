import type { Problem } from "./types.js";

/** The text of a file, or why it is not text we can read. */
export type Decoded = { ok: true; text: string } | { ok: false; message: string };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Decodes file bytes as UTF-8, dropping a byte-order mark. Briefings are text:
 * UTF-16, NUL bytes and invalid UTF-8 are refused with a message rather than
 * decoded into replacement characters that would then fail validation confusingly.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2) {
    const [a, b] = bytes;
    if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) {
      return { ok: false, message: "file is UTF-16 encoded; save it as UTF-8" };
    }
  }
  if (bytes.includes(0)) {
    return { ok: false, message: "file is binary (it contains NUL bytes), not a briefing" };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, message: "file is not valid UTF-8 text" };
  }
  return { ok: true, text: stripBom(text) };
}

/** Removes a leading UTF-8 byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Why a file is not text we can read, as the one problem reported for it. */
export function encodingProblem(file: string, message: string): Problem {
  return { rule: "encoding", severity: "error", message, path: file, line: 1, column: 1 };
}
