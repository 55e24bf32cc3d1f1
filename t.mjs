import { readFileSync } from "node:fs";
const { fastParse } = await import("./dist/core/fast.js");
const { toView } = await import("./dist/core/validate.js");
const { rules } = await import("./dist/core/rules/index.js");
const { createTaskContext } = await import("./dist/io/tasks.js");
const task = await createTaskContext({ cwd: process.cwd() });
const text = readFileSync("/tmp/h/s.yaml", "utf8");
const fast = fastParse(text, "yaml");
const template = task.check.templates.get("standard");
const peak = () => Math.round(process.resourceUsage().maxRSS/1e3);
for (const rule of rules) {
  const view = toView(fast.data);
  gc(); const r0 = process.memoryUsage().rss; const p0 = peak(); const t0 = performance.now();
  const f = rule.check(view, { template, options: {}, today: "2026-11-25" });
  console.log(rule.id.padEnd(30), Math.round(performance.now()-t0), "ms peak+", peak()-p0, "rss+", Math.round((process.memoryUsage().rss - r0)/1e6), f.length);
}
