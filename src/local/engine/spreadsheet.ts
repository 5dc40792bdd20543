/**
 * Spreadsheet: the list of sheets, the active sheet, file-level facts (name, locale, time zone).
 */
import type { EngineContext } from './context';
import { ScriptError, messages } from './errors';
import { allocateSheetId, copySheet, DEFAULT_MAX_COLUMNS, DEFAULT_MAX_ROWS, newSheet, type SheetData } from './model';
import { checkCellLimit, checkTemplate, isFileEditor, LIMITS, ruleMessages } from './rules';
import { FakeUser } from './protection';
import type { SheetApi, SpreadsheetApi, UserApi } from '../../sheets/gas';

type InsertOptions = { template?: SheetApi | undefined };

/** Checks a sheet name the way Sheets does: not empty, at most 100 characters, unique ignoring case. */
export function checkSheetName(ctx: EngineContext, name: string, except?: SheetData): void {
  if (!name.trim()) throw new ScriptError(messages.sheetNameEmpty());
  if (name.length > LIMITS.sheetName) throw new ScriptError(ruleMessages.sheetNameTooLong());
  const lower = name.toLowerCase();
  const clash = ctx.workbook.sheets.find((s) => s !== except && s.name.toLowerCase() === lower);
  if (clash) throw new ScriptError(messages.sheetExists(name));
}

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

  getName(): string {
    this.hit('getName');
    return this.wb.name;
  }
  getSheets(): SheetApi[] {
    this.hit('getSheets');
    return this.wb.sheets.map((s) => this.ctx.sheetView(s));
  }
  /** Sheet names compare ignoring case, as in Sheets. */
  getSheetByName(name: string): SheetApi | null {
    this.hit('getSheetByName');
    const lower = name.toLowerCase();
    const sheet = this.wb.sheets.find((s) => s.name.toLowerCase() === lower);
    return sheet ? this.ctx.sheetView(sheet) : null;
  }

  /**
   * Inserts a sheet at a 0-based index, or right after the active sheet; the new sheet becomes
   * active. Unnamed sheets get the first free "SheetN". Its grid (1000 × 26, or the template's)
   * counts against the file's 10 M cells at once (rules.ts, 4). A copy carries what rules.ts, 9
   * lists; a template with protections or charts is refused.
   */
  insertSheet(a?: string | number | InsertOptions, b?: number | InsertOptions, c?: InsertOptions): SheetApi {
    this.hit('insertSheet');
    const name = typeof a === 'string' ? a : this.freeName();
    const [second, third] = typeof a === 'string' ? [b, c] : [a, b];
    const index = typeof second === 'number' ? second : this.wb.sheets.indexOf(this.activeSheet()) + 1;
    const last = typeof second === 'number' ? third : second;
    const template = typeof last === 'object' && last.template ? this.ctx.sheetData(last.template) : null;
    checkSheetName(this.ctx, name);
    if (template) checkTemplate(template);
    if (index < 0 || index > this.wb.sheets.length) throw new ScriptError(messages.invalidArgument('sheetIndex'));
    checkCellLimit(this.wb, template ? template.maxRows * template.maxColumns : DEFAULT_MAX_ROWS * DEFAULT_MAX_COLUMNS);
    const id = allocateSheetId(this.wb);
    const sheet = template ? copySheet(template, name, id) : newSheet(name, id);
    this.wb.sheets.splice(index, 0, sheet);
    this.wb.activeSheetId = sheet.sheetId;
    this.ctx.changed();
    return this.ctx.sheetView(sheet);
  }
  deleteSheet(sheet: SheetApi): void {
    this.hit('deleteSheet');
    const data = this.ctx.sheetData(sheet);
    this.ctx.guardSheet(data);
    const visibleLeft = this.wb.sheets.filter((s) => s !== data && !s.hidden);
    if (visibleLeft.length === 0) throw new ScriptError(messages.lastSheet());
    this.wb.sheets.splice(this.wb.sheets.indexOf(data), 1);
    if (this.wb.activeSheetId === data.sheetId) this.wb.activeSheetId = visibleLeft[0].sheetId;
    this.ctx.changed();
  }
  setActiveSheet(sheet: SheetApi): SheetApi {
    this.hit('setActiveSheet');
    const data = this.ctx.sheetData(sheet);
    this.wb.activeSheetId = data.sheetId;
    return this.ctx.sheetView(data);
  }
  getActiveSheet(): SheetApi {
    this.hit('getActiveSheet');
    return this.ctx.sheetView(this.activeSheet());
  }
  getSpreadsheetLocale(): string {
    this.hit('getSpreadsheetLocale');
    return this.wb.locale;
  }
  getSpreadsheetTimeZone(): string {
    this.hit('getSpreadsheetTimeZone');
    return this.wb.timeZone;
  }
  setSpreadsheetLocale(locale: string): void {
    this.hit('setSpreadsheetLocale');
    this.wb.locale = locale;
    this.ctx.changed();
  }
  getOwner(): UserApi | null {
    this.hit('getOwner');
    return new FakeUser(this.wb.owner);
  }
  getEditors(): UserApi[] {
    this.hit('getEditors');
    return [this.wb.owner, ...this.wb.editors].map((e) => new FakeUser(e));
  }
  /**
   * Shares the file for editing (a Drive permission, unlike Protection.addEditor). Only someone
   * who can edit the file may share it: its owner, or an editor while the owner leaves Drive's
   * default "Editors can change permissions and share" on (wb.editorsCanShare).
   */
  addEditor(emailAddress: string): SpreadsheetApi {
    this.hit('addEditor');
    const email = emailAddress.trim();
    const me = this.ctx.users.effective;
    const isOwner = this.wb.owner.toLowerCase() === me.toLowerCase();
    if (!isOwner && !(isFileEditor(this.wb, me) && this.wb.editorsCanShare !== false)) {
      throw new ScriptError(messages.noPermission());
    }
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new ScriptError(messages.invalidEmail(email));
    if (!isFileEditor(this.wb, email)) this.wb.editors.push(email);
    return this;
  }

  private freeName(): string {
    const taken = new Set(this.wb.sheets.map((s) => s.name.toLowerCase()));
    let n = this.wb.sheets.length + 1;
    while (taken.has(`sheet${n}`)) n++;
    return `Sheet${n}`;
  }
}
