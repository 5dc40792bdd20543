/**
 * The demo workbook, opened and saved by another program after someone typed figures into its
 * agency tabs: by LibreOffice Calc (Python-UNO types them, Calc's own xlsx filter saves) and by
 * openpyxl (which also adds notes, stored under their full part path: exceljs #2797). Each then
 * goes through generate, import-results and report exactly as the demo itself does with the same
 * figures typed through the engine: nothing is lost and every report is the same.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sampleRows, toCsv } from '../../src/cli/sample-results';
import { toSheetNumber } from '../../src/core/layout/bounds';
import { readTab } from '../../src/core/layout/read-tab';
import { columnLetter, tabLayout } from '../../src/core/layout/columns';
import type { Report } from '../../src/core/report/report';
import { withWorkbookFile } from '../../src/local/workbook-file';
import { collectResults, type UnitLines } from '../../src/sheets/collect';
import { cli, succeed, tempDir } from '../cli/run';
import { libreOfficeProfile, python } from '../support/libreoffice';
import { describeWith } from '../support/tools';

const ROOT = resolve(__dirname, '../..');
const PERIODS = ['Quý I', 'Quý II', 'Quý III'];
const script = (name: string) => readFileSync(join(__dirname, '../support', name), 'utf8');

interface Edit {
  sheet: string;
  cell: string;
  value?: number | string;
  note?: string;
}

/** Quý III figures for three lines of each of the first three tabs, as a person types them. */
function typedFigures(units: UnitLines[], periods: string[]): Edit[] {
  const column = columnLetter(tabLayout(periods).period[periods.indexOf('Quý III')].value);
  const edits: Edit[] = [];
  for (const unit of units.filter((u) => u.hasTab).slice(0, 3)) {
    for (const { line, values } of unit.lines.slice(0, 3)) {
      if (values?.periods['Quý III'] !== undefined) continue;
      const value =
        line.kind === 'yesno'
          ? 'Có'
          : line.kind === 'percent'
            ? toSheetNumber(88.5, line.target)
            : line.kind === 'count'
              ? 4
              : 12.5;
      edits.push({ sheet: unit.unit.sheetName, cell: `${column}|${line.key}`, value });
    }
  }
  return edits;
}

interface Outcome {
  generate: string;
  reports: Report[];
}

/** generate, import-results (Quý III for the next tabs), report of three periods. */
async function pipeline(book: string, results: string): Promise<Outcome> {
  // What generate says, less the line naming the file.
  const generate = (await succeed('generate', book)).replace(book, 'SỔ.xlsx');
  await succeed('import-results', book, results);
  const reports: Report[] = [];
  for (const period of PERIODS) reports.push(JSON.parse(await succeed('report', book, '--period', period, '--json')));
  return { generate, reports };
}

