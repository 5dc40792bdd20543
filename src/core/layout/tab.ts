/**
 * The agency tab, as plain data: values, formats, validation and colour rules, protections.
 * Every column is placed through the TabLayout (columns.ts); the sheets layer renders the spec
 * with a fixed number of SpreadsheetApp calls whatever the number of lines, and the tab reader
 * finds lines again by their key in the key column.
 */
import type { InputKind } from '../types';
import { type Bounds, boundsOf, NO_BOUND } from './bounds';
import {
  CURRENT_LAYOUT,
  columnsOfPeriod,
  FIRST_LINE_ROW,
  HEADER_ROW,
  TAB_MARKER,
  type TabLayout,
  TITLE_ROWS,
  tabLayout,
} from './columns';
import { COLOURS } from './colours';
import { cfFormulas, statusFormula } from './formulas';
import type { TabLine } from './lines';
import type { TabTexts } from './texts';
import { type Area, emptySheetSpec, type SheetSpec, type ValidationSpec } from './sheet-spec';

export { COLOURS } from './colours';
export { a1, columnLetter, FIRST_LINE_ROW, HEADER_ROW, TAB_MARKER } from './columns';
export type { Area, CfRuleSpec, ValidationSpec } from './sheet-spec';
export type { TabTexts } from './texts';

export const KIND_CODE: Record<InputKind | 'none', number> = { none: 0, percent: 1, count: 1, number: 1, yesno: 2 };

/** What an agency entered on one line, by period name; only cells that hold something. */
export interface LineValues {
  periods: Record<string, unknown>;
  evidence: Record<string, unknown>;
  explanation: Record<string, unknown>;
  /** The line's indicator text as the tab showed it (for the archive). */
  text?: string;
}

export function emptyLineValues(text?: string): LineValues {
  return { periods: {}, evidence: {}, explanation: {}, ...(text !== undefined ? { text } : {}) };
}

export interface TabSpec extends SheetSpec {
  agencyKey: string;
  periods: string[];
  layout: TabLayout;
  /** Cells the agency edits: the figures, evidence and explanations of its reporting lines. */
  inputArea: Area | null;
  /** One area per period's figure column of the reporting lines. */
  periodAreas: Record<string, Area>;
  /** The parts of inputArea the agency may edit: inputArea without closed periods' columns. */
  openAreas: Area[];
  /** Row of each reporting line, by key. */
  lineRows: Record<string, number>;
}

export interface TabInput {
  sheetName: string;
  agencyKey: string;
  periods: string[];
  lines: TabLine[];
  cooperating: Array<{ line: TabLine; reporters: string[] }>;
  preserved: Map<string, LineValues>;
  texts: TabTexts;
  locale: string;
  /** Periods closed for this tab: shown greyed, and left out of the agency's input ranges. */
  closedPeriods: string[];
}

const WIDTHS = { key: 60, code: 45, section: 120, text: 340, target: 110, unit: 85, value: 80, note: 150, status: 110 };

function boundCells(bounds: Bounds | null): number[] {
  if (!bounds) return [-NO_BOUND, -NO_BOUND, NO_BOUND, NO_BOUND];
  return [bounds.exclusiveLow, bounds.inclusiveLow, bounds.exclusiveHigh, bounds.inclusiveHigh];
}

/**
 * The cell a validation rule checks, whatever cell the rule was anchored at: INDIRECT in R1C1
 * notation with no offset ("RC") names the cell the formula is evaluated for
 * (support.google.com/docs/answer/3093377). One whole-number rule then serves every count
 * cell of a tab, with no cell address of its own — the way Sheets applies one rule's relative
 * references across a range is not documented for setDataValidations.
 */
const SELF = 'INDIRECT("RC";FALSE)';
export const WHOLE_NUMBER_FORMULA = `=(INT(${SELF})=${SELF})*(${SELF}>=0)=1`;

function validationFor(line: TabLine, texts: TabTexts): ValidationSpec {
  const help = texts.help[line.kind];
  switch (line.kind) {
    case 'percent':
      return { kind: 'percent', helpText: help };
    case 'count':
      return { kind: 'count', helpText: help, formula: WHOLE_NUMBER_FORMULA };
    case 'yesno':
      return { kind: 'yesno', helpText: help, values: [texts.yes, texts.no] };
    default:
      return { kind: 'number', helpText: help };
  }
}

