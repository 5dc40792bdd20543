/**
 * Reading an agency tab back: which agency it belongs to and every value entered, keyed by
 * line key, so regeneration can put each value back where it belongs whatever moved. The tab
 * is read with the layout it was written with (its recorded version), never the current one.
 */
import { cleanText } from '../text/normalize';
import { FIRST_LINE_ROW, layoutOfGrid, type TabLayout } from './columns';
import { indicatorIdOfLine } from './lines';
import { emptyLineValues, type LineValues } from './tab';

export interface TabRead {
  agencyKey: string;
  periods: string[];
  layout: TabLayout;
  lines: Map<string, LineValues>;
  /** 1-based row of each line key. */
  rows: Map<string, number>;
  /**
   * Lines of a layout-1 tab whose shared evidence or explanation was given to one period
   * (the latest with a figure, else the first): what the migration to per-period columns moved.
   */
  migrated: Array<{ key: string; period: string }>;
}

const isEmpty = (v: unknown) => v === '' || v === null || v === undefined;

/**
 * Reads the reporting lines of a tab (from getValues of its data range).
 * Returns null for a sheet the add-on did not make.
 */
export function readTab(grid: unknown[][]): TabRead | null {
  const layout = layoutOfGrid(grid);
  if (!layout) return null;
  const agencyKey = String(grid[1]?.[layout.marker - 1] ?? '');
  const periods = layout.periods.map((p) => cleanText(p));
  const lines = new Map<string, LineValues>();
  const rows = new Map<string, number>();
  const migrated: TabRead['migrated'] = [];
  const cell = (row: unknown[], col: number) => row?.[col - 1];
  for (let r = FIRST_LINE_ROW - 1; r < grid.length; r++) {
    const row = grid[r];
    const key = cleanText(String(row?.[layout.key - 1] ?? ''));
    if (!key) break; // the blank row before the read-only section ends the reporting lines
    const values = emptyLineValues(String(cell(row, layout.text) ?? ''));
    layout.period.forEach((p, j) => {
      const value = cell(row, p.value);
      if (!isEmpty(value)) values.periods[periods[j]] = value;
    });
    if (layout.version === 1) {
      const shared = layout.period[0];
      const evidence = shared ? cell(row, shared.evidence) : '';
      const explanation = shared ? cell(row, shared.explanation) : '';
      if (shared && (!isEmpty(evidence) || !isEmpty(explanation))) {
        const withFigure = periods.filter((p) => p in values.periods);
        const period = withFigure[withFigure.length - 1] ?? periods[0];
        if (!isEmpty(evidence)) values.evidence[period] = evidence;
        if (!isEmpty(explanation)) values.explanation[period] = explanation;
        migrated.push({ key, period });
      }
    } else {
      layout.period.forEach((p, j) => {
        const evidence = cell(row, p.evidence);
        const explanation = cell(row, p.explanation);
        if (!isEmpty(evidence)) values.evidence[periods[j]] = evidence;
        if (!isEmpty(explanation)) values.explanation[periods[j]] = explanation;
      });
    }
    lines.set(key, values);
    rows.set(key, r + 1);
  }
  return { agencyKey, periods, layout: { ...layout, periods }, lines, rows, migrated };
}

/** True when a line holds anything an agency typed. */
export function hasEnteredValues(values: LineValues): boolean {
  return (
    Object.keys(values.periods).length > 0 ||
    Object.keys(values.evidence).length > 0 ||
    Object.keys(values.explanation).length > 0
  );
}

/** The periods a line holds anything for (a figure, evidence or an explanation), in no order. */
export function periodsWithEntries(values: LineValues): string[] {
  return [
    ...new Set([...Object.keys(values.periods), ...Object.keys(values.evidence), ...Object.keys(values.explanation)]),
  ];
}

/** The part of a line's values that belongs to the given periods. */
export function valuesForPeriods(values: LineValues, periods: string[]): LineValues {
  const pick = (r: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(r).filter(([p]) => periods.includes(p)));
  return {
    periods: pick(values.periods),
    evidence: pick(values.evidence),
    explanation: pick(values.explanation),
    ...(values.text !== undefined ? { text: values.text } : {}),
  };
}

/**
 * Matches old line values to the new lines: by key, and, when an indicator gained or lost
 * targets (key "1.2" became "1.2/1" or the reverse), its first line takes the old single value.
 * Returns the values to put back and the old lines that found no place (for the archive).
 */
export function matchLines(
  old: Map<string, LineValues>,
  newKeys: string[],
): { kept: Map<string, LineValues>; orphans: Array<[string, LineValues]> } {
  const kept = new Map<string, LineValues>();
  const used = new Set<string>();
  for (const key of newKeys) {
    const exact = old.get(key);
    if (exact) {
      kept.set(key, exact);
      used.add(key);
    }
  }
  for (const key of newKeys) {
    if (kept.has(key)) continue;
    const base = indicatorIdOfLine(key);
    const candidates = base === key ? [`${key}/1`] : key.endsWith('/1') ? [base] : [];
    const from = candidates.find((c) => old.has(c) && !used.has(c));
    if (from) {
      kept.set(key, old.get(from)!);
      used.add(from);
    }
  }
  const orphans = [...old].filter(([key, values]) => !used.has(key) && hasEnteredValues(values));
  return { kept, orphans };
}
