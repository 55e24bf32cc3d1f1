import { describe, expect, it } from "@jest/globals";
import { proseLocator, textStart } from "../../../src/core/prose-locate.js";
import type { DocPath } from "../../../src/core/types.js";
import { parseBriefingText } from "../../../src/import/index.js";
import { template } from "../import/support.js";

// Spans of the parts of a prose briefing, read by the real importer: each starts at the
// part's own words and ends after the last of them.

const MD = [
  "# Ferry strike ends on the Kattegat", // 1
  "",
  "Crews returned to work on Friday after a", // 3
  "three-day stoppage over rosters.",
  "",
  "## Details",
  "",
  "The union accepted a shorter rota.",
  "",
  "- Sailings resume at **full** timetable on Saturday.  ", // 10
  "- Freight bookings reopen first.",
  "",
  "## Context",
  "",
  "Rosters were last disputed in 2019.", // 15
  "",
  "  - Two routes were cancelled then.",
  "",
  "## Conclusion",
  "",
  "Traffic should recover within days.", // 21
].join("\n");

const TXT = [
  "Ferry strike ends on the Kattegat",
  "Crews returned to work on Friday after a three-day stoppage over rosters.",
  "Details. The union accepted a shorter rota.", // 3
  "►   Sailings resume at full timetable on Saturday.",
  "Conclusion. Traffic should recover within days.",
].join("\n");

function spans(text: string, format: "md" | "txt") {
  const imported = parseBriefingText(text, format, { template: template() });
  const locate = proseLocator(text, imported, imported.briefing);
  return (path: DocPath, target?: "key" | "value") => {
    const s = locate(path, target);
    return `${s.line}:${s.column}-${s.endLine}:${s.endColumn}`;
  };
}

describe("parts of a Markdown briefing", () => {
  const at = spans(MD, "md");

  it("starts a headline after its hashes and ends it with its text", () => {
    expect(at(["headline"])).toBe("1:3-1:36");
  });

  it("spans a wrapped paragraph to the end of its last line", () => {
    expect(at(["summary"])).toBe("3:1-4:33");
  });

  it("starts a bullet after its sign, and leaves trailing spaces out", () => {
    expect(at(["sections", 0, "bullets", 0])).toBe("10:3-10:53");
    expect(at(["sections", 0, "bullets", 1])).toBe("11:3-11:33");
  });

  it("gives a section its heading as key and its whole extent as value", () => {
    expect(at(["sections", 0], "key")).toBe("6:4-6:11");
    expect(at(["sections", 0])).toBe("6:4-11:33");
  });

  it("starts an indented bullet after its sign", () => {
    expect(at(["sections", 1, "bullets", 0])).toBe("17:5-17:36");
  });

  it("spans the list of sections from the first heading to the last part under them", () => {
    expect(at(["sections"])).toBe("6:4-17:36");
  });

  it("places an unplaced path at its nearest placed ancestor, else the first line's text", () => {
    expect(at(["sections", 0, "label"], "key")).toBe("6:4-6:11");
    expect(at(["meta", "date"])).toBe("1:3-1:36");
    expect(at([])).toBe("1:3-1:36");
  });
});

describe("parts of a plain-text briefing", () => {
  const at = spans(TXT, "txt");

  it("starts a lead after the label on its line", () => {
    expect(at(["sections", 0, "lead"])).toBe("3:10-3:44");
    expect(at(["conclusion"])).toBe("5:13-5:48");
  });

  it("starts a bullet after a wide bullet sign", () => {
    expect(at(["sections", 0, "bullets", 0])).toBe("4:5-4:51");
  });
});

describe("textStart", () => {
  it("finds the part's first words together, past a label that repeats one of them", () => {
    expect(textStart("Context. Context matters here.", "Context matters here.")).toBe(9);
  });

  it("matches whole words, not the end of a longer one", () => {
    expect(textStart("- Warships and ships", "ships")).toBe(15);
  });

  it("falls back to fewer words when the part wraps onto the next line", () => {
    expect(textStart("> Only two words", "Only two words then more")).toBe(2);
  });

  it("falls back to the line's lead-in when the words are not there", () => {
    expect(textStart("## Something else", "Nothing alike")).toBe(3);
    expect(textStart("   - plain", undefined)).toBe(5);
  });
});
