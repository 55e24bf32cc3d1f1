import { afterAll, beforeAll, describe, it } from "@jest/globals";
import { runCli } from "../helpers/hostile.js";
import { checkRow, finishWork, prepareWork, type Work } from "./check-row.js";
import { rows, type Row } from "./corpus-rows.js";

// The small rows, in-process: quick, and able to see a prototype polluted in the process.
// The big generated rows are in corpus-big.test.ts.
let work: Work;
beforeAll(async () => {
  work = await prepareWork();
}, 60_000);
afterAll(() => finishWork(work));

describe("hostile inputs: nothing crashes, nothing is lost, nothing escapes", () => {
  it.each(rows.filter((row) => !row.big))("$file ($what)", async (row: Row) => {
    await checkRow(row, work, runCli);
  });
});
