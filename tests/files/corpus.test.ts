/**
 * Files other programs saved (tests/files/README.md says where each comes from): each loads, or
 * is refused with a Vietnamese message that says what it is; none crashes or hangs. What loads
 * is compared, cell by cell, with what openpyxl (an independent reader) finds in the same file.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { M } from '../../src/core/messages';
import type { XlsxProblemKind } from '../../src/core/messages/files';
import { createPlatform } from '../../src/local/engine';
import { loadWorkbook } from '../../src/local/xlsx';
import { cli, fileState, tempDir } from '../cli/run';
import { python } from '../support/libreoffice';
import { describeWith } from '../support/tools';

interface Entry {
  file: string;
  program: string;
  expect: 'loads' | XlsxProblemKind;
}

const CORPUS: Entry[] = JSON.parse(readFileSync(join(__dirname, 'corpus.json'), 'utf8'));
const here = (file: string) => join(__dirname, file);
const LOADS = CORPUS.filter((e) => e.expect === 'loads').map((e) => [e.file, e.program] as const);
const REFUSED = CORPUS.flatMap((e) => (e.expect === 'loads' ? [] : [[e.file, e.expect, e.program] as const]));

/** The note of a cell as the engine holds it. */
function noteAt(sheet: { rows: Map<number, Map<number, { note?: string }>> }, a1: string): string | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const column = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return sheet.rows.get(Number(m[2]))?.get(column)?.note;
}

interface Dumped {
  name: string;
  state: string;
  cells: Record<string, [string, unknown]>;
  notes: Record<string, string>;
  validations: [string, string][];
}

describe('files saved by other programs', () => {
  const { file } = tempDir();

  it.each(LOADS)('%s (%s) loads, and the command line answers in Vietnamese', async (name) => {
    const wb = await loadWorkbook(here(name));
    expect(wb.sheets.length).toBeGreaterThan(0);
    // Not a tracking workbook: generate refuses it with a message and leaves it as it was.
    const copy = file(name);
    copyFileSync(here(name), copy);
    const before = fileState(copy);
    const run = await cli('generate', copy);
    expect(run.code).toBe(1);
    expect(run.err).toContain(M.workbookUnchanged(copy));
    expect(fileState(copy)).toEqual(before);
    // As a table to read: read (code 0) or refused with a reason (code 1), never an unexpected error.
    expect([0, 1]).toContain((await cli('parse', here(name))).code);
  });

  it.each(REFUSED)('%s is refused as %s (%s), saying what it is', async (name, kind) => {
    const copy = file(name);
    copyFileSync(here(name), copy);
    const before = fileState(copy);
    const run = await cli('generate', copy);
    expect(run.code).toBe(1);
    if (kind === 'damaged') {
      // The real cause stays in the message.
      expect(run.err).toContain(`Tệp "${copy}" không đọc được như tệp Excel (.xlsx): `);
      expect(run.err).toContain('text data outside of root node');
    } else {
      expect(run.err.split('\n')[0]).toBe(M.xlsxUnreadable(copy, kind, ''));
    }
    expect(fileState(copy)).toEqual(before);
    const debug = await cli('generate', copy, '--debug');
    expect(debug.err).toContain(run.err);
    expect(debug.err).toMatch(/\n\s+at /);
  });
});

describeWith(['openpyxl'], 'what loads agrees with openpyxl', () => {
  it.each(LOADS)('%s: every sheet and cell', async (name) => {
    const theirs: Dumped[] = JSON.parse(
      python(readFileSync(join(__dirname, '../support/openpyxl-dump.py'), 'utf8'), [here(name)]),
    );
    const local = createPlatform(await loadWorkbook(here(name)));
    const ss = local.platform.SpreadsheetApp.getActiveSpreadsheet();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(theirs.map((s) => s.name));
    let compared = 0;
    for (const sheet of theirs) {
      const ours = ss.getSheetByName(sheet.name)!;
      expect(ours.isSheetHidden()).toBe(sheet.state !== 'visible');
      for (const [a1, [kind, value]] of Object.entries(sheet.cells)) {
        const range = ours.getRange(a1);
        const mine = range.getValue();
        if (kind === 'f') expect([a1, range.getFormulas()[0][0] !== '']).toEqual([a1, true]);
        else if (kind === 'n') expect([a1, mine]).toEqual([a1, expect.closeTo(value as number, 9)]);
        else if (kind === 's') expect([a1, mine]).toEqual([a1, value]);
        else if (kind === 'b') expect([a1, mine]).toEqual([a1, value]);
        else if (kind === 'd') {
          const d = mine as Date;
          const two = (n: number) => String(n).padStart(2, '0');
          const iso = `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
          expect([a1, iso]).toEqual([a1, String(value).slice(0, 10)]);
        } else continue;
        compared++;
      }
      const notes = local.workbook.sheets.find((s) => s.name === sheet.name)!;
      for (const [a1, note] of Object.entries(sheet.notes)) {
        expect([a1, noteAt(notes, a1) ?? '']).toEqual([a1, note]);
      }
      // Each validated range starts with a validated cell (kept to the sheet's grid); a rule of type
      // "any value" (only an input prompt) restricts nothing, as in Sheets, and is not a validation.
      for (const [sqref, type] of sheet.validations)
        for (const piece of sqref.split(/\s+/)) {
          const rule = ours.getRange(piece.split(':')[0]).getDataValidations()[0][0];
          expect([piece, rule !== null]).toEqual([piece, type !== '']);
          compared++;
        }
    }
    expect(compared).toBeGreaterThan(0);
  });
});
