/**
 * A workbook made before per-period evidence (tests/fixtures/layout-1, written by the old code)
 * regenerates into the current layout with nothing lost: figures stay in their periods, the one
 * shared evidence and explanation go to the latest period with a figure, and the move is logged.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { CURRENT_LAYOUT, layoutOfGrid } from '../../src/core/layout/columns';
import { readTab } from '../../src/core/layout/read-tab';
import { M } from '../../src/core/messages';
import { cli, openBook, succeed, tempDir } from './run';

const FIXTURE = join(__dirname, '../fixtures/layout-1/layout-1.xlsx');

describe('a workbook of the first layout', () => {
  const { file } = tempDir();
  const book = file('so.xlsx');
  let before: ReturnType<typeof readTab>;
  let out = '';

  beforeAll(async () => {
    copyFileSync(FIXTURE, book);
    const old = await openBook(book);
    const grid = old.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('P. VH&TT')!.getDataRange();
    expect(layoutOfGrid(grid.getValues())!.version).toBe(1);
    before = readTab(grid.getValues());
    out = await succeed('generate', book);
  });

  const tab = async (name: string) => {
    const local = await openBook(book);
    const values = local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)!.getDataRange();
    return readTab(values.getValues())!;
  };

  it('rewrites every tab in the current layout', async () => {
    expect((await tab('P. VH&TT')).layout.version).toBe(CURRENT_LAYOUT);
    expect((await tab('P. Y tế')).layout.version).toBe(CURRENT_LAYOUT);
  });

  it('keeps every figure in its period', async () => {
    const after = await tab('P. VH&TT');
    for (const [key, values] of before!.lines)
      expect([key, after.lines.get(key)!.periods]).toEqual([key, values.periods]);
    expect(after.lines.get('I.1')!.periods).toEqual({ 'Quý I': 0.25, 'Quý II': 0.3 });
  });

  it('gives the shared evidence and explanation to the latest period with a figure', async () => {
    const line = (await tab('P. VH&TT')).lines.get('I.1')!;
    expect(line.evidence).toEqual({ 'Quý II': 'Báo cáo 3/BC-VHTT' });
    expect(line.explanation).toEqual({ 'Quý II': 'Chưa đạt do thiếu trạm' });
    expect((await tab('P. Y tế')).lines.get('V.20')!.evidence).toEqual({ 'Quý I': 'Công văn 9/YT' });
  });

  it('logs the move in the archive and tells the secretariat', async () => {
    const local = await openBook(book);
    const archive = local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Lưu trữ')!;
    const rows = archive.getDataRange().getValues().slice(1);
    expect(rows.map((r) => [r[2], r[3], r[5], r[7], r[8], r[9]])).toEqual(
      expect.arrayContaining([
        ['P. VH&TT', 'I.1', 'Quý II', 'Báo cáo 3/BC-VHTT', 'Chưa đạt do thiếu trạm', M.archiveEvidenceMoved('Quý II')],
        ['P. Y tế', 'V.20', 'Quý I', 'Công văn 9/YT', '', M.archiveEvidenceMoved('Quý I')],
      ]),
    );
    expect(rows).toHaveLength(2);
    expect(out).toContain(M.evidenceMigrated('P. VH&TT', 1));
  });

  it('reports each quarter with its own evidence only', async () => {
    const q1 = JSON.parse((await cli('report', book, '--period', 'Quý I', '--json')).out);
    const q2 = JSON.parse((await cli('report', book, '--period', 'Quý II', '--json')).out);
    const evidenceOf = (report: { indicators: Array<{ id: string; results: Array<{ evidence: string }> }> }) =>
      report.indicators.find((i) => i.id === 'I.1')!.results.map((r) => r.evidence);
    expect(evidenceOf(q1)).toEqual(['']);
    expect(evidenceOf(q2)).toEqual(['Báo cáo 3/BC-VHTT']);
  });

  it('changes nothing more when regenerated again', async () => {
    const again = await succeed('generate', book);
    expect(again).not.toContain(M.evidenceMigrated('P. VH&TT', 1));
  });
});
