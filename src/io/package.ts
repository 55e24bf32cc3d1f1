import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The package's root folder (holds schemas/ and templates/); the same from src/ and dist/. */
export const packageRoot = fileURLToPath(new URL("../../", import.meta.url));

/** A file shipped with the package. */
export function packageFile(...parts: string[]): string {
  return fileURLToPath(new URL(`../../${parts.join("/")}`, import.meta.url));
}

/** The package version, read from package.json. */
export function readVersion(): string {
  const pkg = JSON.parse(readFileSync(packageFile("package.json"), "utf8")) as { version: string };
  return pkg.version;
}
