import { afterAll, beforeAll, describe, it } from "@jest/globals";
import { availableParallelism } from "node:os";
import { runBin } from "../helpers/hostile.js";
import { checkRow, finishWork, prepareWork, type Work } from "./check-row.js";
import { rows, type Row } from "./corpus-rows.js";

// The big generated rows (50 MB files, 100,000 bullets, 10,000-deep nesting) through the
// built bin (npm test builds first), each command a child process of its own: its peak
// memory and CPU time are its own, whatever else the test process and the machine are
// doing, and this file runs beside the small rows instead of after them.
let work: Work;
beforeAll(async () => {
  work = await prepareWork();
}, 60_000);
afterAll(() => finishWork(work));

describe("big hostile inputs, through the built bin", () => {
  it.each(rows.filter((row) => row.big))(
    "$file ($what)",
    async (row: Row) => {
      await checkRow(row, work, runBin, availableParallelism());
    },
    120_000,
  );
});
