/**
 * Protected sheets and ranges. A new protection's editors mirror the file's (owner, editors,
 * the user running the script), as in Sheets; the owner and the current user cannot be
 * removed. The same rules decide whether a simulated user edit is allowed.
 */
import { containsCell } from './a1';
import type { EngineContext } from './context';
import { nameOf, ProtectionType, enumMember } from './enums';
import { ScriptError, messages } from './errors';
import type { ProtectionData, SheetData } from './model';
import Ss = GoogleAppsScript.Spreadsheet;
import Base = GoogleAppsScript.Base;

export class FakeUser implements Base.User {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  /** Deprecated in Apps Script, where it returns the e-mail too. */
  getUserLoginId(): string {
    return this.email;
  }
}

const lower = (s: string) => s.toLowerCase();

function uniqueEmails(emails: string[]): string[] {
  const seen = new Set<string>();
  return emails.filter((e) => !seen.has(lower(e)) && !!seen.add(lower(e)));
}

export function newProtection(ctx: EngineContext, data: Pick<ProtectionData, 'type' | 'range'>): ProtectionData {
  const wb = ctx.workbook;
  return {
    ...data,
    description: '',
    editors: uniqueEmails([wb.owner, ...wb.editors, ctx.users.effective]),
    domainEdit: false,
    warningOnly: false,
    unprotected: [],
  };
}

type UserOrEmail = string | Base.User;
const emailOf = (u: UserOrEmail) => (typeof u === 'string' ? u : u.getEmail());

export class FakeProtection implements Ss.Protection {
  constructor(
    private readonly ctx: EngineContext,
    private readonly sheet: SheetData,
    readonly data: ProtectionData,
  ) {}

  private hit(method: string): void {
    this.ctx.calls.hit('Protection', method);
  }

  addEditor(user: UserOrEmail): this {
    this.hit('addEditor');
    this.data.editors = uniqueEmails([...this.data.editors, emailOf(user)]);
    return this;
  }
  addEditors(emailAddresses: string[]): this {
    this.hit('addEditors');
    this.data.editors = uniqueEmails([...this.data.editors, ...emailAddresses]);
    return this;
  }
  canDomainEdit(): boolean {
    this.hit('canDomainEdit');
    return this.data.domainEdit;
  }
  canEdit(): boolean {
    this.hit('canEdit');
    return isEditor(this.ctx, this.data, this.ctx.users.effective);
  }
  getDescription(): string {
    this.hit('getDescription');
    return this.data.description;
  }
  getEditors(): Base.User[] {
    this.hit('getEditors');
    return this.data.editors.map((e) => new FakeUser(e));
  }
  getProtectionType(): Ss.ProtectionType {
    this.hit('getProtectionType');
    return enumMember(ProtectionType, this.data.type);
  }
  getRange(): Ss.Range {
    this.hit('getRange');
    const grid = this.data.range ?? {
      row: 1,
      column: 1,
      numRows: this.sheet.maxRows,
      numColumns: this.sheet.maxColumns,
    };
    return this.ctx.rangeView(this.sheet, grid);
  }
  getRangeName(): string | null {
    this.hit('getRangeName');
    return null;
  }
  getUnprotectedRanges(): Ss.Range[] {
    this.hit('getUnprotectedRanges');
    return this.data.unprotected.map((g) => this.ctx.rangeView(this.sheet, g));
  }
  isWarningOnly(): boolean {
    this.hit('isWarningOnly');
    return this.data.warningOnly;
  }
  remove(): void {
    this.hit('remove');
    const i = this.sheet.protections.indexOf(this.data);
    if (i >= 0) this.sheet.protections.splice(i, 1);
  }
  removeEditor(user: UserOrEmail): this {
    this.hit('removeEditor');
    this.dropEditors([emailOf(user)]);
    return this;
  }
  removeEditors(users: string[] | Base.User[]): this {
    this.hit('removeEditors');
    const list: UserOrEmail[] = users;
    this.dropEditors(list.map(emailOf));
    return this;
  }
  setDescription(description: string): this {
    this.hit('setDescription');
    this.data.description = description;
    return this;
  }
  setDomainEdit(editable: boolean): this {
    this.hit('setDomainEdit');
    this.data.domainEdit = editable;
    return this;
  }
  setNamedRange(namedRange: Ss.NamedRange): this {
    this.hit('setNamedRange');
    this.moveTo(namedRange.getRange());
    return this;
  }
  setRange(range: Ss.Range): this {
    this.hit('setRange');
    this.moveTo(range);
    return this;
  }
  setRangeName(): this {
    this.hit('setRangeName');
    throw new ScriptError(messages.notSupported('Named ranges'));
  }
  setUnprotectedRanges(ranges: Ss.Range[]): this {
    this.hit('setUnprotectedRanges');
    // Only a sheet protection has holes; Sheets ignores this on a range protection.
    if (this.data.type !== 'SHEET') return this;
    this.data.unprotected = ranges.map((r) => {
      const { sheet, grid } = this.ctx.rangeData(r);
      if (sheet !== this.sheet) throw new ScriptError(messages.invalidArgument('ranges'));
      return { ...grid };
    });
    return this;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.hit('setWarningOnly');
    this.data.warningOnly = warningOnly;
    return this;
  }

  private dropEditors(emails: string[]): void {
    const keep = new Set([lower(this.ctx.workbook.owner), lower(this.ctx.users.effective)]);
    const drop = new Set(emails.map(lower).filter((e) => !keep.has(e)));
    this.data.editors = this.data.editors.filter((e) => !drop.has(lower(e)));
  }

  private moveTo(range: Ss.Range): void {
    const { sheet, grid } = this.ctx.rangeData(range);
    if (this.data.type !== 'RANGE' || sheet !== this.sheet) throw new ScriptError(messages.invalidArgument('range'));
    this.data.range = { ...grid };
  }
}

function isEditor(ctx: EngineContext, p: ProtectionData, email: string): boolean {
  const e = lower(email);
  return e === lower(ctx.workbook.owner) || p.editors.some((x) => lower(x) === e);
}

/**
 * The first protection covering the cell that `email` is not an editor of, or null. A
 * warning-only one lets the edit through after a warning; any other stops it.
 */
export function protectionAgainst(
  ctx: EngineContext,
  sheet: SheetData,
  row: number,
  column: number,
  email: string,
): ProtectionData | null {
  for (const p of sheet.protections) {
    if (isEditor(ctx, p, email)) continue;
    const covers =
      p.type === 'SHEET'
        ? !p.unprotected.some((g) => containsCell(g, row, column))
        : !!p.range && containsCell(p.range, row, column);
    if (covers) return p;
  }
  return null;
}

/** A protection type value as the model's name ('SHEET' | 'RANGE'). */
export function protectionTypeName(type: Ss.ProtectionType): 'SHEET' | 'RANGE' {
  return nameOf(ProtectionType, type) as 'SHEET' | 'RANGE';
}
