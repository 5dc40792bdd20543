/**
 * Entry points of the reporting cycle: the sidebar's view of deadlines and reminders, the
 * status dialog and the history sheet. The sidebar function returns plain JSON-safe objects
 * and never throws: a failure comes back as { ok: false, message } in Vietnamese.
 */
import { cycleStatusText } from '../core/cycle/status-text';
import { M } from '../core/messages';
import { type CycleResponse, loadCycle } from '../sheets/cycle-view';
import { writeHistory } from '../sheets/history-sheet';
import { listPeriods } from '../sheets/periods';
import { appsScriptPlatform } from '../sheets/platform';
import { alert, guard, guardSecretariat } from './guard';
import { secureWorkbookSheets } from '../sheets/secretariat';
import { rpc, textArgument } from './rpc';

/**
 * Deadline, closed or not, and per agency: on time / late / missing / partial, last entry,
 * missing indicators and a ready reminder (subject, body, mailto). An empty period name means
 * the period being reported now (the first whose deadline is not past).
 */
export const sidebarGetCycle = rpc(
  M.cycleFailed,
  (period?: string): CycleResponse => loadCycle(appsScriptPlatform(), textArgument(period), new Date()),
);

export function menuReportingStatus(): void {
  guard(M.menuReportingStatus, () => {
    const ui = appsScriptPlatform().SpreadsheetApp.getUi();
    const response = ui.prompt(
      M.menuReportingStatus,
      M.askCyclePeriod(listPeriods(appsScriptPlatform())),
      ui.ButtonSet.OK_CANCEL,
    );
    if (response.getSelectedButton() !== ui.Button.OK) return;
    const view = sidebarGetCycle(response.getResponseText());
    alert(M.menuReportingStatus, view.ok ? cycleStatusText(view) : view.message);
  });
}

export function menuWriteHistory(): void {
  guardSecretariat(M.menuWriteHistory, () => {
    const result = writeHistory(appsScriptPlatform(), new Date());
    if (result.ok) secureWorkbookSheets(appsScriptPlatform());
    alert(M.menuWriteHistory, result.message);
  });
}
