import { describe, expect, it } from "@jest/globals";
import { decodeText, stripBom } from "../../../src/core/decode.js";

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeText", () => {
  it("decodes plain UTF-8, multi-byte characters included", () => {
    expect(decodeText(utf8("headline: Café – ►\n"))).toEqual({
      ok: true,
      text: "headline: Café – ►\n",
    });
  });

  it("drops a UTF-8 byte-order mark", () => {
    const result = decodeText(bytes(0xef, 0xbb, 0xbf, 0x61, 0x3a, 0x20, 0x31));
    expect(result).toEqual({ ok: true, text: "a: 1" });
  });

  it("keeps a byte-order mark that is not at the start", () => {
    const result = decodeText(bytes(0x61, 0xef, 0xbb, 0xbf));
    expect(result).toEqual({ ok: true, text: "a\ufeff" });
  });

  it("decodes empty input to empty text", () => {
    expect(decodeText(bytes())).toEqual({ ok: true, text: "" });
  });

  it("decodes a single byte (too short for a UTF-16 mark)", () => {
    expect(decodeText(bytes(0x61))).toEqual({ ok: true, text: "a" });
  });

  it("refuses UTF-16 LE with a byte-order mark", () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x61, 0x00))).toEqual({
      ok: false,
      message: "file is UTF-16 encoded; save it as UTF-8",
    });
  });

  it("refuses UTF-16 BE with a byte-order mark", () => {
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x61))).toEqual({
      ok: false,
      message: "file is UTF-16 encoded; save it as UTF-8",
    });
  });

  it("refuses a UTF-16 mark even when nothing follows it", () => {
    expect(decodeText(bytes(0xff, 0xfe))).toEqual({
      ok: false,
      message: "file is UTF-16 encoded; save it as UTF-8",
    });
  });

  it("refuses NUL bytes as binary", () => {
    expect(decodeText(bytes(0x61, 0x00, 0x62))).toEqual({
      ok: false,
      message: "file is binary (it contains NUL bytes), not a briefing",
    });
  });

  it("refuses UTF-16 without a byte-order mark as binary (it holds NUL bytes)", () => {
    expect(decodeText(bytes(0x61, 0x00, 0x3a, 0x00))).toEqual({
      ok: false,
      message: "file is binary (it contains NUL bytes), not a briefing",
    });
  });

  it.each([
    ["a lone continuation byte", [0x61, 0x80]],
    ["a truncated two-byte sequence", [0x61, 0xc3]],
    ["an overlong encoding", [0xc0, 0xaf]],
    ["a Latin-1 é", [0x63, 0x61, 0x66, 0xe9]],
    ["an encoded surrogate", [0xed, 0xa0, 0x80]],
  ])("refuses invalid UTF-8: %s", (_name, values) => {
    expect(decodeText(bytes(...values))).toEqual({
      ok: false,
      message: "file is not valid UTF-8 text",
    });
  });

  it("accepts four-byte characters", () => {
    expect(decodeText(bytes(0xf0, 0x9f, 0x93, 0x88))).toEqual({ ok: true, text: "📈" });
  });
});

describe("stripBom", () => {
  it("removes one leading byte-order mark", () => {
    expect(stripBom("\ufeffheadline: x")).toBe("headline: x");
  });

  it("leaves text without a leading mark unchanged", () => {
    expect(stripBom("headline: x")).toBe("headline: x");
    expect(stripBom("a\ufeff")).toBe("a\ufeff");
    expect(stripBom("")).toBe("");
  });

  it("removes only the first of two marks", () => {
    expect(stripBom("\ufeff\ufeffa")).toBe("\ufeffa");
  });
});
