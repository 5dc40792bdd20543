/**
 * The agency tab, as plain data: values, formats, validation and colour rules, protections.
 * The sheets layer renders this spec with a fixed number of SpreadsheetApp calls whatever the
 * number of lines; the tab reader finds lines again by their key in column A.
 */
import type { InputKind } from '../types';
import { type Bounds, boundsOf, NO_BOUND } from './bounds';
import { cfFormulas, statusFormula } from './formulas';
import type { TabLine } from './lines';

export const TAB_MARKER = '#SỔ-CHỈ-TIÊU';
export const HEADER_ROW = 5;
export const FIRST_LINE_ROW = 6;

export const COL = {
  key: 1,
  code: 2,
  section: 3,
  text: 4,
  target: 5,
  unit: 6,
  firstPeriod: 7,
} as const;

/** Column positions that depend on the number of periods. */
export function tabColumns(periodCount: number) {
  const evidence = COL.firstPeriod + periodCount;
  return {
    ...COL,
    evidence,
    explanation: evidence + 1,
    status: evidence + 2,
    bounds: evidence + 3,
    kind: evidence + 7,
    width: evidence + 7,
  };
}

export const KIND_CODE: Record<InputKind | 'none', number> = { none: 0, percent: 1, count: 1, number: 1, yesno: 2 };

export interface LineValues {
  /** Entered value per period name. */
  periods: Record<string, unknown>;
  evidence: unknown;
  explanation: unknown;
  /** The line's indicator text as the tab showed it (for the archive). */
  text?: string;
}

