import { BIDI, C0, C1, ZERO_WIDTH, charClass } from "../unsafe-chars.js";
import { textParts } from "./parts.js";
import type { Finding, Rule } from "./types.js";

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const LATIN = /^\p{Script=Latin}$/u;
const EMOJI_PART = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F)$/u;

function charBefore(text: string, i: number): string {
  if (i === 0) return "";
  const low = text.charCodeAt(i - 1);
  // A low surrogate: the character before is a pair.
  return i > 1 && low >= 0xdc00 && low <= 0xdfff ? text.slice(i - 2, i) : text.charAt(i - 1);
}
function charAfter(text: string, i: number): string {
  const point = text.codePointAt(i + 1);
  return point === undefined ? "" : String.fromCodePoint(point);
}

/**
 * Whether a zero-width joiner or non-joiner is doing its job: between two letters of a
 * script that uses it (Persian, Indic scripts...), or inside an emoji sequence. Between
 * Latin letters, next to spaces or at either end it only hides something.
 */
function joining(text: string, i: number): boolean {
  const before = charBefore(text, i);
  const after = charAfter(text, i);
  const scriptLetter = (c: string) => LETTER_OR_MARK.test(c) && !LATIN.test(c);
  return (
    (scriptLetter(before) && scriptLetter(after)) ||
    (EMOJI_PART.test(before) && EMOJI_PART.test(after))
  );
}

/** Whether the UTF-16 unit at `i` is a character this rule removes. */
export function isControl(text: string, i: number): boolean {
  if (!CANDIDATE.test(text.charAt(i))) return false;
  const code = text.charCodeAt(i);
  return code === 0x200c || code === 0x200d ? !joining(text, i) : true;
}

// Controls (C0 but tab and line feed, DEL, C1), zero-width characters and bidi controls.
const CANDIDATE = charClass("", C0, C1, ZERO_WIDTH, BIDI);

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;

export const noControlCharacters: Rule = {
  id: "no-control-characters",
  description: "No control, bidirectional-override or zero-width characters hide in the text.",
  defaultLevel: "error",
  scope: "part",
  fixable: true,
  optionsSchema: { type: "object", additionalProperties: false, properties: {} },
  check(briefing, { template }) {
    const findings: Finding[] = [];
    for (const part of textParts(briefing, template)) {
      const { text } = part;
      // A native scan first: nearly every text has none of these characters.
      if (!CANDIDATE.test(text)) continue;
      const found: number[] = [];
      for (let i = 0; i < text.length; i++) if (isControl(text, i)) found.push(i);
      if (found.length === 0) continue;
      const codes = new Set(found.map((i) => hex(text.charCodeAt(i))));
      const drop = new Set(found);
      let kept = "";
      for (let i = 0; i < text.length; i++) if (!drop.has(i)) kept += text.charAt(i);
      const list = [...codes].join(", ");
      findings.push({
        message:
          codes.size === 1
            ? `${part.name} contains an invisible or control character (${list}); remove it`
            : `${part.name} contains invisible or control characters (${list}); remove them`,
        at: part.at,
        fix: kept,
      });
    }
    return findings;
  },
};
