import { describe, expect, it } from "@jest/globals";
import type { Briefing } from "../../../src/core/types.js";
import {
  definitionOf,
  isSourceUrl,
  readLinks,
  uniqueSources,
  type Definition,
} from "../../../src/import/links.js";
import { summarise } from "../../../src/import/report.js";
import type { ImportResult } from "../../../src/import/types.js";
import { md } from "../../../src/render/md.js";
import { txt } from "../../../src/render/txt.js";
import { mdImport, template, txtImport } from "./support.js";

const none = new Map<string, Definition>();
const read = (line: string, defs: ReadonlyMap<string, Definition> = none) =>
  readLinks(line, defs, new Set());
const defs = (...lines: string[]) =>
  new Map(
    lines.map((l) => {
      const d = definitionOf(l);
      if (!d) throw new Error(`not a definition: ${l}`);
      return [d.key, d];
    }),
  );

/** A standard briefing around the given summary, conclusion and one bullet, in plain text. */
const houseText = (summary: string, bullet: string, conclusion: string, tail = "") =>
  [
    "Headline of the day",
    summary,
    "Details. The lead.",
    `►   ${bullet}`,
    "►   A second bullet.",
    "Context. The context.",
    "►   One.",
    "►   Two.",
    "Important to Know. What matters.",
    "►   Three.",
    "►   Four.",
    `Conclusion. ${conclusion}`,
    tail,
  ].join("\n");

function sourcesOf(result: ImportResult) {
  return result.briefing?.meta?.sources;
}

describe("readLinks: links pasted into a line of plain text", () => {
  it("keeps the text of [text](url) and takes a web address, whatever it holds", () => {
    const line =
      "See [the Suez page](https://en.wikipedia.org/wiki/Suez_Canal_(disambiguation)) and [a notice](https://example.org/a%20b.pdf?x=1&y=2).";
    expect(read(line)).toEqual({
      text: "See the Suez page and a notice.",
      links: [
        {
          url: "https://en.wikipedia.org/wiki/Suez_Canal_(disambiguation)",
          text: "the Suez page",
          title: "the Suez page",
          column: 5,
          form: "inline",
        },
        {
          url: "https://example.org/a%20b.pdf?x=1&y=2",
          text: "a notice",
          title: "a notice",
          column: 84,
          form: "inline",
        },
      ],
    });
  });

  it("reads brackets inside the link text, and an escaped \\]", () => {
    expect(
      read("[Report [PDF]](https://a.org/r) and [Memo \\] two](https://a.org/m)"),
    ).toMatchObject({
      text: "Report [PDF] and Memo ] two",
      links: [{ title: "Report [PDF]" }, { title: "Memo ] two", column: 37 }],
    });
  });

  it("keeps a link's own title apart from the source's, for the report", () => {
    expect(
      read(`[x](https://a.org/x "Tip") and [y][r]`, defs(`[r]: https://a.org/y (Ref)`)).links,
    ).toEqual([
      { url: "https://a.org/x", text: "x", title: "x", column: 1, form: "inline", tooltip: "Tip" },
      {
        url: "https://a.org/y",
        text: "y",
        title: "y",
        column: 32,
        form: "reference",
        tooltip: "Ref",
      },
    ]);
  });

  it("takes a link whose text is its address, with the address as title", () => {
    expect(read("[https://a.org/x](https://a.org/x)")).toMatchObject({
      text: "https://a.org/x",
      links: [{ title: "https://a.org/x", url: "https://a.org/x" }],
    });
  });

  it("resolves full, collapsed and shortcut references, and marks the definitions used", () => {
    const d = defs("[1]: https://a.org/one", "[Two]: <https://a.org/two> 'Second'");
    const used = new Set<string>();
    const out = readLinks("A [first][1], a [two][] and [two], not [three].", d, used);
    expect(out.text).toBe("A first, a two and two, not [three].");
    expect(out.links.map((l) => [l.url, l.form])).toEqual([
      ["https://a.org/one", "reference"],
      ["https://a.org/two", "reference"],
      ["https://a.org/two", "reference"],
    ]);
    expect([...used].sort()).toEqual(["1", "TWO"]);
  });

  it("reads an HTML anchor, decoding its address", () => {
    expect(
      read(`per the <a class="x" href="https://a.org/?q=1&amp;r=2">city <b>council</b></a>.`),
    ).toMatchObject({
      text: "per the city <b>council</b>.",
      links: [{ url: "https://a.org/?q=1&r=2", title: "city council", column: 9, form: "html" }],
    });
  });

  it("leaves as written: bare addresses, autolinks, images, relative and script links", () => {
    for (const line of [
      "Read https://a.org/x (and www.a.org).",
      "Read <https://a.org/x> now.",
      "![chart](https://a.org/c.png)",
      "[annex](./annex.pdf) and [mail](mailto:desk@a.org)",
      "[x](javascript:alert(1)) <a href='javascript:alert(1)'>y</a>",
      "Brackets [sic] and (parentheses) only.",
      "An escaped \\[link](https://a.org) is text.",
    ])
      expect(read(line)).toEqual({ text: line, links: [] });
  });

  it("stays fast on a long line of open brackets and unclosed anchors", () => {
    const line = `${"[".repeat(200_000)}x](https://a.org) ${"<a href=x>".repeat(20_000)} <a ${"href=x ".repeat(50_000)}`;
    const started = Date.now();
    const out = read(line);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(out.links).toHaveLength(1);
  });
});

