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
  | 'id-stale'
  | 'column-choice'
  | 'row-gap'
  | 'row-split'
  | 'row-total'
  | 'deadline-unreadable'
  | 'table-header-guessed'
  | 'table-results-only'
  | 'table-no-agency'
  | 'target-change-ignored'
  | 'target-yes-no'
  | 'target-year-missing'
  | 'paste-rebuilt'
  | 'paste-row-interleaved'
  | 'paste-row-uncertain'
  | 'paste-row-uncoded'
  | 'paste-lines-dropped'
  | 'paste-no-header';

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
  /** Phrases left out because they are no level to check ("tăng 10% so với năm 2023"). */
  ignored?: string[];
}

export type Tier = 'mandatory' | 'extended';

/** How an agency enters a figure for a target. */
export type InputKind = 'percent' | 'count' | 'yesno' | 'number';

/** What a line tracks: a figure to reach, or a task its lead reports done or not. */
export type IndicatorKind = 'indicator' | 'task';

/**
 * When a task is due, read from its time cell ("Quý II/2025", "2026 - 2030", "Hằng năm", "Thường
 * xuyên"). Dates are ISO (yyyy-mm-dd). A deadline with only `text` gives no date ("Theo kế hoạch").
 */
export interface Deadline {
  /** The time cell as written. */
  text: string;
  /** First day of a span ("2026 - 2030" → 2026-01-01). */
  start?: string;
  /** Last day by which the task is due. */
  end?: string;
  /** A duty that comes back every year, quarter or month, or goes on all the time ("Thường xuyên"). */
  recurring?: 'year' | 'quarter' | 'month' | 'continuous';
  /** The month of a yearly deadline ("Tháng 12 hằng năm" → 12). */
  month?: number;
}

/** The targets of one year column ("Năm 2026", "Kế hoạch 2027 | Lượng (Tấn)"). */
export interface YearTargets {
  year: number;
  /** The column's header as written ("Năm hiện hành 2025 Kế hoạch"). */
  label: string;
  /** An "Ước thực hiện" column: an estimate of a result, shown as reference, never a target. */
  estimate?: boolean;
  /** The cells as written, joined by " | " when the year has several columns. */
  targetText: string;
  targets: Target[];
}

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
  /** 'task' in task tables ("Nhiệm vụ", "Thời gian thực hiện"); absent means 'indicator'. */
  kind?: IndicatorKind;
  /** Title of the titled row it belongs to inside its section ("Cà Phê" for "- Diện tích"), or "". */
  parent?: string;
  /** A task's deadline, read from its time cell; null when the table has none. */
  deadline?: Deadline | null;
  /** One entry per year column, in table order; `targets` then holds the workbook year's (see targetsForYear). */
  byYear?: YearTargets[];
  /** The product or result a task delivers ("Sản phẩm", "Kết quả dự kiến"), as written. */
  product?: string;
  /** The progress written in the table ("Đã hoàn thành", "Đang thực hiện"), as written. */
  status?: string;
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
  | 'id'
  | 'deadline'
  | 'product'
  | 'result'
  | 'status'
  | 'group'
  | 'detail'
  | 'person'
  | 'funding';

export type Grid = string[][];
