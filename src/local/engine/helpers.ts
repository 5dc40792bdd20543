/**
 * Engine helpers for tests and local runs, outside the Apps Script API and not counted as
 * calls: simulated user edits (checked against file access, protections and validation, as
 * Sheets checks a person's typing), the edit event a simple trigger would get, conditional
 * formatting as a person would see it, the lock switch, and failure injection (faults.ts):
 *
 *   failAt(n, kind?)        the n-th service call from now fails ('service' or 'timeout')
 *   failWith(policy | null) any FailurePolicy: { at, probability + seed, match, kind, once }
 *   serviceCalls()          service calls this execution has made (to pick n at random)
 *   failedCalls()           the calls that failed, in order
 *   endExecution()          the run is over: its lock is released, a stopped run may run again
 *
 * Another execution on the same file is another engine over the same WorkbookData
 * (createPlatform(local.workbook, { user })): they share the document lock.
 */
import { cellA1, containsCell, parseA1 } from './a1';
import { WHITE, BLACK } from './colors';
import { conditionHolds } from './conditional';
import type { Engine } from './engine';
import { messages } from './errors';
import type { FailureKind, FailurePolicy } from './faults';
import { getCell, type CellValue, type SheetData } from './model';
import { FakeUser, protectionAgainst } from './protection';
import { emailSeenBySimpleTrigger, isFileEditor, ruleMessages } from './rules';
import { ANOTHER_EXECUTION, documentLockOf } from './services';
import { satisfies } from './validation';
import { interpretInput, PLAIN_TEXT_FORMAT, usesDecimalComma, writeContent } from './values';
import type { RangeApi } from '../../sheets/gas';

export interface EditResult {
  ok: boolean;
  /** Why a rejected edit was rejected: not an editor of the file, a protection, or validation. */
  reason?: 'not-editor' | 'protected' | 'invalid';
  /** The message Sheets would show: the rule's help text, or its generic text. */
  message?: string;
  /** Accepted with a warning: a warning-only protection, or a rule that allows invalid data. */
  warning?: 'protected' | 'invalid';
}

export interface EditRecord {
  sheet: string;
  a1: string;
  user: string;
  value: unknown;
  at: Date;
}

export interface EffectiveStyle {
  background: string;
  fontColor: string;
  bold: boolean;
}

export class EngineHelpers {
  /** Accepted user edits, in order. */
  readonly edits: EditRecord[] = [];

  constructor(private readonly engine: Engine) {}

  private sheet(name: string): SheetData {
    const lower = name.toLowerCase();
    const sheet = this.engine.workbook.sheets.find((s) => s.name.toLowerCase() === lower);
    if (!sheet) throw new Error(`No sheet named "${name}"`);
    return sheet;
  }

  private cell(a1: string): { row: number; column: number } {
    const p = parseA1(a1);
    if (
      !p ||
      p.startRow === undefined ||
      p.startColumn === undefined ||
      p.endRow !== p.startRow ||
      p.endColumn !== p.startColumn
    ) {
      throw new Error(`Not a single cell: ${a1}`);
    }
    return { row: p.startRow, column: p.startColumn };
  }

  /**
   * A person (default: the active user) types `value` into one cell. Rejected when the person
   * is not an editor of the file (a protection listing them gives no access to the file), when
   * a protection covers the cell and the person is not among its editors, or when the cell's
   * validation rejects invalid data and the value fails it; a rejected edit changes nothing.
   */
  userEdit(sheetName: string, a1: string, value: unknown, asUser?: string): EditResult {
    const sheet = this.sheet(sheetName);
    const { row, column } = this.cell(a1);
    const user = asUser ?? this.engine.users.active;
    const wb = this.engine.workbook;
    if (!isFileEditor(wb, user)) return { ok: false, reason: 'not-editor', message: ruleMessages.notAnEditor() };
    const guard = protectionAgainst(wb, sheet, row, column, user);
    if (guard && !guard.warningOnly) return { ok: false, reason: 'protected', message: ruleMessages.protectedCell() };

    const before = { ...getCell(sheet, row, column) };
    const plain = before.numberFormat === PLAIN_TEXT_FORMAT;
    writeContent(sheet, row, column, interpretInput(value, plain, usesDecimalComma(this.engine.workbook.locale)));
    this.engine.changed();
    const rule = getCell(sheet, row, column)?.validation;
    const valid = !rule || satisfies(this.engine, sheet, rule, row, column);
    if (!valid && !rule!.allowInvalid) {
      const { value: v, formula, cached } = before;
      writeContent(sheet, row, column, { value: v, formula });
      if (cached !== undefined) getCell(sheet, row, column)!.cached = cached;
      this.engine.changed();
      return { ok: false, reason: 'invalid', message: rule!.helpText || messages.invalidData(a1.toUpperCase()) };
    }
    this.edits.push({ sheet: sheet.name, a1: a1.toUpperCase(), user, value, at: this.engine.now() });
    const result: EditResult = { ok: true };
    if (guard) result.warning = 'protected';
    else if (!valid) result.warning = 'invalid';
    return result;
  }

