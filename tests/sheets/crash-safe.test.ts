/**
 * Regeneration stopped at ANY call (a transient "Service Spreadsheets failed", the time limit)
 * loses nothing: after the failed run and one more run, every value typed is on its line's tab
 * or in Lưu trữ, each archive row is written once, and no tab is refused as foreign or left
 * open to the wrong people.
 */
import { readTab } from '../../src/core/layout/read-tab';
import { archivedKeys } from '../../src/core/workbook/archive';
import type { LocalPlatform } from '../../src/local/engine';
import { generateTabs } from '../../src/sheets/generate';
import { setupWorkbook } from '../../src/sheets/setup';
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
