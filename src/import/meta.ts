import type { SourceRef } from "../core/types.js";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH =
  "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const WEEKDAY = "(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?";
const DAY_FIRST = new RegExp(
  `\\b${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`,
  "i",
);
const MONTH_FIRST = new RegExp(
  `\\b${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
  "i",
);
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** A date written in the text, as an ISO date, and the text it was read from. */
export interface FoundDate {
  iso: string;
  written: string;
}

function iso(year: string, month: number, day: string): string | undefined {
  const d = Number(day);
  if (month < 1 || month > 12 || d < 1 || d > 31) return undefined;
  const check = new Date(Date.UTC(Number(year), month - 1, d));
  if (check.getUTCDate() !== d) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const monthOf = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** The first date written in a line: "01 August 2013", "August 1, 2013", "2013-08-01". */
export function findDate(text: string): FoundDate | undefined {
  const candidates: { at: number; found: FoundDate | undefined }[] = [];
  const a = DAY_FIRST.exec(text);
  if (a)
    candidates.push({
      at: a.index,
      found: wrap(iso(a[3] ?? "", monthOf(a[2] ?? ""), a[1] ?? ""), a[0]),
    });
  const b = MONTH_FIRST.exec(text);
  if (b)
    candidates.push({
      at: b.index,
      found: wrap(iso(b[3] ?? "", monthOf(b[1] ?? ""), b[2] ?? ""), b[0]),
    });
  const c = ISO.exec(text);
  if (c)
    candidates.push({ at: c.index, found: wrap(iso(c[1] ?? "", Number(c[2]), c[3] ?? ""), c[0]) });
  return candidates.filter((x) => x.found).sort((x, y) => x.at - y.at)[0]?.found;
}

function wrap(value: string | undefined, written: string): FoundDate | undefined {
  return value ? { iso: value, written } : undefined;
}

// What may stand around a date on a dateline: "as of", "Updated", "Date:", a time, a zone.
const DATELINE_WORDS =
  /^(?:as of|updated|last updated|published|posted|date[d:]?|issued|report date:?|situation as of|on|[,.:;|–—-]|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|[ap]\.?m\.?|hrs|h|[A-Z]{2,4}T?|UTC|GMT|local time|\s)*$/i;

/** A line that holds only a date, perhaps with "as of", "Updated" and a time around it. */
export function datelineDate(text: string): FoundDate | undefined {
  const found = findDate(text);
  if (!found) return undefined;
  return DATELINE_WORDS.test(text.replace(found.written, " ").trim()) ? found : undefined;
}

const NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}";
const BYLINE = new RegExp(
  `^[Bb][Yy]\\s+(${NAME}(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)${NAME})*)(?=\\s*$|\\s*[,|·•—–-])`,
  "u",
);

/** The author named in a byline: "By Mike Allen", "by Jane Doe and Sam Roe, Axios". */
export function bylineAuthor(text: string): string | undefined {
  const m = BYLINE.exec(text.trim());
  return m?.[1]?.trim();
}

// Parentheses count when they pair, as in Wikipedia's `Suez_Canal_(disambiguation)`; an
// unpaired one, and punctuation at the end, close the sentence around the address.
export const LINK =
  /\bhttps?:\/\/(?:[^\s<>()"']|\([^\s<>()"']*\))*(?:[^\s<>()"'.,;:!?]|\([^\s<>()"']*\))/g;

/** Whether a line holds a link. */
export function hasLink(text: string): boolean {
  return new RegExp(LINK.source).test(text);
}

// A line that lists related stories or sources: "Related: ...", "Sources:", "See also".
export const SOURCES_LINE =
  /^(?:related(?: stories| coverage| links| reading)?|sources?|see also|read more|further reading|references?|links?)\s*[:.–—-]?\s*/i;

/** The links of a sources or related line, each titled by the text before it. */
export function linksOf(text: string): SourceRef[] {
  const out: SourceRef[] = [];
  let last = 0;
  for (const m of text.matchAll(LINK)) {
    const before = text.slice(last, m.index).replace(SOURCES_LINE, "");
    // "…, and https://b": the word joining two addresses is not the second one's title.
    const title = before
      .replace(/^[\s,;|•·–—-]+|[\s,;:|•·–—(<[-]+$/g, "")
      .replace(/^(?:and|or|&|plus)$/i, "")
      .trim();
    const url = m[0];
    out.push({ title: title || new URL(url).hostname, url });
    last = (m.index ?? 0) + url.length;
    const close = /^[)\]>]/.exec(text.slice(last));
    if (close) last += 1;
  }
  return out;
}

// Newsletter furniture: "Sign up for...", "Subscribe", "Share this", copyright lines.
export const FURNITURE =
  /^(?:sign up\b|subscribe\b|get (?:this|the|our) (?:newsletter|briefing)|share (?:this|on)\b|follow us\b|download (?:the|our) app|click here\b|view (?:this|in) (?:email|browser)|unsubscribe\b|forward(?:ed)? this\b|advertisement$|©|copyright\b|all rights reserved)/i;

// The start of a sign-off: a closing word, a signature dash, or a memo's drafting lines.
export const SIGN_OFF =
  /^(?:thanks|thank you|many thanks|regards|best(?: regards| wishes)?|kind regards|sincerely|respectfully(?: submitted)?|yours(?: truly)?|cheers|see you\b|--\s*$|[—–]\s?\p{Lu}|drafted(?: by)?:|prepared by:|cleared(?: by)?:|approved(?: by)?:)/iu;