  /** The cell's look after conditional formatting: the first rule that holds sets what it sets. */
  effectiveStyle(sheetName: string, a1: string): EffectiveStyle {
    const sheet = this.sheet(sheetName);
    const { row, column } = this.cell(a1);
    const own = getCell(sheet, row, column);
    const style: EffectiveStyle = {
      background: own?.background ?? WHITE,
      fontColor: own?.fontColor ?? BLACK,
      bold: own?.bold ?? false,
    };
    const rule = sheet.conditionalRules.find(
      (r) => r.ranges.some((g) => containsCell(g, row, column)) && conditionHolds(this.engine, sheet, r, row, column),
    );
    if (rule?.format.background) style.background = rule.format.background;
    if (rule?.format.fontColor) style.fontColor = rule.format.fontColor;
    if (typeof rule?.format.bold === 'boolean') style.bold = rule.format.bold;
    return style;
  }

  effectiveBackground(sheetName: string, a1: string): string {
    return this.effectiveStyle(sheetName, a1).background;
  }

  /** Cells whose value breaks their validation rule (what Sheets marks with a red corner). */
  invalidCells(sheetName: string): string[] {
    const sheet = this.sheet(sheetName);
    const out: string[] = [];
    for (const [r, cols] of sheet.rows) {
      for (const [c, cell] of cols) {
        if (cell.validation && !satisfies(this.engine, sheet, cell.validation, r, c)) out.push(cellA1(r, c));
      }
    }
    return out;
  }

  /** The value getValues would return for one cell, without counting a call. */
  valueAt(sheetName: string, a1: string): CellValue {
    const { row, column } = this.cell(a1);
    return this.engine.cellValue(this.sheet(sheetName), row, column);
  }

  /**
   * The event object Sheets gives a simple onEdit trigger for that edit: the range and the user,
   * whose e-mail is blank unless Apps Script discloses it (rules.ts, 8).
   */
  editEvent(sheetName: string, a1: string, editor: string): { range: RangeApi; user: FakeUser } {
    const sheet = this.sheet(sheetName);
    const { row, column } = this.cell(a1);
    const range = this.engine.rangeView(sheet, { row, column, numRows: 1, numColumns: 1 });
    return { range, user: new FakeUser(emailSeenBySimpleTrigger(this.engine.workbook, editor)) };
  }

  /** Simulates another user's script holding the document lock (true) or releasing it. */
  lockHeldByOtherUser(held: boolean): void {
    const lock = documentLockOf(this.engine.workbook);
    if (held) lock.holder = ANOTHER_EXECUTION;
    else if (lock.holder === ANOTHER_EXECUTION) lock.holder = null;
  }

  /**
   * Whether a person may type into a cell: an editor of the file whom no protection of the
   * cell excludes (warning-only protections let them). Changes nothing.
   */
  canEdit(sheetName: string, row: number, column: number, user: string): boolean {
    const wb = this.engine.workbook;
    if (!isFileEditor(wb, user)) return false;
    const guard = protectionAgainst(wb, this.sheet(sheetName), row, column, user);
    return !guard || guard.warningOnly;
  }

  /** Runs `action(call, n)` before each service call of this execution (null to stop). */
  beforeEachCall(action: ((call: string, n: number) => void) | null): void {
    this.engine.faults.beforeCall = action;
  }

  /** The n-th service call from now fails (1 = the next one), once. */
  failAt(n: number, kind: FailureKind = 'service'): void {
    this.engine.failWith({ at: n, kind });
  }

  /** Sets the failure policy of this execution, or lifts it with null. */
  failWith(policy: FailurePolicy | null): void {
    this.engine.failWith(policy);
  }

  /** Service calls made since the execution began (failed ones included). */
  serviceCalls(): number {
    return this.engine.faults.serviceCalls;
  }

  /** The calls that failed on purpose, in order ("Kind.method"). */
  failedCalls(): string[] {
    return [...this.engine.faults.failed];
  }

  /** The execution ends: its document lock is released, and a run stopped by the time limit may run again. */
  endExecution(): void {
    this.engine.endExecution();
  }
}
