import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { root, tempDir } from "../helpers/paths.js";
import { templateSchemaFile } from "../../src/io/schema-ref.js";
import { loadBuiltinTemplates } from "../../src/io/templates.js";
import { LspClient } from "./lsp-client.js";
import { run } from "./support.js";

const SERVER = join(root, "node_modules/yaml-language-server/bin/yaml-language-server");

interface Diagnostic {
  message: string;
  range: { start: { line: number } };
}
interface CompletionItem {
  label: string;
}

describe("briefing files in yaml-language-server (the engine of VS Code's YAML extension)", () => {
  const { dir, cleanup } = tempDir();
  let client: LspClient;
  let version = 0;

  beforeAll(async () => {
    client = new LspClient(process.execPath, [SERVER, "--stdio"], (method, params) => {
      if (method === "workspace/configuration") {
        const items = (params as { items: unknown[] }).items;
        return items.map(() => ({ validate: true, completion: true, hover: true, schemas: {} }));
      }
      return null;
    });
    await client.request("initialize", {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      capabilities: { workspace: { configuration: true } },
    });
    client.notify("initialized", {});
    client.notify("workspace/didChangeConfiguration", {
      settings: { yaml: { validate: true, completion: true, hover: true } },
    });
  }, 30_000);

  afterAll(async () => {
    await client.close();
    cleanup();
  });

  /** Opens a file in a folder of the test's own, as an editor does, and returns its URI. */
  function open(name: string, text: string): string {
    const file = join(dir, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    const uri = pathToFileURL(file).href;
    client.notify("textDocument/didOpen", {
      textDocument: { uri, languageId: "yaml", version: ++version, text },
    });
    return uri;
  }

  function diagnostics(uri: string): Promise<Diagnostic[]> {
    return client
      .waitFor<{ uri: string; diagnostics: Diagnostic[] }>(
        "textDocument/publishDiagnostics",
        (p) => p.uri === uri && p.diagnostics.length > 0,
      )
      .then((p) => p.diagnostics);
  }

  async function complete(uri: string, line: number, character: number): Promise<string[]> {
    const result = (await client.request("textDocument/completion", {
      textDocument: { uri },
      position: { line, character },
    })) as { items: CompletionItem[] } | CompletionItem[];
    return (Array.isArray(result) ? result : result.items).map((i) => i.label);
  }

  /** The modeline the tool writes for a file at `file`: a path into the shipped schemas. */
  function modeline(file: string, schema: string): string {
    const target = join(root, "schemas", schema);
    expect(existsSync(target)).toBe(true);
    return `# yaml-language-server: $schema=${relative(dirname(join(dir, file)), target)}\n`;
  }

  it("flags an unknown key and a headline over the template's limit, at their lines", async () => {
    const name = "briefs/a.yaml";
    const uri = open(
      name,
      modeline(name, "templates/standard.schema.json") +
        `template: standard\nheadline: ${"Long ".repeat(30)}\nheadlin: typo\nsummary: S\nsections: []\nconclusion: C\n`,
    );
    const found = await diagnostics(uri);
    const messages = found.map((d) => `${d.range.start.line}: ${d.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^2: .*longer than the maximum length of 120/),
        expect.stringMatching(/^3: Property headlin is not allowed/),
      ]),
    );
    expect(messages.join("\n")).not.toMatch(/Unable to load schema/);
  });

  it("completes the top-level keys and the meta.status values", async () => {
    const name = "briefs/b.yaml";
    const text = `${modeline(name, "templates/standard.schema.json")}headline: H\n\nmeta:\n  status: \n`;
    const uri = open(name, text);
    expect(await complete(uri, 2, 0)).toEqual(
      expect.arrayContaining(["template", "summary", "sections", "conclusion"]),
    );
    expect(await complete(uri, 4, 10)).toEqual(expect.arrayContaining(["draft", "final"]));
  });

  it("cannot load the URL the files used to name, offline (why the line points at a file)", async () => {
    const uri = open(
      "briefs/c.yaml",
      "# yaml-language-server: $schema=https://briefing.dev/schemas/briefing.schema.json\nheadline: H\n",
    );
    const found = await diagnostics(uri);
    expect(found.map((d) => d.message).join("\n")).toMatch(/Unable to load schema/);
  });

  it("loads the schema named by the files that new, import and init write", async () => {
    const answers = join(root, "examples", "freight-rates.yaml");
    expect((await run(["new", "--answers", answers, "briefs/new.yaml"], dir)).code).toBe(0);
    const txt = join(root, "test", "fixtures", "import", "messy.txt");
    expect((await run(["import", txt, "-o", "deep/er/imported.yaml"], dir)).code).toBeLessThan(2);
    expect((await run(["init"], dir)).code).toBe(0);
    for (const [file, broken] of [
      ["briefs/new.yaml", /Property headlin is not allowed/],
      ["deep/er/imported.yaml", /Property headlin is not allowed/],
      ["briefing.config.yaml", /Property headlin is not allowed/],
    ] as const) {
      const text = readFileSync(join(dir, file), "utf8");
      expect(text).toMatch(/^# yaml-language-server: \$schema=\.{1,2}\//);
      // An editor session: the analyst adds a misspelt key at the end.
      const uri = open(file.replace(/\.yaml$/, ".edited.yaml"), `${text}headlin: typo\n`);
      const messages = (await diagnostics(uri)).map((d) => d.message).join("\n");
      expect(messages).toMatch(broken);
      expect(messages).not.toMatch(/Unable to load schema/);
    }
  });

  it("writes no schema line with editorSchema: none, and a given URL as it is", async () => {
    const answers = join(root, "examples", "freight-rates.yaml");
    for (const [setting, expected] of [
      ["none", /^template:/],
      [
        "https://schemas.example.org/b.json",
        /^# yaml-language-server: \$schema=https:\/\/schemas\.example\.org\/b\.json\n/,
      ],
    ] as const) {
      const sub = join(dir, `setting-${setting.length}`);
      mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, "briefing.config.yaml"), `editorSchema: ${setting}\n`);
      expect((await run(["new", "--answers", answers, "b.yaml"], sub)).code).toBe(0);
      expect(readFileSync(join(sub, "b.yaml"), "utf8")).toMatch(expected);
    }
  });

  it("ships one schema per built-in template, carrying its limits and up to date", async () => {
    const templates = await loadBuiltinTemplates();
    expect([...templates.keys()].sort()).toEqual(["bluf", "flash", "smart-brevity", "standard"]);
    for (const [id, template] of templates) {
      const file = join(root, "schemas", "templates", `${id}.schema.json`);
      const fresh = templateSchemaFile(template);
      // UPDATE_GOLDEN=1 rewrites them after a change of the briefing schema or a template.
      if (process.env.UPDATE_GOLDEN === "1")
        writeFileSync(file, `${JSON.stringify(fresh, null, 2)}\n`);
      const shipped = JSON.parse(readFileSync(file, "utf8")) as typeof fresh & {
        properties: { headline: { maxLength?: number } };
      };
      expect(shipped).toEqual(fresh);
      expect(shipped.properties.headline.maxLength).toBe(template.headline?.maxChars);
    }
  });
});
