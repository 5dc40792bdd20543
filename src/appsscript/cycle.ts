/**
 * Entry points of the reporting cycle: the sidebar's view of deadlines and reminders, the
 * status dialog and the history sheet. The sidebar function returns plain JSON-safe objects
 * and never throws: a failure comes back as { ok: false, message } in Vietnamese.
 */
import { type CycleView, buildCycle } from '../core/cycle/cycle';
import { currentPeriod, DEFAULT_TIME_ZONE, localDate } from '../core/cycle/dates';
import { cycleStatusText } from '../core/cycle/status-text';
import { M } from '../core/messages';
import { Collected, collectResults } from '../sheets/collect';
import { readEditLog } from '../sheets/edit-log';
import type { Platform } from '../sheets/gas';
import { writeHistory } from '../sheets/history-sheet';
import { listPeriods, resolvePeriod } from '../sheets/periods';
import { appsScriptPlatform } from '../sheets/platform';

export type CycleResponse = CycleView | { ok: false; message: string };

function loadCycle(platform: Platform, typed: string, now: Date): CycleResponse {
  const collected = collectResults(platform);
  const { settings } = collected;
  const timeZone = platform.SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone() || DEFAULT_TIME_ZONE;
  const period = typed ? resolvePeriod(settings, typed) : currentPeriod(settings, localDate(now, timeZone));
  if (!period) return { ok: false, message: M.cycleUnknownPeriod(typed, settings.periods) };
  return cycleOf(platform, collected, period, now);
}

/** The cycle view of a period from results already collected (the report sidebar's one call). */
export function cycleOf(platform: Platform, collected: Collected, period: string, now: Date): CycleView {
  const timeZone = platform.SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone() || DEFAULT_TIME_ZONE;
  return buildCycle({ period, settings: collected.settings, units: collected.units, entries: readEditLog(platform), timeZone, now });
}

/**
 * Deadline, closed or not, and per agency: on time / late / missing / partial, last entry,
 * missing indicators and a ready reminder (subject, body, mailto). An empty period name means
 * the period being reported now (the first whose deadline is not past).
 */
export function sidebarGetCycle(period?: string): CycleResponse {
  try {
    return loadCycle(appsScriptPlatform(), typeof period === 'string' ? period.trim() : '', new Date());
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    return { ok: false, message: M.cycleFailed(error instanceof Error ? error.message : String(error)) };
  }
}

function dialog(title: string, text: string): void {
  const ui = appsScriptPlatform().SpreadsheetApp.getUi();
  ui.alert(title, text, ui.ButtonSet.OK);
}

export function menuReportingStatus(): void {
  const ui = appsScriptPlatform().SpreadsheetApp.getUi();
  const response = ui.prompt(M.menuReportingStatus, M.askCyclePeriod(listPeriods(appsScriptPlatform())), ui.ButtonSet.OK_CANCEL);
  if (response.getSelectedButton() !== ui.Button.OK) return;
  const view = sidebarGetCycle(response.getResponseText());
  dialog(M.menuReportingStatus, view.ok ? cycleStatusText(view) : view.message);
}

export function menuWriteHistory(): void {
  dialog(M.menuWriteHistory, writeHistory(appsScriptPlatform(), new Date()).message);
}
