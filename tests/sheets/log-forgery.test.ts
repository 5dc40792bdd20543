/**
 * The entry log is written as the person who typed (onEdit is a simple trigger), so an agency
 * can also rewrite it. Forged rows must not be believed once the secretariat's own look
 * contradicts them: the cycle view dates figures by what the secretariat saw. These tests forge
 * the log the ways an agency could — by hand in the sheet, or from a script of its own running
 * with its account — and check the verdict, and that an agency's look records nothing.
 */
import * as main from '../../src/appsscript/main';
import type { CycleView } from '../../src/core/cycle/cycle';
import { STATE_KEYS } from '../../src/core/workbook/state';
import { createPlatform, type LocalPlatform } from '../../src/local/engine';
import type { CycleResponse } from '../../src/sheets/cycle-view';
import { paste, SECRETARIAT, tabCell, valuesOf } from '../support/book';

const TABLE = [
  ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Chủ trì'],
  ['1', 'Tỷ lệ hồ sơ trực tuyến', '80%', 'Phòng Nội vụ'],
  ['2', 'Tỷ lệ văn bản điện tử', '90%', 'Phòng Nội vụ'],
];
const NOIVU = 'noivu@huyen.gov.vn';
const LOG = 'Nhật ký nhập liệu';
/** Deadline of Quý I: 20/03/2024, Hà Nội time. */
const BEFORE_DEADLINE = '2024-03-15T02:00:00Z';
const AFTER_DEADLINE = '2024-03-21T02:00:00Z';

jest.useFakeTimers();
afterAll(() => jest.useRealTimers());

interface Book {
  local: LocalPlatform;
  clock: Date;
}

function at(book: Book, time: string): void {
  book.clock = new Date(time);
  jest.setSystemTime(book.clock);
}

/** Runs `fn` with the globals of `user`'s own execution on the same file. */
function as<T>(book: Book, user: string, fn: () => T): T {
  const mine = createPlatform(book.local.workbook, { user, now: () => book.clock });
  Object.assign(globalThis, mine.platform);
  try {
    return fn();
  } finally {
    Object.assign(globalThis, book.local.platform);
  }
}

function setUp(): Book {
  const book = { clock: new Date('2024-03-01T02:00:00Z') } as Book;
  jest.setSystemTime(book.clock);
  book.local = createPlatform(undefined, {
    locale: 'vi_VN',
    owner: SECRETARIAT,
    user: SECRETARIAT,
    editors: [NOIVU],
    now: () => book.clock,
  });
  Object.assign(globalThis, book.local.platform);
  main.menuSetup();
  paste(book.local, 'Chỉ tiêu', TABLE);
  main.menuGenerate();
  const agencies = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Cơ quan')!;
  const row = valuesOf(book.local, 'Cơ quan').findIndex((r) => r[1] === 'Phòng Nội vụ');
  agencies.getRange(row + 1, 4).setValue(NOIVU);
  main.menuGenerate();
  return book;
}

/** The agency types a figure; Sheets then runs onEdit as the agency. */
function typeAsAgency(book: Book, a1: string, value: string): void {
  expect(book.local.engine.userEdit('P. Nội vụ', a1, value, NOIVU).ok).toBe(true);
  as(book, NOIVU, () => {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('P. Nội vụ')!;
    main.onEdit({ range: sheet.getRange(a1), user: { getEmail: () => NOIVU } });
  });
}

function cycleAs(book: Book, user: string): CycleView {
  const view: CycleResponse = as(book, user, () => main.sidebarGetCycle('Quý I'));
  if (!view.ok) throw new Error(view.message);
  return view;
}

const logSheet = () => SpreadsheetApp.getActiveSpreadsheet().getSheetByName(LOG)!;
const witnesses = (book: Book) =>
  JSON.stringify(
    valuesOf(book.local, '_sochitieu')
      .filter((r) => r[0] === STATE_KEYS.witnesses)
      .map((r) => r[1]),
  );

