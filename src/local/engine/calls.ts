/**
 * Counts calls into the platform by "Kind.method" (e.g. "Range.setValues"), so tests and the
 * benchmark can see how chatty the sheets layer is. In Apps Script each read or write of a
 * range, sheet operation or rule change costs a round trip; getters of a range's own
 * coordinates and builder steps do not, so they are classed apart.
 */

export type CallCategory = 'read' | 'write' | 'sheet' | 'rule' | 'other';

export interface CallSummary {
  read: number;
  write: number;
  sheet: number;
  rule: number;
  other: number;
  total: number;
}

const RULE_KINDS = new Set([
  'DataValidation',
  'DataValidationBuilder',
  'ConditionalFormatRule',
  'ConditionalFormatRuleBuilder',
  'BooleanCondition',
  'Protection',
]);
const RULE_METHOD = /DataValidation|ConditionalFormat|^protect$|^getProtections$/;

const READS = new Set([
  'Range.getValues',
  'Range.getValue',
  'Range.getDisplayValues',
  'Range.getFormulas',
  'Range.getNumberFormats',
  'Range.getBackgrounds',
  'Range.getLastRow',
  'Range.getLastColumn',
  'Sheet.getDataRange',
  'Sheet.getLastRow',
  'Sheet.getLastColumn',
  'Sheet.getMaxRows',
  'Sheet.getMaxColumns',
  'Sheet.getFrozenRows',
  'Sheet.isSheetHidden',
]);

const SHEET_OPS = new Set([
  'Spreadsheet.getSheets',
  'Spreadsheet.getSheetByName',
  'Spreadsheet.insertSheet',
  'Spreadsheet.deleteSheet',
  'Spreadsheet.setActiveSheet',
  'Sheet.setName',
  'Sheet.insertRowsAfter',
  'Sheet.insertColumnsAfter',
  'Sheet.deleteRows',
  'Sheet.deleteColumns',
  'Sheet.setFrozenRows',
  'Sheet.setFrozenColumns',
  'Sheet.setColumnWidth',
  'Sheet.setColumnWidths',
  'Sheet.setRowHeight',
  'Sheet.autoResizeRows',
  'Sheet.hideSheet',
  'Sheet.setTabColor',
  'Sheet.clear',
  'Sheet.clearContents',
  'Sheet.activate',
  'Sheet.insertChart',
  'Sheet.setHiddenGridlines',
  'Sheet.hideColumns',
  'Sheet.showColumns',
]);

export function classifyCall(key: string): CallCategory {
  const dot = key.indexOf('.');
  const kind = key.slice(0, dot);
  const method = key.slice(dot + 1);
  if (RULE_KINDS.has(kind) || RULE_METHOD.test(method)) return 'rule';
  if (READS.has(key)) return 'read';
  if (SHEET_OPS.has(key)) return 'sheet';
  if (
    kind === 'Range' &&
    (method.startsWith('set') || method.startsWith('clear') || /^(merge|breakApart)$/.test(method))
  ) {
    return 'write';
  }
  return 'other';
}

/** Decides, before a call takes effect, whether it may: throws the error Apps Script would. */
export type CallGate = (kind: string, method: string) => void;

/**
 * Told of every counted call in order, with the cells of the range it went to (0 for calls that
 * are not on a range): the benchmark's cost model prices a read by the writes queued before it.
 */
export type CallListener = (key: string, cells: number) => void;

export class CallCounter {
  private readonly counts = new Map<string, number>();
  private listener: CallListener | null = null;

  /** Every call passes the gate (scopes, permissions, injected failures) once counted. */
  constructor(private readonly gate: CallGate = () => {}) {}

  /** Records one call of `kind.method`, then lets the gate refuse it. */
  hit(kind: string, method: string, cells = 0): void {
    const key = `${kind}.${method}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.listener?.(key, cells);
    this.gate(kind, method);
  }

  /** Follows every call from now on (null to stop). */
  listen(listener: CallListener | null): void {
    this.listener = listener;
  }

  total(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }

  /** Counts by "Kind.method", sorted by key. */
  byMethod(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const key of [...this.counts.keys()].sort()) out[key] = this.counts.get(key)!;
    return out;
  }

  summary(): CallSummary {
    const out: CallSummary = { read: 0, write: 0, sheet: 0, rule: 0, other: 0, total: 0 };
    for (const [key, n] of this.counts) {
      out[classifyCall(key)] += n;
      out.total += n;
    }
    return out;
  }

  reset(): void {
    this.counts.clear();
  }
}