describe("isSourceUrl and definitionOf", () => {
  it("accepts web addresses the schema accepts, and nothing else", () => {
    expect(isSourceUrl("https://en.wikipedia.org/wiki/Suez_Canal_(disambiguation)")).toBe(true);
    expect(isSourceUrl("http://a.org/a%20b?x=1&y=2")).toBe(true);
    expect(isSourceUrl("https://a.org/a b")).toBe(false);
    expect(isSourceUrl("javascript:alert(1)")).toBe(false);
    expect(isSourceUrl("./annex.pdf")).toBe(false);
  });

  it("reads a definition line, and only a whole one", () => {
    expect(definitionOf(`[Lloyd's] : x`)).toBeUndefined();
    expect(definitionOf(`[ll]: https://a.org/ll "Lloyd's List"`)).toEqual({
      key: "LL",
      label: "ll",
      url: "https://a.org/ll",
      title: "Lloyd's List",
    });
    expect(definitionOf("See [1]: https://a.org")).toBeUndefined();
  });
});

describe("uniqueSources", () => {
  it("orders by first appearance and keeps the first title of an address", () => {
    const at = (url: string, title: string, line: number, column: number) => ({
      source: { title, url },
      line,
      column,
    });
    const found = [
      at("https://b", "B", 9, 1),
      at("https://a", "A", 2, 5),
      at("https://b", "b", 3, 1),
    ];
    const { sources, repeats } = uniqueSources(found);
    expect(sources).toEqual([
      { title: "A", url: "https://a" },
      { title: "b", url: "https://b" },
    ]);
    expect(repeats.map((r) => r?.line)).toEqual([3, undefined, undefined]);
  });
});