function numberFormatFor(kind: InputKind): string {
  if (kind === 'percent') return '0.0%';
  if (kind === 'count') return '0';
  if (kind === 'yesno') return '@';
  // Sheets' own "Number" format: "#,##0.##" would show a whole number with a trailing separator ("5,").
  return '#,##0.00';
}

function headerRow(layout: TabLayout, texts: TabTexts): string[] {
  const h = texts.header;
  const cells = Array<string>(layout.width).fill('');
  const put = (col: number, text: string) => {
    cells[col - 1] = text;
  };
  put(layout.key, h.key);
  put(layout.code, h.code);
  put(layout.section, h.section);
  put(layout.text, h.text);
  put(layout.target, h.target);
  put(layout.unit, h.unit);
  for (const p of layout.period) {
    put(p.value, p.period);
    put(p.evidence, h.evidence(p.period));
    put(p.explanation, h.explanation(p.period));
  }
  put(layout.status, h.status);
  h.bounds.forEach((b, i) => {
    put(layout.bounds + i, b);
  });
  put(layout.kind, h.kind);
  return cells;
}

function columnWidths(layout: TabLayout): number[] {
  const widths = Array<number>(layout.width).fill(WIDTHS.value);
  const set = (col: number, w: number) => {
    widths[col - 1] = w;
  };
  set(layout.key, WIDTHS.key);
  set(layout.code, WIDTHS.code);
  set(layout.section, WIDTHS.section);
  set(layout.text, WIDTHS.text);
  set(layout.target, WIDTHS.target);
  set(layout.unit, WIDTHS.unit);
  for (const p of layout.period) {
    set(p.evidence, WIDTHS.note);
    set(p.explanation, WIDTHS.note);
  }
  set(layout.status, WIDTHS.status);
  return widths;
}

