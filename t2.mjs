const { wordsOf, similarity } = await import("./dist/core/rules/conclusion-repeats-summary.js");
const s = "lorem ipsum ".repeat(870000);
const m = (l) => { console.log(l, "heap", Math.round(process.memoryUsage().heapUsed/1e6), "rss", Math.round(process.memoryUsage().rss/1e6), "peak", Math.round(process.resourceUsage().maxRSS/1e3)); };
gc(); m("start");
const w = wordsOf(s); m("words");
gc(); m("words gc");
const j = ` ${w.join(" ")} `; m("join");
const sim = similarity(w, ["a"]); m("sim");
