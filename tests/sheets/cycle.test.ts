/**
 * The reporting cycle on the in-memory spreadsheet, through the real entry points: onEdit logs
 * each figure typed or pasted, the sidebar's cycle says who is on time, late or missing with a
 * ready reminder, and the status dialog sums it up. People type with engine.userEdit at the
 * engine's clock; the simple trigger then fires with an event built as Apps Script builds it.
 */
import * as main from '../../src/appsscript/main';
import type { CycleResponse } from '../../src/sheets/cycle-view';
import type { CycleView } from '../../src/core/cycle/cycle';
import { readTab } from '../../src/core/layout/read-tab';
import { createPlatform, type LocalPlatform } from '../../src/local/engine';
import { paste, SECRETARIAT, seedGrid, tabCell, valuesOf } from '../support/book';

const TABLE = [
  ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Chủ trì'],
  ['1', 'Tỷ lệ hồ sơ trực tuyến', '80%', 'Phòng Nội vụ'],
  ['2', 'Tỷ lệ văn bản điện tử', '90%', 'Phòng Nội vụ'],
  ['3', 'Tỷ lệ người dân có hồ sơ sức khỏe điện tử', '70%', 'Phòng Y tế'],
];
const NOIVU = 'noivu@huyen.gov.vn';
const YTE = 'yte@huyen.gov.vn';
const LOG = 'Nhật ký nhập liệu';

/** A workbook whose clock (engine edits and the script's new Date()) reads `book.clock`. */
interface Book {
  local: LocalPlatform;
  clock: Date;
}

function openBook(clock: string): Book {
  const book = { clock: new Date(clock) } as Book;
  jest.setSystemTime(book.clock);
  book.local = createPlatform(undefined, {
    locale: 'vi_VN',
    owner: SECRETARIAT,
    user: SECRETARIAT,
    now: () => book.clock,
    editors: [NOIVU, YTE],
  });
  Object.assign(globalThis, book.local.platform);
  return book;
}

function at(book: Book, time: string): void {
  book.clock = new Date(time);
  jest.setSystemTime(book.clock);
}

const ss = () => SpreadsheetApp.getActiveSpreadsheet();

/** Fires the simple trigger as Sheets does after a person's edit of `a1` on the active sheet. */
function fireOnEdit(sheetName: string, a1: string, user: string): void {
  const sheet = ss().getSheetByName(sheetName)!;
  ss().setActiveSheet(sheet);
  const range = sheet.getRange(a1);
  const single = range.getNumRows() === 1 && range.getNumColumns() === 1;
  const e = {
    authMode: 'LIMITED',
    range,
    source: ss(),
    user: { getEmail: () => user },
    value: single ? range.getValue() : undefined,
    oldValue: undefined,
  };
  main.onEdit(e);
}

/** A person types into one cell; when Sheets accepts it, onEdit runs. */
function type(book: Book, sheet: string, a1: string, value: string, user: string): void {
  expect(book.local.engine.userEdit(sheet, a1, value, user).ok).toBe(true);
  fireOnEdit(sheet, a1, user);
}

function setEditors(book: Book, editors: Record<string, string>): void {
  const sheet = ss().getSheetByName('Cơ quan')!;
  valuesOf(book.local, 'Cơ quan').forEach((row, i) => {
    const email = editors[String(row[1])];
    if (email) sheet.getRange(i + 1, 4).setValue(email);
  });
}

function setUp(clock: string, table: string[][] = TABLE): Book {
  const book = openBook(clock);
  main.menuSetup();
  paste(book.local, 'Chỉ tiêu', table);
  main.menuGenerate();
  setEditors(book, { 'Phòng Nội vụ': NOIVU, 'Phòng Y tế': YTE });
  main.menuGenerate();
  return book;
}

const logRows = (book: Book) => (ss().getSheetByName(LOG) ? valuesOf(book.local, LOG).slice(1) : []);
const lastDialog = (book: Book) => book.local.workbook.ui.dialogs[book.local.workbook.ui.dialogs.length - 1].prompt;

function cycle(period: string): CycleView {
  const view: CycleResponse = main.sidebarGetCycle(period);
  if (!view.ok) throw new Error(view.message);
  return view;
}

