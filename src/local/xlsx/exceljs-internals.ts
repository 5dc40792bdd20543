/**
 * Parts of ExcelJS 4.4's Worksheet that exist at runtime but are missing from its typings:
 * the sheet-wide validation map (to add one entry per range rather than per cell, which
 * ExcelJS would regroup; as the patched ExcelJS reads it, keyed by cell or by range), the
 * conditional formats as read, and the sheet protection as read.
 * The cell-is operator list is also wider than the typings' four: the writer passes any through.
 */
import type * as ExcelJS from 'exceljs';

export type CellIsOperator =
  | 'between'
  | 'notBetween'
  | 'equal'
  | 'notEqual'
  | 'greaterThan'
  | 'greaterThanOrEqual'
  | 'lessThan'
  | 'lessThanOrEqual';

export interface CfRule {
  type: string;
  priority: number;
  operator?: string;
  formulae?: (string | number)[];
  style?: Partial<ExcelJS.Style>;
}

export interface CfBlock {
  ref: string;
  rules: CfRule[];
}

interface WorksheetInternals {
  dataValidations: {
    add(address: string, validation: ExcelJS.DataValidation): void;
    model: Record<string, ExcelJS.DataValidation | undefined>;
  };
  conditionalFormattings: CfBlock[];
  sheetProtection: { sheet?: boolean } | null;
}

/** The one place the worksheet is seen through the untyped runtime shape above. */
export function internals(ws: ExcelJS.Worksheet): WorksheetInternals {
  return ws as unknown as WorksheetInternals;
}
