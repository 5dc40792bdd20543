/**
 * Menu actions run through guard: an unexpected failure reaches the person as a Vietnamese
 * message, not Apps Script's stack trace; the detail goes to the execution log.
 */
import { M } from '../core/messages';
import { Book } from '../sheets/book';
import { appsScriptPlatform } from '../sheets/platform';
import { secretariatProblem } from '../sheets/secretariat';

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

/** Why the person running may not run a command that writes (not one of the secretariat), or null. */
export function notSecretariat(): string | null {
  return secretariatProblem(new Book(appsScriptPlatform()));
}

/** guard() for a command only the secretariat may run: anyone else is told so, and nothing changes. */
export function guardSecretariat(title: string, action: () => void): void {
  guard(title, () => {
    const problem = notSecretariat();
    if (problem) alert(title, problem);
    else action();
  });
}
