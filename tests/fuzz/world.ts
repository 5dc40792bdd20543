/**
 * The regeneration fuzzer: random sequences of what people do to a workbook over a year —
 * agencies typing (also while a regeneration runs), the secretariat editing the table (delete,
 * insert, move, copy a row with its id, reword, retarget, rename, reassign, merge and split
 * agency cells), changing Cài đặt (periods, year), renaming and swapping tabs, closing and
 * reopening periods, and regenerations killed at random calls — on the in-memory engine, with
 * an oracle of every value typed. After every run it checks the promises of the README:
 *
 * - lost: a typed value is neither on its line's tab nor in Lưu trữ;
 * - misplaced: a tab shows a value under a line, period or column it was not typed for;
 * - stranded: a value whose line left its agency is not in Lưu trữ;
 * - breach: an agency can edit a cell that is not one of its own open input cells, or (after a
 *   complete run) cannot edit one that is.
 *
 * Everything is drawn from one seed, printed with each failure, so a sequence can be replayed.
 */
import { FIRST_LINE_ROW, periodColumns } from '../../src/core/layout/columns';
import { indicatorIdOfLine } from '../../src/core/layout/lines';
import { readTab } from '../../src/core/layout/read-tab';
import { EDIT_LOG_SHEET } from '../../src/core/cycle/log';
import { readSettings } from '../../src/core/workbook/settings';
import { createPlatform, type LocalPlatform, type SheetData } from '../../src/local/engine';
import { seededRandom } from '../../src/local/engine/faults';
import { generateTabs } from '../../src/sheets/generate';
import { closePeriod, reopenPeriod } from '../../src/sheets/periods';
import { setupWorkbook } from '../../src/sheets/setup';
import { Book } from '../../src/sheets/book';
import { loadModel } from '../../src/sheets/workbook-model';

export const SECRETARIAT = 'vanphong@huyen.gov.vn';

/** About the calls of a first generation of the world's tabs: a stopped one is stopped anywhere in it. */
const FIRST_RUN_CALLS = 400;

const AGENCIES = [
  { name: 'Phòng Nội vụ', email: 'noivu@huyen.gov.vn' },
  { name: 'Phòng Y tế', email: 'yte@huyen.gov.vn' },
  { name: 'Phòng Tài chính - Kế hoạch', email: 'tckh@huyen.gov.vn' },
  { name: 'Phòng Giáo dục và Đào tạo', email: 'gddt@huyen.gov.vn' },
  { name: 'Phòng Tư pháp', email: 'tuphap@huyen.gov.vn' },
];
const TARGETS = [
  '80%',
  'Tối thiểu 03 mô hình',
  'Có hệ thống',
  'Cấp huyện đạt 100%, cấp xã đạt 90%',
  'dưới 5%',
  '≥ 95%',
];
const TEXTS = [
  'Tỷ lệ hồ sơ giải quyết trực tuyến',
  'Số mô hình chuyển đổi số tiêu biểu',
  'Hệ thống quản lý văn bản điều hành',
  'Tỷ lệ văn bản ký số',
  'Tỷ lệ thuê bao không dùng điện thoại thông minh',
  'Tỷ lệ cán bộ được bồi dưỡng kỹ năng số',
  'Tỷ lệ thủ tục hành chính có phát sinh hồ sơ trực tuyến',
  'Số điểm truy cập Internet công cộng',
];
const HEADER = ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Chủ trì', 'Phối hợp'];
const COL = { code: 0, text: 1, target: 2, lead: 3, cooperating: 4 } as const;

type Role = 'value' | 'evidence' | 'explanation';

/** One value an agency typed, as the tab stored it. */
interface Entry {
  unit: string;
  id: string;
  targetIndex: number;
  period: string;
  role: Role;
  value: unknown;
  /** False once something happened that may legitimately move it to the archive. */
  mustStay: boolean;
}

export interface Figures {
  sequences: number;
  steps: number;
  typed: number;
  regenerations: number;
  killed: number;
  lost: number;
  misplaced: number;
  stranded: number;
  breaches: number;
  lockedOut: number;
  failures: string[];
}

export function emptyFigures(): Figures {
  return {
    sequences: 0,
    steps: 0,
    typed: 0,
    regenerations: 0,
    killed: 0,
    lost: 0,
    misplaced: 0,
    stranded: 0,
    breaches: 0,
    lockedOut: 0,
    failures: [],
  };
}