/** Builds the tab spec; preserved values are put back on the line with the same key. */
export function buildTab(input: TabInput): TabSpec {
  const { periods, lines, cooperating, texts, preserved } = input;
  const layout = tabLayout(periods);
  const coopStart =
    lines.length > 0 && cooperating.length > 0 ? FIRST_LINE_ROW + lines.length + 1 : FIRST_LINE_ROW + lines.length;
  const height = cooperating.length > 0 ? coopStart + cooperating.length : FIRST_LINE_ROW + lines.length - 1;
  const spec = emptySheetSpec(input.sheetName, Math.max(height, HEADER_ROW), layout.width);
  const { values, numberFormats, backgrounds, fontWeights } = spec;
  const closed = new Set(input.closedPeriods);
  const put = (row: number, col: number, value: unknown) => {
    values[row - 1][col - 1] = value;
  };

  put(1, 1, texts.title);
  put(2, 1, texts.agencyLine);
  put(3, 1, texts.instructions);
  put(4, 1, closed.size > 0 ? `${texts.legend} ${texts.closedNote(input.closedPeriods.join(', '))}` : texts.legend);
  put(1, layout.marker, TAB_MARKER);
  put(2, layout.marker, input.agencyKey);
  put(3, layout.marker, CURRENT_LAYOUT);
  numberFormats[2][layout.marker - 1] = '0';
  fontWeights[0][0] = 'bold';
  fontWeights[1][0] = 'bold';
  headerRow(layout, texts).forEach((h, i) => {
    values[HEADER_ROW - 1][i] = h;
    fontWeights[HEADER_ROW - 1][i] = 'bold';
    backgrounds[HEADER_ROW - 1][i] = COLOURS.header;
  });
  const closedColumns = new Set(input.closedPeriods.flatMap((p) => columnsOfPeriod(layout, p)));
  for (const col of closedColumns) backgrounds[HEADER_ROW - 1][col - 1] = COLOURS.closed;

  const describe = (line: TabLine) => [line.key, line.code, line.section, line.text, line.targetText, line.unitLabel];
  const descriptionColumns = [layout.key, layout.code, layout.section, layout.text, layout.target, layout.unit];
  const lineRows: Record<string, number> = {};
  lines.forEach((line, i) => {
    const row = FIRST_LINE_ROW + i;
    const r = row - 1;
    lineRows[line.key] = row;
    const kept = preserved.get(line.key);
    describe(line).forEach((v, j) => {
      put(row, descriptionColumns[j], v);
    });
    for (const p of layout.period) {
      put(row, p.value, kept?.periods[p.period] ?? '');
      put(row, p.evidence, kept?.evidence[p.period] ?? '');
      put(row, p.explanation, kept?.explanation[p.period] ?? '');
      numberFormats[r][p.value - 1] = numberFormatFor(line.kind);
    }
    for (let col = layout.inputFirst; col <= layout.inputLast; col++) {
      backgrounds[r][col - 1] = closedColumns.has(col) ? COLOURS.closed : COLOURS.input;
    }
    boundCells(boundsOf(line.target)).forEach((b, j) => {
      put(row, layout.bounds + j, b);
      numberFormats[r][layout.bounds + j - 1] = '0.############';
    });
    put(row, layout.kind, line.target ? KIND_CODE[line.kind] : KIND_CODE.none);
    numberFormats[r][layout.kind - 1] = '0';
  });

  if (cooperating.length > 0) {
    put(coopStart, 1, texts.cooperatingTitle);
    fontWeights[coopStart - 1][0] = 'bold';
    cooperating.forEach(({ line, reporters }, i) => {
      const row = coopStart + 1 + i;
      describe(line).forEach((v, j) => {
        put(row, descriptionColumns[j], v);
      });
      put(row, layout.period[0]?.evidence ?? layout.status, texts.reportedBy(reporters.join('; ')));
      for (let col = 1; col <= layout.status; col++) backgrounds[row - 1][col - 1] = COLOURS.readOnly;
    });
  }

  const n = lines.length;
  const inputArea: Area | null =
    n > 0
      ? { row: FIRST_LINE_ROW, col: layout.inputFirst, numRows: n, numCols: layout.inputLast - layout.inputFirst + 1 }
      : null;
  const periodAreas: Record<string, Area> = {};
  if (n > 0) {
    for (const p of layout.period)
      periodAreas[p.period] = { row: FIRST_LINE_ROW, col: p.value, numRows: n, numCols: 1 };
  }
  const valueCols = new Set(layout.period.map((p) => p.value));
  const wide = { row: 1, col: 1, numRows: 1, numCols: layout.status };

  return {
    ...spec,
    agencyKey: input.agencyKey,
    periods,
    layout,
    formulas:
      n > 0
        ? [
            {
              area: { row: FIRST_LINE_ROW, col: layout.status, numRows: n, numCols: 1 },
              formulas: lines.map((_, i) => [
                statusFormula(FIRST_LINE_ROW + i, layout, texts.statusWords, texts.yes, texts.no, input.locale),
              ]),
            },
          ]
        : [],
    validations: inputArea
      ? {
          area: inputArea,
          specs: lines.map((line) =>
            Array.from({ length: inputArea.numCols }, (_, j) =>
              valueCols.has(inputArea.col + j) ? validationFor(line, texts) : null,
            ),
          ),
        }
      : null,
    cfRules: n > 0 ? cfFormulas(layout, FIRST_LINE_ROW, n, texts.yes, texts.no, texts.statusWords) : [],
    merges: [
      ...Array.from({ length: TITLE_ROWS }, (_, i) => ({ ...wide, row: i + 1 })),
      ...(cooperating.length > 0 ? [{ ...wide, row: coopStart }] : []),
    ],
    wrap: [{ row: 1, col: 1, numRows: spec.height, numCols: layout.status }],
    frozenRows: HEADER_ROW,
    frozenColumns: 0,
    columnWidths: columnWidths(layout),
    hiddenColumns: layout.hidden,
    inputArea,
    periodAreas,
    openAreas: openAreasOf(inputArea, closedColumns),
    lineRows,
  };
}

