import { beforeAll, describe, expect, it } from "@jest/globals";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parse } from "yaml";
import type { Template } from "../../../src/core/template.js";
import type { Briefing } from "../../../src/core/types.js";
import { loadBuiltinTemplates } from "../../../src/io/templates.js";
import { escapeHtml, html, htmlLang, safeHref } from "../../../src/render/html.js";
import { fixture, root } from "../../helpers/paths.js";

let templates: Map<string, Template>;
beforeAll(async () => {
  templates = await loadBuiltinTemplates();
});

function template(id: string): Template {
  const t = templates.get(id);
  if (!t) throw new Error(`no built-in template ${id}`);
  return t;
}

function loadBriefing(path: string): Briefing {
  return parse(readFileSync(path, "utf8")) as Briefing;
}

/** The page without its doctype line, which XML does not know. */
function asXml(page: string): string {
  expect(page.startsWith("<!doctype html>\n")).toBe(true);
  return page.slice("<!doctype html>\n".length);
}

function expectWellFormed(page: string): void {
  expect(XMLValidator.validate(asXml(page))).toBe(true);
}

const HOSTILE = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "&amp; 'quoted' \"double\"",
  "bell\u0007esc\u001b[31mnul\u0000c1\u009b",
].join(" ");
/** What the hostile text reads as once the page is parsed: the same, minus control characters. */
// eslint-disable-next-line no-control-regex
const HOSTILE_TEXT = HOSTILE.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");

const basic: Briefing = {
  template: "standard",
  headline: "Rates rise",
  summary: "Rates rose.",
  sections: [
    { id: "details", lead: "What happened.", bullets: ["One.", "Two."] },
    { id: "context", lead: "Why.", bullets: ["Three.", "Four."] },
    { id: "important", lead: "Keep in mind.", bullets: ["Five.", "Six."] },
  ],
  conclusion: "It will pass.",
};

