/**
 * Sheet names the add-on keeps for itself: the set-up sheets, the archive, the entry log, the
 * state sheet, and the families of summary ("Tổng hợp Quý I 2025"), history ("Diễn biến 2025")
 * and template ("_Mẫu trang 1") sheets, and the secretariat's draft tables ("Bảng nháp 2"). No
 * agency tab may take one: the add-on would overwrite or delete that agency's figures.
 */
import { uniqueSheetName } from '../agencies/short-name';
import { M } from '../messages';
import { sheetTexts as S } from '../messages/sheets';
import { matchKey } from '../text/normalize';

/** The hidden sheet holding what the add-on remembers between runs. */
export const STATE_SHEET = '_sochitieu';

const EXACT = [S.names.table, S.names.agencies, S.names.settings, S.names.archive, S.names.editLog, STATE_SHEET];
/** The first words of the families, from the names the catalogue gives their sheets. */
const FAMILIES = [M.summarySheetName('', 0), S.names.history(0), S.names.template(0), M.draftSheetTitle].map((name) =>
  matchKey(name.replace(/[\d\s]+$/, '')),
);

/** Whether a sheet is one of the add-on's templates (by its name): never an agency's. */
export function isTemplateSheetName(name: string): boolean {
  const family = matchKey(S.names.template(0).replace(/[\d\s]+$/, ''));
  const key = matchKey(name);
  return key === family || key.startsWith(`${family} `);
}

export function isReservedSheetName(name: string): boolean {
  const key = matchKey(name);
  if (EXACT.some((n) => matchKey(n) === key)) return true;
  return FAMILIES.some((family) => key === family || key.startsWith(`${family} `));
}

/** A sheet name not taken and not reserved: "Lưu trữ" for an agency becomes "Lưu trữ (2)". */
export function freeSheetName(wanted: string, taken: Set<string>): string {
  const blocked = new Set(taken);
  let name = uniqueSheetName(wanted, blocked);
  while (isReservedSheetName(name)) {
    blocked.add(name);
    name = uniqueSheetName(wanted, blocked);
  }
  return name;
}
