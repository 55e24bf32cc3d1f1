// Bundles the command line into a few files with lazily loaded chunks. Node resolves and
// loads every module file separately, and a command touches about two hundred of them
// (ours and our dependencies'); bundled, a run starts in a fraction of the time. The
// library entry (dist/index.js) stays as tsc writes it.
//
// Code splitting keeps start-up within its targets: one unsplit file (2.2 MB) made
// `--version` about 1.2-1.5 times slower, past the 1.3 times `node -e ''` it may take,
// and `new` slower to its first question. Its cost is that a lazy `import("pkg")` of a
// package whose exports map leads to CommonJS loses its named exports (esbuild #3245):
// src/ imports packages statically, from small modules loaded lazily, and a lint rule in
// eslint.config.js keeps it so. test/e2e/tarball.test.ts runs the packed bundle.
import { rmSync } from "node:fs";
import { build } from "esbuild";

// Chunk names carry a content hash: without a clean folder, every build would leave the
// previous build's chunks behind, and the package would ship them.
rmSync("dist/bundle", { recursive: true, force: true });

await build({
  entryPoints: { cli: "src/cli/entry.ts", worker: "src/io/worker.ts" },
  outdir: "dist/bundle",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Chunks sit beside the entry: paths relative to a module (package files, the worker,
  // the precompiled schemas) then resolve as they do from dist/cli and dist/io.
  chunkNames: "[name]-[hash]",
  // Some bundled CommonJS packages call require(); give the ESM bundle one.
  // Bundled CommonJS packages may call require() or read __filename (write-file-atomic
  // seeds its temporary names with it); give the ES module bundle both.
  banner: {
    js: [
      'import { createRequire as __briefingRequire } from "node:module";',
      'import { fileURLToPath as __briefingPath } from "node:url";',
      "const require = __briefingRequire(import.meta.url);",
      "const __filename = __briefingPath(import.meta.url);",
      'const __dirname = __briefingPath(new URL(".", import.meta.url));',
    ].join("\n"),
  },
  // Prefer packages' ES module builds: jsonc-parser's CommonJS build is a UMD wrapper whose
  // inner requires a bundler cannot follow.
  mainFields: ["module", "main"],
  logLevel: "warning",
});
