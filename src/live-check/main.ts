/**
 * Entry points of the live check's own script (dist-live-check/Code.gs, `npm run build:live-check`):
 * not part of the add-on's bundle. Paste it into the script of a new, empty spreadsheet and run
 * kiemTra from the menu (or from the editor); docs/HUONG-DAN-KIEM-TRA.md says how.
 */
import seedText from '../../seeds/003b-phan-cong-2023.tsv';
import { liveCheckTexts as T } from '../core/messages/live-check';
import { parseDelimited } from '../core/table/delimited';
import type { UiApi } from '../sheets/gas';
import { appsScriptPlatform } from '../sheets/platform';
import { lastLiveCheck, runLiveCheck } from './run';

/** The Ui, or null when run from the script editor ("Cannot call SpreadsheetApp.getUi() from this context"). */
function ui(): UiApi | null {
  try {
    return appsScriptPlatform().SpreadsheetApp.getUi();
  } catch {
    return null;
  }
}

export function onOpen(): void {
  ui()?.createMenu(T.menuTitle).addItem(T.menuRun, 'kiemTra').addItem(T.menuJson, 'xemKetQua').addToUi();
}

export function kiemTra(): void {
  const run = runLiveCheck(appsScriptPlatform(), { seed: parseDelimited(seedText) });
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
