/**
 * Entry points Apps Script calls by name. Each is thin: it takes the services from the global
 * scope (the real ones in Apps Script, the in-memory engine's in tests and locally) and hands
 * them to the sheets layer. The build turns every export here into a top-level function.
 */
import { M } from '../core/messages';
import { generateTabs } from '../sheets/generate';
import type { GenerationStep } from '../core/workbook/generation-step';
import { appsScriptPlatform } from '../sheets/platform';
import { writeDraftSheet } from '../sheets/draft';
import { closePeriod, listPeriods, reopenPeriod } from '../sheets/periods';
import { setupWorkbook } from '../sheets/setup';
import { generationMessage } from '../sheets/summary-text';
import { alert, guardSecretariat, notSecretariat } from './guard';
import { addMenu, entryKind } from './menu';
import { rpc } from './rpc';

export * from './sidebar';
export * from './triggers';
export * from './cycle';
export * from './import';
export * from './sharing';

/**
 * Builds the menu only: a simple trigger has 30 seconds and no authorisation (in an add-on not
 * yet used in the document it runs in AuthMode.NONE, where only the menu may be built).
 */
export function onOpen(): void {
  addMenu(appsScriptPlatform().SpreadsheetApp.getUi(), entryKind());
}

/** An editor add-on's installation runs onInstall, not onOpen, in the document it was installed from. */
export function onInstall(): void {
  onOpen();
}

export function menuSetup(): void {
  guardSecretariat(M.menuSetup, () => {
    setupWorkbook(appsScriptPlatform());
    alert(M.menuSetup, M.setupDone());
  });
}

/** Drafts the table of a plan in prose from the sheet that is open, into a new sheet for review. */
export function menuDraftTable(): void {
  guardSecretariat(M.menuDraftTable, () => {
    alert(M.menuDraftTable, writeDraftSheet(appsScriptPlatform()));
  });
}

/**
 * Generates the tabs. A workbook too big for one execution continues in a dialog that calls
 * generateContinue once per execution and shows the progress.
 */
export function menuGenerate(): void {
  guardSecretariat(M.generateTitle, () => {
    const platform = appsScriptPlatform();
    const result = generateTabs(platform);
    if (result.ok && result.remaining > 0) {
      const page = platform.HtmlService.createHtmlOutputFromFile('Progress').setWidth(440).setHeight(220);
      platform.SpreadsheetApp.getUi().showModalDialog(page, M.progressTitle);
      return;
    }
    alert(M.generateTitle, generationMessage(result));
  });
}

/** One more execution of a long generation, for the progress dialog (JSON-safe). */
export const generateContinue = rpc(
  () => M.progressFailed,
  (): GenerationStep => {
    const refused = notSecretariat();
    if (refused) return { ok: false, total: 0, done: 0, remaining: 0, message: refused };
    const result = generateTabs(appsScriptPlatform());
    return {
      ok: result.ok,
      total: result.total,
      done: result.total - result.remaining,
      remaining: result.remaining,
      message:
        result.remaining > 0
          ? M.progressCount(result.total - result.remaining, result.total)
          : generationMessage(result),
    };
  },
);

export function menuHelp(): void {
  alert(M.helpTitle, M.helpText());
}

/** Asks for a text; null when the person cancels. */
function ask(title: string, prompt: string): string | null {
  const ui = appsScriptPlatform().SpreadsheetApp.getUi();
  const response = ui.prompt(title, prompt, ui.ButtonSet.OK_CANCEL);
  return response.getSelectedButton() === ui.Button.OK ? response.getResponseText().trim() : null;
}

function periodNames(): string[] {
  return listPeriods(appsScriptPlatform());
}

export function menuClosePeriod(): void {
  guardSecretariat(M.menuClosePeriod, () => {
    const period = ask(M.menuClosePeriod, M.askPeriod(periodNames()));
    if (!period) return;
    alert(M.menuClosePeriod, closePeriod(appsScriptPlatform(), period).message);
  });
}

export function menuReopenPeriod(): void {
  guardSecretariat(M.menuReopenPeriod, () => {
    const period = ask(M.menuReopenPeriod, M.askPeriod(periodNames()));
    if (!period) return;
    const agency = ask(M.menuReopenPeriod, M.askAgency);
    if (agency === null) return;
    alert(M.menuReopenPeriod, reopenPeriod(appsScriptPlatform(), period, agency || undefined).message);
  });
}