describe("html exporter", () => {
  it("renders a standalone, well-formed HTML5 page with no scripts or external resources", () => {
    const page = html.render(basic, { template: template("standard") });
    expect([html.id, html.extension]).toEqual(["html", ".html"]);
    expectWellFormed(page);
    expect(page).toMatch(
      /^<!doctype html>\n<html lang="en">\n<head>\n {2}<meta charset="utf-8" \/>/,
    );
    expect(page).toContain(
      '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    );
    expect(page).toContain("<title>Rates rise</title>");
    expect(page).toContain("<h1>Rates rise</h1>");
    expect(page).toContain("@page { size: A4; margin: 18mm; }");
    expect(page).toContain("@media print");
    expect(page).not.toMatch(/<script|<link|<img|<iframe|src=|url\(|@import/i);
    expect(page.endsWith("</html>\n")).toBe(true);
    expect(html.render(basic, { template: template("standard") })).toBe(page);
  });

  it("gives each section a labelled region with its lead and bullets", () => {
    const page = html.render(basic, { template: template("standard") });
    expect(page).toContain(
      [
        '    <section aria-labelledby="section-important">',
        '      <h2 id="section-important">Important to Know</h2>',
        '      <p class="lead">Keep in mind.</p>',
        "      <ul>",
        "        <li>Five.</li>",
        "        <li>Six.</li>",
        "      </ul>",
        "    </section>",
      ].join("\n"),
    );
    expect(page).toContain('<h2 id="conclusion">Conclusion</h2>\n      <p>It will pass.</p>');
    expect(page).not.toContain("<footer");
    expect(page).not.toContain('class="meta"');
  });

  it("takes section labels from the template, overridden by the section's own", () => {
    const b: Briefing = {
      ...basic,
      sections: [{ id: "details", label: "In Detail", lead: "x" }, ...basic.sections.slice(1)],
    };
    const page = html.render(b, { template: template("standard") });
    expect(page).toContain('<h2 id="section-details">In Detail</h2>');
    expect(page).toContain('<h2 id="section-context">Context</h2>');
    expect(html.render(basic)).toContain('<h2 id="section-important">important</h2>');
  });

  it("omits the lead for flash briefings without one, and empty bullet lists", () => {
    const page = html.render(loadBriefing(fixture("valid", "flash.yaml")), {
      template: template("flash"),
    });
    expectWellFormed(page);
    expect(page).toContain('<h2 id="section-key-points">Key Points</h2>\n      <ul>');
    expect(page).not.toContain('class="lead"');
    const bluf = html.render(loadBriefing(fixture("valid", "bluf.yaml")), {
      template: template("bluf"),
    });
    expect(bluf).toContain(
      '<p class="lead">The subsidy expires on June 30 and needs a decision by May 15.</p>\n    </section>',
    );
  });

  it("labels the summary and conclusion as the bluf template says", () => {
    const page = html.render(loadBriefing(fixture("valid", "bluf.yaml")), {
      template: template("bluf"),
    });
    expectWellFormed(page);
    expect(page).toContain('<p class="summary"><strong>Bottom Line.</strong> Extend the subsidy');
    expect(page).toContain('<h2 id="conclusion">Recommendation</h2>');
    expect(html.render(basic, { template: template("standard") })).toContain(
      '<p class="summary">Rates rose.</p>',
    );
  });

  it("sets the page language from the option, accepting only a language tag", () => {
    const lang = (l?: string) => /<html lang="([^"]*)">/.exec(html.render(basic, { lang: l }))?.[1];
    expect(lang()).toBe("en");
    expect(lang("de-CH")).toBe("de-CH");
    expect(lang("pt_BR")).toBe("pt-BR");
    expect(lang('en" onload="alert(1)')).toBe("en");
    expect(lang("<x>")).toBe("en");
    expect(lang("")).toBe("en");
    expect(htmlLang(" fr ")).toBe("fr");
  });

  it("lists sources in the footer, linking only http(s) URLs", () => {
    const b: Briefing = {
      ...basic,
      meta: {
        sources: [
          { title: "Index", url: "https://example.org/a?b=1&c=2" },
          { title: "Plain http", url: "http://example.com" },
          { title: "Script", url: "javascript:alert(1)" },
          { title: "Tabbed script", url: "java\tscript:alert(1)" },
          { title: "Data", url: "data:text/html,<script>alert(1)</script>" },
          { title: "Relative", url: "/etc/passwd" },
          { title: "No URL" },
        ],
      },
    };
    const page = html.render(b);
    expectWellFormed(page);
    expect(page).toContain('<h2 id="sources">Sources</h2>');
    expect(page).toContain('<li><a href="https://example.org/a?b=1&amp;c=2">Index</a></li>');
    expect(page).toContain('<li><a href="http://example.com/">Plain http</a></li>');
    expect(page).toContain('<li>Script <span class="url">javascript:alert(1)</span></li>');
    expect(page).toContain("<li>No URL</li>");
    expect(page.match(/href=/g)).toHaveLength(2);
    expect(page).not.toContain("<script");
  });

  it("shows date, author, status, confidence and tags under the headline", () => {
    const page = html.render({
      ...basic,
      meta: {
        date: "2026-03-04",
        author: "Desk",
        status: "draft",
        confidence: "high",
        tags: ["a", "b"],
      },
    });
    expectWellFormed(page);
    expect(page).toContain(
      '<p class="meta"><time datetime="2026-03-04">2026-03-04</time><span class="sep" aria-hidden="true">·</span>' +
        '<bdi class="author">Desk</bdi><span class="sep" aria-hidden="true">·</span>' +
        '<span class="draft">Draft</span><span class="sep" aria-hidden="true">·</span>' +
        '<span>High confidence</span><span class="sep" aria-hidden="true">·</span>' +
        '<span class="tags">Tags: <bdi>a</bdi>, <bdi>b</bdi></span></p>',
    );
    expect(page).toContain('<meta name="author" content="Desk" />');
  });
});

