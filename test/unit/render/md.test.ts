import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { parse } from "yaml";
import { parseMarkdown } from "../../../src/import/markdown.js";
import type { Briefing } from "../../../src/core/types.js";
import { escapeMarkdown, md } from "../../../src/render/md.js";
import { oneLine } from "../../../src/render/sanitize.js";
import {
  anyText,
  briefingOf,
  expectGolden,
  expectedBlocks,
  hostile,
  loadExamples,
  markdownish,
  mdBlocks,
  mdParsers,
  someText,
  templateFor,
  withoutJoiners,
} from "./support.js";

const examples = loadExamples();

/** The YAML front matter of a Markdown document, parsed. */
function frontMatterOf(out: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?\n)---\n\n/.exec(out);
  if (!match) throw new Error("no front matter");
  return parse(match[1] ?? "") as Record<string, unknown>;
}

describe("md export of the examples", () => {
  it.each(examples.map((e) => [e.name, e] as const))("%s matches its golden file", async (_, e) => {
    const template = await templateFor(e.briefing);
    const out = md.render(e.briefing, { template });
    expectGolden("md", `${e.name}.md`, out);
    expect(out.startsWith("---")).toBe(false);
    expect(out).not.toMatch(/[ \t]\n|\n\n\n|\r/);
    // The conclusion's full stop ends the document, or the last source's link.
    expect(out.endsWith(e.briefing.meta?.sources?.length ? ")\n" : ".\n")).toBe(true);
    for (const [, parser] of mdParsers) {
      expect(mdBlocks(out, parser)).toEqual(expectedBlocks(e.briefing, template));
    }
  });

  it("adds front matter for freight-rates when asked", async () => {
    const e = examples.find((x) => x.name === "freight-rates");
    if (!e) throw new Error("freight-rates example is missing");
    const template = await templateFor(e.briefing);
    const out = md.render(e.briefing, { template, frontMatter: true });
    expectGolden("md", "freight-rates.front-matter.md", out);
    expect(out.endsWith(md.render(e.briefing, { template }))).toBe(true);
  });

  it.each(examples.map((e) => [e.name, e] as const))(
    "%s front matter holds the metadata in order",
    async (_, e) => {
      const template = await templateFor(e.briefing);
      const data = frontMatterOf(md.render(e.briefing, { template, frontMatter: true }));
      const meta = e.briefing.meta ?? {};
      expect(Object.keys(data)).toEqual([
        "title",
        "date",
        "author",
        "tags",
        "status",
        "confidence",
        "template",
        "sources",
      ]);
      expect(data).toEqual({
        title: e.briefing.headline,
        ...meta,
        template: template.id,
      });
    },
  );

  it("front matter has only title and template without metadata", () => {
    const b: Briefing = { headline: "H: --- #x", summary: "S", sections: [], conclusion: "C" };
    const out = md.render(b, { frontMatter: true });
    expect(frontMatterOf(out)).toEqual({ title: "H: --- #x", template: "standard" });
  });
});

describe("escapeMarkdown", () => {
  it.each([
    ["# a", "\\# a"],
    ["1. a", "1\\. a"],
    ["12) a", "12\\) a"],
    ["- a", "\\- a"],
    ["+ a", "\\+ a"],
    ["=== ", "\\==="],
    ["> a", "\\> a"],
    ["a *b* _c_", "a \\*b\\* \\_c\\_"],
    ["[x](y) ![i](y)", "\\[x\\](y) \\!\\[i\\](y)"],
    ["<b>&amp;</b>", "\\<b\\>\\&amp;\\</b\\>"],
    ["`c` ~~s~~ |t| \\", "\\`c\\` \\~\\~s\\~\\~ \\|t\\| \\\\"],
    ["a  \nb", "a b"],
    ["plain 1. text", "plain 1. text"],
    ["a) b", "a\\) b"],
    ["(iv) b", "(iv\\) b"],
    ["iv. b", "iv\\. b"],
    [": term", "\\: term"],
    ["@smith2020 and 2^10^ {.x}", "\\@smith2020 and 2\\^10\\^ \\{.x\\}"],
    ["at :smile: 10:30:45", "at :\u2060smile: 10:30:45"],
    [
      "See https://example.org/report_2026?id=5&lang=en#summary.",
      "See <https://example.org/report_2026?id=5&lang=en#summary>.",
    ],
    ["(https://example.org/a_(b)), then", "(<https://example.org/a_(b)>), then"],
    ["https:// alone", "https:// alone"],
    ["http://x.y/z%42.", "<http://x.y/z%42>."],
  ])("escapes %j", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe("md safety, checked with a CommonMark parser", () => {
  const hostileBriefing: Briefing = {
    headline: hostile.join(" "),
    summary: "1. Summary starting like a list * with _emphasis_",
    sections: [
      { id: "details", label: "# Label *with* [link](x)", lead: "> quoted lead", bullets: hostile },
      { id: "context", lead: "---", bullets: ["===", "1) x", "- y"] },
      { id: "important", bullets: hostile.map((h) => `${h}  `) },
    ],
    conclusion: "<script>alert(1)</script> `code` ~~gone~~",
  };

  it.each(mdParsers)("keeps hostile fields literal (%s)", async (_, parser) => {
    const template = await templateFor(hostileBriefing);
    const out = md.render(hostileBriefing, { template });
    expect(mdBlocks(out, parser)).toEqual(expectedBlocks(hostileBriefing, template));
  });

  it.each(hostile.map((h) => [h] as const))("keeps %j literal in every field", async (h) => {
    const b: Briefing = {
      headline: h,
      summary: h,
      sections: [{ id: "issue", label: h, lead: h, bullets: [h, h] }],
      conclusion: h,
    };
    const template = await loadBlufTemplate();
    const out = md.render(b, { template });
    for (const [, parser] of mdParsers) {
      expect(mdBlocks(out, parser)).toEqual(expectedBlocks(b, template));
    }
  });

  it.each(mdParsers)("keeps arbitrary text literal (%s)", async (_, parser) => {
    const template = await templateFor({} as Briefing);
    fc.assert(
      fc.property(briefingOf(someText), (b) => {
        expect(mdBlocks(md.render(b, { template }), parser)).toEqual(expectedBlocks(b, template));
      }),
      { numRuns: 300 },
    );
  });

  it.each(mdParsers)("keeps markdown-like text and labels literal (%s)", async (_, parser) => {
    const bluf = await loadBlufTemplate();
    // A label starting with Unicode white space stops `**` opening: see the report.
    const label = fc.option(
      someText.filter((s) => !/^\s/u.test(oneLine(s))),
      { nil: undefined },
    );
    const text = markdownish.filter((s) => oneLine(s) !== "");
    const ids = ["issue", "background", "considerations", "other"];
    fc.assert(
      fc.property(briefingOf(text, { ids, label, leadOptional: true }), (b) => {
        expect(mdBlocks(md.render(b, { template: bluf }), parser)).toEqual(expectedBlocks(b, bluf));
      }),
      { numRuns: 300 },
    );
  });

  it("escaping never loses or adds characters other than escapes", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const parsed = mdParsers[0]?.[1].renderInline(escapeMarkdown(s)) ?? "";
        const html = withoutJoiners(oneLine(s)).replace(/&/g, "&amp;").replace(/</g, "&lt;");
        const text = withoutJoiners(parsed.replace(/<a href="[^"]*">|<\/a>/g, ""));
        expect(text.replace(/&gt;/g, ">").replace(/&quot;/g, '"')).toBe(html);
      }),
      { numRuns: 300 },
    );
  });
});

