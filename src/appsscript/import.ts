/**
 * "Nhập bảng từ tệp Word": a dialog reads the .docx in the browser (so no Drive scope is asked
 * for) and sends the chosen table's cells here, first to preview, then, once confirmed, to
 * write into the Assignments sheet. Each call is wrapped by rpc(): a JSON-safe object, never an
 * exception.
 */
import { M } from '../core/messages';
import type { ApplyResponse, ImportRequest, PreviewResponse } from '../core/import/exchange';
import type { Grid } from '../core/types';
import { previewImport, replaceTable } from '../sheets/import-table';
import { appsScriptPlatform } from '../sheets/platform';
import { guardSecretariat, notSecretariat } from './guard';
import { rpc } from './rpc';

/** Sheets holds 50,000 characters in a cell; a table past these sizes is not an assignment table. */
const MAX_ROWS = 5000;
const MAX_COLS = 60;
const MAX_CELL = 50_000;

/** The request as sent, checked: google.script.run carries whatever the page sends. */
function requestOf(value: unknown): ImportRequest | null {
  if (!value || typeof value !== 'object') return null;
  const r = value as Record<string, unknown>;
  const grid = r.grid;
  if (!Array.isArray(grid) || grid.length === 0 || grid.length > MAX_ROWS) return null;
  for (const row of grid) {
    if (!Array.isArray(row) || row.length > MAX_COLS) return null;
    if (row.some((c) => typeof c !== 'string' || c.length > MAX_CELL)) return null;
  }
  const tables = Array.isArray(r.tables) ? r.tables.filter((n): n is number => Number.isInteger(n)) : [];
  return {
    grid: grid as Grid,
    file: typeof r.file === 'string' ? r.file.slice(0, 255) : '',
    date: typeof r.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.date) ? r.date : '',
    tables,
  };
}

export function menuImportFile(): void {
  guardSecretariat(M.importTitle, () => {
    const platform = appsScriptPlatform();
    const page = platform.HtmlService.createHtmlOutputFromFile('ImportFile').setWidth(720).setHeight(560);
    platform.SpreadsheetApp.getUi().showModalDialog(page, M.importTitle);
  });
}

/** What the table would give: indicators, agencies, warnings, and the changes against the sheet's table. */
export const importPreview = rpc(M.importFailed, (request: ImportRequest): PreviewResponse => {
  const checked = requestOf(request);
  if (!checked) return { ok: false, message: M.importFailed(M.importBadRequest) };
  const preview = previewImport(appsScriptPlatform(), checked.grid);
  if (preview.indicators.length === 0) return { ok: false, message: M.importNoIndicators };
  return { ok: true, ...preview };
});

/** Writes the table into "Chỉ tiêu" and records its source in "Cài đặt". */
export const importApply = rpc(M.importFailed, (request: ImportRequest): ApplyResponse => {
  // The dialog opens for the secretariat only, but google.script.run can call this from any page.
  const refused = notSecretariat();
  if (refused) return { ok: false, message: refused, indicators: 0 };
  const checked = requestOf(request);
  if (!checked) return { ok: false, message: M.importFailed(M.importBadRequest), indicators: 0 };
  const result = replaceTable(appsScriptPlatform(), checked.grid, {
    file: checked.file,
    date: checked.date,
    tables: checked.tables.join(', '),
  });
  if (!result.ok) return { ok: false, message: M.importNoIndicators, indicators: 0 };
  return { ok: true, message: M.importDoneDialog(result.indicators), indicators: result.indicators };
});
