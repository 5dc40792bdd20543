/**
 * onEdit as it really runs: a simple trigger runs as the person who typed (an agency editor, not
 * the secretariat), and learns their e-mail only when Apps Script discloses it (engine rules.ts,
 * 8): blank for a Gmail account, and reading e.user may even throw.
 */
import * as main from '../../src/appsscript/main';
import { EDIT_LOG_SHEET } from '../../src/core/cycle/log';
import { createPlatform, type LocalPlatform } from '../../src/local/engine';
import { newBook, paste, shareFile, valuesOf } from '../support/book';

const AGENCY = 'phongnoivu.huyen@gmail.com';

function setUp(): LocalPlatform {
  const local = newBook();
  shareFile(local, [AGENCY]);
  main.menuSetup();
  paste(local, 'Chỉ tiêu', [
    ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Chủ trì'],
    ['1', 'Tỷ lệ hồ sơ trực tuyến', '80%', 'Phòng Nội vụ'],
  ]);
  main.menuGenerate();
  const agencies = local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Cơ quan')!;
  const rows = valuesOf(local, 'Cơ quan');
  agencies.getRange(rows.findIndex((r) => r[1] === 'Phòng Nội vụ') + 1, 4).setValue(AGENCY);
  main.menuGenerate();
  return local;
}

/** The agency types, then Sheets runs the simple trigger as the agency, in its own execution. */
function typeAsAgency(local: LocalPlatform, a1: string, value: string, user?: { getEmail(): string }): void {
  expect(local.engine.userEdit('P. Nội vụ', a1, value, AGENCY).ok).toBe(true);
  const agency = createPlatform(local.workbook, { user: AGENCY });
  Object.assign(globalThis, agency.platform);
  const e = agency.engine.editEvent('P. Nội vụ', a1, AGENCY);
  main.onEdit(user === undefined ? e : { range: e.range, user });
  agency.engine.endExecution();
  Object.assign(globalThis, local.platform);
}

const logRows = (local: LocalPlatform) => valuesOf(local, EDIT_LOG_SHEET).slice(1);

describe('the entry log written by the agency’s own trigger', () => {
  it('logs the figure, without the e-mail a simple trigger does not get', () => {
    const local = setUp();
    typeAsAgency(local, 'G6', '85%');
    expect(logRows(local)).toHaveLength(1);
    expect(logRows(local)[0].slice(1, 7)).toEqual([
      'P. Nội vụ',
      expect.any(String),
      expect.any(String),
      'Quý I',
      0.85,
      '',
    ]);
  });

  it('still logs when reading who edited throws', () => {
    const local = setUp();
    const user = {
      getEmail: () => {
        throw new Error('You do not have permission to call User.getEmail');
      },
    };
    typeAsAgency(local, 'G6', '90%', user);
    expect(logRows(local).map((r) => [r[5], r[6]])).toEqual([[0.9, '']]);
  });
});
