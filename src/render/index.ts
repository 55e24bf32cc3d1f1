import { json } from "./json.js";
import { md } from "./md.js";
import { txt } from "./txt.js";
import { html } from "./html.js";
import { docx } from "./docx.js";
import type { Exporter } from "./types.js";

/** Every export format, by id. Adding a format is one file and one line here. */
export const exporters: Readonly<Record<string, Exporter>> = { md, txt, json, html, docx };

/** Format ids, in the order `--help` lists them. */
export const formatIds: readonly string[] = Object.keys(exporters);

/** The exporter of a format id. */
export function getExporter(id: string): Exporter | undefined {
  return Object.hasOwn(exporters, id) ? exporters[id] : undefined;
}

/** The format a file name implies, from each exporter's extensions (`.md`, `.markdown`, `.htm`...). */
export function formatForFile(name: string): string | undefined {
  const ext = /\.[a-z]+$/i.exec(name)?.[0]?.toLowerCase();
  if (!ext) return undefined;
  return Object.values(exporters).find((e) =>
    [e.extension, ...(e.alsoNamedBy ?? [])].some((x) => x.toLowerCase() === ext),
  )?.id;
}

export type { Exporter, RenderOptions } from "./types.js";
