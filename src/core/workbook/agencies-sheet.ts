/**
 * The Agencies sheet ("Cơ quan"): one row per agency or reporting unit, edited by the
 * secretariat (short sheet name, full name, aliases, editors' e-mails, members of a collective).
 * The key column ties a row to its agency even after the secretariat renames it.
 */
import type { Agency } from '../agencies/registry';
import { type CollectiveKind, collectiveKind } from '../agencies/identity';
import { isValidSheetName } from '../agencies/short-name';
import { M } from '../messages';
import { sheetTexts as S } from '../messages/sheets';
import { cleanText } from '../text/normalize';
import { isReservedSheetName } from './reserved';

export const AGENCIES_SHEET = S.names.agencies;

export const AGENCIES_HEADER = S.agenciesHeader;

export interface AgencyRow {
  sheetName: string;
  name: string;
  aliases: string[];
  editors: string[];
  members: string[];
  key: string;
  note: string;
  /** What the add-on last wrote about who of `editors` can edit the file (see accessText). */
  access?: string;
  /** 1-based row in the Agencies sheet; 0 for a row not written yet. */
  row: number;
}

export interface AgencyProblem {
  row: number;
  message: string;
}

const EMAIL = /^[^\s@;,]+@[^\s@;,]+\.[^\s@;,]+$/;

export function isEmail(text: string): boolean {
  return EMAIL.test(text);
}

function splitList(value: unknown): string[] {
  return String(value ?? '')
    .split(/[;,\n]/)
    .map((x) => cleanText(x))
    .filter(Boolean);
}

function splitNames(value: unknown): string[] {
  return String(value ?? '')
    .split(/[;\n]/)
    .map((x) => cleanText(x))
    .filter(Boolean);
}

/** Rows of the Agencies sheet (header excluded), with the problems a secretariat must fix. */
export function readAgencyRows(grid: unknown[][]): { rows: AgencyRow[]; problems: AgencyProblem[] } {
  const rows: AgencyRow[] = [];
  const problems: AgencyProblem[] = [];
  const seenSheets = new Map<string, number>();
  grid.forEach((cells, index) => {
    if (index === 0) return;
    const row = index + 1;
    const name = cleanText(String(cells[1] ?? ''));
    const sheetName = cleanText(String(cells[0] ?? ''));
    if (!name && !sheetName) return;
    const editors = splitList(cells[3]);
    for (const email of editors) if (!EMAIL.test(email)) problems.push({ row, message: M.agencyBadEmail(row, email) });
    if (!name) problems.push({ row, message: M.agencyNoName(row) });
    if (sheetName && !isValidSheetName(sheetName))
      problems.push({ row, message: M.agencyBadSheetName(row, sheetName) });
    else if (sheetName && isReservedSheetName(sheetName))
      problems.push({ row, message: M.agencySheetNameReserved(row, sheetName) });
    const lower = sheetName.toLowerCase();
    if (sheetName && seenSheets.has(lower))
      problems.push({ row, message: M.agencySheetNameTaken(row, sheetName, seenSheets.get(lower)!) });
    if (sheetName) seenSheets.set(lower, row);
    rows.push({
      sheetName,
      name,
      aliases: splitNames(cells[2]),
      editors: editors.filter((e) => EMAIL.test(e)),
      members: splitNames(cells[4]),
      key: cleanText(String(cells[5] ?? '')),
      note: cleanText(String(cells[6] ?? '')),
      access: cleanText(String(cells[7] ?? '')),
      row,
    });
  });
  return { rows, problems };
}

export function agencyRowToAgency(row: AgencyRow): Agency {
  return {
    key: row.key,
    name: row.name,
    aliases: row.aliases,
    collective: collectiveKind(row.name) as CollectiveKind | null,
    shortName: row.sheetName,
  };
}

export function agencyRowsGrid(rows: AgencyRow[]): string[][] {
  return [
    AGENCIES_HEADER,
    ...rows.map((r) => [
      r.sheetName,
      r.name,
      r.aliases.join('; '),
      r.editors.join('; '),
      r.members.join('; '),
      r.key,
      r.note,
      r.access ?? '',
    ]),
  ];
}

/** Column (1-based) of the access text the add-on writes. */
export const ACCESS_COLUMN = 8;

/** Which of the listed accounts can already edit the file (its owner or an editor), compared ignoring case. */
export function accessOf(
  accounts: string[],
  fileEditors: ReadonlySet<string>,
): { shared: string[]; missing: string[] } {
  const shared: string[] = [];
  const missing: string[] = [];
  for (const account of accounts) (fileEditors.has(account.toLowerCase()) ? shared : missing).push(account);
  return { shared, missing };
}

/** The text of a row's access column: whether each listed editor can edit the file, and who still needs it. */
export function accessText(accounts: string[], fileEditors: ReadonlySet<string>): string {
  if (accounts.length === 0) return S.access.noEmail;
  const { missing } = accessOf(accounts, fileEditors);
  return missing.length === 0 ? S.access.all(accounts.length) : S.access.missing(missing, accounts.length);
}
