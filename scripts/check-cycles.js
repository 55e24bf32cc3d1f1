// Fails when modules under src/ import each other in a cycle, type-only imports included:
// a cycle makes load order matter and keeps two files from being understood apart.
// `npm run check` runs it.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

// Cycles that exist and are known; each entry is removed when its cycle is broken. A new
// cycle fails the check.
const known = [];

const root = resolve(import.meta.dirname, "..");
const files = readdirSync(join(root, "src"), { recursive: true })
  .filter((f) => f.endsWith(".ts"))
  .map((f) => join(root, "src", f));
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)"(\.{1,2}\/[^"]+)"/gm;

const edges = new Map();
for (const file of files) {
  const targets = new Set();
  for (const [, spec] of readFileSync(file, "utf8").matchAll(SPECIFIER))
    targets.add(resolve(dirname(file), spec.replace(/\.js$/, ".ts")));
  edges.set(
    file,
    [...targets].filter((t) => edges.has(t) || files.includes(t)),
  );
}

// Tarjan's strongly connected components: each component of two or more files is a cycle.
let index = 0;
const stack = [];
const info = new Map();
const cycles = [];
function visit(v) {
  info.set(v, { index, low: index, onStack: true });
  index++;
  stack.push(v);
  for (const w of edges.get(v) ?? []) {
    if (!info.has(w)) {
      visit(w);
      info.get(v).low = Math.min(info.get(v).low, info.get(w).low);
    } else if (info.get(w).onStack) {
      info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
    }
  }
  if (info.get(v).low === info.get(v).index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      info.get(w).onStack = false;
      component.push(relative(root, w));
    } while (w !== v);
    if (component.length > 1) cycles.push(component.sort());
  }
}
for (const file of files) if (!info.has(file)) visit(file);

const isKnown = (cycle) => known.some((k) => k.join() === cycle.join());
const fresh = cycles.filter((c) => !isKnown(c));
for (const k of known)
  if (!cycles.some((c) => c.join() === k.join()))
    console.error(`check-cycles: ${k.join(" <-> ")} is no longer a cycle; remove it from known`);
for (const cycle of fresh) console.error(`import cycle: ${cycle.join(" <-> ")}`);
process.exitCode = fresh.length > 0 ? 1 : 0;
