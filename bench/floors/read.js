// Floor: the least any tool must do to check a folder of briefings — find the files and read
// them as UTF-8 text. Sequential sync reads are the fastest way to read small cached files.
import { readFileSync } from "node:fs";
import { filesUnder } from "./files.js";

let chars = 0;
const files = filesUnder(process.argv[2]);
for (const file of files) chars += readFileSync(file, "utf8").length;
// Printed so the reads have an observable result; the benchmark discards it.
console.log(`${files.length} files, ${chars} characters`);