describe("html exporter with hostile text", () => {
  const hostileTemplate: Template = {
    id: "hostile",
    name: "Hostile",
    summary: { label: HOSTILE },
    sections: [{ id: "one", label: HOSTILE }],
    conclusion: { label: HOSTILE },
  };
  const hostile: Briefing = {
    template: "hostile",
    headline: HOSTILE,
    summary: HOSTILE,
    sections: [
      { id: "one", lead: HOSTILE, bullets: [HOSTILE, HOSTILE] },
      { id: "two", label: HOSTILE, lead: HOSTILE },
    ],
    conclusion: HOSTILE,
    meta: {
      date: HOSTILE,
      author: HOSTILE,
      tags: [HOSTILE],
      status: HOSTILE as "draft",
      confidence: HOSTILE as "low",
      sources: [
        { title: HOSTILE, url: HOSTILE },
        { title: HOSTILE, url: `https://x.test/${HOSTILE}` },
      ],
    },
  };
  const page = html.render(hostile, { template: hostileTemplate, lang: HOSTILE });

  it("escapes every field, so no markup gets through", () => {
    expectWellFormed(page);
    expect(page).not.toMatch(/<script|<img|<\/script/i);
    // eslint-disable-next-line no-control-regex
    expect(page).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(page).not.toContain("&amp;amp;amp;");
    expect(page).toContain("&amp;amp; &#39;quoted&#39; &quot;double&quot;");
    // Only the one https URL becomes a link, and its quotes and brackets are encoded.
    const hrefs = [...page.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toHaveLength(1);
    expect(hrefs[0]).toMatch(/^https:\/\/x\.test\/[^<>"' ]+$/);
  });

  it("keeps the text itself intact once parsed", () => {
    const doc = new XMLParser({
      ignoreAttributes: false,
      htmlEntities: true,
      parseTagValue: false,
      trimValues: false,
    }).parse(asXml(page)) as { html: Record<string, Record<string, unknown>> };
    const head = doc.html.head as { title: string };
    const article = (doc.html.body as { main: { article: Record<string, unknown> } }).main.article;
    const header = article.header as { h1: string };
    expect(head.title).toBe(HOSTILE_TEXT);
    expect(header.h1).toBe(HOSTILE_TEXT);
    expect(page).toContain(`<h2 id="section-one">${escapeHtml(HOSTILE)}</h2>`);
    expect(page).toContain(`<h2 id="section-two">${escapeHtml(HOSTILE)}</h2>`);
  });
});

describe("html helpers", () => {
  it("escapes the five HTML-significant characters and strips controls", () => {
    expect(escapeHtml(`a&b<c>d"e'f\u0001g\nh`)).toBe("a&amp;b&lt;c&gt;d&quot;e&#39;f" + "g\nh");
  });

  it("links only http(s) URLs", () => {
    expect(safeHref("https://example.org")).toBe("https://example.org/");
    expect(safeHref(" HTTP://Example.org/x y ")).toBe("http://example.org/x%20y");
    expect(safeHref("javascript:alert(1)")).toBeUndefined();
    expect(safeHref("\u0001javascript:alert(1)")).toBeUndefined();
    expect(safeHref("JaVaScRiPt:alert(1)")).toBeUndefined();
    expect(safeHref("vbscript:x")).toBeUndefined();
    expect(safeHref("//example.org")).toBeUndefined();
    expect(safeHref("not a url")).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
  });
});

describe("html exporter on the shipped examples", () => {
  const examples = readdirSync(join(root, "examples"), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort();

  it.each(examples)("renders %s as a well-formed page with every part", (file) => {
    const briefing = loadBriefing(join(root, "examples", file));
    const page = html.render(briefing, { template: template(briefing.template ?? "standard") });
    expectWellFormed(page);
    expect(page.match(/<section aria-labelledby="section-/g)).toHaveLength(
      briefing.sections.length,
    );
    expect(page.match(/<li>/g)?.length ?? 0).toBe(
      briefing.sections.reduce((n, s) => n + (s.bullets?.length ?? 0), 0) +
        (briefing.meta?.sources?.length ?? 0),
    );
  });
});

describe("html golden file", () => {
  it("renders examples/freight-rates.yaml exactly as the golden page", () => {
    const golden = fixture("golden", "html", "freight-rates.html");
    const page = html.render(loadBriefing(join(root, "examples", "freight-rates.yaml")), {
      template: template("standard"),
    });
    expectWellFormed(page);
    // UPDATE_GOLDEN=1 rewrites the file; inspect the diff before keeping it.
    if (process.env.UPDATE_GOLDEN === "1") {
      mkdirSync(dirname(golden), { recursive: true });
      writeFileSync(golden, page);
    }
    expect(page).toBe(readFileSync(golden, "utf8"));
  });
});
