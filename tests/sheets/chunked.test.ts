/**
 * A generation too long for one execution stops at its time budget and the next execution
 * continues where it stopped; the menu then opens the progress dialog, whose server call
 * carries on until no tab remains. The result equals a generation done in one go.
 */
import * as main from '../../src/appsscript/main';
import { readTab } from '../../src/core/layout/read-tab';
import { generateTabs, GENERATION_BUDGET_MS } from '../../src/sheets/generate';
import { newBook, paste, seedGrid, valuesOf } from '../support/book';

function bookWithTable() {
  const local = newBook();
  main.menuSetup();
  paste(local, 'Chỉ tiêu', seedGrid('004-chi-tieu-2024.tsv'));
  return local;
}

/** A clock driven by the work done: 400 ms per SpreadsheetApp call, about 25 s per new tab. */
function slowClock(local: ReturnType<typeof newBook>): () => number {
  return () => local.calls.total() * 400;
}

afterEach(() => jest.restoreAllMocks());

it('continues where the previous execution stopped, without redoing finished tabs', () => {
  const local = bookWithTable();
  const runs = [];
  let result: ReturnType<typeof generateTabs>;
  do {
    result = generateTabs(local.platform, { budgetMs: GENERATION_BUDGET_MS, now: slowClock(local) });
    runs.push(result);
  } while (result.remaining > 0 && runs.length < 20);
  expect(runs.length).toBeGreaterThan(2);
  const created = runs.flatMap((r) => r.created);
  expect(new Set(created).size).toBe(created.length);
  expect(created).toHaveLength(result.total);

  const once = bookWithTable();
  generateTabs(once.platform);
  for (const name of created) expect(readTab(valuesOf(local, name))!.rows).toEqual(readTab(valuesOf(once, name))!.rows);
});

it('opens the progress dialog, whose calls finish the job', () => {
  const local = bookWithTable();
  const clock = slowClock(local);
  jest.spyOn(Date, 'now').mockImplementation(clock);
  main.menuGenerate();
  expect(local.workbook.ui.modals.map((m) => m.title)).toEqual(['Đang tạo / cập nhật trang cơ quan']);
  const steps = [];
  let step: ReturnType<typeof main.generateContinue>;
  do {
    step = main.generateContinue();
    steps.push(step);
  } while ('remaining' in step && step.remaining > 0 && steps.length < 20);
  expect(steps.slice(0, -1).every((s) => /^Đã xử lý \d+\/15 trang/.test(s.message))).toBe(true);
  expect(step).toMatchObject({ ok: true, total: 15, done: 15, remaining: 0 });
  expect(step.message).toMatch(/Đã tạo \d+ trang mới/);
  expect(JSON.parse(JSON.stringify(step))).toEqual(step);
});
