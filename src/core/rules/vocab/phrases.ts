/** Matching whole words and phrases from a word list in prose. */
import { firstWordsIn, isWordCharAt, registerFirstWords } from "./first-words.js";

/** One occurrence of a listed phrase in a text. */
export interface PhraseMatch {
  /** The list entry that matched, as written in the list. */
  phrase: string;
  /** The text as it stands in the prose. */
  text: string;
  /** Where the occurrence starts (UTF-16 index). */
  index: number;
  /** Where it ends (exclusive). */
  end: number;
}

/** Curly and other typographic single quotes, read as a straight apostrophe. */
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B]/g;

/** A phrase as compared: lower case, quotes straightened, white space collapsed. */
export function phraseKey(text: string): string {
  return text.toLowerCase().replace(SINGLE_QUOTES, "'").replace(/\s+/gu, " ").trim();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A phrase as a pattern: any run of white space between words, any style of apostrophe. */
function phraseSource(phrase: string): string {
  return phraseKey(phrase)
    .split(" ")
    .map((word) => escape(word).replace(/'/g, "['\u2018\u2019]"))
    .join("\\s+");
}

/** A phrase matched where its first word was found: the list entry and a sticky pattern. */
interface Candidate {
  phrase: string;
  sticky: RegExp;
}

interface Compiled {
  /**
   * Phrases by first word, in the order the pattern tries them; absent when a phrase does
   * not start with a plain ASCII word (such lists are matched by `pattern` alone).
   */
  byFirstWord: Map<string, Candidate[]> | undefined;
  pattern: RegExp;
  byKey: Map<string, string>;
  /** One word of each phrase: a text holding none of them cannot match (a cheap first test). */
  anchors: RegExp;
}

/** The longest word of a phrase without an apostrophe (whose style may differ), or "". */
function anchor(key: string): string {
  const words = key.split(" ").filter((w) => !w.includes("'"));
  return words.reduce((a, b) => (b.length > a.length ? b : a), "");
}

const cache = new Map<string, Compiled>();
const byList = new WeakMap<readonly string[], Compiled>();

function compile(phrases: readonly string[]): Compiled {
  const same = byList.get(phrases);
  if (same) return same;
  const cacheKey = phrases.join("\u0000");
  const cached = cache.get(cacheKey);
  if (cached) {
    byList.set(phrases, cached);
    return cached;
  }
  const byKey = new Map<string, string>();
  for (const phrase of phrases)
    if (!byKey.has(phraseKey(phrase))) byKey.set(phraseKey(phrase), phrase);
  // Longest first, so "highly unlikely" wins over "unlikely" where both start. Ties by
  // code unit: `localeCompare` would start a collator, which costs a run milliseconds.
  const ordered = [...byKey.keys()].sort(
    (a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0),
  );
  const alternatives = ordered.map(phraseSource);
  const source =
    alternatives.length === 0
      ? "(?!)"
      : `(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`;
  const words = [...new Set([...byKey.keys()].map(anchor))];
  // Without the "u" flag and word boundaries this is several times faster than `pattern`.
  const anchors = words.includes("") ? /(?:)/ : new RegExp(words.map(escape).join("|"), "i");
  const compiled = {
    byFirstWord: byFirstWord(ordered, byKey),
    pattern: new RegExp(source, "giu"),
    byKey,
    anchors,
  };
  if (cache.size > 64) cache.clear();
  cache.set(cacheKey, compiled);
  byList.set(phrases, compiled);
  return compiled;
}

/** The phrases grouped by first word, or undefined if one starts with anything else. */
function byFirstWord(
  ordered: readonly string[],
  byKey: ReadonlyMap<string, string>,
): Map<string, Candidate[]> | undefined {
  const groups = new Map<string, Candidate[]>();
  for (const key of ordered) {
    const first = /^[a-z0-9]+/.exec(key)?.[0];
    const rest = key.slice(first?.length ?? 0);
    if (!first || (rest !== "" && !/^[ ']/.test(rest))) return undefined;
    // No "u" flag and no Unicode lookahead: the word boundary after the phrase is tested in
    // code (isWordCharAt), since V8 takes about a millisecond to compile each pattern that
    // holds \p{L}, and one run may try hundreds of phrases once each.
    const sticky = new RegExp(phraseSource(key), "iy");
    const candidate = { phrase: byKey.get(key) ?? key, sticky };
    const group = groups.get(first);
    if (group) group.push(candidate);
    else groups.set(first, [candidate]);
  }
  registerFirstWords(groups.keys());
  return groups;
}

/** Occurrences found at the listed first words of the text, shared with the other rules. */
function findAtFirstWords(text: string, groups: ReadonlyMap<string, Candidate[]>): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  let from = 0;
  for (const { index, word } of firstWordsIn(text)) {
    if (index < from) continue;
    for (const { phrase, sticky } of groups.get(word) ?? []) {
      sticky.lastIndex = index;
      const match = sticky.exec(text);
      if (!match || isWordCharAt(text, index + match[0].length, false)) continue;
      from = index + match[0].length;
      found.push({ phrase, text: match[0], index, end: from });
      break;
    }
  }
  return found;
}

/**
 * Whole-word, case-insensitive occurrences of the phrases in a text, left to right and
 * never overlapping; where several phrases start at the same place the longest wins.
 */
export function findPhrases(text: string, phrases: readonly string[]): PhraseMatch[] {
  const compiled = compile(phrases);
  if (compiled.byFirstWord) return findAtFirstWords(text, compiled.byFirstWord);
  return findPhrasesByPattern(text, phrases);
}

/**
 * The same occurrences found by one pattern over the whole text: the reading for lists
 * with phrases that start with more than a plain word, and the reference the shared scan
 * is tested against.
 */
export function findPhrasesByPattern(text: string, phrases: readonly string[]): PhraseMatch[] {
  const { pattern, byKey, anchors } = compile(phrases);
  if (!anchors.test(text)) return [];
  const found: PhraseMatch[] = [];
  for (const match of text.matchAll(pattern)) {
    const phrase = byKey.get(phraseKey(match[0]));
    if (phrase !== undefined)
      found.push({
        phrase,
        text: match[0],
        index: match.index,
        end: match.index + match[0].length,
      });
  }
  return found;
}

/** The distinct values of a list, in first-seen order. */
export function distinct<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
