/**
 * The report sidebar and the functions it calls through google.script.run, each wrapped by
 * rpc(): a plain JSON-safe object, never an exception.
 */
import { M } from '../core/messages';
import { type SidebarResponse, sidebarPayload, type WriteResult } from '../core/report/sidebar-payload';
import { collectResults } from '../sheets/collect';
import { appsScriptPlatform } from '../sheets/platform';
import { guard, notSecretariat } from './guard';
import { secureWorkbookSheets } from '../sheets/secretariat';
import { rpc, textArgument } from './rpc';
import { closePeriod } from '../sheets/periods';
import { writeSummary } from '../sheets/summary-sheet';
import { cycleOf } from '../sheets/cycle-view';

export function menuOpenSidebar(): void {
  guard(M.sidebarTitle, () => {
    const platform = appsScriptPlatform();
    const html = platform.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(M.sidebarTitle);
    platform.SpreadsheetApp.getUi().showSidebar(html);
  });
}

/** The whole report of a period in one call; an empty period name means the latest with figures. */
export const sidebarGetReport = rpc(M.reportFailed, (period?: string): SidebarResponse => {
  const platform = appsScriptPlatform();
  const collected = collectResults(platform);
  const response = sidebarPayload(collected, textArgument(period));
  // Deadlines and reminders travel in the same call: one round trip per period shown.
  if (response.ok && response.report) response.cycle = cycleOf(platform, collected, response.period, new Date());
  return response;
});

/** Closes a period for every agency (the secretariat's action after reporting upwards). */
export const sidebarClosePeriod = rpc(M.reportFailed, (period: string): WriteResult => {
  const refused = notSecretariat();
  if (refused) return { ok: false, message: refused, sheetName: '' };
  const result = closePeriod(appsScriptPlatform(), textArgument(period));
  return { ok: result.ok, message: result.message, sheetName: '' };
});

/** Writes (or replaces) the summary sheet of a period. */
export const sidebarWriteSummary = rpc(M.reportFailed, (period: string): WriteResult => {
  const refused = notSecretariat();
  if (refused) return { ok: false, message: refused, sheetName: '' };
  const result = writeSummary(appsScriptPlatform(), textArgument(period));
  if (result.ok) secureWorkbookSheets(appsScriptPlatform());
  return result;
});
