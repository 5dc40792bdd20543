/**
 * The report sidebar and the functions it calls through google.script.run. Each returns a
 * plain JSON-safe object and never throws: a failure comes back as { ok: false, message } in
 * Vietnamese (the stack goes to the script's log, not to the person).
 */
import { M } from '../core/messages';
import {
  sidebarPayload,
  type SidebarFailure,
  type SidebarResponse,
  type WriteResult,
} from '../core/report/sidebar-payload';
import { collectResults } from '../sheets/collect';
import { appsScriptPlatform } from '../sheets/platform';
import { guard } from './guard';
import { closePeriod } from '../sheets/periods';
import { writeSummary } from '../sheets/summary-sheet';
import { cycleOf } from '../sheets/cycle-view';

function failure(error: unknown): SidebarFailure {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  return { ok: false, message: M.reportFailed(error instanceof Error ? error.message : String(error)) };
}

const asPeriod = (period: unknown) => (typeof period === 'string' ? period.trim() : '');

export function menuOpenSidebar(): void {
  guard(M.sidebarTitle, () => {
    const platform = appsScriptPlatform();
    const html = platform.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(M.sidebarTitle);
    platform.SpreadsheetApp.getUi().showSidebar(html);
  });
}

/** The whole report of a period in one call; an empty period name means the latest with figures. */
export function sidebarGetReport(period?: string): SidebarResponse {
  try {
    const platform = appsScriptPlatform();
    const collected = collectResults(platform);
    const response = sidebarPayload(collected, asPeriod(period));
    // Deadlines and reminders travel in the same call: one round trip per period shown.
    if (response.ok && response.report) response.cycle = cycleOf(platform, collected, response.period, new Date());
    return response;
  } catch (error) {
    return failure(error);
  }
}

/** Closes a period for every agency (the secretariat's action after reporting upwards). */
export function sidebarClosePeriod(period: string): WriteResult | SidebarFailure {
  try {
    const result = closePeriod(appsScriptPlatform(), asPeriod(period));
    return { ok: result.ok, message: result.message, sheetName: '' };
  } catch (error) {
    return failure(error);
  }
}

/** Writes (or replaces) the summary sheet of a period. */
export function sidebarWriteSummary(period: string): WriteResult | SidebarFailure {
  try {
    return writeSummary(appsScriptPlatform(), asPeriod(period));
  } catch (error) {
    return failure(error);
  }
}
