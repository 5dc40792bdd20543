/**
 * New tabs copied from a template sheet are the tabs a full rendering makes, cell for cell:
 * the communes of a criteria table (one full template, only the unit cells written) and the
 * agencies of seed 004 (a skeleton, their lines written in). The copies cost a fixed number of
 * calls per tab, no template is left behind, and protections are those of a rendered tab.
 */
import { readTab } from '../../src/core/layout/read-tab';
import { isTemplateSheetName, STATE_SHEET } from '../../src/core/workbook/reserved';
import { snapshot, type LocalPlatform } from '../../src/local/engine';
import { generateTabs } from '../../src/sheets/generate';
import { setupWorkbook } from '../../src/sheets/setup';
import { newBook, paste, seedGrid, tabCell, valuesOf } from '../support/book';
import { communesBook, CRITERIA_TABLE } from '../support/criteria-book';

/** The tabs of a workbook by name, without what differs between two files (ids, order). */
function sheetsOf(local: LocalPlatform) {
  return Object.fromEntries(
    snapshot(local.workbook)
      .sheets.filter((s) => s.name !== STATE_SHEET)
      .map(({ sheetId, ...sheet }) => {
        void sheetId;
        return [sheet.name, sheet];
      }),
  );
}

function seedBook(templates: boolean): LocalPlatform {
  const local = newBook();
  setupWorkbook(local.platform);
  paste(local, 'Chỉ tiêu', seedGrid('004-chi-tieu-2024.tsv'));
  generateTabs(local.platform, { templates });
  return local;
}

describe('tabs of a criteria table, copied from one template', () => {
  const copied = communesBook(5);
  const calls = copied.calls.byMethod();
  const rendered = communesBook(5, { templates: false });

  it('are the tabs a full rendering makes, cell for cell, protections included', () => {
    const a = sheetsOf(copied);
    const b = sheetsOf(rendered);
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    for (const name of Object.keys(b)) expect(a[name]).toEqual(b[name]);
  });

  /** Width calls a rendered tab makes, and those of the run besides its tabs (the table sheet's). */
  const widths = (local: LocalPlatform) => local.calls.byMethod()['Sheet.setColumnWidths'] ?? 0;
  const renderedTwo = communesBook(2, { templates: false });
  const perTab = (widths(rendered) - widths(renderedTwo)) / 3;
  const besidesTabs = widths(rendered) - 5 * perTab;

  it('cost one copy each and no per-tab formatting: widths are set once, for the template', () => {
    expect(calls['Spreadsheet.insertSheet']).toBeGreaterThanOrEqual(6);
    expect(perTab).toBeGreaterThan(0);
    expect(calls['Sheet.setColumnWidths']).toBe(besidesTabs + perTab);
    expect(calls['Range.setDataValidations']).toBe(1);
    expect(calls['Sheet.setConditionalFormatRules']).toBe(1);
  });

  it('leaves no template behind, and each commune types only into its own input cells', () => {
    expect(copied.workbook.sheets.filter((s) => isTemplateSheetName(s.name))).toEqual([]);
    const tab = 'UBND xã Tân Bình';
    const read = readTab(valuesOf(copied, tab))!;
    expect(read.agencyKey).toBe('ubnd xã tân bình');
    const row = [...read.rows.values()][0];
    const own = copied.engine.userEdit(tab, tabCell(row, 'Quý I'), '50%', 'tan-binh@xa.gov.vn');
    const other = copied.engine.userEdit(tab, tabCell(row, 'Quý I'), '50%', 'tan-phu@xa.gov.vn');
    const text = copied.engine.userEdit(tab, `D${row}`, 'x', 'tan-binh@xa.gov.vn');
    expect([own.ok, other.ok, text.ok]).toEqual([true, false, false]);
  });

  it('are only made from a template when several tabs share it', () => {
    const two = communesBook(2);
    expect(widths(two)).toBe(besidesTabs + 2 * perTab);
    expect(CRITERIA_TABLE.length).toBeGreaterThan(3);
  });
});

describe('tabs of agencies with different lines, copied from a skeleton', () => {
  const copied = seedBook(true);
  const copiedCalls = copied.calls.byMethod();
  const rendered = seedBook(false);
  const renderedCalls = rendered.calls.byMethod();

  it('are the tabs a full rendering makes, cell for cell', () => {
    const a = sheetsOf(copied);
    const b = sheetsOf(rendered);
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    for (const name of Object.keys(b)) expect(a[name]).toEqual(b[name]);
  });

  it('set widths and frozen rows once, on the skeleton', () => {
    const tabs = copied.workbook.sheets.filter((s) => readTab(valuesOf(copied, s.name))).length;
    expect(tabs).toBe(15);
    // Each rendered tab freezes its header once; the rest of the run (set-up sheets, the table
    // sheet) freezes alike with or without skeletons.
    const besidesTabs = renderedCalls['Sheet.setFrozenRows'] - tabs;
    expect(besidesTabs).toBeGreaterThanOrEqual(0);
    expect(copiedCalls['Sheet.setFrozenRows'] - besidesTabs).toBeLessThan(4);
  });
});

describe('a file shared with the communes', () => {
  it('reads its editors once for all the protections a generation makes', () => {
    // Besides that one read, each set-up sheet's protection (made by setup, not yet recorded in
    // the state) is read once when the first complete run secures the secretariat's sheets.
    const reads = (communes: number) => {
      const calls = communesBook(communes).calls.byMethod();
      return [calls['Protection.getEditors'], calls['Protection.canDomainEdit']];
    };
    const few = reads(5);
    expect(reads(12)).toEqual(few);
    const book = communesBook(5);
    const owned = book.workbook.sheets.filter((s) => s.protections.length > 0 && !readTab(valuesOf(book, s.name)));
    expect(owned.length).toBe(4);
    expect(few).toEqual([1 + owned.length, 1 + owned.length]);
  });
});
