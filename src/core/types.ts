/** Shared data shapes of the core layer. Plain JSON-safe objects only (they cross google.script.run). */

export type TargetOp = '>' | '>=' | '=' | '<=' | '<' | 'between' | 'exists';

/**
 * One target of an indicator.
 * - value is in the unit as written: 95 for "95%", 1 for "Tối thiểu 01 nhân sự".
 * - `exists` targets ("Có hệ thống") have value 1 and are met by a "Có" answer.
 * - `between` uses value as the lower and max as the upper bound, both inclusive.
 */
export interface Target {
  op: TargetOp;
  value: number;
  max?: number;
  /** '%', the counted noun as written in lower case ("nhân sự", "mô hình"), or null. */
  unit: string | null;
  /** Which part of a multi-target text this belongs to ("cấp tỉnh", "hồ sơ được xử lý trực tuyến toàn trình"). */
  label?: string;
}

export type WarningCode =
  | 'target-unreadable'
  | 'target-missing'
  | 'target-over-100'
  | 'target-percent-unit-missing'
  | 'table-empty'
  | 'table-no-header'
  | 'row-no-text'
  | 'row-no-agency'
  | 'agency-unknown'
  | 'id-duplicate'
  | 'id-stale';

/** A problem found while reading; message is Vietnamese, from the message catalogue. */
export interface Warning {
  code: WarningCode;
  message: string;
  /** 1-based row in the pasted grid, when the problem belongs to a row. */
  row?: number;
  /** The offending text, as written. */
  text?: string;
}

export interface TargetParse {
  input: string;
  targets: Target[];
  warnings: Warning[];
}

export type Tier = 'mandatory' | 'extended';

/** How an agency enters a figure for a target. */
export type InputKind = 'percent' | 'count' | 'yesno' | 'number';

export interface Indicator {
  /** Stable id: survives reordering and restarting numbering (e.g. "s2-1.3", or an id written back by the sheet). */
  id: string;
  /** The printed code, as in the document ("1.1", "7", "2.10"); "" when the row lost it. */
  code: string;
  /** Section title as written, without its number ("Hạ tầng số"); "" when the table has no sections. */
  section: string;
  /** Section number as printed ("I", "2"); "" when none. */
  sectionCode: string;
  /** Indicator text, display spelling (NFC, whitespace collapsed, HTML removed). */
  text: string;
  /** The target as written (target column, or the indicator text when the target is embedded). */
  targetText: string;
  targets: Target[];
  /** Unit column as written, or derived from the targets ('%'), or null. */
  unit: string | null;
  lead: string[];
  cooperating: string[];
  monitor: string[];
  tier: Tier | null;
  method: string;
  note: string;
  /** 1-based grid row where the indicator starts. */
  row: number;
}

export interface TableRead {
  indicators: Indicator[];
  warnings: Warning[];
  /** Which logical columns were found, by 0-based grid column. */
  columns: Partial<Record<ColumnRole, number>>;
  /** 1-based row of the header. */
  headerRow: number;
}

export type ColumnRole =
  | 'code'
  | 'text'
  | 'target'
  | 'unit'
  | 'lead'
  | 'cooperating'
  | 'monitor'
  | 'tier'
  | 'method'
  | 'note'
  | 'id';

export type Grid = string[][];