export interface Area {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export type ValidationSpec =
  | { kind: 'percent'; helpText: string }
  | { kind: 'count'; helpText: string; formula: string }
  | { kind: 'yesno'; helpText: string; values: string[] }
  | { kind: 'number'; helpText: string };

export interface CfRuleSpec {
  formula: string;
  background: string;
  fontColor: string;
  area: Area;
}

export interface TabSpec {
  sheetName: string;
  agencyKey: string;
  periods: string[];
  width: number;
  height: number;
  /** Whole tab, row 1 first; formulas excluded (see statusFormulas). */
  values: unknown[][];
  numberFormats: string[][];
  backgrounds: (string | null)[][];
  fontWeights: ('bold' | 'normal')[][];
  statusFormulas: { area: Area; formulas: string[][] } | null;
  validations: { area: Area; specs: (ValidationSpec | null)[][] } | null;
  /** Cells the agency edits: periods, evidence, explanation of its reporting lines. */
  inputArea: Area | null;
  /** One area per period column of the reporting lines. */
  periodAreas: Record<string, Area>;
  /** The parts of inputArea the agency may edit: inputArea without closed periods' columns. */
  openAreas: Area[];
  cfRules: CfRuleSpec[];
  merges: Area[];
  /** Columns 1…wrapColumns wrap their text (indicator, target, evidence, explanation). */
  wrapColumns: number;
  frozenRows: number;
  columnWidths: number[];
  hiddenColumns: { col: number; count: number };
  /** Row of each reporting line, by key. */
  lineRows: Record<string, number>;
}

export interface TabTexts {
  title: string;
  agencyLine: string;
  instructions: string;
  legend: string;
  closedNote: (periods: string) => string;
  header: {
    key: string;
    code: string;
    section: string;
    text: string;
    target: string;
    unit: string;
    evidence: string;
    explanation: string;
    status: string;
    bounds: string[];
    kind: string;
  };
  cooperatingTitle: string;
  reportedBy: (names: string) => string;
  help: Record<InputKind, string>;
  yes: string;
  no: string;
  statusWords: { met: string; unmet: string; missing: string; reported: string };
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

export const COLOURS = {
  metBackground: '#b7e1cd',
  metFont: '#0b5a2a',
  unmetBackground: '#f4c7c3',
  unmetFont: '#8a1c12',
  input: '#fff8d6',
  header: '#d9e2f3',
  readOnly: '#f1f1f1',
  closed: '#d9d9d9',
  title: '#1f3864',
};

function a1Col(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function a1(row: number, col: number): string {
  return `${a1Col(col)}${row}`;
}

export function columnLetter(col: number): string {
  return a1Col(col);
}

function boundCells(bounds: Bounds | null): number[] {
  if (!bounds) return [-NO_BOUND, -NO_BOUND, NO_BOUND, NO_BOUND];
  return [bounds.exclusiveLow, bounds.inclusiveLow, bounds.exclusiveHigh, bounds.inclusiveHigh];
}

function validationFor(line: TabLine, row: number, col: number, texts: TabTexts): ValidationSpec {
  const help = texts.help[line.kind];
  switch (line.kind) {
    case 'percent':
      return { kind: 'percent', helpText: help };
    case 'count': {
      const cell = a1(row, col);
      return { kind: 'count', helpText: help, formula: `=(INT(${cell})=${cell})*(${cell}>=0)=1` };
    }
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
  return '#,##0.##';
}

/** Builds the tab spec; preserved values are put back on the line with the same key. */
export function buildTab(input: TabInput): TabSpec {
  const { periods, lines, cooperating, texts, preserved } = input;
  const c = tabColumns(periods.length);
  const width = c.width;
  const coopStart =
    lines.length > 0 && cooperating.length > 0 ? FIRST_LINE_ROW + lines.length + 1 : FIRST_LINE_ROW + lines.length;
  const height = cooperating.length > 0 ? coopStart + cooperating.length : FIRST_LINE_ROW + lines.length - 1;
  const rows = Math.max(height, HEADER_ROW);
  const blank = <T>(v: T) => Array.from({ length: rows }, () => Array<T>(width).fill(v));
  const values = blank<unknown>('');
  const numberFormats = blank('@');
  const backgrounds = blank<string | null>(null);
  const fontWeights = blank<'bold' | 'normal'>('normal');

  values[0][0] = texts.title;
  values[1][0] = texts.agencyLine;
  values[2][0] = texts.instructions;
  values[3][0] =
    input.closedPeriods.length > 0
      ? `${texts.legend} ${texts.closedNote(input.closedPeriods.join(', '))}`
      : texts.legend;
  values[0][c.kind - 1] = TAB_MARKER;
  values[1][c.kind - 1] = input.agencyKey;
  fontWeights[0][0] = 'bold';
  fontWeights[1][0] = 'bold';
  const header = [
    texts.header.key,
    texts.header.code,
    texts.header.section,
    texts.header.text,
    texts.header.target,
    texts.header.unit,
    ...periods,
    texts.header.evidence,
    texts.header.explanation,
    texts.header.status,
    ...texts.header.bounds,
    texts.header.kind,
  ];
  header.forEach((h, i) => {
    values[HEADER_ROW - 1][i] = h;
    fontWeights[HEADER_ROW - 1][i] = 'bold';
    backgrounds[HEADER_ROW - 1][i] = COLOURS.header;
  });
  const closed = new Set(input.closedPeriods);
  periods.forEach((p, j) => {
    if (closed.has(p)) backgrounds[HEADER_ROW - 1][c.firstPeriod - 1 + j] = COLOURS.closed;
  });

  const lineRows: Record<string, number> = {};
  lines.forEach((line, i) => {
    const row = FIRST_LINE_ROW + i;
    const r = row - 1;
    lineRows[line.key] = row;
    const kept = preserved.get(line.key);
    const cells: unknown[] = [line.key, line.code, line.section, line.text, line.targetText, line.unitLabel];
    cells.forEach((v, j) => {
      values[r][j] = v;
    });
    periods.forEach((p, j) => {
      values[r][c.firstPeriod - 1 + j] = kept?.periods[p] ?? '';
      numberFormats[r][c.firstPeriod - 1 + j] = numberFormatFor(line.kind);
      backgrounds[r][c.firstPeriod - 1 + j] = closed.has(p) ? COLOURS.closed : COLOURS.input;
    });
    values[r][c.evidence - 1] = kept?.evidence ?? '';
    values[r][c.explanation - 1] = kept?.explanation ?? '';
    backgrounds[r][c.evidence - 1] = COLOURS.input;
    backgrounds[r][c.explanation - 1] = COLOURS.input;
    boundCells(boundsOf(line.target)).forEach((b, j) => {
      values[r][c.bounds - 1 + j] = b;
      numberFormats[r][c.bounds - 1 + j] = '0.############';
    });
    values[r][c.kind - 1] = line.target ? KIND_CODE[line.kind] : KIND_CODE.none;
    numberFormats[r][c.kind - 1] = '0';
  });

  if (cooperating.length > 0) {
    const titleRow = coopStart;
    values[titleRow - 1][0] = texts.cooperatingTitle;
    fontWeights[titleRow - 1][0] = 'bold';
    cooperating.forEach(({ line, reporters }, i) => {
      const r = titleRow + i;
      const cells: unknown[] = [line.key, line.code, line.section, line.text, line.targetText, line.unitLabel];
      cells.forEach((v, j) => {
        values[r][j] = v;
        backgrounds[r][j] = COLOURS.readOnly;
      });
      values[r][c.evidence - 1] = texts.reportedBy(reporters.join('; '));
      for (let j = c.firstPeriod - 1; j < c.status; j++) backgrounds[r][j] = COLOURS.readOnly;
    });
  }

  const linesArea: Area | null =
    lines.length > 0
      ? { row: FIRST_LINE_ROW, col: c.firstPeriod, numRows: lines.length, numCols: periods.length }
      : null;
  const periodAreas: Record<string, Area> = {};
  if (linesArea) {
    periods.forEach((p, j) => {
      periodAreas[p] = { row: FIRST_LINE_ROW, col: c.firstPeriod + j, numRows: lines.length, numCols: 1 };
    });
  }

  return {
    sheetName: input.sheetName,
    agencyKey: input.agencyKey,
    periods,
    width,
    height: rows,
    values,
    numberFormats,
    backgrounds,
    fontWeights,
    statusFormulas: linesArea
      ? {
          area: { row: FIRST_LINE_ROW, col: c.status, numRows: lines.length, numCols: 1 },
          formulas: lines.map((_, i) => [
            statusFormula(FIRST_LINE_ROW + i, periods.length, texts.statusWords, texts.yes, input.locale),
          ]),
        }
      : null,
    validations: linesArea
      ? {
          area: linesArea,
          specs: lines.map((line, i) =>
            periods.map((_, j) => validationFor(line, FIRST_LINE_ROW + i, c.firstPeriod + j, texts)),
          ),
        }
      : null,
    inputArea: linesArea
      ? { row: FIRST_LINE_ROW, col: c.firstPeriod, numRows: lines.length, numCols: periods.length + 2 }
      : null,
    periodAreas,
    openAreas: openAreasOf(
      linesArea
        ? { row: FIRST_LINE_ROW, col: c.firstPeriod, numRows: lines.length, numCols: periods.length + 2 }
        : null,
      new Set(periods.map((p, j) => (closed.has(p) ? c.firstPeriod + j : -1)).filter((col) => col > 0)),
    ),
    cfRules: linesArea ? cfFormulas(linesArea, periods.length, texts.yes, texts.no, texts.statusWords) : [],
    merges: [
      ...[1, 2, 3, 4].map((row) => ({ row, col: 1, numRows: 1, numCols: c.status })),
      ...(cooperating.length > 0 ? [{ row: coopStart, col: 1, numRows: 1, numCols: c.status }] : []),
    ],
    wrapColumns: c.explanation,
    frozenRows: HEADER_ROW,
    columnWidths: Array.from({ length: width }, (_, i) => {
      const col = i + 1;
      if (col === COL.text) return 380;
      if (col === COL.section) return 120;
      if (col === COL.target) return 110;
      if (col === c.evidence || col === c.explanation) return 180;
      if (col === c.status) return 110;
      if (col === COL.key) return 60;
      if (col === COL.code) return 45;
      return 85;
    }),
    hiddenColumns: { col: c.bounds, count: 5 },
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