describe('a late figure whose log row the agency forged', () => {
  let book: Book;
  beforeEach(() => {
    book = setUp();
    at(book, BEFORE_DEADLINE);
    typeAsAgency(book, tabCell(6, 'Quý I'), '85%');
    // The secretariat opens the report after the deadline: line 2 is still empty.
    at(book, AFTER_DEADLINE);
    expect(cycleAs(book, SECRETARIAT).agencies[0].status).toBe('partial');
    at(book, '2024-03-22T02:00:00Z');
    typeAsAgency(book, tabCell(7, 'Quý I'), '92%');
    at(book, '2024-03-25T02:00:00Z');
  });

  it('is late when the log is left alone', () => {
    const noiVu = cycleAs(book, SECRETARIAT).agencies[0];
    expect([noiVu.status, noiVu.late.map((l) => l.code), noiVu.overruled]).toEqual(['late', ['2'], 0]);
  });

  it('stays late when the agency backdates its row by hand ', () => {
    const rows = valuesOf(book.local, LOG);
    const last = rows.length;
    expect(rows[last - 1][3]).toBe('2');
    // The trigger writes the log as the agency, so the agency can edit it by hand too.
    // Typed as an ISO time, which the log reader takes as a time (core/cycle/log.ts).
    expect(book.local.engine.userEdit(LOG, `A${last}`, BEFORE_DEADLINE, NOIVU).ok).toBe(true);
    const noiVu = cycleAs(book, SECRETARIAT).agencies[0];
    expect([noiVu.status, noiVu.late.map((l) => l.code), noiVu.overruled]).toEqual(['late', ['2'], 1]);
  });

  it('stays late when the agency rewrites its rows from a script of its own', () => {
    as(book, NOIVU, () => {
      const rows = logSheet().getDataRange().getValues();
      logSheet().getRange(rows.length, 1).setValue(new Date(BEFORE_DEADLINE));
    });
    const view = cycleAs(book, SECRETARIAT);
    expect([view.agencies[0].status, view.overruled]).toEqual(['late', 1]);
  });

  it('stays late when the agency deletes its row', () => {
    as(book, NOIVU, () => logSheet().deleteRows(logSheet().getLastRow(), 1));
    const noiVu = cycleAs(book, SECRETARIAT).agencies[0];
    expect([noiVu.status, noiVu.witnessedLate, noiVu.unknownTime]).toEqual(['late', 1, 0]);
  });

  it('does not believe a row recording another value than the cell holds', () => {
    as(book, NOIVU, () => {
      logSheet().deleteRows(logSheet().getLastRow(), 1);
      const rows = logSheet().getDataRange().getValues();
      const forged = [...rows[rows.length - 1]];
      forged[0] = new Date(BEFORE_DEADLINE);
      forged[3] = '2';
      forged[5] = 0.5;
      logSheet()
        .getRange(rows.length + 1, 1, 1, forged.length)
        .setValues([forged]);
    });
    const noiVu = cycleAs(book, SECRETARIAT).agencies[0];
    expect([noiVu.status, noiVu.late.map((l) => l.code)]).toEqual(['late', ['2']]);
  });

  it('records nothing when the agency itself looks at the cycle', () => {
    const before = witnesses(book);
    as(book, NOIVU, () => {
      logSheet().getRange(logSheet().getLastRow(), 1).setValue(new Date(BEFORE_DEADLINE));
    });
    cycleAs(book, NOIVU);
    expect(witnesses(book)).toBe(before);
  });
});

describe('the residual risk, as documented', () => {
  it('believes a backdated row when no secretariat look came between the deadline and the typing', () => {
    const book = setUp();
    at(book, BEFORE_DEADLINE);
    expect(cycleAs(book, SECRETARIAT).agencies[0].status).toBe('missing');
    at(book, '2024-03-22T02:00:00Z');
    typeAsAgency(book, tabCell(6, 'Quý I'), '85%');
    typeAsAgency(book, tabCell(7, 'Quý I'), '92%');
    as(book, NOIVU, () => {
      const last = logSheet().getLastRow();
      logSheet()
        .getRange(last - 1, 1, 2, 1)
        .setValues([[new Date(BEFORE_DEADLINE)], [new Date(BEFORE_DEADLINE)]]);
    });
    at(book, '2024-03-25T02:00:00Z');
    expect(cycleAs(book, SECRETARIAT).agencies[0].status).toBe('on-time');
  });
});
