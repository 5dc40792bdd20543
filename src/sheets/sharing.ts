/**
 * Sharing the file: what Protection.addEditors does not do. A protection's editors may edit
 * its cells only once they can edit the file ("doesn't automatically give the user permission
 * to edit the spreadsheet itself", Apps Script reference, Protection.addEditors), so the
 * Agencies sheet and the sidebar show, for every listed account, whether it already can.
 *
 * Spreadsheet.getEditors(), getOwner() and addEditor() need one of the scopes
 * spreadsheets.currentonly or spreadsheets (Apps Script reference, Class Spreadsheet): the
 * add-on's currentonly scope covers them for the spreadsheet it runs in, so the add-on offers to
 * share, after a confirmation naming every account, and says what to do in the Share dialog when
 * sharing fails (an editor may not share when the owner turned that off).
 */
import { M } from '../core/messages';
import { ACCESS_COLUMN, AGENCIES_HEADER, accessText, readAgencyRows } from '../core/workbook/agencies-sheet';
import { secretariatAccounts } from '../core/workbook/secretariat';
import { readSettings } from '../core/workbook/settings';
import { AGENCIES_SHEET, Book, SETTINGS_SHEET } from './book';
import { asTextGrid } from './cells';
import type { Platform, SpreadsheetApi } from './gas';
import { withDocumentLock } from './lock';

/** Everyone who can edit the file now: its owner (none in a shared drive) and its editors, lower-case. */
export function fileEditors(ss: SpreadsheetApi): Set<string> {
  const owner = ss.getOwner()?.getEmail() ?? '';
  return new Set([owner, ...ss.getEditors().map((u) => u.getEmail())].filter(Boolean).map((e) => e.toLowerCase()));
}

export interface AccountAccess {
  email: string;
  hasAccess: boolean;
}

export interface AgencyAccess {
  name: string;
  sheet: string;
  accounts: AccountAccess[];
}

/** JSON-safe: it crosses google.script.run to the sidebar. */
export interface SharingView {
  ok: true;
  agencies: AgencyAccess[];
  secretariat: AccountAccess[];
  /** Every listed account that cannot edit the file yet, each once, in the order listed. */
  missing: string[];
  /** What to do by hand in the Share dialog for those accounts. */
  byHand: string;
}

const access = (emails: string[], editors: ReadonlySet<string>): AccountAccess[] =>
  emails.map((email) => ({ email, hasAccess: editors.has(email.toLowerCase()) }));

/** Who of the listed accounts (Agencies sheet, Settings' secretariat row) can edit the file. */
export function sharingView(platform: Platform): SharingView {
  const book = new Book(platform);
  const editors = fileEditors(book.ss);
  const agenciesSheet = book.sheet(AGENCIES_SHEET);
  const settingsSheet = book.sheet(SETTINGS_SHEET);
  const rows = agenciesSheet ? readAgencyRows(book.values(agenciesSheet)).rows : [];
  const settings = readSettings(settingsSheet ? book.values(settingsSheet) : []);
  const agencies = rows.map((r) => ({ name: r.name, sheet: r.sheetName, accounts: access(r.editors, editors) }));
  // The running person is a secretariat account too, and can edit the file since the command runs.
  const secretariat = access(secretariatAccounts('', settings).accounts, editors);
  const seen = new Set<string>();
  const missing: string[] = [];
  for (const a of [...agencies.flatMap((x) => x.accounts), ...secretariat]) {
    const key = a.email.toLowerCase();
    if (a.hasAccess || seen.has(key)) continue;
    seen.add(key);
    missing.push(a.email);
  }
  return { ok: true, agencies, secretariat, missing, byHand: missing.length ? M.shareByHand(missing) : '' };
}

/** The accounts still to share, grouped as the confirmation names them. */
export function missingByAgency(view: SharingView): Array<{ who: string; accounts: string[] }> {
  const groups = view.agencies
    .map((a) => ({ who: a.sheet || a.name, accounts: a.accounts.filter((x) => !x.hasAccess).map((x) => x.email) }))
    .filter((g) => g.accounts.length > 0);
  const secretariat = view.secretariat.filter((x) => !x.hasAccess).map((x) => x.email);
  if (secretariat.length > 0) groups.push({ who: M.shareSecretariatGroup, accounts: secretariat });
  return groups;
}

export interface ShareResult {
  ok: boolean;
  shared: string[];
  failed: Array<{ email: string; reason: string }>;
  message: string;
}

/**
 * Shares the file for editing with the accounts asked for that are still missing (anything else
 * asked for is left out: the confirmation named exactly what is shared), one call per account
 * so that one refused address does not stop the others; then refreshes the access column.
 */
export function shareWithMissing(platform: Platform, requested: string[]): ShareResult {
  const view = sharingView(platform);
  const missing = new Map(view.missing.map((e) => [e.toLowerCase(), e]));
  const wanted = [...new Set(requested.map((e) => e.trim().toLowerCase()).filter(Boolean))];
  const skipped = wanted.filter((e) => !missing.has(e));
  const ss = platform.SpreadsheetApp.getActiveSpreadsheet();
  const shared: string[] = [];
  const failed: ShareResult['failed'] = [];
  for (const key of wanted.filter((e) => missing.has(e))) {
    const email = missing.get(key)!;
    try {
      ss.addEditor(email);
      shared.push(email);
    } catch (error) {
      failed.push({ email, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  // The Agencies sheet is also written by a generation: the column only under the lock.
  withDocumentLock(
    platform,
    () => refreshAccessColumn(new Book(platform)),
    () => undefined,
  );
  const parts = [
    shared.length > 0 ? M.shareDone(shared) : '',
    failed.length > 0 ? M.shareFailed(failed) : '',
    skipped.length > 0 ? M.shareNotListed(skipped) : '',
  ].filter(Boolean);
  return {
    ok: failed.length === 0,
    shared,
    failed,
    message: parts.join('\n\n') || M.shareNothing(view.agencies.length),
  };
}

/**
 * Writes the Agencies sheet's access column (one read, and one write only when a text changed):
 * for each row, whether its listed editors can edit the file and who still needs it.
 */
export function refreshAccessColumn(book: Book, editors: ReadonlySet<string> = fileEditors(book.ss)): void {
  const sheet = book.sheet(AGENCIES_SHEET);
  if (!sheet) return;
  const grid = book.values(sheet);
  if (grid.length === 0) return;
  const { rows } = readAgencyRows(grid);
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const column = grid.map((_, i) => {
    if (i === 0) return AGENCIES_HEADER[ACCESS_COLUMN - 1];
    const row = byRow.get(i + 1);
    return row ? accessText(row.editors, editors) : '';
  });
  const current = grid.map((cells) => String(cells[ACCESS_COLUMN - 1] ?? ''));
  if (column.every((text, i) => text === current[i])) return;
  if (sheet.getMaxColumns() < ACCESS_COLUMN) {
    sheet.insertColumnsAfter(sheet.getMaxColumns(), ACCESS_COLUMN - sheet.getMaxColumns());
  }
  sheet.getRange(1, ACCESS_COLUMN, column.length, 1).setValues(asTextGrid(column.map((t) => [t])));
}