describe("plain text import", () => {
  it("moves the addresses of links in the summary, a bullet and the conclusion, once each", () => {
    const result = txtImport(
      houseText(
        "Rates rose, says [Drewry](https://www.drewry.co.uk/wci).",
        "Spot rates hit a high, per [Xeneta](https://www.xeneta.com/).",
        "Watch [Drewry](https://www.drewry.co.uk/wci) next week.",
        "Sources: https://www.xeneta.com/, https://www.freightos.com/",
      ),
    );
    expect(result.briefing?.summary).toBe("Rates rose, says Drewry.");
    expect(result.briefing?.sections[0]?.bullets?.[0]).toBe("Spot rates hit a high, per Xeneta.");
    expect(result.briefing?.conclusion).toBe("Watch Drewry next week.");
    expect(sourcesOf(result)).toEqual([
      { title: "Drewry", url: "https://www.drewry.co.uk/wci" },
      { title: "Xeneta", url: "https://www.xeneta.com/" },
      { title: "www.freightos.com", url: "https://www.freightos.com/" },
    ]);
    expect(result.guesses?.filter((g) => g.column)).toEqual([
      expect.objectContaining({ line: 2, column: 18, value: "https://www.drewry.co.uk/wci" }),
      expect.objectContaining({ line: 4, column: 32, value: "https://www.xeneta.com/" }),
      expect.objectContaining({
        line: 12,
        column: 19,
        reason:
          'link text "Drewry" kept in the text; its address is already in meta.sources (line 2)',
      }),
    ]);
  });

  it("a link in the headline counts too", () => {
    const result = txtImport(
      houseText("S.", "B.", "C.").replace(
        /^Headline of the day/,
        "[Ports](https://a.org/p) reopen",
      ),
    );
    expect(result.briefing?.headline).toBe("Ports reopen");
    expect(sourcesOf(result)).toEqual([{ title: "Ports", url: "https://a.org/p" }]);
  });

  it("takes definition lines out of the conclusion, and keeps an unused one as a source", () => {
    const result = txtImport(
      houseText(
        "Up [ten percent][wci].",
        "B.",
        "C.",
        "\n[wci]: https://a.org/wci\n[old]: https://a.org/old",
      ),
    );
    expect(result.briefing?.conclusion).toBe("C.");
    expect(result.briefing?.summary).toBe("Up ten percent.");
    expect(sourcesOf(result)).toEqual([
      { title: "ten percent", url: "https://a.org/wci" },
      { title: "old", url: "https://a.org/old" },
    ]);
    expect(result.leftOut?.map((l) => [l.line, l.reason, l.movedTo])).toEqual([
      [14, "link definition", "/meta/sources"],
      [15, "link definition", "/meta/sources"],
    ]);
  });

  it("bullets of links under a 'Sources:' heading are moved, as bare addresses are", () => {
    const result = txtImport(
      houseText("S.", "B.", "C.", "Sources:\n►   [Reuters](https://a.org/r)\n•   https://a.org/b"),
    );
    expect(result.briefing?.conclusion).toBe("C.");
    expect(sourcesOf(result)).toEqual([
      { title: "Reuters", url: "https://a.org/r" },
      { title: "a.org", url: "https://a.org/b" },
    ]);
  });

  it("a bare address with parentheses in a 'Sources:' line is kept whole", () => {
    const result = txtImport(
      houseText(
        "S.",
        "B.",
        "C.",
        "Sources: https://en.wikipedia.org/wiki/Suez_Canal_(disambiguation), (https://a.org/x).",
      ),
    );
    expect(sourcesOf(result)?.map((s) => s.url)).toEqual([
      "https://en.wikipedia.org/wiki/Suez_Canal_(disambiguation)",
      "https://a.org/x",
    ]);
  });

  it("a word joining two bare addresses in a 'Sources:' line is not a title", () => {
    const result = txtImport(
      houseText("S.", "B.", "C.", "Sources: Port authority https://a.org/p, and https://b.org/q"),
    );
    expect(sourcesOf(result)).toEqual([
      { title: "Port authority", url: "https://a.org/p" },
      { title: "b.org", url: "https://b.org/q" },
    ]);
  });

  it("a 'Sources' sentence with a link keeps its words; a line of links only is moved", () => {
    const result = txtImport(
      houseText(
        "Sources say [the ministry](https://a.org/m) denied it.",
        "B.",
        "C.",
        "Sources: [Reuters](https://a.org/r), [AP](https://a.org/ap)",
      ),
    );
    expect(result.briefing?.summary).toBe("Sources say the ministry denied it.");
    expect(result.briefing?.conclusion).toBe("C.");
    expect(sourcesOf(result)?.map((s) => s.title)).toEqual(["the ministry", "Reuters", "AP"]);
    expect(result.leftOut?.[0]).toEqual({
      line: 13,
      text: "Sources: [Reuters](https://a.org/r), [AP](https://a.org/ap)",
      reason: "sources line",
      movedTo: "/meta/sources",
    });
  });
});

