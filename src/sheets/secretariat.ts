/**
 * The secretariat's side of the workbook: who may run the commands that write, and the
 * protection of every sheet it owns (core/workbook/secretariat.ts says which), kept for the
 * accounts of Settings' "Tài khoản Văn phòng" plus the person running the command.
 *
 * Every agency is an editor of the file, so only protections keep an agency out of the Agencies
 * sheet (its e-mail on another agency's row would give it that agency's cells at the next
 * generation), Settings ("Kỳ đã khóa" emptied would reopen a closed quarter), the archive, the
 * summaries and the state sheet. In Sheets a protected range refuses the edit of anyone not
 * among its editors — typing and scripts alike ("You are trying to edit a protected cell or
 * object"); the file's owner can always edit (Apps Script reference, Class Protection).
 */
import { M } from '../core/messages';
import { accountsKey, ownedSheetKind, secretariatAccounts } from '../core/workbook/secretariat';
import type { Settings } from '../core/workbook/settings';
import { readSettings } from '../core/workbook/settings';
import { Book, SETTINGS_SHEET, STATE_SHEET } from './book';
import type { Platform } from './gas';
import { withDocumentLock } from './lock';
import { ownProtection, protectOwnedSheet } from './protect';
import { readState, writeState } from './workbook-model';

/**
 * Why the person running a command that writes may not run it, or null. The state sheet's
 * protection holds the secretariat's accounts; Protection.canEdit() is Sheets' own answer
 * (the owner always can). Before anything is protected, the first person sets the book up.
 */
export function secretariatProblem(book: Book): string | null {
  const state = book.sheet(STATE_SHEET);
  if (!state) return null;
  const protection = ownProtection(book.platform.SpreadsheetApp, state);
  if (!protection || protection.canEdit()) return null;
  return M.notSecretariat(book.me());
}

export interface SecureOptions {
  /** Re-apply every protection, even those recorded as done (set-up). */
  force?: boolean;
}

/**
 * Protects each secretariat sheet for the secretariat's accounts; returns notices (bad entries
 * of the Settings row). A sheet already protected for the same accounts (recorded by sheet id
 * in the state) is not touched, so a run without news costs no protection call.
 */
export function secureOwnedSheets(book: Book, settings: Settings, options: SecureOptions = {}): string[] {
  const me = book.me();
  const { accounts, invalid } = secretariatAccounts(me, settings);
  const key = accountsKey(accounts);
  const app = book.platform.SpreadsheetApp;
  const state = readState(book);
  const tabIds = new Set(Object.values(state.sheetIds));
  const done: Record<string, string> = {};
  const visit = (name: string) => {
    const sheet = book.sheet(name);
    if (!sheet) return;
    const id = String(sheet.getSheetId());
    // An agency tab is never a secretariat sheet, whatever its name.
    if (tabIds.has(Number(id))) return;
    if (options.force || state.protectedFor[id] !== key) protectOwnedSheet(app, sheet, me, accounts);
    done[id] = key;
  };
  for (const name of book.names()) if (name !== STATE_SHEET && ownedSheetKind(name)) visit(name);
  // Before the first generation there is no state sheet: nothing is recorded, so the next run
  // protects again (a run never creates the state sheet just to remember this).
  if (book.sheet(STATE_SHEET)) {
    visit(STATE_SHEET);
    writeState(book, { protectedFor: done });
  }
  return invalid.length > 0 ? [M.secretariatBadEmails(invalid)] : [];
}

/** The secretariat's accounts (the running person first), for the protections of the agency tabs. */
export function secretariatList(book: Book, settings: Settings): string[] {
  return secretariatAccounts(book.me(), settings).accounts;
}

/**
 * secureOwnedSheets with the workbook's own Settings, after a summary or history sheet is
 * written; under the document lock, since it writes the state sheet a generation also writes.
 */
export function secureWorkbookSheets(platform: Platform): string[] {
  return withDocumentLock(
    platform,
    () => {
      const book = new Book(platform);
      const settings = book.sheet(SETTINGS_SHEET);
      return secureOwnedSheets(book, readSettings(settings ? book.values(settings) : []));
    },
    // Busy: the generation holding the lock protects the secretariat's sheets when it ends.
    () => [],
  );
}
