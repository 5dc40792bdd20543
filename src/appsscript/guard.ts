/**
 * Menu actions run through guard: an unexpected failure reaches the person as a Vietnamese
 * message, not Apps Script's stack trace; the detail goes to the execution log.
 */
import { M } from '../core/messages';
import { appsScriptPlatform } from '../sheets/platform';

export function alert(title: string, text: string): void {
  const ui = appsScriptPlatform().SpreadsheetApp.getUi();
  ui.alert(title, text, ui.ButtonSet.OK);
}

export function guard(title: string, action: () => void): void {
  try {
    action();
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    alert(title, M.menuFailed(error instanceof Error ? error.message : String(error)));
  }
}
