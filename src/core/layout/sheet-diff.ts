/**
 * What must be written over a copy of a known sheet to make it the wanted one. A copy of a
 * template sheet holds exactly the template's spec (insertSheet with a template carries the
 * grid and what is set on it); the rest is written here, as few blocks as the differences
 * allow. The answer is null when a copy cannot become the wanted sheet by writing alone (other
 * widths, frozen rows, hidden columns, fewer rows, a merge or a formula to take away): the
 * sheet is then rendered in full.
 *
 * Rows the wanted sheet adds below the template are inserted, and every cell attribute is
 * written over them: Sheets may give inserted rows the formats of the row above, so nothing in
 * them is taken as known.
 */
import { type Area, type SheetSpec, validationGrid } from './sheet-spec';

export interface SheetDiff {
  /** Rows to insert after the template's last row. */
  insertRows: number;
  /** Rows of the template below the wanted sheet's last row, deleted first. */
  deleteRows: number;
  /** Blocks of each attribute to write, in sheet coordinates (values avoid merged cells). */
  numberFormats: Area[];
  values: Area[];
  backgrounds: Area[];
  fontWeights: Area[];
  validations: Area[];
  /** The inserted rows, which need the top alignment every row of a rendered sheet has. */
  alignTop: Area | null;
  /** Wrap areas of the wanted sheet the template does not already wrap. */
  wrap: Area[];
  formulas: boolean;
  cfRules: boolean;
  merges: Area[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const key = (a: Area) => `${a.row},${a.col},${a.numRows},${a.numCols}`;
const inside = (a: Area, r: number, c: number) =>
  r >= a.row && r < a.row + a.numRows && c >= a.col && c < a.col + a.numCols;

/** Runs of columns (1-based, first and last) of one row. */
type Runs = Array<[number, number]>;

/**
 * The blocks covering the cells where `differs(row, col)`: per row, from the first differing
 * column to the last (equal cells in between are written again, which changes nothing), broken
 * only by cells a merge covers (never written: what Sheets does with them is not documented);
 * rows with the same runs one after the other are joined into one block.
 */
export function differingBlocks(
  height: number,
  width: number,
  differs: (row: number, col: number) => boolean,
  covered: (row: number, col: number) => boolean = () => false,
): Area[] {
  const blocks: Area[] = [];
  let open: Array<{ area: Area; run: [number, number] }> = [];
  for (let row = 1; row <= height + 1; row++) {
    const runs: Runs = [];
    if (row <= height) {
      let first = 0;
      let last = 0;
      for (let col = 1; col <= width + 1; col++) {
        const stop = col > width || covered(row, col);
        if (stop) {
          if (first) runs.push([first, last]);
          first = 0;
          continue;
        }
        if (differs(row, col)) {
          if (!first) first = col;
          last = col;
        }
      }
    }
    const sameRuns =
      open.length === runs.length && open.every((o, i) => o.run[0] === runs[i][0] && o.run[1] === runs[i][1]);
    if (sameRuns && runs.length > 0) {
      for (const o of open) o.area.numRows++;
      continue;
    }
    blocks.push(...open.map((o) => o.area));
    open = runs.map((run) => ({ area: { row, col: run[0], numRows: 1, numCols: run[1] - run[0] + 1 }, run }));
  }
  return blocks;
}

/** The smallest block holding every cell where `differs(row, col)` (none when nothing differs). */
export function boundingBlock(height: number, width: number, differs: (row: number, col: number) => boolean): Area[] {
  let top = 0;
  let bottom = 0;
  let left = width + 1;
  let right = 0;
  for (let row = 1; row <= height; row++)
    for (let col = 1; col <= width; col++) {
      if (!differs(row, col)) continue;
      if (!top) top = row;
      bottom = row;
      left = Math.min(left, col);
      right = Math.max(right, col);
    }
  return top ? [{ row: top, col: left, numRows: bottom - top + 1, numCols: right - left + 1 }] : [];
}

function formulaCells(spec: SheetSpec): Set<string> {
  const cells = new Set<string>();
  for (const g of spec.formulas)
    for (let i = 0; i < g.area.numRows; i++)
      for (let j = 0; j < g.area.numCols; j++) cells.add(`${g.area.row + i},${g.area.col + j}`);
  return cells;
}

/** The sheet once its rows below `height` are deleted (areas cut at the new last row). */
function cut(spec: SheetSpec, height: number): SheetSpec | null {
  if (spec.height <= height) return spec;
  const fits = (a: Area) => a.row + a.numRows - 1 <= height;
  const clip = (a: Area) => ({ ...a, numRows: Math.min(a.numRows, height - a.row + 1) });
  const rows = <T>(grid: T[][]) => grid.slice(0, height);
  // What spans the deleted rows would change shape in ways not worth modelling.
  if (!spec.merges.every(fits) || spec.formulas.length > 0 || spec.cfRules.length > 0 || spec.validations) return null;
  if (![...spec.centred, ...spec.italic, ...spec.borders, ...spec.fontSizes.map((f) => f.area)].every(fits))
    return null;
  return {
    ...spec,
    height,
    values: rows(spec.values),
    numberFormats: rows(spec.numberFormats),
    backgrounds: rows(spec.backgrounds),
    fontWeights: rows(spec.fontWeights),
    wrap: spec.wrap.filter((a) => a.row <= height).map(clip),
  };
}

/** What to write over a copy of `template` to make it `wanted`, or null when writing cannot do it. */
export function diffSheets(template: SheetSpec, wanted: SheetSpec): SheetDiff | null {
  const deleteRows = Math.max(0, template.height - wanted.height);
  const known = cut(template, wanted.height);
  if (!known) return null;
  if (
    known.width !== wanted.width ||
    known.frozenRows !== wanted.frozenRows ||
    known.frozenColumns !== wanted.frozenColumns ||
    known.hiddenGridlines !== wanted.hiddenGridlines ||
    !same(known.columnWidths, wanted.columnWidths) ||
    !same(known.hiddenColumns, wanted.hiddenColumns) ||
    known.chart ||
    wanted.chart ||
    !same(known.centred, wanted.centred) ||
    !same(known.italic, wanted.italic) ||
    !same(known.borders, wanted.borders) ||
    !same(known.fontSizes, wanted.fontSizes) ||
    known.fontFamily !== wanted.fontFamily
  ) {
    return null;
  }
  // A merge or a formula of the template that the wanted sheet lacks would need taking away.
  const wantedMerges = new Set(wanted.merges.map(key));
  if (!known.merges.every((m) => wantedMerges.has(key(m)))) return null;
  const wantedFormulas = formulaCells(wanted);
  for (const cell of formulaCells(known)) if (!wantedFormulas.has(cell)) return null;
  // Wrapped cells of the template must stay wrapped; inserted rows are written like the rest.
  const wrapped = (areas: Area[], r: number, c: number) => areas.some((a) => inside(a, r, c));
  for (let r = 1; r <= known.height; r++)
    for (let c = 1; c <= known.width; c++) if (wrapped(known.wrap, r, c) && !wrapped(wanted.wrap, r, c)) return null;

  const { height, width } = wanted;
  const inserted = (r: number) => r > known.height;
  const merged = [...known.merges, ...wanted.merges];
  const covered = (r: number, c: number) => merged.some((m) => inside(m, r, c) && (r !== m.row || c !== m.col));
  const differ =
    <T>(a: T[][], b: T[][]) =>
    (r: number, c: number) =>
      inserted(r) || !same(a[r - 1][c - 1], b[r - 1][c - 1]);
  // Values avoid the cells a merge covers; formats and rules go in one block over what differs.
  const blocks = <T>(a: T[][], b: T[][]) => differingBlocks(height, width, differ(a, b), covered);
  const box = <T>(a: T[][], b: T[][]) => boundingBlock(height, width, differ(a, b));
  const knownRules = validationGrid(known);
  const wantedRules = validationGrid(wanted);
  const knownWrap = new Set(known.wrap.map(key));
  const insertRows = height - known.height;
  return {
    insertRows,
    deleteRows,
    numberFormats: box(known.numberFormats, wanted.numberFormats),
    values: blocks(known.values, wanted.values),
    backgrounds: box(known.backgrounds, wanted.backgrounds),
    fontWeights: box(known.fontWeights, wanted.fontWeights),
    validations: box(knownRules, wantedRules),
    alignTop: insertRows > 0 ? { row: known.height + 1, col: 1, numRows: insertRows, numCols: width } : null,
    // A wanted wrap area is set again unless the template wraps exactly it and nothing was inserted in it.
    wrap: wanted.wrap.filter((a) => !knownWrap.has(key(a)) || a.row + a.numRows - 1 > known.height),
    formulas: !same(known.formulas, wanted.formulas),
    cfRules: !same(known.cfRules, wanted.cfRules),
    merges: wanted.merges.filter((m) => !known.merges.some((k) => key(k) === key(m))),
  };
}

/** The number of SpreadsheetApp calls writing a diff takes (the sheets layer's applyDiff). */
export function diffCalls(d: SheetDiff, formulaGroups: number): number {
  return (
    (d.insertRows > 0 ? 1 : 0) +
    (d.deleteRows > 0 ? 1 : 0) +
    d.numberFormats.length +
    d.values.length +
    d.backgrounds.length +
    d.fontWeights.length +
    d.validations.length +
    (d.alignTop ? 1 : 0) +
    d.wrap.length +
    (d.formulas ? formulaGroups : 0) +
    (d.cfRules ? 1 : 0) +
    d.merges.length
  );
}
