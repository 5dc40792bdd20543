/**
 * LibreOffice judges the formulas: every seed's workbook, with figures for two periods, is saved
 * with its cached formula results replaced by a wrong word, then opened by LibreOffice Calc set
 * to recalculate on load and exported to HTML, where each cell carries the text Calc computed
 * and the background its conditional formatting applied. Every status cell and every period
 * cell of every agency tab must agree with the core report (`report --json`); had Calc kept the
 * cached results, every status would read "CACHE".
 */
import { join } from 'node:path';
import type { LineStatus, Report } from '../../src/core/report/report';
import { STATUS } from '../../src/core/messages/tab';
import { COLOURS } from '../../src/core/layout/tab';
import { openXlsx } from '../../src/local/xlsx';
import { cli, tempDir } from '../cli/run';
import { type CalcSheet, libreOfficeProfile, readCalcHtml, sofficeConvert } from '../support/libreoffice';
import { SEEDS, seedBookWithFigures } from '../support/seed-books';
import { describeWith } from '../support/tools';

const PERIODS = ['Quý I', 'Quý II'];
const STALE = 'CACHE';
const GREEN = COLOURS.metBackground.toUpperCase();
const RED = COLOURS.unmetBackground.toUpperCase();

/** What the tab must show for a line status: its word and, on a figure, its colour. */
function expected(status: LineStatus): { word: string; colour: string | null } {
  switch (status) {
    case 'met':
    case 'exceeded':
      return { word: STATUS.met, colour: GREEN };
    case 'unmet':
      return { word: STATUS.unmet, colour: RED };
    case 'reported':
      return { word: STATUS.reported, colour: null };
    default:
      return { word: STATUS.missing, colour: null };
  }
}

/** A copy of the workbook whose every cached formula result is a wrong word. */
async function withStaleCache(path: string, out: string): Promise<number> {
  const book = await openXlsx(path);
  let formulas = 0;
  for (const ws of book.worksheets)
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as { formula?: string; sharedFormula?: string } | null;
        if (v && typeof v === 'object' && v.formula) {
          cell.value = { formula: v.formula, result: STALE } as never;
          formulas++;
        }
      }),
    );
  await book.xlsx.writeFile(out);
  return formulas;
}

interface Verdict {
  lines: number;
  figures: number;
  disagreements: string[];
}

function judge(sheets: CalcSheet[], reports: Report[]): Verdict {
  const verdict: Verdict = { lines: 0, figures: 0, disagreements: [] };
  const bySheet = new Map(sheets.map((s) => [s.name, s]));
  // Per tab and line: the status of each period, in period order.
  const lines = new Map<string, Map<string, LineStatus[]>>();
  reports.forEach((report, p) => {
    for (const indicator of report.indicators)
      for (const r of indicator.results) {
        const tab = lines.get(r.sheet) ?? new Map<string, LineStatus[]>();
        const statuses = tab.get(r.lineKey) ?? [];
        statuses[p] = r.status;
        tab.set(r.lineKey, statuses);
        lines.set(r.sheet, tab);
      }
  });
  for (const [sheetName, tabLines] of lines) {
    const sheet = bySheet.get(sheetName);
    if (!sheet) {
      verdict.disagreements.push(`${sheetName}: not in LibreOffice's export`);
      continue;
    }
    const header = sheet.rows.findIndex((row) => row.some((c) => c?.text === PERIODS[0]));
    const titles = sheet.rows[header].map((c) => c?.text ?? '');
    const periodCols = PERIODS.map((p) => titles.indexOf(p));
    const statusCol = titles.findIndex((t) => /^Trạng thái/.test(t));
    const rowOf = new Map(sheet.rows.slice(header + 1).map((row, i) => [row[0]?.text ?? '', header + 1 + i]));
    for (const [key, statuses] of tabLines) {
      const r = rowOf.get(key);
      if (r === undefined) {
        verdict.disagreements.push(`${sheetName} ${key}: no such row`);
        continue;
      }
      const row = sheet.rows[r];
      verdict.lines++;
      statuses.forEach((status, p) => {
        const cell = row[periodCols[p]];
        const want = expected(status).colour;
        if (status !== 'missing') verdict.figures++;
        const ok = want ? cell.background === want : cell.background !== GREEN && cell.background !== RED;
        if (!ok)
          verdict.disagreements.push(
            `${sheetName} ${key} ${PERIODS[p]} "${cell.text}": ${cell.background}, report ${status}`,
          );
      });
      // The status column shows the latest period that has a figure.
      const latest = [...statuses].reverse().find((s) => s !== 'missing') ?? 'missing';
      const want = expected(latest);
      const cell = row[statusCol];
      const colourOk = want.colour
        ? cell.background === want.colour
        : cell.background !== GREEN && cell.background !== RED;
      if (cell.text !== want.word || !colourOk)
        verdict.disagreements.push(`${sheetName} ${key} status "${cell.text}" ${cell.background}, report ${latest}`);
    }
  }
  return verdict;
}

describeWith(['libreoffice'], 'LibreOffice recalculates every seed and agrees with the report', () => {
  const { dir } = tempDir();
  const profile = libreOfficeProfile();
  afterAll(() => profile.dispose());
  const verdicts = new Map<string, Verdict>();

  beforeAll(async () => {
    const stale: string[] = [];
    const reports = new Map<string, Report[]>();
    for (const seed of SEEDS) {
      const book = await seedBookWithFigures(seed, dir);
      const perPeriod: Report[] = [];
      for (const period of PERIODS) {
        const run = await cli('report', book, '--period', period, '--json');
        expect(run.code).toBe(0);
        perPeriod.push(JSON.parse(run.out));
      }
      reports.set(seed, perPeriod);
      const copy = join(dir, `stale-${seed.replace(/\.tsv$/, '.xlsx')}`);
      expect(await withStaleCache(book, copy)).toBeGreaterThan(0);
      stale.push(copy);
    }
    // One LibreOffice run converts them all.
    const html = sofficeConvert(profile.url, stale, 'html', join(dir, 'html'));
    SEEDS.forEach((seed, i) => {
      verdicts.set(seed, judge(readCalcHtml(html[i]), reports.get(seed)!));
    });
  }, 600_000);

  it.each(SEEDS)('%s: every status and colour', (seed) => {
    const verdict = verdicts.get(seed)!;
    console.log(`${seed}: LibreOffice checked ${verdict.lines} lines, ${verdict.figures} figures`);
    expect(verdict.disagreements).toEqual([]);
    expect(verdict.lines).toBeGreaterThan(0);
    expect(verdict.figures).toBeGreaterThan(0);
  });
});
