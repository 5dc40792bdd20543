/**
 * Regeneration stopped at ANY call (a transient "Service Spreadsheets failed", the time limit)
 * loses nothing: after the failed run and one more run, every value typed is on its line's tab
 * or in Lưu trữ, each archive row is written once, and no tab is refused as foreign or left
 * open to the wrong people. The same holds for a criteria table whose tabs are copies of a
 * template, first generation and regeneration alike, and no template is left behind.
 */
import { TAB_MARKER } from '../../src/core/layout/columns';
import { readTab } from '../../src/core/layout/read-tab';
import { archivedKeys } from '../../src/core/workbook/archive';
import { isTemplateSheetName } from '../../src/core/workbook/reserved';
import { type LocalPlatform, snapshot } from '../../src/local/engine';
import { generateTabs } from '../../src/sheets/generate';
import { setupWorkbook } from '../../src/sheets/setup';
import { accountOf, COMMUNES, CRITERIA_TABLE, communesSetUp } from '../support/criteria-book';
import { cloneBook, countCalls } from '../support/faults';
import { newBook, paste, SECRETARIAT, seedGrid, shareFile, tabCell, valuesOf } from '../support/book';

const VHTT = 'vhtt@huyen.gov.vn';

interface Typed {
  tab: string;
  key: string;
  period: string;
  role: 'value' | 'evidence' | 'explanation';
  value: string;
  stored: unknown;
}

const TYPED: Array<Omit<Typed, 'stored'>> = [
  { tab: 'P. VH&TT', key: 'I.1', period: 'Quý I', role: 'value', value: '25%' },
  { tab: 'P. VH&TT', key: 'I.1', period: 'Quý I', role: 'evidence', value: 'Báo cáo 3/BC-VHTT' },
  { tab: 'P. VH&TT', key: 'I.2', period: 'Quý II', role: 'value', value: '99%' },
  { tab: 'P. VH&TT', key: 'V.15', period: 'Quý I', role: 'value', value: '70%' },
  { tab: 'P. VH&TT', key: 'V.15', period: 'Quý I', role: 'explanation', value: 'Thiếu kinh phí' },
  { tab: 'P. Y tế', key: 'V.20', period: 'Quý I', role: 'value', value: '86%' },
];

function typedBook(): { local: LocalPlatform; typed: Typed[] } {
  const local = newBook();
  setupWorkbook(local.platform);
  paste(local, 'Chỉ tiêu', seedGrid('004-chi-tieu-2024.tsv'));
  generateTabs(local.platform);
  shareFile(local, [VHTT]);
  const rows = valuesOf(local, 'Cơ quan');
  const vhttRow = rows.findIndex((r) => r[0] === 'P. VH&TT') + 1;
  local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Cơ quan')!.getRange(vhttRow, 4).setValue(VHTT);
  generateTabs(local.platform);
  const typed = TYPED.map((t) => {
    const row = readTab(valuesOf(local, t.tab))!.rows.get(t.key)!;
    expect(local.engine.userEdit(t.tab, tabCell(row, t.period, t.role), t.value, SECRETARIAT)).toEqual({ ok: true });
    const read = readTab(valuesOf(local, t.tab))!.lines.get(t.key)!;
    const stored = t.role === 'value' ? read.periods[t.period] : read[t.role][t.period];
    return { ...t, stored };
  });
  // The table changes: V.15 is deleted, I.1 reworded, a new indicator added for P. VH&TT.
  const table = local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Chỉ tiêu')!;
  const grid = table.getDataRange().getDisplayValues();
  const idCol = grid.find((r) => r.includes('Mã định danh'))!.indexOf('Mã định danh');
  const at = (id: string) => grid.findIndex((r) => r[idCol] === id);
  grid[at('I.1')][1] = 'Tỷ lệ thôn biên giới được đo kiểm tốc độ mạng di động';
  grid.splice(at('V.15'), 1, ['15', 'Tỷ lệ điểm Wifi công cộng', '>30%', 'Phòng Văn hoá và Thông tin', '', '']);
  table.clearContents();
  paste(local, 'Chỉ tiêu', grid);
  return { local, typed };
}

/** Where each typed value is now: on its line's tab, or in the archive (its stored form). */
function check(local: LocalPlatform, typed: Typed[]): string[] {
  const problems: string[] = [];
  const archive = local.workbook.sheets.some((s) => s.name === 'Lưu trữ') ? valuesOf(local, 'Lưu trữ') : [];
  const column = { value: 6, evidence: 7, explanation: 8 } as const;
  for (const t of typed) {
    const read = readTab(valuesOf(local, t.tab));
    if (!read) {
      problems.push(`${t.tab}: not an agency tab any more`);
      continue;
    }
    const line = read.lines.get(t.key);
    const onTab = line && (t.role === 'value' ? line.periods[t.period] : line[t.role][t.period]);
    const archived = archive.some((r) => r[3] === t.key && r[5] === t.period && r[column[t.role]] === t.stored);
    if (onTab !== t.stored && !archived) problems.push(`${t.tab} ${t.key} ${t.period} ${t.role}: lost`);
  }
  const keys = archive.slice(1).map((r) => r[r.length - 1]);
  if (new Set(keys).size !== keys.length) problems.push('archive rows written twice');
  if (archivedKeys(archive).size !== keys.length) problems.push('archive rows without key');
  return problems;
}

