/**
 * The report sidebar and the functions it calls through google.script.run, each wrapped by
 * rpc(): a plain JSON-safe object, never an exception.
 */
import { M } from '../core/messages';
import {
  type DetailsRequest,
  type PackedDetails,
  type PackedSidebar,
  packDetails,
  packSidebar,
} from '../core/report/sidebar-pack';
import { type SidebarFailure, sidebarPayload, type WriteResult } from '../core/report/sidebar-payload';
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

/**
 * The report of a period in one call, packed (core/report/sidebar-pack.ts): each fact once, and
 * the longest lists only up to a budget. An empty period name means the latest with figures.
 */
export const sidebarGetReport = rpc(M.reportFailed, (period?: string): PackedSidebar | SidebarFailure => {
  const platform = appsScriptPlatform();
  const collected = collectResults(platform);
  const response = sidebarPayload(collected, textArgument(period));
  if (!response.ok) return response;
  // Deadlines and reminders travel in the same call: one round trip per period shown.
  if (response.report) response.cycle = cycleOf(platform, collected, response.period, new Date());
  return packSidebar(collected, response);
});

/** What the first payload left out: the lines of some agencies, the next unmet indicators. */
export const sidebarGetDetails = rpc(
  M.reportFailed,
  (period: string, ask: DetailsRequest): PackedDetails | SidebarFailure => {
    const collected = collectResults(appsScriptPlatform());
    const response = sidebarPayload(collected, textArgument(period));
    if (!response.ok) return response;
    const sheets = Array.isArray(ask?.sheets) ? ask.sheets.filter((x): x is string => typeof x === 'string') : [];
    const unmetFrom = typeof ask?.unmetFrom === 'number' ? ask.unmetFrom : 0;
    return packDetails(collected, response, { sheets, unmetFrom });
  },
);

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