/** A sheet's values straight from the engine's data (no call counted, none failed). */
function gridOf(sheet: SheetData): unknown[][] {
  const height = Math.max(0, ...sheet.rows.keys());
  const width = Math.max(0, ...[...sheet.rows.values()].flatMap((cols) => [...cols.keys()]));
  return Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => sheet.rows.get(r + 1)?.get(c + 1)?.value ?? ''),
  );
}

export class World {
  readonly local: LocalPlatform;
  private readonly random: () => number;
  private readonly entries = new Map<string, Entry>();
  private nextCode = 100;
  private lastCalls = 60;
  private readonly log: string[] = [];
  /**
   * Sheets a stopped run made, until a complete run. Sheets makes a sheet open to every editor
   * of the file, and a new protection mirrors the file's editors until its editors are changed
   * (developers.google.com/apps-script/reference/spreadsheet/sheet#protect()): a run stopped in
   * the calls between leaves its newest sheet open, whatever the code does. Such a sheet is
   * exempt from the permission check only while it holds no agency's tab (no marker naming a
   * unit): then it holds nothing of anyone's, and the next run deletes it (a template), or takes
   * it over and writes it afresh (generate.ts, findTab), before anything of it is used.
   */
  private readonly unfinished = new Set<number>();

  constructor(
    readonly seed: number,
    private readonly figures: Figures,
  ) {
    this.random = seededRandom(seed);
    this.local = createPlatform(undefined, {
      owner: SECRETARIAT,
      user: SECRETARIAT,
      editors: AGENCIES.map((a) => a.email),
    });
    Object.assign(globalThis, this.local.platform);
    setupWorkbook(this.local.platform);
    const count = 4 + Math.floor(this.random() * 5);
    const rows = Array.from({ length: count }, (_, i) => this.newRow(String(i + 1)));
    this.writeTable([HEADER, ...rows]);
    // The first generation makes every tab, copies of a template (templates.ts): the file is
    // shared with the agencies already, so a run stopped there is checked like any other.
    if (this.chance(0.5)) this.regenerate(true, FIRST_RUN_CALLS);
    this.regenerate(false);
    this.assignEditors();
    this.regenerate(false);
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  private chance(p: number): boolean {
    return this.random() < p;
  }

  private newRow(code: string): string[] {
    const agencies = AGENCIES.slice(0, 4);
    return [
      code,
      `${this.pick(TEXTS)} ${code}`,
      this.pick(TARGETS),
      this.pick(agencies).name,
      this.chance(0.3) ? this.pick(agencies).name : '',
    ];
  }

  private ss() {
    return this.local.platform.SpreadsheetApp.getActiveSpreadsheet();
  }

  private sheetData(name: string): SheetData | undefined {
    return this.local.workbook.sheets.find((s) => s.name === name);
  }

  private tableGrid(): string[][] {
    return this.ss().getSheetByName('Chỉ tiêu')!.getDataRange().getDisplayValues();
  }

  private writeTable(grid: string[][]): void {
    const sheet = this.ss().getSheetByName('Chỉ tiêu')!;
    sheet.clearContents();
    const width = Math.max(...grid.map((r) => r.length));
    const rows = grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
    if (sheet.getMaxRows() < rows.length) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
    if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
    sheet.getRange(1, 1, rows.length, width).setValues(rows);
  }

  /** Each agency's row in Cơ quan gets its editor's e-mail (new rows included). */
  private assignEditors(): void {
    const sheet = this.ss().getSheetByName('Cơ quan')!;
    const values = sheet.getDataRange().getValues();
    values.forEach((row, i) => {
      if (i === 0 || row[3]) return;
      const agency = AGENCIES.find((a) => String(row[1]).startsWith(a.name));
      if (agency) sheet.getRange(i + 1, 4).setValue(agency.email);
    });
  }

  private emailOf(unitKey: string): string | null {
    const values = gridOf(this.sheetData('Cơ quan')!);
    const row = values.find((r) => r[5] === unitKey);
    return row?.[3] ? String(row[3]) : null;
  }

  private say(step: string): void {
    this.log.push(step);
    this.figures.steps++;
  }

  private fail(kind: 'lost' | 'misplaced' | 'stranded' | 'breaches' | 'lockedOut', detail: string): void {
    this.figures[kind]++;
    if (this.figures.failures.length < 20) {
      this.figures.failures.push(`seed ${this.seed}: ${kind}: ${detail}\n  after: ${this.log.join(' → ')}`);
    }
  }

  private key(e: Pick<Entry, 'unit' | 'id' | 'targetIndex' | 'period' | 'role'>): string {
    return `${e.unit}|${e.id}|${e.targetIndex}|${e.period}|${e.role}`;
  }

  // --- What people do -----------------------------------------------------------------

  /** An agency types one value into its own tab (refused when the period is closed). */
  type(): void {
    const tabs = this.local.workbook.sheets
      .map((s) => ({ s, read: readTab(gridOf(s)) }))
      .filter((t) => t.read && t.read.lines.size > 0);
    if (tabs.length === 0) return;
    const { s, read } = this.pick(tabs);
    const email = this.emailOf(read!.agencyKey);
    if (!email) return;
    const key = this.pick([...read!.lines.keys()]);
    const period = this.pick(read!.periods);
    const role: Role = this.chance(0.6) ? 'value' : this.chance(0.5) ? 'evidence' : 'explanation';
    const row = read!.rows.get(key)!;
    const columns = periodColumns(read!.layout, period)!;
    const col = role === 'value' ? columns.value : role === 'evidence' ? columns.evidence : columns.explanation;
    const a1 = `${columnName(col)}${row}`;
    // Mostly what the line asks for (its unit column says how to type it), sometimes anything.
    const unit = String(gridOf(s)[row - 1]?.[read!.layout.unit - 1] ?? '');
    const fitting =
      unit === '%' ? ['85%', '40%', '100%', '99,5%'] : /Có/.test(unit) ? ['Có', 'Chưa có'] : ['3', '0', '12'];
    const text =
      role === 'value'
        ? this.pick(this.chance(0.85) ? fitting : ['85%', '3', 'Có', 'Chưa có', '12,5', '-4'])
        : `${role === 'evidence' ? 'VB' : 'GT'} ${Math.floor(this.random() * 1000)}/${read!.agencyKey.slice(-4)}`;
    const result = this.local.engine.userEdit(s.name, a1, text, email);
    this.say(`type ${s.name} ${key} ${period} ${role} "${text}" ${result.ok ? 'ok' : result.reason}`);
    if (!result.ok) return;
    const stored = this.sheetData(s.name)!.rows.get(row)?.get(col)?.value ?? '';
    const slash = key.lastIndexOf('/');
    const id = indicatorIdOfLine(key);
    const targetIndex = id === key ? 0 : Number(key.slice(slash + 1)) - 1;
    const entry: Entry = { unit: read!.agencyKey, id, targetIndex, period, role, value: stored, mustStay: true };
    if (stored === '') this.entries.delete(this.key(entry));
    else this.entries.set(this.key(entry), entry);
    this.figures.typed++;
  }

  /** The secretariat edits the table sheet the way people do. */
  editTable(): void {
    const grid = this.tableGrid();
    const header = grid.findIndex((r) => r[COL.code] === 'STT');
    const idCol = grid[header].indexOf('Mã định danh');
    const data = grid.slice(header + 1).filter((r) => r.some((c) => c !== ''));
    if (data.length === 0) return;
    const idOf = (r: string[]) => (idCol >= 0 ? r[idCol] : '');
    const touch = (id: string) => {
      for (const e of this.entries.values()) if (e.id === id) e.mustStay = false;
    };
    const i = Math.floor(this.random() * data.length);
    const op = this.pick(['delete', 'insert', 'move', 'copy', 'reword', 'retarget', 'rename', 'reassign', 'merge']);
    const row = data[i];
    switch (op) {
      case 'delete':
        if (data.length <= 2) return;
        touch(idOf(row));
        data.splice(i, 1);
        break;
      case 'insert':
        data.splice(i, 0, this.newRow(String(this.nextCode++)));
        break;
      case 'move': {
        const [moved] = data.splice(i, 1);
        data.splice(Math.floor(this.random() * (data.length + 1)), 0, moved);
        break;
      }
      case 'copy': {
        // The usual way to add a similar indicator: copy the row (its id cell too), reword the copy.
        const copy = [...row];
        copy[COL.text] = `${row[COL.text]} (mở rộng toàn huyện)`;
        data.splice(this.chance(0.5) ? i : i + 1, 0, copy);
        break;
      }
      case 'reword':
        row[COL.text] = `${row[COL.text].replace(/ \(đã sửa\)$/, '')} (đã sửa)`;
        break;
      case 'retarget':
        touch(idOf(row));
        row[COL.target] = this.pick(TARGETS);
        break;
      case 'rename': {
        const agency = this.pick(AGENCIES.slice(0, 4)).name;
        for (const e of this.entries.values()) e.mustStay = e.mustStay && !e.unit.includes(agency.toLowerCase());
        const renamed = agency.endsWith(' huyện') ? agency.replace(/ huyện$/, '') : `${agency} huyện`;
        for (const r of data) for (const c of [COL.lead, COL.cooperating]) r[c] = r[c].split(agency).join(renamed);
        break;
      }
      case 'reassign':
        touch(idOf(row));
        row[COL.lead] = this.pick(AGENCIES).name;
        break;
      case 'merge':
        touch(idOf(row));
        row[COL.lead] = row[COL.lead].includes(';')
          ? row[COL.lead].split(';')[0].trim()
          : `${row[COL.lead]}; ${this.pick(AGENCIES.slice(0, 4)).name}`;
        break;
    }
    this.say(`table ${op} row ${i + 1}`);
    this.writeTable([...grid.slice(0, header + 1), ...data]);
  }

  /** The secretariat changes Cài đặt: a period removed or added, or the year. */
  editSettings(): void {
    const sheet = this.ss().getSheetByName('Cài đặt')!;
    const values = sheet.getDataRange().getValues();
    const settings = readSettings(values);
    const periodsRow = values.findIndex((r) => r[0] === 'Kỳ báo cáo') + 1;
    const deadlinesRow = values.findIndex((r) => r[0] === 'Hạn báo cáo từng kỳ') + 1;
    const op = this.pick(['remove', 'add', 'year']);
    if (op === 'remove' && settings.periods.length > 2) {
      const gone = settings.periods[settings.periods.length - 1];
      for (const e of this.entries.values()) if (e.period === gone) e.mustStay = false;
      sheet.getRange(periodsRow, 2).setValue(settings.periods.slice(0, -1).join('; '));
    } else if (op === 'add' && settings.periods.length < 5) {
      const added = ['Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Cả năm'].find((p) => !settings.periods.includes(p));
      if (!added) return;
      sheet.getRange(periodsRow, 2).setValue([...settings.periods, added].join('; '));
    } else {
      const yearRow = values.findIndex((r) => r[0] === 'Năm') + 1;
      sheet.getRange(yearRow, 2).setValue(settings.year + 1);
    }
    if (deadlinesRow > 0) sheet.getRange(deadlinesRow, 2).setValue('');
    this.say(`settings ${op}`);
  }

  /** Someone renames a tab by hand, or swaps the names of two. */
  renameTabs(): void {
    const tabs = this.local.workbook.sheets.filter((s) => readTab(gridOf(s)));
    if (tabs.length === 0) return;
    const a = this.pick(tabs);
    const b = this.pick(tabs);
    if (a === b || this.chance(0.3)) {
      this.ss().getSheetByName(a.name)!.setName(`${a.name} (sửa)`.slice(0, 90));
      this.say(`rename tab ${a.name}`);
      return;
    }
    const [na, nb] = [a.name, b.name];
    this.ss().getSheetByName(na)!.setName('__tạm__');
    this.ss().getSheetByName(nb)!.setName(na);
    this.ss().getSheetByName('__tạm__')!.setName(nb);
    this.say(`swap tabs ${na} / ${nb}`);
  }

  /** The secretariat closes a period, or reopens one for all or for one agency. */
  closeOrReopen(): void {
    const settings = readSettings(gridOf(this.sheetData('Cài đặt')!));
    const period = this.pick(settings.periods);
    let result: ReturnType<typeof closePeriod>;
    if (this.chance(0.6)) {
      result = closePeriod(this.local.platform, period);
      this.say(`close ${period}`);
    } else {
      const agency = this.chance(0.5) ? this.pick(AGENCIES.slice(0, 4)).name : undefined;
      result = reopenPeriod(this.local.platform, period, agency);
      this.say(`reopen ${period}${agency ? ` for ${agency}` : ''}`);
    }
    this.endRun();
    // Only a regeneration that ran to the end promises that every tab is as planned.
    this.check(!!result.generation?.ok && result.generation.remaining === 0);
  }

  private endRun(): void {
    this.local.engine.beforeEachCall(null);
    this.local.engine.failWith(null);
    this.local.engine.endExecution();
  }

  /**
   * A regeneration by the secretariat; when `kill` it is stopped at a random call (a transient
   * error or the time limit), and an agency may type while it runs.
   */
  regenerate(kill = true, span = this.lastCalls): void {
    const killed = kill && this.chance(0.5);
    if (killed) {
      // Anywhere in a run as long as the last one (an unchanged run makes few calls).
      const n = 1 + Math.floor(this.random() * Math.max(10, span));
      this.local.engine.failAt(n, this.chance(0.5) ? 'timeout' : 'service');
    }
    if (this.chance(0.3)) {
      const at = 1 + Math.floor(this.random() * 150);
      this.local.engine.beforeEachCall((_call, n) => {
        if (n !== at) return;
        this.local.engine.beforeEachCall(null);
        this.type();
      });
    }
    let stopped = false;
    const existing = new Set(this.local.workbook.sheets.map((sh) => sh.sheetId));
    const before = this.local.engine.serviceCalls();
    try {
      const result = generateTabs(this.local.platform);
      this.lastCalls = Math.max(this.lastCalls, this.local.engine.serviceCalls() - before);
      if (result.problems.some((p) => /không do tiện ích tạo ra|là trang của cơ quan khác/.test(p))) {
        this.fail('lockedOut', result.problems.join(' | '));
      }
    } catch (error) {
      const message = (error as Error).message;
      if (!/^(Service Spreadsheets failed|Exceeded maximum execution time)/.test(message)) throw error;
      stopped = true;
    }
    this.endRun();
    if (!stopped) this.unfinished.clear();
    for (const sheet of this.local.workbook.sheets)
      if (stopped && !existing.has(sheet.sheetId)) this.unfinished.add(sheet.sheetId);
    this.figures.regenerations++;
    if (stopped) this.figures.killed++;
    this.say(stopped ? 'regenerate (killed)' : 'regenerate');
    this.check(!stopped);
    if (!stopped) this.assignEditors();
  }

  // --- The oracle ------------------------------------------------------------------------

  private check(complete: boolean): void {
    const tabs = new Map<string, { sheet: SheetData; read: NonNullable<ReturnType<typeof readTab>> }>();
    for (const sheet of this.local.workbook.sheets) {
      const read = readTab(gridOf(sheet));
      if (read && !tabs.has(read.agencyKey)) tabs.set(read.agencyKey, { sheet, read });
    }
    const archive = this.sheetData('Lưu trữ') ? gridOf(this.sheetData('Lưu trữ')!).slice(1) : [];
    const column = { value: 6, evidence: 7, explanation: 8 } as const;
    const lineKeys = (id: string, index: number) => (index === 0 ? [id, `${id}/1`] : [`${id}/${index + 1}`]);
    const onTab = (e: Entry) => {
      const tab = tabs.get(e.unit);
      if (!tab) return false;
      return lineKeys(e.id, e.targetIndex).some((k) => {
        const line = tab.read.lines.get(k);
        if (!line) return false;
        const held = e.role === 'value' ? line.periods[e.period] : line[e.role][e.period];
        return held === e.value;
      });
    };
    const archived = (e: Entry) =>
      archive.some(
        (r) => indicatorIdOfLine(String(r[3])) === e.id && r[5] === e.period && r[column[e.role]] === e.value,
      );
    const book = new Book(this.local.platform);
    const { model } = loadModel(book);
    const planned = new Set(model.plan.tabs.flatMap((t) => t.lines.map((l) => `${t.unit.key}|${l.key}`)));
    const periods = model.settings.periods;
    for (const e of this.entries.values()) {
      const stays =
        lineKeys(e.id, e.targetIndex).some((k) => planned.has(`${e.unit}|${k}`)) && periods.includes(e.period);
      if (onTab(e) && (stays || !complete)) continue;
      if (archived(e)) continue;
      if (!stays && complete && onTab(e)) this.fail('stranded', this.key(e));
      else if (e.mustStay || !stays) this.fail('lost', `${this.key(e)} = ${String(e.value)}`);
      else this.fail('lost', `${this.key(e)} = ${String(e.value)} (moved)`);
    }
    // Every value a tab shows was typed for that unit, line, period and column.
    for (const [unit, { read }] of tabs) {
      for (const [key, line] of read.lines) {
        const id = indicatorIdOfLine(key);
        const index = id === key ? 0 : Number(key.slice(key.lastIndexOf('/') + 1)) - 1;
        for (const role of ['value', 'evidence', 'explanation'] as const) {
          const held = role === 'value' ? line.periods : line[role];
          for (const [period, value] of Object.entries(held)) {
            const e = this.entries.get(this.key({ unit, id, targetIndex: index, period, role }));
            const single = this.entries.get(this.key({ unit, id, targetIndex: 0, period, role }));
            if (e?.value === value || (index === 0 && single?.value === value)) continue;
            this.fail('misplaced', `${unit} ${key} ${period} ${role} = ${String(value)}`);
          }
        }
      }
    }
    this.checkPermissions(tabs, complete, model);
  }

  private checkPermissions(
    tabs: Map<string, { sheet: SheetData; read: NonNullable<ReturnType<typeof readTab>> }>,
    complete: boolean,
    model: ReturnType<typeof loadModel>['model'],
  ): void {
    const reopened = model.state.reopened;
    // Every sheet but the entry log, which the simple onEdit trigger writes as the person who
    // typed (its forgery is guarded otherwise, see tests/sheets/log-forgery.test.ts).
    const sheets = this.local.workbook.sheets
      .filter((sheet) => sheet.name !== EDIT_LOG_SHEET)
      .map((sheet) => ({ sheet, grid: gridOf(sheet) }))
      .map((s) => ({ ...s, read: readTab(s.grid) }))
      .filter((s) => complete || !this.unfinished.has(s.sheet.sheetId) || (s.read?.agencyKey ?? '') !== '');
    for (const agency of AGENCIES) {
      // The units this person types for (a renamed agency not recognised as one may share them).
      const units = model.rows.filter(
        (r) => r.editors.includes(agency.email) && model.plan.tabs.some((t) => t.unit.key === r.key),
      );
      const ownTabs = new Map(
        units.flatMap((u) => (tabs.get(u.key) ? [[tabs.get(u.key)!.sheet, u.key] as const] : [])),
      );
      // After a stopped run, a tab whose unit no longer reports anything is retired only by the
      // next complete run: until then its own agency may still type into it (nothing is lost:
      // the retirement archives what it holds).
      const formerTabs = new Set(
        model.rows
          .filter((r) => r.editors.includes(agency.email))
          .flatMap((u) => (tabs.get(u.key) ? [tabs.get(u.key)!.sheet] : [])),
      );
      for (const { sheet, grid, read } of sheets) {
        const unitKey = ownTabs.get(sheet);
        const closed = new Set(
          model.settings.closedPeriods.filter((p) => !(unitKey && (reopened[unitKey] ?? []).includes(p))),
        );
        const lineRows = new Set(read ? read.rows.values() : []);
        const inputs = new Map<number, string>();
        for (const p of read?.layout.period ?? [])
          for (const c of [p.value, p.evidence, p.explanation]) inputs.set(c, p.period);
        const width = Math.max(1, grid[0]?.length ?? 0);
        const height = Math.max(1, grid.length);
        for (let r = 1; r <= height; r++) {
          for (let c = 1; c <= width; c++) {
            const may = this.local.engine.canEdit(sheet.name, r, c, agency.email);
            const period = inputs.get(c);
            const should = !!unitKey && r >= FIRST_LINE_ROW && lineRows.has(r) && !!period && !closed.has(period);
            const former = !complete && formerTabs.has(sheet) && lineRows.has(r) && !!period;
            if (may && !should && !former)
              this.fail('breaches', `${agency.email} may edit ${sheet.name}!${columnName(c)}${r}`);
            if (complete && should && !may) {
              this.fail('lockedOut', `${agency.email} cannot edit ${sheet.name}!${columnName(c)}${r}`);
            }
          }
        }
      }
    }
  }

  /** One random step; a sequence ends with a complete regeneration and a full check. */
  step(): void {
    const r = this.random();
    if (r < 0.35) this.type();
    else if (r < 0.55) this.editTable();
    else if (r < 0.62) this.editSettings();
    else if (r < 0.68) this.renameTabs();
    else if (r < 0.74) this.closeOrReopen();
    else this.regenerate(true);
  }

  finish(): void {
    this.regenerate(false);
    this.figures.sequences++;
  }
}

function columnName(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Runs `count` sequences of `steps` steps from `seed` on; the figures of all of them. */
export function fuzz(seed: number, count: number, steps: number): Figures {
  const figures = emptyFigures();
  for (let i = 0; i < count; i++) {
    const world = new World(seed + i, figures);
    for (let s = 0; s < steps; s++) world.step();
    world.finish();
  }
  return figures;
}