function decodeMailto(url: string): { to: string[]; subject: string; body: string } {
  const [to, query] = url.slice('mailto:'.length).split('?');
  const fields = Object.fromEntries(query.split('&').map((pair) => pair.split('=').map(decodeURIComponent)));
  return { to: to.split(',').map(decodeURIComponent), subject: fields.subject, body: fields.body };
}

jest.useFakeTimers();
afterAll(() => jest.useRealTimers());

describe('onEdit: the entry log', () => {
  let book: Book;
  beforeAll(() => {
    book = setUp('2024-03-01T02:00:00Z');
    at(book, '2024-03-10T02:15:00Z');
    type(book, 'P. Nội vụ', tabCell(6, 'Quý I'), '85%', NOIVU);
  });

  it('appends the time, tab, line, period, value and person of a typed figure', () => {
    expect(logRows(book)).toEqual([
      [new Date('2024-03-10T02:15:00Z'), 'P. Nội vụ', 'phòng nội vụ', '1', 'Quý I', 0.85, NOIVU],
    ]);
    expect(logRows(book)[0][0]).toEqual(book.local.engine.edits[book.local.engine.edits.length - 1].at);
  });

  it('keeps the log hidden, warning-protected, and the person on their tab', () => {
    const log = book.local.workbook.sheets.find((s) => s.name === LOG)!;
    expect(log.hidden).toBe(true);
    expect(log.protections.map((p) => p.warningOnly)).toEqual([true]);
    expect(ss().getActiveSheet().getName()).toBe('P. Nội vụ');
  });

  it('does not log evidence, explanations or the set-up sheets', () => {
    type(book, 'P. Nội vụ', tabCell(6, 'Quý I', 'evidence'), 'Văn bản 12/NV', NOIVU);
    type(book, 'P. Nội vụ', tabCell(6, 'Quý I', 'explanation'), 'Đã triển khai', NOIVU);
    type(book, 'Cơ quan', tabCell(2, 'Quý I'), 'ghi chú', SECRETARIAT);
    expect(logRows(book)).toHaveLength(1);
  });

  it('logs every figure of a paste over several cells, reading the tab once', () => {
    at(book, '2024-03-12T03:00:00Z');
    // Quý I's figure, evidence and explanation, then Quý II's figure: two figures per row.
    const block = `${tabCell(6, 'Quý I')}:${tabCell(7, 'Quý II')}`;
    ss()
      .getSheetByName('P. Nội vụ')!
      .getRange(block)
      .setValues([
        [0.86, 'VB 1', '', 0.9],
        [0.91, '', '', ''],
      ]);
    book.local.calls.reset();
    fireOnEdit('P. Nội vụ', block, NOIVU);
    const reads = book.local.calls.byMethod();
    expect(
      logRows(book)
        .slice(1)
        .map((r) => [r[3], r[4], r[5]]),
    ).toEqual([
      ['1', 'Quý I', 0.86],
      ['1', 'Quý II', 0.9],
      ['2', 'Quý I', 0.91],
      ['2', 'Quý II', ''],
    ]);
    // fireOnEdit reads no value of a multi-cell range: the one getValues is the trigger's.
    expect(reads['Range.getValues']).toBe(1);
    expect(reads['Range.setValues']).toBe(1);
  });

  it('still logs when the document lock is busy or refused', () => {
    book.local.engine.lockHeldByOtherUser(true);
    type(book, 'P. Nội vụ', tabCell(6, 'Quý III'), '87%', NOIVU);
    book.local.engine.lockHeldByOtherUser(false);
    const lockService = globalThis.LockService;
    Object.assign(globalThis, {
      LockService: {
        getDocumentLock: () => {
          throw new Error('Không được phép');
        },
      },
    });
    try {
      type(book, 'P. Nội vụ', tabCell(6, 'Quý IV'), '88%', NOIVU);
    } finally {
      Object.assign(globalThis, { LockService: lockService });
    }
    expect(
      logRows(book)
        .slice(-2)
        .map((r) => [r[3], r[4], r[5]]),
    ).toEqual([
      ['1', 'Quý III', 0.87],
      ['1', 'Quý IV', 0.88],
    ]);
  });
});

