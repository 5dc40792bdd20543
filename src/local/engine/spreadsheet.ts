/**
 * Spreadsheet: the list of sheets, the active sheet, file-level facts (id, locale, owner).
 */
import type { EngineContext } from './context';
import { ScriptError, messages } from './errors';
import { allocateSheetId, copySheet, newSheet, type SheetData } from './model';
import { FakeUser } from './protection';
import type { SheetApi, SpreadsheetApi } from '../../sheets/gas';
import { checkSheetName } from './sheet';
import Ss = GoogleAppsScript.Spreadsheet;
import Base = GoogleAppsScript.Base;

type InsertOptions = { template?: SheetApi | undefined };

export class FakeSpreadsheet implements SpreadsheetApi {
  constructor(private readonly ctx: EngineContext) {}

  private hit(method: string): void {
    this.ctx.calls.hit('Spreadsheet', method);
  }

  private get wb() {
    return this.ctx.workbook;
  }

  /** The active sheet's data: the remembered one, else the first sheet. */
  activeSheet(): SheetData {
    return this.wb.sheets.find((s) => s.sheetId === this.wb.activeSheetId) ?? this.wb.sheets[0];
  }

  getId(): string {
    this.hit('getId');
    return this.wb.id;
  }
  getName(): string {
    this.hit('getName');
    return this.wb.name;
  }
  getSheets(): Ss.Sheet[] {
    this.hit('getSheets');
    return this.wb.sheets.map((s) => this.ctx.sheetView(s));
  }
  /** Sheet names compare ignoring case, as in Sheets. */
  getSheetByName(name: string): Ss.Sheet | null {
    this.hit('getSheetByName');
    const lower = name.toLowerCase();
    const sheet = this.wb.sheets.find((s) => s.name.toLowerCase() === lower);
    return sheet ? this.ctx.sheetView(sheet) : null;
  }

  /**
   * Inserts a sheet at a 0-based index, or right after the active sheet; the new sheet becomes
   * active. Unnamed sheets get the first free "SheetN".
   */
  insertSheet(a?: string | number | InsertOptions, b?: number | InsertOptions, c?: InsertOptions): SheetApi {
    this.hit('insertSheet');
    const name = typeof a === 'string' ? a : this.freeName();
    const [second, third] = typeof a === 'string' ? [b, c] : [a, b];
    const index = typeof second === 'number' ? second : this.wb.sheets.indexOf(this.activeSheet()) + 1;
    const last = typeof second === 'number' ? third : second;
    const options = typeof last === 'object' ? last : undefined;
    checkSheetName(this.ctx, name);
    if (index < 0 || index > this.wb.sheets.length) throw new ScriptError(messages.invalidArgument('sheetIndex'));
    const id = allocateSheetId(this.wb);
    const sheet = options?.template
      ? copySheet(this.ctx.sheetData(options.template as Ss.Sheet /* a view this engine made */), name, id)
      : newSheet(name, id);
    this.wb.sheets.splice(index, 0, sheet);
    this.wb.activeSheetId = sheet.sheetId;
    this.ctx.changed();
    return this.ctx.sheetView(sheet);
  }
  deleteSheet(sheet: Ss.Sheet): void {
    this.hit('deleteSheet');
    const data = this.ctx.sheetData(sheet);
    const visibleLeft = this.wb.sheets.filter((s) => s !== data && !s.hidden);
    if (visibleLeft.length === 0) throw new ScriptError(messages.lastSheet());
    this.wb.sheets.splice(this.wb.sheets.indexOf(data), 1);
    if (this.wb.activeSheetId === data.sheetId) this.wb.activeSheetId = visibleLeft[0].sheetId;
    this.ctx.changed();
  }
  setActiveSheet(sheet: Ss.Sheet): Ss.Sheet {
    this.hit('setActiveSheet');
    const data = this.ctx.sheetData(sheet);
    this.wb.activeSheetId = data.sheetId;
    return this.ctx.sheetView(data);
  }
  getActiveSheet(): Ss.Sheet {
    this.hit('getActiveSheet');
    return this.ctx.sheetView(this.activeSheet());
  }
  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(pos: number): void {
    this.hit('moveActiveSheet');
    if (pos < 1 || pos > this.wb.sheets.length) throw new ScriptError(messages.invalidArgument('pos'));
    const active = this.activeSheet();
    this.wb.sheets.splice(this.wb.sheets.indexOf(active), 1);
    this.wb.sheets.splice(pos - 1, 0, active);
  }
  getSpreadsheetLocale(): string {
    this.hit('getSpreadsheetLocale');
    return this.wb.locale;
  }
  getSpreadsheetTimeZone(): string {
    this.hit('getSpreadsheetTimeZone');
    return this.wb.timeZone;
  }
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.hit('toast');
    this.wb.ui.toasts.push({ message: msg, title: title ?? null, timeoutSeconds: timeoutSeconds ?? null });
  }
  getOwner(): Base.User | null {
    this.hit('getOwner');
    return new FakeUser(this.wb.owner);
  }
  getEditors(): Base.User[] {
    this.hit('getEditors');
    return [this.wb.owner, ...this.wb.editors].map((e) => new FakeUser(e));
  }

  private freeName(): string {
    const taken = new Set(this.wb.sheets.map((s) => s.name.toLowerCase()));
    let n = this.wb.sheets.length + 1;
    while (taken.has(`sheet${n}`)) n++;
    return `Sheet${n}`;
  }
}
