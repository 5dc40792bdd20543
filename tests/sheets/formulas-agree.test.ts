/**
 * The core evaluator and the sheet's formulas agree on every seed target: values around each
 * threshold are written into a generated tab, and the colour the conditional formatting gives
 * and the status formula's text are compared with evaluateTarget, in a vi_VN and an en_US
 * spreadsheet.
 */
import { toSheetNumber } from '../../src/core/layout/bounds';
import { linesOf, type TabLine } from '../../src/core/layout/lines';
import { a1 } from '../../src/core/layout/columns';
import { buildTab, COLOURS, FIRST_LINE_ROW } from '../../src/core/layout/tab';
import { tabTexts, STATUS } from '../../src/core/messages/tab';
import { readAssignmentTable } from '../../src/core/table/read';
import { evaluateTarget } from '../../src/core/targets';
import { createPlatform } from '../../src/local/engine';
import { renderSheet } from '../../src/sheets/render-sheet';
import { seedGrid } from '../support/book';

const SEEDS = [
  '000-phan-cong-2025.tsv',
  '001-phan-cong-2023.tsv',
  '002-tieu-chi-xa.tsv',
  '003a-muc-tieu-2023.tsv',
  '003b-phan-cong-2023.tsv',
  '004-chi-tieu-2024.tsv',
];
const PERIODS = ['Quý I', 'Quý II', 'Quý III', 'Quý IV'];

/** Probe values in the target's own unit: below, at, just above, above the threshold(s). */
function probes(line: TabLine): unknown[] {
  const t = line.target!;
  if (t.op === 'exists') return ['Có', 'Chưa có', 'Có', 'Chưa có'];
  const step = t.unit === '%' ? 0.1 : 1;
  const values =
    t.op === 'between'
      ? [t.value - step, t.value, t.max!, t.max! + step]
      : [t.value - step, t.value, t.value + step, t.value + 10 * step];
  const top = t.unit === '%' ? 100 : Infinity;
  return values.map((v) => Math.min(top, Math.max(0, Number(v.toFixed(4)))));
}

describe.each(['vi_VN', 'en_US'])('locale %s', (locale) => {
  it.each(SEEDS)('%s: colours and status agree with evaluateTarget', (file) => {
    const lines = readAssignmentTable(seedGrid(file))
      .indicators.flatMap(linesOf)
      .filter((l) => l.target);
    const local = createPlatform(undefined, { locale });
    const app = local.platform.SpreadsheetApp;
    const sheet = app.getActiveSpreadsheet().insertSheet('Tab');
    const spec = buildTab({
      sheetName: 'Tab',
      agencyKey: 'k',
      periods: PERIODS,
      lines,
      cooperating: [],
      preserved: new Map(),
      texts: tabTexts('X', 2025),
      locale,
      closedPeriods: [],
    });
    renderSheet(app, sheet, spec);
    const c = spec.layout;
    const grid = lines.map((line) =>
      probes(line).map((v) => (typeof v === 'number' ? toSheetNumber(v, line.target) : v)),
    );
    c.period.forEach((p, j) => {
      sheet.getRange(FIRST_LINE_ROW, p.value, lines.length, 1).setValues(grid.map((row) => [row[j]]));
    });
    let checked = 0;
    lines.forEach((line, i) => {
      const row = FIRST_LINE_ROW + i;
      probes(line).forEach((value, p) => {
        const expected = evaluateTarget(line.target!, value);
        const colour = local.engine.effectiveBackground('Tab', a1(row, c.period[p].value));
        expect([line.key, value, colour]).toEqual([
          line.key,
          value,
          expected === 'met' ? COLOURS.metBackground : COLOURS.unmetBackground,
        ]);
        checked++;
      });
      const last = evaluateTarget(line.target!, probes(line)[PERIODS.length - 1]);
      const status = local.engine.valueAt('Tab', a1(row, c.status));
      expect([line.key, status]).toEqual([line.key, last === 'met' ? STATUS.met : STATUS.unmet]);
    });
    expect(checked).toBe(lines.length * 4);
  });
});