describeWith(['libreoffice', 'openpyxl'], 'the demo saved by LibreOffice and by openpyxl', () => {
  const { dir, file } = tempDir();
  const profile = libreOfficeProfile();
  afterAll(() => profile.dispose());
  let edits: Edit[] = [];
  const outcomes: Record<string, Outcome> = {};
  let notesAfter: Record<string, string> = {};
  let emptyNoted = '';

  beforeAll(async () => {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/demo.ts', dir], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const demo = join(dir, 'so-chi-tieu-demo.xlsx');
    const { units, periods, rows } = await withWorkbookFile(
      demo,
      (local) => {
        const c = collectResults(local.platform);
        const ss = local.platform.SpreadsheetApp.getActiveSpreadsheet();
        const rowsOf = new Map(
          c.units
            .filter((u) => u.hasTab)
            .map((u) => [
              u.unit.sheetName,
              readTab(ss.getSheetByName(u.unit.sheetName)!.getDataRange().getValues())!.rows,
            ]),
        );
        return { units: c.units, periods: c.settings.periods, rows: rowsOf };
      },
      { save: false },
    );
    // typedFigures names the column and the line key ("I|V.24"): put the line's row in.
    edits = typedFigures(units, periods).map((e) => {
      const [column, key] = e.cell.split('|');
      return { ...e, cell: `${column}${rows.get(e.sheet)!.get(key)}` };
    });
    expect(edits.length).toBeGreaterThanOrEqual(6);
    // Quý III results sent by letter for the next tabs, imported into each copy alike.
    const later = sampleRows(units.filter((u) => u.hasTab).slice(3, 7))
      .filter((r, i) => i === 0 || r[2] === 'Quý II')
      .map((r, i) => (i === 0 ? r : [r[0], r[1], 'Quý III', ...r.slice(3)]));
    const results = file('ket-qua-quy-3.csv', toCsv(later));

    // The control: the same figures typed through the engine, no other program involved.
    const control = file('control.xlsx');
    copyFileSync(demo, control);
    await withWorkbookFile(control, (local) => {
      const ss = local.platform.SpreadsheetApp.getActiveSpreadsheet();
      for (const e of edits) ss.getSheetByName(e.sheet)!.getRange(e.cell).setValue(e.value);
    });
    outcomes.control = await pipeline(control, results);

    const byCalc = file('libreoffice.xlsx');
    python(script('lo-edit.py'), [profile.url, demo, byCalc, JSON.stringify(edits)]);
    outcomes.libreoffice = await pipeline(byCalc, results);

    const byOpenpyxl = file('openpyxl.xlsx');
    // A note on an empty cell too: the Quý IV cell beside the first typed figure.
    const quarter4 = columnLetter(tabLayout(periods).period[periods.indexOf('Quý IV')].value);
    emptyNoted = `${edits[0].sheet}!${edits[0].cell.replace(/^[A-Z]+/, quarter4)}`;
    const noted: Edit[] = [
      ...edits.map((e) => ({ ...e, note: `Số liệu Văn phòng nhập thay ${e.sheet}` })),
      { sheet: edits[0].sheet, cell: emptyNoted.split('!')[1], note: 'Ô trống có ghi chú' },
    ];
    python(script('openpyxl-edit.py'), [demo, byOpenpyxl, JSON.stringify(noted)]);
    outcomes.openpyxl = await pipeline(byOpenpyxl, results);
    const dumped = JSON.parse(python(script('openpyxl-dump.py'), [byOpenpyxl])) as {
      name: string;
      notes: Record<string, string>;
    }[];
    notesAfter = Object.fromEntries(
      dumped.flatMap((s) => Object.entries(s.notes).map(([a1, note]) => [`${s.name}!${a1}`, note])),
    );
  }, 600_000);

  it.each(['libreoffice', 'openpyxl'])('%s: generate changes what it changes on the demo itself', (saver) => {
    expect(outcomes[saver].generate).toBe(outcomes.control.generate);
  });

  it.each(['libreoffice', 'openpyxl'])('%s: every report is the same as without the other program', (saver) => {
    outcomes[saver].reports.forEach((report, p) => {
      expect([PERIODS[p], report]).toEqual([PERIODS[p], outcomes.control.reports[p]]);
    });
  });

  it('reads every typed figure in the Quý III report', () => {
    const quarter = outcomes.libreoffice.reports[2];
    const reported = quarter.indicators.flatMap((i) => i.results).filter((r) => r.value !== null);
    // The typed figures, plus those imported for the next tabs.
    expect(reported.length).toBeGreaterThan(edits.length);
    for (const sheet of new Set(edits.map((e) => e.sheet)))
      expect(reported.filter((r) => r.sheet === sheet).length).toBe(edits.filter((e) => e.sheet === sheet).length);
  });

  it("keeps openpyxl's notes through generate, import-results and report", async () => {
    const run = await cli('report', file('openpyxl.xlsx'), '--period', 'Quý III');
    expect(run.code).toBe(0);
    for (const e of edits) expect(notesAfter[`${e.sheet}!${e.cell}`]).toBe(`Số liệu Văn phòng nhập thay ${e.sheet}`);
    expect(notesAfter[emptyNoted]).toBe('Ô trống có ghi chú');
  });
});