describe("Markdown import", () => {
  const doc = (body: string, front = "") =>
    `${front}# Ports reopen\n\n${body}\n\n**Details.** Lead.\n\n- One.\n- Two.\n\n**Context.** C.\n\n- One.\n- Two.\n\n**Important to Know.** I.\n\n- One.\n- Two.\n\n**Conclusion.** End.\n`;

  it("keeps front matter sources first and adds each address of the text once", () => {
    const front = "---\nsources:\n  - title: Port notice\n    url: https://a.org/n\n---\n";
    const result = mdImport(
      doc("Per [the port](https://a.org/n) and [b](https://a.org/b).", front),
      {},
    );
    expect(sourcesOf(result)).toEqual([
      { title: "Port notice", url: "https://a.org/n" },
      { title: "b", url: "https://a.org/b" },
    ]);
    expect(result.guesses?.find((g) => g.column && g.value === "https://a.org/n")?.reason).toBe(
      'link text "the port" kept in the text; its address is already in meta.sources (the front matter)',
    );
  });

  it("says a link's own title in the report", () => {
    const result = mdImport(doc(`Per [the port](https://a.org/n "Notice 12").`));
    expect(result.guesses?.find((g) => g.column)?.reason).toBe(
      `link text "the port" kept in the text; its address moved to meta.sources; the link's title was "Notice 12"`,
    );
  });

  it("keeps an autolink as text, and writes a non-web link back as written", () => {
    const result = mdImport(doc("See <https://a.org/a%20b> and the [annex](./annex.pdf)."));
    expect(result.briefing?.summary).toBe("See https://a.org/a%20b and the [annex](./annex.pdf).");
    expect(sourcesOf(result)).toBeUndefined();
  });

  it("a link split over two lines, and one in a heading, are found at their lines", () => {
    const result = mdImport(
      "# [Ports](https://a.org/p) reopen\n\nThe [port\nauthority](https://a.org/pa) said so.\n\n**Conclusion.** End.\n",
      { template: "flash" },
    );
    expect(result.briefing?.headline).toBe("Ports reopen");
    expect(result.briefing?.summary).toBe("The port authority said so.");
    expect(result.guesses?.filter((g) => g.column).map((g) => [g.line, g.column, g.value])).toEqual(
      [
        [1, 3, "https://a.org/p"],
        [3, 5, "https://a.org/pa"],
      ],
    );
    expect(sourcesOf(result)?.[1]).toEqual({ title: "port authority", url: "https://a.org/pa" });
  });

  it("a definition-like line in a code block stays text, and a non-web definition stays as written", () => {
    const result = mdImport(
      doc("Text [x][a].\n\n    [b]: https://a.org/code\n\n[a]: https://a.org/a\n[c]: ./local.pdf"),
    );
    const all = JSON.stringify(result.briefing);
    expect(all).toContain("[b]: https://a.org/code");
    expect(all).toContain("[c]: ./local.pdf");
    expect(sourcesOf(result)).toEqual([{ title: "x", url: "https://a.org/a" }]);
  });
});

describe("round trips keep the sources as they are", () => {
  const b: Briefing = {
    template: "standard",
    headline: "Rates at https://a.org/x",
    summary: "See <https://a.org/y> and [x](y) and https://a.org/z.",
    sections: [
      { id: "details", lead: "L.", bullets: ["One https://a.org/1.", "Two."] },
      { id: "context", lead: "C.", bullets: ["One.", "Two."] },
      { id: "important", lead: "I.", bullets: ["One.", "Two."] },
    ],
    conclusion: "End.",
  };

  it("addresses written in the text stay text through Markdown and plain text", () => {
    const t = template("standard");
    for (const [text, parse] of [
      [md.render(b, { template: t }), mdImport],
      [txt.render(b, { template: t }), txtImport],
    ] as const) {
      const back = parse(text).briefing;
      expect(back?.meta?.sources).toBeUndefined();
      expect(back?.summary).toBe(b.summary);
    }
  });
});

describe("the verbose report", () => {
  it("gives a link's guess its line and column", () => {
    const lines = summarise(
      {
        file: "a.md",
        status: "written",
        placed: [],
        leftOut: [],
        guesses: [{ kind: "sources", line: 5, column: 75, value: "https://a.org", reason: "r" }],
        problems: [],
      },
      true,
    );
    expect(lines[1]).toBe('  line 5, column 75: sources "https://a.org" (r)');
  });
});
