/**
 * Tables with a column per year ("Năm 2026 | Năm 2027 | …"): which column is the workbook's
 * (Cài đặt → Năm). Pure; the other years stay on the indicator as reference (byYear).
 */
import type { Indicator, YearTargets } from '../types';

/**
 * The year column to track: the year itself; failing that the nearest later year, then the
 * latest earlier one (a 2026-2030 plan read in 2025 tracks 2026). Estimates ("Ước thực hiện")
 * are results, never targets. Without a year, the first year of the table.
 */
export function targetsForYear(byYear: YearTargets[], year: number | undefined): YearTargets | null {
  const targets = byYear.filter((y) => !y.estimate);
  if (targets.length === 0) return null;
  if (year === undefined) return targets[0];
  const exact = targets.find((y) => y.year === year);
  if (exact) return exact;
  const later = targets.filter((y) => y.year > year).sort((a, b) => a.year - b.year)[0];
  if (later) return later;
  return [...targets].sort((a, b) => b.year - a.year)[0];
}

/** The indicator as tracked in `year`: its targets and target text are that year's column. */
export function atYear(indicator: Indicator, year: number): Indicator {
  if (!indicator.byYear) return indicator;
  const picked = targetsForYear(indicator.byYear, year);
  if (!picked) return indicator;
  return { ...indicator, targets: picked.targets, targetText: picked.targetText };
}

/** True when the table has a target column for exactly this year. */
export function hasYear(byYear: YearTargets[], year: number): boolean {
  return byYear.some((y) => !y.estimate && y.year === year);
}