describe('a figure the log does not date', () => {
  it('counts as on time, time unknown, when no look of the secretariat contradicts it', () => {
    const book = setUp('2024-03-01T02:00:00Z');
    at(book, '2024-03-25T02:00:00Z');
    ss().getSheetByName('P. Y tế')!.getRange(tabCell(6, 'Quý I')).setValue(0.72);
    const yTe = cycle('Quý I').agencies[1];
    expect([yTe.status, yTe.unknownTime, yTe.witnessedLate, yTe.mailto]).toEqual(['on-time', 1, 0, null]);
  });
});

describe('the cycle of a period, for the sidebar', () => {
  let book: Book;
  beforeAll(() => {
    book = setUp('2024-03-01T02:00:00Z');
    at(book, '2024-03-18T09:00:00Z');
    type(book, 'P. Nội vụ', tabCell(6, 'Quý I'), '85%', NOIVU);
    // 00:30 on 21 March in Hà Nội: after the deadline of Quý I (20/03/2024).
    at(book, '2024-03-20T17:30:00Z');
    type(book, 'P. Nội vụ', tabCell(7, 'Quý I'), '92%', NOIVU);
    at(book, '2024-03-25T02:00:00Z');
  });

  it('finds Nội vụ late and Y tế missing, with the deadline passed', () => {
    const view = cycle('quý 1');
    expect([view.period, view.deadline, view.deadlineText, view.deadlinePassed, view.closed]).toEqual([
      'Quý I',
      '2024-03-20',
      '20/03/2024',
      true,
      false,
    ]);
    const [noiVu, yTe] = view.agencies;
    expect([noiVu.name, noiVu.status, noiVu.lastEntry]).toEqual(['Phòng Nội vụ', 'late', '2024-03-20T17:30:00.000Z']);
    expect(noiVu.late.map((l) => l.code)).toEqual(['2']);
    expect([yTe.name, yTe.status, yTe.lastEntry]).toEqual(['Phòng Y tế', 'missing', null]);
    expect(yTe.missing).toEqual([{ code: '3', text: 'Tỷ lệ người dân có hồ sơ sức khỏe điện tử' }]);
  });

  it('gives each agency behind a reminder addressed to its editors', () => {
    const yTe = cycle('Quý I').agencies[1];
    const mail = decodeMailto(yTe.mailto!);
    expect(mail.to).toEqual([YTE]);
    expect(mail.subject).toBe('Đôn đốc báo cáo kết quả thực hiện chỉ tiêu Quý I năm 2024');
    expect(mail.body).toBe(yTe.body.replace(/\n/g, '\r\n'));
    expect(yTe.body).toContain('- 3. Tỷ lệ người dân có hồ sơ sức khỏe điện tử');
  });

  it('takes the period being reported when none is named', () => {
    expect(cycle('').period).toBe('Quý II');
    at(book, '2024-03-19T02:00:00Z');
    const view = cycle('');
    expect([view.period, view.deadlinePassed]).toEqual(['Quý I', false]);
    at(book, '2024-03-25T02:00:00Z');
  });

  it('finds a figure missing from the log late when the secretariat saw its cell empty after the deadline', () => {
    // The looks above (25 March) saw Y tế's cell empty; a script then writes the figure, unlogged.
    ss().getSheetByName('P. Y tế')!.getRange(tabCell(6, 'Quý I')).setValue(0.72);
    const yTe = cycle('Quý I').agencies[1];
    expect([yTe.status, yTe.unknownTime, yTe.witnessedLate]).toEqual(['late', 0, 1]);
    expect(yTe.late.map((l) => l.code)).toEqual(['3']);
  });

  it('says when the period is closed', () => {
    book.local.ui.answer('OK', 'Quý I');
    main.menuClosePeriod();
    expect(cycle('Quý I').closed).toBe(true);
  });

  it('sums the cycle up in the status dialog', () => {
    book.local.ui.answer('OK', 'Quý I');
    main.menuReportingStatus();
    expect(lastDialog(book)).toMatch(
      /^Quý I \(hạn 20\/03\/2024\): 0 cơ quan đúng hạn, 2 nộp muộn, 0 chưa đủ số liệu, 0 chưa báo cáo\./,
    );
    expect(lastDialog(book)).toContain('- Phòng Nội vụ: Nộp muộn');
    expect(lastDialog(book)).toContain('- Phòng Y tế: Nộp muộn');
    expect(lastDialog(book)).toContain('1 số liệu không có trong nhật ký nhập liệu được tính là nộp muộn');
  });

  it('answers in Vietnamese instead of failing', () => {
    expect(main.sidebarGetCycle('Quý 7')).toEqual({
      ok: false,
      message: 'Không có kỳ "Quý 7". Các kỳ trong trang "Cài đặt": Quý I, Quý II, Quý III, Quý IV.',
    });
    const app = globalThis.SpreadsheetApp;
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    Object.assign(globalThis, { SpreadsheetApp: undefined });
    try {
      const failed = main.sidebarGetCycle('Quý I');
      expect(failed.ok).toBe(false);
      expect(!failed.ok && failed.message).toMatch(/^Chưa lấy được tình hình báo cáo: /);
    } finally {
      Object.assign(globalThis, { SpreadsheetApp: app });
      log.mockRestore();
    }
  });
});

