import { describe, expect, it } from "@jest/globals";
import { exporters, formatForFile, formatIds } from "../../../src/render/index.js";

describe("format names", () => {
  it("come from the exporters: each one's extensions name it, in any case", () => {
    for (const exporter of Object.values(exporters)) {
      for (const ext of [exporter.extension, ...(exporter.alsoNamedBy ?? [])]) {
        expect(formatForFile(`out/brief${ext}`)).toBe(exporter.id);
        expect(formatForFile(`BRIEF${ext.toUpperCase()}`)).toBe(exporter.id);
      }
    }
    expect(formatIds).toEqual(Object.keys(exporters));
  });

  it("name no format for an extension no exporter claims", () => {
    for (const name of ["brief.pdf", "brief", "brief.md.bak", ".md-notes"])
      expect(formatForFile(name)).toBeUndefined();
  });

  it("keep the names people use for Markdown, text and HTML files", () => {
    expect(["a.markdown", "a.text", "a.htm"].map(formatForFile)).toEqual(["md", "txt", "html"]);
  });
});
