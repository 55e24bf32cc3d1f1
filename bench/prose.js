// Seeded text for the benchmark corpus: a small PRNG and builders that put the phrases of
// words.js together into sentences, headlines and metadata within given limits.
import * as w from "./words.js";

/** mulberry32: tiny, fast and good enough to pick words; Math.random cannot be seeded. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The few draws the builders need, from one seeded stream. */
export function rng(seed) {
  const next = mulberry32(seed);
  return {
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    chance: (p) => next() < p,
  };
}

// Counted exactly as the CLI counts them (src/core/text.ts), so limits hold by construction.
export const countWords = (text) =>
  text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
export const countChars = (text) => [...text].length;

function joinPhrases(parts) {
  return parts.reduce((s, p) => (p.startsWith(",") ? s + p : `${s} ${p}`));
}

function sentencePhrases(r) {
  const parts = [r.pick(w.subjects), r.pick(w.verbs), r.pick(w.objects)];
  if (r.chance(0.5)) parts.push(r.pick(w.figures)(r));
  if (r.chance(0.5)) parts.push(r.pick(w.places));
  if (r.chance(0.6)) parts.push(r.pick(w.times));
  if (r.chance(0.4)) parts.push(r.pick(w.clauses));
  return parts;
}

/** Whole sentences up to a random length in [min, max] words; never more than max. */
export function paragraph(r, min, max) {
  const target = r.int(min, max);
  const sentences = [];
  let count = 0;
  while (count < min || (count < target && max - count >= 8)) {
    const parts = [];
    let words = 0;
    for (const p of sentencePhrases(r)) {
      const n = countWords(p);
      if (count + words + n > max) break;
      parts.push(p);
      words += n;
    }
    // A sentence cut to its subject reads badly; stop instead, unless the text would be empty.
    if (parts.length < 3 && sentences.length > 0) break;
    if (parts.length === 0) break;
    sentences.push(`${joinPhrases(parts)}.`);
    count += words;
  }
  return sentences.join(" ");
}

const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);

export function headline(r, maxChars) {
  const topic = r.pick(w.headlineTopics);
  const trend = r.pick(w.headlineTrends);
  const text = r.pick([
    () => `Why are ${topic} ${trend}?`,
    () => `${capital(topic)} ${trend} – ${r.pick(w.headlineQuestions)}`,
    () => `${r.pick(w.subjects)} ${r.pick(w.verbs)} ${r.pick(w.objects)}`,
    () => `${capital(topic)}: ${trend}, ${r.pick(w.times)}`,
  ])();
  const words = text.split(" ");
  while (countChars(words.join(" ")) > maxChars) words.pop();
  return words.join(" ").replace(/[,:–]$/, "");
}

export function meta(r) {
  // January to October only: the benchmark runs in late 2026 and later, and a date in the
  // future is something a rule may reasonably question.
  const month = String(r.int(1, 10)).padStart(2, "0");
  const day = String(r.int(1, 28)).padStart(2, "0");
  let date = `2026-${month}-${day}`;
  if (r.chance(0.1)) date += `T${String(r.int(6, 20)).padStart(2, "0")}:30:00+0${r.int(0, 3)}:00`;
  const tags = [...new Set(Array.from({ length: r.int(1, 5) }, () => r.pick(w.tags)))];
  const sources = Array.from({ length: r.int(1, 4) }, (_, k) => ({
    title: r.pick(w.sourceTitles),
    url: `https://${r.pick(w.sourceHosts)}/${r.pick(w.sourcePaths)}/item-${r.int(100, 9999)}${
      k === 0 && r.chance(0.3) ? `?lang=en&page=${r.int(1, 9)}` : ""
    }`,
  }));
  return {
    date,
    author: r.pick(w.authors),
    tags,
    status: r.pick(["draft", "final"]),
    confidence: r.pick(["low", "moderate", "high"]),
    sources,
  };
}