/** Contiguous runs of the input area's columns that are not closed. */
export function openAreasOf(input: Area | null, closedColumns: Set<number>): Area[] {
  if (!input) return [];
  const areas: Area[] = [];
  let start = -1;
  for (let col = input.col; col <= input.col + input.numCols; col++) {
    const open = col < input.col + input.numCols && !closedColumns.has(col);
    if (open && start < 0) start = col;
    if (!open && start >= 0) {
      areas.push({ row: input.row, col: start, numRows: input.numRows, numCols: col - start });
      start = -1;
    }
  }
  return areas;
}

/** The cells that name a tab's unit (agency line, agency key): two tabs of one structure differ only there. */
export function unitCells(spec: TabSpec): Array<{ row: number; col: number }> {
  return [
    { row: 2, col: 1 },
    { row: 2, col: spec.layout.marker },
  ];
}

/** The sheet part of a tab spec (what a renderer writes), its values copied. */
function sheetPart(spec: TabSpec): SheetSpec {
  return {
    sheetName: spec.sheetName,
    height: spec.height,
    width: spec.width,
    values: spec.values.map((r) => [...r]),
    numberFormats: spec.numberFormats,
    backgrounds: spec.backgrounds,
    fontWeights: spec.fontWeights,
    formulas: spec.formulas,
    validations: spec.validations,
    cfRules: spec.cfRules,
    merges: spec.merges,
    wrap: spec.wrap,
    centred: spec.centred,
    italic: spec.italic,
    borders: spec.borders,
    fontSizes: spec.fontSizes,
    fontFamily: spec.fontFamily,
    frozenRows: spec.frozenRows,
    frozenColumns: spec.frozenColumns,
    columnWidths: spec.columnWidths,
    hiddenColumns: spec.hiddenColumns,
    hiddenGridlines: spec.hiddenGridlines,
    chart: spec.chart,
  };
}

/**
 * The tab without its unit: the marker names no agency (an unfinished copy is recognised by
 * that, see generate.ts) and the agency line is blank. A copy of it, with the unit cells
 * written, is exactly the tab.
 */
export function unitFreeSpec(spec: TabSpec): SheetSpec {
  const sheet = sheetPart(spec);
  for (const { row, col } of unitCells(spec)) sheet.values[row - 1][col - 1] = '';
  return sheet;
}

/**
 * The frame every tab of one layout shares, whatever its lines: the title rows and the header,
 * widths, frozen rows, hidden columns, and plain rows below the header down to `height` (at
 * least one: Sheets cannot freeze every row of a sheet). A copy has the rows it does not need
 * deleted and its lines written in (core/layout/sheet-diff.ts): rows that came with the copy are
 * known, so only what differs from a plain row is written.
 */
export function skeletonSpec(spec: TabSpec, height = FIRST_LINE_ROW): SheetSpec {
  const free = unitFreeSpec(spec);
  const rows = Math.max(height, FIRST_LINE_ROW);
  const frame = emptySheetSpec(spec.sheetName, rows, spec.width);
  for (let r = 0; r < HEADER_ROW; r++) {
    frame.values[r] = [...free.values[r]];
    frame.numberFormats[r] = [...free.numberFormats[r]];
    frame.backgrounds[r] = [...free.backgrounds[r]];
    frame.fontWeights[r] = [...free.fontWeights[r]];
  }
  const within = (a: Area) => a.row + a.numRows - 1 <= HEADER_ROW;
  // An area down to the tab's last row (the wrapped text columns) goes down to the frame's.
  const reach = (a: Area) => ({
    ...a,
    numRows: a.row + a.numRows - 1 >= spec.height ? rows - a.row + 1 : Math.min(a.numRows, rows - a.row + 1),
  });
  return {
    ...frame,
    merges: free.merges.filter(within),
    wrap: free.wrap.filter((a) => a.row <= HEADER_ROW).map(reach),
    centred: free.centred.filter(within),
    italic: free.italic.filter(within),
    borders: free.borders.filter(within),
    fontSizes: free.fontSizes.filter((f) => within(f.area)),
    frozenRows: free.frozenRows,
    frozenColumns: free.frozenColumns,
    columnWidths: [...free.columnWidths],
    hiddenColumns: free.hiddenColumns,
    hiddenGridlines: free.hiddenGridlines,
  };
}