describe('reminders on seed 004 with some figures entered', () => {
  let book: Book;
  let view: CycleView;
  beforeAll(() => {
    book = setUp('2024-03-01T02:00:00Z', seedGrid('004-chi-tieu-2024.tsv'));
    book.local.workbook.editors.push('vhtt@huyen.gov.vn', 'pho.vhtt@huyen.gov.vn');
    setEditors(book, { 'Phòng Văn hoá và Thông tin': 'vhtt@huyen.gov.vn; pho.vhtt@huyen.gov.vn', 'Phòng Y tế': YTE });
    main.menuGenerate();
    at(book, '2024-03-15T02:00:00Z');
    type(book, 'P. VH&TT', tabCell(6, 'Quý I'), '25%', 'vhtt@huyen.gov.vn');
    type(book, 'P. VH&TT', tabCell(8, 'Quý I'), '100%', 'vhtt@huyen.gov.vn');
    type(book, 'P. Y tế', tabCell(7, 'Quý I'), '60%', YTE);
    at(book, '2024-03-21T02:00:00Z');
    view = cycle('Quý I');
  });

  /** The lines of a tab with no figure for Quý I, as "code. text". */
  const emptyLines = (sheet: string) =>
    [...readTab(valuesOf(book.local, sheet))!.lines.values()]
      .filter((l) => l.periods['Quý I'] === undefined)
      .map((l) => l.text);

  it('lists for every agency exactly the indicators it has not reported', () => {
    expect(view.agencies.length).toBeGreaterThan(10);
    for (const agency of view.agencies) {
      expect([agency.sheet, agency.missing.map((m) => m.text)]).toEqual([agency.sheet, emptyLines(agency.sheet)]);
      const bullets = agency.body.split('\n').filter((l) => l.startsWith('- '));
      expect(bullets).toEqual(agency.missing.map((m) => `- ${m.code}. ${m.text}`));
    }
  });

  it('tells partial from missing, and addresses every editor of the agency', () => {
    const vhtt = view.agencies.find((a) => a.sheet === 'P. VH&TT')!;
    expect(vhtt.status).toBe('partial');
    expect(vhtt.missing.map((m) => m.code)).toEqual(['2', '6', '14', '15', '17']);
    expect(decodeMailto(vhtt.mailto!).to).toEqual(['vhtt@huyen.gov.vn', 'pho.vhtt@huyen.gov.vn']);
    expect(view.agencies.find((a) => a.sheet === 'P. Y tế')!.status).toBe('partial');
    const thue = view.agencies.find((a) => a.sheet === 'Cục thuế huyện')!;
    expect([thue.status, thue.mailto, thue.body.split('\n')[0]]).toEqual([
      'missing',
      null,
      'Kính gửi: Cục thuế huyện.',
    ]);
  });
});
