/**
 * Inserting and deleting rows or columns, and everything that must follow: cell contents,
 * merges, conditional-format and protected ranges, validation anchors, chart ranges, sizes,
 * and references in formulas on every sheet. Inserted lines take the format and validation
 * of the line before them, as Sheets' insertRowsAfter does.
 */
import type { GridRange } from './a1';
import { shiftFormula, type Shift } from './formula-rewrite';
import { mayReferOut } from './refs';
import { FORMAT_FIELDS, type Cell, type SheetData, type ValidationRule, type WorkbookData } from './model';

export type Axis = 'row' | 'column';

interface Move {
  axis: Axis;
  /** First line that moves (insert) or goes (delete). */
  at: number;
  /** Lines inserted (> 0) or deleted (< 0). */
  delta: number;
}

/** New index of a line, or null when it is deleted. */
function moveLine(line: number, m: Move): number | null {
  if (line < m.at) return line;
  if (m.delta > 0) return line + m.delta;
  return line < m.at - m.delta ? null : line + m.delta;
}

/** A range after the move: shifted, grown by lines inserted inside it, shrunk by lines deleted from it. */
function moveGrid(g: GridRange, m: Move): GridRange | null {
  const [startKey, sizeKey] = m.axis === 'row' ? (['row', 'numRows'] as const) : (['column', 'numColumns'] as const);
  const start = g[startKey];
  const end = start + g[sizeKey] - 1;
  let newStart: number;
  let newEnd: number;
  if (m.delta > 0) {
    newStart = start >= m.at ? start + m.delta : start;
    newEnd = end >= m.at ? end + m.delta : end;
  } else {
    newStart = moveLine(start, m) ?? m.at;
    newEnd = moveLine(end, m) ?? m.at - 1;
  }
  if (newEnd < newStart) return null;
  return { ...g, [startKey]: newStart, [sizeKey]: newEnd - newStart + 1 };
}

function moveKeys<T>(map: Map<number, T>, m: Move): Map<number, T> {
  const out = new Map<number, T>();
  for (const [k, v] of map) {
    const nk = moveLine(k, m);
    if (nk !== null) out.set(nk, v);
  }
  return out;
}

function moveCells(sheet: SheetData, m: Move): void {
  if (m.axis === 'row') sheet.rows = moveKeys(sheet.rows, m);
  else for (const [r, cols] of sheet.rows) sheet.rows.set(r, moveKeys(cols, m));
  if (m.delta <= 0 || m.at <= 1) return;
  // Inherit format and validation from the line before the inserted ones.
  const inherit = (source: Cell): Cell | null => {
    const copy: Cell = {};
    for (const f of FORMAT_FIELDS) if (source[f] !== undefined) (copy as Record<string, unknown>)[f] = source[f];
    if (source.validation) copy.validation = source.validation;
    return Object.keys(copy).length ? copy : null;
  };
  const before = m.at - 1;
  if (m.axis === 'row') {
    const src = sheet.rows.get(before);
    if (!src) return;
    for (let i = 0; i < m.delta; i++) {
      const row = new Map<number, Cell>();
      for (const [c, cell] of src) {
        const copy = inherit(cell);
        if (copy) row.set(c, copy);
      }
      if (row.size) sheet.rows.set(m.at + i, row);
    }
  } else {
    for (const cols of sheet.rows.values()) {
      const src = cols.get(before);
      const copy = src && inherit(src);
      if (!copy) continue;
      for (let i = 0; i < m.delta; i++) cols.set(m.at + i, { ...copy });
    }
  }
}

function moveAnchor(rule: ValidationRule, m: Move): void {
  const key = m.axis === 'row' ? 'row' : 'column';
  rule.anchor[key] = moveLine(rule.anchor[key], m) ?? m.at;
}

function moveGrids(grids: GridRange[], m: Move): GridRange[] {
  return grids.map((g) => moveGrid(g, m)).filter((g): g is GridRange => g !== null);
}

/** Applies the move to `sheet`, then fixes references to it from every sheet of the workbook. */
export function moveLines(wb: WorkbookData, sheet: SheetData, m: Move): void {
  moveCells(sheet, m);
  if (m.axis === 'row') {
    sheet.maxRows += m.delta;
    sheet.rowHeights = moveKeys(sheet.rowHeights, m);
  } else {
    sheet.maxColumns += m.delta;
    sheet.columnWidths = moveKeys(sheet.columnWidths, m);
    const hidden = [...sheet.hiddenColumns].map((c) => moveLine(c, m));
    sheet.hiddenColumns = new Set(hidden.filter((c): c is number => c !== null));
  }
  sheet.merges = moveGrids(sheet.merges, m);
  sheet.conditionalRules = sheet.conditionalRules.filter((rule) => {
    rule.ranges = moveGrids(rule.ranges, m);
    return rule.ranges.length > 0;
  });
  sheet.protections = sheet.protections.filter((p) => {
    p.unprotected = moveGrids(p.unprotected, m);
    if (!p.range) return true;
    const moved = moveGrid(p.range, m);
    if (moved) p.range = moved;
    return moved !== null;
  });
  for (const chart of sheet.charts) {
    const key = m.axis === 'row' ? 'row' : 'column';
    chart.position[key] = moveLine(chart.position[key], m) ?? m.at;
  }
  fixReferences(wb, sheet, m);
}

/** Formulas, validation sources and chart ranges that point into the moved sheet. */
function fixReferences(wb: WorkbookData, moved: SheetData, m: Move): void {
  const lowerName = moved.name.toLowerCase();
  const seenRules = new Set<ValidationRule>();
  for (const sheet of wb.sheets) {
    if (sheet !== moved && !mayReferOut(sheet)) continue;
    const shift: Shift = { sheet: moved.name, formulaSheet: sheet.name, axis: m.axis, at: m.at, delta: m.delta };
    const same = sheet === moved;
    const fix = (formula: string) =>
      same || formula.toLowerCase().includes(lowerName) ? shiftFormula(formula, shift) : formula;
    for (const cols of sheet.rows.values()) {
      for (const cell of cols.values()) {
        if (cell.formula) cell.formula = fix(cell.formula);
        const rule = cell.validation;
        if (!rule || seenRules.has(rule)) continue;
        seenRules.add(rule);
        if (same) moveAnchor(rule, m);
        if (rule.criteria === 'CUSTOM_FORMULA') rule.args = [fix(String(rule.args[0]))];
        if (rule.criteria === 'VALUE_IN_RANGE') {
          const src = rule.args[0] as { sheetId: number; range: GridRange };
          const g = src.sheetId === moved.sheetId ? moveGrid(src.range, m) : src.range;
          if (g) src.range = g;
        }
      }
    }
    for (const rule of sheet.conditionalRules) {
      if (rule.criteria === 'CUSTOM_FORMULA') rule.args = [fix(String(rule.args[0]))];
    }
    for (const chart of sheet.charts) {
      chart.ranges = chart.ranges.filter((r) => {
        if (r.sheetId !== moved.sheetId) return true;
        const g = moveGrid(r.range, m);
        if (g) r.range = g;
        return g !== null;
      });
    }
  }
}
