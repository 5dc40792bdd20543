/**
 * Protected sheets and ranges. A new protection's editors mirror the file's (owner, editors,
 * the user running the script), as in Sheets; the owner and the current user cannot be
 * removed. Only someone the protection lets edit may change it (rules.ts, 6); the same rules
 * decide whether a person's edit or a script's write is allowed.
 */
import { containsCell, intersects, type GridRange } from './a1';
import type { EngineContext } from './context';
import { enumMember, nameOf, ProtectionType } from './enums';
import { ScriptError, messages } from './errors';
import type { ProtectionData, SheetData, WorkbookData } from './model';
import { canEditProtected, isWrite, ruleMessages } from './rules';
import type { ProtectionApi, RangeApi, UserApi } from '../../sheets/gas';
import Ss = GoogleAppsScript.Spreadsheet;

export class FakeUser implements UserApi {
  constructor(private readonly email: string) {}
  getEmail(): string {
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

export class FakeProtection implements ProtectionApi {
  constructor(
    private readonly ctx: EngineContext,
    private readonly sheet: SheetData,
    readonly data: ProtectionData,
  ) {}

  /** Counts the call; a change needs the running user to be one the protection lets edit. */
  private hit(method: string): void {
    this.ctx.calls.hit('Protection', method);
    if (isWrite('Protection', method) && !canEditProtected(this.ctx.workbook, this.data, this.ctx.users.effective)) {
      throw new ScriptError(ruleMessages.protectedCell());
    }
  }

  addEditor(emailAddress: string): this {
    this.hit('addEditor');
    this.data.editors = uniqueEmails([...this.data.editors, emailAddress]);
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
    return canEditProtected(this.ctx.workbook, this.data, this.ctx.users.effective);
  }
  getDescription(): string {
    this.hit('getDescription');
    return this.data.description;
  }
  getEditors(): FakeUser[] {
    this.hit('getEditors');
    return this.data.editors.map((e) => new FakeUser(e));
  }
  getProtectionType(): Ss.ProtectionType {
    this.hit('getProtectionType');
    return enumMember(ProtectionType, this.data.type);
  }
  getRange(): RangeApi {
    this.hit('getRange');
    const grid = this.data.range ?? {
      row: 1,
      column: 1,
      numRows: this.sheet.maxRows,
      numColumns: this.sheet.maxColumns,
    };
    return this.ctx.rangeView(this.sheet, grid);
  }
  getUnprotectedRanges(): RangeApi[] {
    this.hit('getUnprotectedRanges');
    return this.data.unprotected.map((g) => this.ctx.rangeView(this.sheet, g));
  }
  remove(): void {
    this.hit('remove');
    const i = this.sheet.protections.indexOf(this.data);
    if (i >= 0) this.sheet.protections.splice(i, 1);
  }
  /** The owner and the running user stay, as Sheets keeps them (rules.ts, KEPT_ON_REMOVE). */
  removeEditors(emailAddresses: string[]): this {
    this.hit('removeEditors');
    const keep = new Set([lower(this.ctx.workbook.owner), lower(this.ctx.users.effective)]);
    const drop = new Set(emailAddresses.map(lower).filter((e) => !keep.has(e)));
    this.data.editors = this.data.editors.filter((e) => !drop.has(lower(e)));
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
  setUnprotectedRanges(ranges: RangeApi[]): this {
    this.hit('setUnprotectedRanges');
    const grids = ranges.map((r) => {
      const { sheet, grid } = this.ctx.rangeData(r);
      if (sheet !== this.sheet) throw new ScriptError(messages.invalidArgument('ranges'));
      return { ...grid };
    });
    // Only a sheet protection has holes; Sheets ignores this on a range protection.
    if (this.data.type === 'SHEET') this.data.unprotected = grids;
    return this;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.hit('setWarningOnly');
    this.data.warningOnly = warningOnly;
    return this;
  }
}

/** Whether `p` covers the cell: a range protection its range, a sheet protection all but its holes. */
function covers(p: ProtectionData, row: number, column: number): boolean {
  return p.type === 'SHEET'
    ? !p.unprotected.some((g) => containsCell(g, row, column))
    : !!p.range && containsCell(p.range, row, column);
}

/** The first protection covering the cell that keeps `email` out (warning-only ones let edits through), or null. */
export function protectionAgainst(
  wb: WorkbookData,
  sheet: SheetData,
  row: number,
  column: number,
  email: string,
): ProtectionData | null {
  for (const p of sheet.protections) {
    if (!canEditProtected(wb, { ...p, warningOnly: false }, email) && covers(p, row, column)) return p;
  }
  return null;
}

/**
 * Whether a script running as `email` may write to the cells of `grid`: no protection that keeps
 * it out covers any of them (a warning-only protection does not stop a script).
 */
export function mayWriteCells(wb: WorkbookData, sheet: SheetData, grid: GridRange, email: string): boolean {
  for (const p of sheet.protections) {
    if (canEditProtected(wb, p, email)) continue;
    if (p.type === 'RANGE') {
      if (p.range && intersects(p.range, grid)) return false;
      continue;
    }
    // A sheet protection keeps out every cell of the range not inside one of its holes.
    if (p.unprotected.some((hole) => containsGrid(hole, grid))) continue;
    for (let r = grid.row; r < grid.row + grid.numRows; r++) {
      for (let c = grid.column; c < grid.column + grid.numColumns; c++) {
        if (!p.unprotected.some((hole) => containsCell(hole, r, c))) return false;
      }
    }
  }
  return true;
}

/** Whether a script running as `email` may change the sheet itself (rows, columns, rules, name). */
export function mayChangeSheet(wb: WorkbookData, sheet: SheetData, email: string): boolean {
  return sheet.protections.every((p) => p.type !== 'SHEET' || canEditProtected(wb, p, email));
}

function containsGrid(outer: GridRange, g: GridRange): boolean {
  return (
    g.row >= outer.row &&
    g.column >= outer.column &&
    g.row + g.numRows <= outer.row + outer.numRows &&
    g.column + g.numColumns <= outer.column + outer.numColumns
  );
}

/** A protection type value as the model's name ('SHEET' | 'RANGE'). */
export function protectionTypeName(type: Ss.ProtectionType): 'SHEET' | 'RANGE' {
  return nameOf(ProtectionType, type) as 'SHEET' | 'RANGE';
}
