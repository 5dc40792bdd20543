/**
 * What the sidebar receives from its one server call: the periods to choose from (closed ones
 * marked), the chosen period's ReportView, and a plain notice when there is nothing to show
 * yet (no table, no tabs, nobody reported). Pure; the server function only collects the data.
 */
import { M } from '../messages';
import type { CycleView } from '../cycle/cycle';
import type { Indicator } from '../types';
import type { Settings } from '../workbook/settings';
import { buildReport, type Report, type UnitInput } from './report';
import { reportView, type ReportView } from './view';

/** The report's input as collected from the workbook (src/sheets/collect.ts). */
export interface ReportSource {
  settings: Settings;
  indicators: Indicator[];
  units: UnitInput[];
}

export interface PeriodOption {
  name: string;
  closed: boolean;
  /** Someone entered at least one figure for this period. */
  hasData: boolean;
}

export interface SidebarReport {
  ok: true;
  period: string;
  periods: PeriodOption[];
  /** Empty, or why there is little or nothing to show (Vietnamese). */
  notice: string;
  /** Null when the workbook has no table or no tabs yet. */
  report: ReportView | null;
  /** Deadline, timeliness and reminders of the period; null without a report. */
  cycle: CycleView | null;
}

export interface SidebarFailure {
  ok: false;
  message: string;
}

export type SidebarResponse = SidebarReport | SidebarFailure;

/** What writing the summary sheet returns to the sidebar. */
export interface WriteResult {
  ok: boolean;
  message: string;
  /** The sheet written; empty when nothing was written. */
  sheetName: string;
}

const filled = (v: unknown) => v !== '' && v !== null && v !== undefined;

export function periodOptions(source: ReportSource): PeriodOption[] {
  return source.settings.periods.map((name) => ({
    name,
    closed: source.settings.closedPeriods.includes(name),
    hasData: source.units.some((u) => u.lines.some((l) => filled(l.values?.periods[name]))),
  }));
}

/** The period to open on: the latest one with figures, else the first. */
function defaultPeriod(options: PeriodOption[]): string {
  const withData = options.filter((o) => o.hasData);
  return (withData[withData.length - 1] ?? options[0]).name;
}

/** Why no report can be shown, or null when there is one. */
export function nothingToReport(source: ReportSource): string | null {
  if (source.indicators.length === 0) return M.reportNoTable;
  if (!source.units.some((u) => u.hasTab)) return M.reportNoTabs;
  return null;
}

export function periodReport(source: ReportSource, period: string): { report: Report; view: ReportView } {
  const report = buildReport({ period, settings: source.settings, indicators: source.indicators, units: source.units });
  return { report, view: reportView(report, source.settings) };
}

/** The sidebar's payload for `requested` (a period name from the list; empty for the default). */
export function sidebarPayload(source: ReportSource, requested: string): SidebarResponse {
  const periods = periodOptions(source);
  if (requested && !source.settings.periods.includes(requested)) {
    return { ok: false, message: M.reportUnknownPeriod(requested, source.settings.periods) };
  }
  const period = requested || defaultPeriod(periods);
  const none = nothingToReport(source);
  if (none) return { ok: true, period, periods, notice: none, report: null, cycle: null };
  const { view } = periodReport(source, period);
  return {
    ok: true,
    period,
    periods,
    notice: view.empty ? M.reportPeriodEmpty(period) : '',
    report: view,
    cycle: null,
  };
}
