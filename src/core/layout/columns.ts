/**
 * The one definition of an agency tab's columns: where each role sits, for a layout version and
 * a list of periods. The writer (tab.ts), the reader (read-tab.ts), the formulas, the import of
 * results and the entry log all place and find cells through a TabLayout, never by numbers of
 * their own. Each tab records its layout version beside its marker, so a tab written by an
 * older version is read with the columns it was written with and nothing shifts when a column
 * is added: the next regeneration rewrites it in the current layout.
 */
import { columnToLetters } from '../util/column-letters';
import { sheetTexts } from '../messages/sheets';

/** Row 1 of the marker column holds this; row 2 the agency key; row 3 the layout version. */
export const TAB_MARKER = sheetTexts.tabMarker;
export const HEADER_ROW = 5;
export const FIRST_LINE_ROW = 6;
/** Rows 1–4 above the header: title, agency, instructions, legend. */
export const TITLE_ROWS = 4;

/**
 * 1: one evidence and one explanation column shared by every period (tabs made before
 * per-period evidence). 2: each period has its own figure, evidence and explanation columns.
 */
export type LayoutVersion = 1 | 2;
export const CURRENT_LAYOUT: LayoutVersion = 2;

/** The columns a period's entries go in; in layout 1 every period shares evidence and explanation. */
export interface PeriodColumns {
  period: string;
  value: number;
  evidence: number;
  explanation: number;
}

/** The four hidden bound cells of a line, then the kind code (see bounds.ts and tab.ts). */
export const BOUND_COUNT = 4;

export interface TabLayout {
  version: LayoutVersion;
  periods: string[];
  key: number;
  code: number;
  section: number;
  text: number;
  target: number;
  unit: number;
  /** One entry per period, in period order. */
  period: PeriodColumns[];
  status: number;
  /** First of the BOUND_COUNT hidden bound columns. */
  bounds: number;
  /** Hidden: 0 no target, 1 numeric target, 2 yes/no target. */
  kind: number;
  /** Where the marker, agency key and layout version sit (rows 1–3). */
  marker: number;
  width: number;
  /** The block an agency types in: from the first period's figure to the last input column. */
  inputFirst: number;
  inputLast: number;
  /** Columns shown to no one: the bounds and the kind. */
  hidden: { col: number; count: number };
}

const DESCRIPTION = { key: 1, code: 2, section: 3, text: 4, target: 5, unit: 6 } as const;
/** The first column an agency types in, in every layout version. */
export const FIRST_INPUT_COLUMN = 7;
const FIRST_INPUT = FIRST_INPUT_COLUMN;

/** The layout of a tab with these periods, in a given version (the current one by default). */
export function tabLayout(periods: string[], version: LayoutVersion = CURRENT_LAYOUT): TabLayout {
  const n = periods.length;
  const period: PeriodColumns[] =
    version === 1
      ? periods.map((p, j) => ({
          period: p,
          value: FIRST_INPUT + j,
          evidence: FIRST_INPUT + n,
          explanation: FIRST_INPUT + n + 1,
        }))
      : periods.map((p, j) => ({
          period: p,
          value: FIRST_INPUT + 3 * j,
          evidence: FIRST_INPUT + 3 * j + 1,
          explanation: FIRST_INPUT + 3 * j + 2,
        }));
  const inputLast = version === 1 ? FIRST_INPUT + n + 1 : FIRST_INPUT + 3 * n - 1;
  const status = inputLast + 1;
  const bounds = status + 1;
  const kind = bounds + BOUND_COUNT;
  return {
    version,
    periods: [...periods],
    ...DESCRIPTION,
    period,
    status,
    bounds,
    kind,
    marker: kind,
    width: kind,
    inputFirst: FIRST_INPUT,
    inputLast,
    hidden: { col: bounds, count: BOUND_COUNT + 1 },
  };
}

/** The columns of a period, or null when the layout has no such period. */
export function periodColumns(layout: TabLayout, period: string): PeriodColumns | null {
  return layout.period.find((p) => p.period === period) ?? null;
}

/** Every column of one period's entries (figure, evidence, explanation), for closing a period. */
export function columnsOfPeriod(layout: TabLayout, period: string): number[] {
  const p = periodColumns(layout, period);
  if (!p) return [];
  // In layout 1 evidence and explanation are shared: closing one period cannot close them.
  return layout.version === 1 ? [p.value] : [p.value, p.evidence, p.explanation];
}

/** The columns that hold figures (what the entry log records and the colour rules judge). */
export function valueColumns(layout: TabLayout): number[] {
  return layout.period.map((p) => p.value);
}

/**
 * The layout a tab was written with, from its values (row 1…3 of the marker column): null for a
 * sheet that is not an agency tab. A tab without a version cell predates versions: layout 1.
 */
export function layoutOfGrid(grid: unknown[][]): TabLayout | null {
  const markerCol = (grid[0] ?? []).indexOf(TAB_MARKER);
  if (markerCol < 0) return null;
  const version: LayoutVersion = Number(grid[2]?.[markerCol]) === 2 ? 2 : 1;
  const header = (grid[HEADER_ROW - 1] ?? []).map((v) => String(v ?? '').trim());
  // The marker sits in the last column in every version: the period count follows from it.
  const width = markerCol + 1;
  const perPeriod = version === 1 ? 1 : 3;
  const fixed = version === 1 ? FIRST_INPUT - 1 + 2 + 1 + BOUND_COUNT + 1 : FIRST_INPUT - 1 + 1 + BOUND_COUNT + 1;
  const n = Math.max(0, Math.round((width - fixed) / perPeriod));
  const periods = Array.from({ length: n }, (_, j) => header[FIRST_INPUT - 1 + j * perPeriod] ?? '');
  return tabLayout(periods, version);
}

/** A column's letters, as formulas and messages name it. */
export const columnLetter = columnToLetters;

export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}
