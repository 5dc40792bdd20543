/**
 * The secretariat and what it alone edits. Every agency must be an editor of the file (Sheets
 * protections only narrow what a file editor may change), so every sheet the secretariat owns
 * is protected for the secretariat's accounts: the person running the command, the accounts
 * listed in Settings ("Tài khoản Văn phòng") and the file's owner, whom Sheets never shuts out.
 */
import { M } from '../messages';
import { sheetTexts as S } from '../messages/sheets';
import { isEmail } from './agencies-sheet';
import type { Settings } from './settings';

export interface SecretariatAccounts {
  /** Lower-case, unique, the running person first. */
  accounts: string[];
  /** Entries of the Settings row that are not e-mail addresses (left out, and reported). */
  invalid: string[];
}

export function secretariatAccounts(me: string, settings: Pick<Settings, 'secretariat'>): SecretariatAccounts {
  const accounts: string[] = [];
  const invalid: string[] = [];
  for (const entry of [me, ...settings.secretariat]) {
    const email = entry.trim().toLowerCase();
    if (!email) continue;
    if (!isEmail(email)) invalid.push(entry.trim());
    else if (!accounts.includes(email)) accounts.push(email);
  }
  return { accounts, invalid };
}

/** A key of a list of accounts, the same whatever their order and case. */
export function accountsKey(accounts: string[]): string {
  return [...new Set(accounts.map((a) => a.toLowerCase()))].sort().join(';');
}

export type OwnedSheetKind = 'table' | 'agencies' | 'settings' | 'archive' | 'summary' | 'history';

const FIXED: Array<[string, OwnedSheetKind]> = [
  [S.names.table, 'table'],
  [S.names.agencies, 'agencies'],
  [S.names.settings, 'settings'],
  [S.names.archive, 'archive'],
];
const SUMMARY_PREFIX = M.summarySheetName('\u0000', 0).split('\u0000')[0].toLowerCase();
const HISTORY_PREFIX = S.names.history(0).replace(/0$/, '').toLowerCase();

/**
 * Which secretariat sheet a sheet name is, or null: the set-up sheets, the archive, the summary
 * sheets ("Tổng hợp <kỳ> <năm>") and the history sheets ("Diễn biến <năm>"). The entry log is
 * not one of them: the onEdit trigger writes it as the person who typed.
 */
export function ownedSheetKind(name: string): OwnedSheetKind | null {
  const lower = name.trim().toLowerCase();
  for (const [fixed, kind] of FIXED) if (lower === fixed.toLowerCase()) return kind;
  if (lower.startsWith(SUMMARY_PREFIX) && /\s\d{4}$/.test(lower) && lower.length > SUMMARY_PREFIX.length + 5) {
    return 'summary';
  }
  if (lower.startsWith(HISTORY_PREFIX) && /^\d{4}$/.test(lower.slice(HISTORY_PREFIX.length))) return 'history';
  return null;
}
