/**
 * Entry points of the live check's own script (dist-live-check/Code.gs, `npm run build:live-check`):
 * not part of the add-on's bundle. Paste it into the script of a new, empty spreadsheet and run
 * kiemTra from the menu (or from the editor); docs/HUONG-DAN-KIEM-TRA.md says how.
 */
import { liveCheckTexts as T } from '../core/messages/live-check';
import type { UiApi } from '../sheets/gas';
import { appsScriptPlatform } from '../sheets/platform';
import { lastLiveCheck, runLiveCheck } from './run';

/** Seed 003b's table, parsed by the build (scripts/build.mjs): the script carries no parser. */
declare const __LIVE_CHECK_SEED__: string[][];

/** The Ui, or null when run from the script editor ("Cannot call SpreadsheetApp.getUi() from this context"). */
function ui(): UiApi | null {
  try {
    return appsScriptPlatform().SpreadsheetApp.getUi();
  } catch {
    return null;
  }
}

/** The table the check pastes (also a global, so a person can look at it from the editor). */
export function seedTable(): string[][] {
  return __LIVE_CHECK_SEED__;
}

export function onOpen(): void {
  ui()?.createMenu(T.menuTitle).addItem(T.menuRun, 'kiemTra').addItem(T.menuJson, 'xemKetQua').addToUi();
}

export function kiemTra(): void {
  const run = runLiveCheck(appsScriptPlatform(), { seed: seedTable() });
  if (run.result) console.log(JSON.stringify(run.result));
  console.log(run.message);
  const page = ui();
  page?.alert(T.menuTitle, run.message, page.ButtonSet.OK);
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export function xemKetQua(): void {
  const result = lastLiveCheck(appsScriptPlatform());
  const json = result ? JSON.stringify(result, null, 1) : '';
  console.log(json || T.noResult);
  const page = ui();
  if (!page) return;
  if (!result) {
    page.alert(T.menuTitle, T.noResult, page.ButtonSet.OK);
    return;
  }
  const html = appsScriptPlatform()
    .HtmlService.createHtmlOutput(
      `<p style="font:13px Arial">${escapeHtml(T.jsonHint)}</p>` +
        `<textarea style="width:100%;height:380px;font:11px monospace" readonly>${escapeHtml(json)}</textarea>`,
    )
    .setWidth(640)
    .setHeight(480);
  page.showModalDialog(html, T.jsonTitle);
}
