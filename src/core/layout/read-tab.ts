/**
 * Reading an agency tab back: which agency it belongs to and every value entered, keyed by
 * line key, so regeneration can put each value back where it belongs whatever moved.
 */
import { cleanText } from '../text/normalize';
import { indicatorIdOfLine } from './lines';
import { HEADER_ROW, type LineValues, TAB_MARKER } from './tab';

export interface TabRead {
  agencyKey: string;
  periods: string[];
  lines: Map<string, LineValues>;
  /** 1-based row of each line key. */
  rows: Map<string, number>;
}

const isEmpty = (v: unknown) => v === '' || v === null || v === undefined;

/**
 * Reads the reporting lines of a tab (from getValues of its data range).
 * Returns null for a sheet the add-on did not make.
 */
export function readTab(grid: unknown[][]): TabRead | null {
  const markerCol = (grid[0] ?? []).indexOf(TAB_MARKER);
  if (markerCol < 0) return null;
  const agencyKey = String(grid[1]?.[markerCol] ?? '');
  const header = (grid[HEADER_ROW - 1] ?? []).map((v) => cleanText(String(v ?? '')));
  // Periods sit between the unit column (6th) and the evidence column.
  const evidenceCol = header.findIndex((h, i) => i >= 6 && /^minh chứng/i.test(h));
  const periods = header.slice(6, Math.max(evidenceCol, 6));
  const lines = new Map<string, LineValues>();
  const rows = new Map<string, number>();
  for (let r = HEADER_ROW; r < grid.length; r++) {
    const row = grid[r];
    const key = cleanText(String(row?.[0] ?? ''));
    if (!key) break; // the blank row before the read-only section ends the reporting lines
    const values: LineValues = {
      periods: {},
      evidence: row[evidenceCol] ?? '',
      explanation: row[evidenceCol + 1] ?? '',
      text: String(row[3] ?? ''),
    };
    periods.forEach((p, j) => {
      const v = row[6 + j];
      if (!isEmpty(v)) values.periods[p] = v;
    });
    lines.set(key, values);
    rows.set(key, r + 1);
  }
  return { agencyKey, periods, lines, rows };
}

/** True when a line holds anything an agency typed. */
export function hasEnteredValues(values: LineValues): boolean {
  return Object.keys(values.periods).length > 0 || !isEmpty(values.evidence) || !isEmpty(values.explanation);
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