async function loadBlufTemplate() {
  return templateFor({ template: "bluf" } as Briefing);
}

describe("dollar signs", () => {
  it("are escaped so dollar-math renderers print prices, not formulas", () => {
    const out = md.render({
      headline: "H",
      summary: "From $600 to $1,000",
      sections: [],
      conclusion: "C",
    });
    expect(out).toContain("From \\$600 to \\$1,000");
  });
});

describe("the sources", () => {
  // An example briefing with its own metadata left out.
  const { meta: _meta, ...base } = (examples[0] as (typeof examples)[number]).briefing;
  const withSources = (sources: NonNullable<Briefing["meta"]>["sources"]): Briefing => ({
    ...base,
    meta: { sources },
  });

  it("end the document as a labelled line of links, as HTML and Word end with them", async () => {
    const template = await templateFor(base);
    const out = md.render(
      withSources([
        {
          title: "Canal authority [press] note",
          url: "https://suez.example.gov/news?id=4&lang=en",
        },
        {
          title: "Suez Canal (disambiguation)",
          url: "https://en.wikipedia.org/wiki/Suez_Canal_(disambiguation)",
        },
        { title: "Shipping desk call", url: "mailto:desk@example.org" },
        { title: "Port log, page 3" },
      ]),
      { template },
    );
    expect(out.trimEnd().split("\n").pop()).toBe(
      "**Sources.** [Canal authority \\[press\\] note](https://suez.example.gov/news?id=4&lang=en); " +
        "[Suez Canal (disambiguation)](<https://en.wikipedia.org/wiki/Suez_Canal_(disambiguation)>); " +
        "Shipping desk call mailto:desk\\@example.org; Port log, page 3",
    );
    // Readers link exactly the web addresses, with the titles as their text.
    const links = new MarkdownIt()
      .parseInline(out.trimEnd().split("\n").pop() ?? "", {})[0]
      ?.children?.filter((t) => t.type === "link_open")
      .map((t) => t.attrGet("href"));
    expect(links).toEqual([
      "https://suez.example.gov/news?id=4&lang=en",
      "https://en.wikipedia.org/wiki/Suez_Canal_(disambiguation)",
    ]);
    expect(md.render(base, { template })).not.toContain("Sources");
  });

  it("percent-encode an address holding anything but printable ASCII", async () => {
    const template = await templateFor(base);
    const out = md.render(
      withSources([{ title: "Tracker", url: "https://tracker.example.com/\u202egnp.exe" }]),
      { template },
    );
    expect(out).not.toContain("\u202e");
    expect(out).toContain("[Tracker](https://tracker.example.com/%E2%80%AEgnp.exe)");
  });

  it("come back as the sources when the export is imported", async () => {
    const template = await templateFor(base);
    const sources = [
      { title: "Canal authority note", url: "https://suez.example.gov/news?id=4&lang=en" },
      { title: "Transit tracker; weekly", url: "https://tracker.example.com/suez" },
    ];
    const out = md.render(withSources(sources), { template });
    const back = parseMarkdown(out, { template, others: [], file: "x.md" });
    expect(back.briefing?.meta?.sources).toEqual(sources);
    expect(back.briefing?.conclusion).toBe(base.conclusion);
  });
});