describe('a regeneration stopped at any call', () => {
  const { local, typed } = typedBook();
  const probe = cloneBook(local);
  const total = countCalls(probe, () => generateTabs(probe.platform));

  it('is measured: the regeneration makes calls to fail', () => {
    expect(total).toBeGreaterThan(50);
  });

  it('loses nothing, archives once and refuses no tab when stopped at every call', () => {
    const failures: string[] = [];
    // Every call of the first rewritten tabs, then a spread over the rest: the full sweep of
    // every call is `npm run fuzz:crash` (it takes minutes).
    const positions = new Set<number>();
    for (let n = 1; n <= Math.min(total, 140); n++) positions.add(n);
    for (let n = 141; n <= total; n += 7) positions.add(n);
    positions.add(total);
    for (const n of positions) {
      const run = cloneBook(local);
      // A transient service error, or (every third position) the execution's time limit.
      run.engine.failAt(n, n % 3 === 0 ? 'timeout' : 'service');
      let threw = false;
      try {
        generateTabs(run.platform);
      } catch (error) {
        threw = /^(Service Spreadsheets failed|Exceeded maximum execution time)/.test((error as Error).message);
      }
      if (!threw) continue;
      run.engine.endExecution();
      const retry = cloneBook(run);
      const result = generateTabs(retry.platform);
      if (!result.ok || result.problems.length > 0) failures.push(`call ${n}: ${result.problems.join('; ')}`);
      failures.push(...check(retry, typed).map((p) => `call ${n}: ${p}`));
      // Every tab ends with the agency's input cells open for its editor, and only those.
      const vhtt = retry;
      const row = readTab(valuesOf(vhtt, 'P. VH&TT'))!.rows.get('I.2')!;
      const open = vhtt.engine.userEdit('P. VH&TT', tabCell(row, 'Quý III'), '50%', VHTT);
      const status = vhtt.engine.userEdit('P. VH&TT', `A${row}`, 'x', VHTT);
      if (!open.ok || status.ok) failures.push(`call ${n}: protections wrong (${open.ok}, ${status.ok})`);
    }
    expect(failures).toEqual([]);
  });
});

/** The tabs of a book as comparable data: every cell, rule, merge, size and protection, ids aside. */
function tabsOf(local: LocalPlatform) {
  const tabs: Record<string, unknown> = {};
  for (const { sheetId, ...sheet } of snapshot(local.workbook).sheets) {
    void sheetId;
    const values = Object.values(sheet.cells).map((c) => c.value);
    if (values.includes(TAB_MARKER)) tabs[sheet.name] = sheet;
  }
  return tabs;
}

