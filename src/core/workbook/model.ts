/**
 * The workbook model: everything an action needs to know about the workbook, computed once from
 * the set-up sheets and the add-on's state — the settings, the table as read, the Agencies rows
 * kept in step with the table, and the plan of tabs. Every action (generate, import, report,
 * close a period) starts from this one model, so they cannot drift apart.
 */
import { M } from '../messages';
import { readTable } from '../table/read-table';
import type { TableRead } from '../types';
import { type AgencyProblem, type AgencyRow, agencyRowsGrid, readAgencyRows } from './agencies-sheet';
import { type Plan, planTabs } from './plan';
import { readSettings, type Settings } from './settings';
import type { AddonState } from './state';
import { type AgencySync, syncAgencyRows } from './sync-agencies';

export interface ModelSources {
  /** The table sheet's display values; null when the sheet is missing. */
  tableGrid: string[][] | null;
  /** The Agencies sheet's values; null when the sheet is missing. */
  agenciesGrid: unknown[][] | null;
  /** The Settings sheet's values; null when the sheet is missing (defaults apply). */
  settingsGrid: unknown[][] | null;
  state: AddonState;
}

export interface WorkbookModel {
  settings: Settings;
  /** The table as read; null when there is no table sheet. */
  table: TableRead | null;
  hasAgenciesSheet: boolean;
  /** The Agencies rows kept in step with the table (what a generation writes back). */
  sync: AgencySync;
  /** The synced rows as they read back from the sheet once written. */
  rows: AgencyRow[];
  /** Problems of the Agencies sheet as the secretariat left it and as synced (deduplicated). */
  agencyProblems: AgencyProblem[];
  plan: Plan;
  state: AddonState;
}

export function buildModel(sources: ModelSources): WorkbookModel {
  const settings = readSettings(sources.settingsGrid ?? []);
  const table = sources.tableGrid
    ? readTable(sources.tableGrid, {
        reservedIds: new Set(sources.state.issuedIds),
        knownIds: sources.state.idRecords,
        // A table with a column per year tracks the workbook's year (Cài đặt → Năm).
        year: settings.year,
      })
    : null;
  const sheetRows = readAgencyRows(sources.agenciesGrid ?? []);
  const indicators = table?.indicators ?? [];
  const sync = syncAgencyRows(sheetRows.rows, indicators, settings, sources.state.reports);
  // A sheet name given to a new agency may collide: the problems of the rows as synced count too.
  const synced = readAgencyRows(agencyRowsGrid(sync.rows));
  const agencyProblems = [...sheetRows.problems, ...synced.problems].filter(
    (p, i, all) => all.findIndex((q) => q.message === p.message) === i,
  );
  return {
    settings,
    table,
    hasAgenciesSheet: sources.agenciesGrid !== null,
    sync,
    rows: synced.rows,
    agencyProblems,
    plan: planTabs(indicators, synced.rows, settings, sources.state.reopened),
    state: sources.state,
  };
}

/** Why no action can run on this workbook (a missing sheet, an empty table, no units), or null. */
export function modelProblem(model: WorkbookModel, sheetNames: { table: string; agencies: string }): string | null {
  if (!model.table) return M.sheetMissing(sheetNames.table);
  if (!model.hasAgenciesSheet) return M.sheetMissing(sheetNames.agencies);
  if (model.table.indicators.length === 0) return M.noIndicators();
  if (model.rows.length === 0) return M.noReportingUnits();
  return null;
}