/** Deep equality as toEqual has it (snapshots of two books may build their objects apart). */
function same(a: unknown, b: unknown): boolean {
  try {
    expect(a).toEqual(b);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where to stop a run: every call of its first `every` calls (the template, the first copies,
 * the first rewrites), then one in `step`, and the last. The full sweep is for a script.
 */
function positions(total: number, every: number, step: number): number[] {
  const out = new Set<number>();
  for (let n = 1; n <= Math.min(total, every); n++) out.add(n);
  for (let n = every + 1; n <= total; n += step) out.add(n);
  out.add(total);
  return [...out];
}

/** Communes of the criteria table: the fewest whose tabs are copies of one template. */
const SHARED = 3;

/** Each commune types into its own cells; nobody else can. */
function protectionProblems(local: LocalPlatform, n: number): string[] {
  const problems: string[] = [];
  COMMUNES.slice(0, SHARED).forEach((commune, i) => {
    const tab = `UBND xã ${commune}`;
    const read = readTab(valuesOf(local, tab));
    if (!read) {
      problems.push(`call ${n}: ${tab} is not a tab`);
      return;
    }
    const row = [...read.rows.values()][1];
    const own = local.engine.userEdit(tab, tabCell(row, 'Quý III'), '3', accountOf(commune));
    const other = local.engine.userEdit(tab, tabCell(row, 'Quý III'), '3', accountOf(COMMUNES[(i + 1) % SHARED]));
    const text = local.engine.userEdit(tab, `D${row}`, 'x', accountOf(commune));
    if (!own.ok || other.ok || text.ok) problems.push(`call ${n}: ${tab} protections ${own.ok} ${other.ok} ${text.ok}`);
  });
  return problems;
}

/** Runs `action` on a copy of `book` failing at call n, then once more; what the second run left. */
function stopAndRetry(book: LocalPlatform, n: number): { retry: LocalPlatform; problems: string[] } | null {
  const run = cloneBook(book);
  run.engine.failAt(n, n % 3 === 0 ? 'timeout' : 'service');
  try {
    generateTabs(run.platform);
    return null;
  } catch (error) {
    if (!/^(Service Spreadsheets failed|Exceeded maximum execution time)/.test((error as Error).message)) throw error;
  }
  run.engine.endExecution();
  const retry = cloneBook(run);
  const result = generateTabs(retry.platform);
  const problems = !result.ok || result.problems.length > 0 ? [`call ${n}: ${result.problems.join('; ')}`] : [];
  if (retry.workbook.sheets.some((s) => isTemplateSheetName(s.name))) problems.push(`call ${n}: a template is left`);
  return { retry, problems };
}

describe("a criteria table's tabs copied from a template, stopped at any call", () => {
  const fresh = communesSetUp(SHARED);
  const reference = cloneBook(fresh);
  generateTabs(reference.platform);
  const probe = cloneBook(fresh);
  const total = countCalls(probe, () => generateTabs(probe.platform));

  it('is measured: the first generation copies a template', () => {
    expect(reference.calls.byMethod()['Spreadsheet.insertSheet']).toBe(SHARED + 2);
    expect(total).toBeGreaterThan(40);
  });

  it('first generation: the next run leaves every tab as one unbroken run makes it, open to its commune only', () => {
    const failures: string[] = [];
    const expected = tabsOf(reference);
    for (const n of positions(total, 90, 5)) {
      const stopped = stopAndRetry(fresh, n);
      if (!stopped) continue;
      failures.push(...stopped.problems);
      const tabs = tabsOf(stopped.retry);
      for (const name of Object.keys(expected)) {
        if (!same(tabs[name], expected[name])) failures.push(`call ${n}: ${name} differs`);
      }
      failures.push(...protectionProblems(stopped.retry, n));
    }
    expect(failures).toEqual([]);
  });

  it('regeneration: loses nothing typed, archives once, and reopens every tab to its commune only', () => {
    const book = cloneBook(reference);
    const typed: Typed[] = [
      { tab: 'UBND xã Tân Bình', key: '1', period: 'Quý I', role: 'value', value: '90%' },
      { tab: 'UBND xã Tân Bình', key: '1', period: 'Quý I', role: 'explanation', value: 'Còn 2 thôn lõm sóng' },
      { tab: 'UBND xã Tân Phú', key: '4', period: 'Quý I', role: 'value', value: 'Có' },
      { tab: 'UBND xã Long Thủy', key: '5', period: 'Quý II', role: 'value', value: '3' },
      { tab: 'UBND xã Long Thủy', key: '2', period: 'Quý I', role: 'evidence', value: 'Quyết định 12/QĐ-UBND' },
    ].map((t) => {
      const row = readTab(valuesOf(book, t.tab))!.rows.get(t.key)!;
      const commune = t.tab.replace('UBND xã ', '');
      expect(
        book.engine.userEdit(t.tab, tabCell(row, t.period, t.role as Typed['role']), t.value, accountOf(commune)),
      ).toEqual({ ok: true });
      const read = readTab(valuesOf(book, t.tab))!.lines.get(t.key)!;
      const stored = t.role === 'value' ? read.periods[t.period] : read[t.role as 'evidence' | 'explanation'][t.period];
      return { ...(t as Omit<Typed, 'stored'>), stored };
    });
    // Criterion 5 leaves the table, criterion 1 is reworded, a new one comes: every tab is rewritten.
    const table = CRITERIA_TABLE.filter((r) => r[0] !== '5').map((r) =>
      r[0] === '1' ? [r[0], 'Tỷ lệ thôn, ấp có sóng di động 4G', ...r.slice(2)] : r,
    );
    const sheet = book.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Chỉ tiêu')!;
    sheet.clearContents();
    paste(book, 'Chỉ tiêu', [...table, ['6', 'Tỷ lệ người dân có tài khoản dịch vụ công', '%', '50%', 'Mở rộng']]);
    const again = cloneBook(book);
    const calls = countCalls(again, () => generateTabs(again.platform));
    expect(calls).toBeGreaterThan(60);
    const failures: string[] = [];
    for (const n of positions(calls, 100, 6)) {
      const stopped = stopAndRetry(book, n);
      if (!stopped) continue;
      failures.push(...stopped.problems, ...check(stopped.retry, typed).map((p) => `call ${n}: ${p}`));
      failures.push(...protectionProblems(stopped.retry, n));
    }
    expect(failures).toEqual([]);
  });
});
