/**
 * Protections of an agency tab, following the documented Protection semantics: the effective
 * user is added before other editors are removed. The sheet is editable by the secretariat
 * only; the open input cells are left out of the sheet protection AND protected on their own
 * for the agency's editors, so unprotected ranges never open them to every editor of the file.
 * A closed period's column stays under the sheet protection: secretariat only.
 */
import type { Area } from '../core/layout/tab';
import { sheetTexts } from '../core/messages/sheets';
import type { ProtectionApi, SheetApi, SpreadsheetAppApi } from './gas';

export const PROTECTION_TAG = sheetTexts.protection.tag;

/** Leaves exactly these editors on a protection (plus the effective user, who cannot be removed). */
export function restrictEditors(protection: ProtectionApi, me: string, editors: string[]): void {
  protection.addEditor(me);
  const keep = new Set([me, ...editors].map((e) => e.toLowerCase()));
  const remove = protection.getEditors().filter((u) => !keep.has(u.getEmail().toLowerCase()));
  if (remove.length > 0) protection.removeEditors(remove.map((u) => u.getEmail()));
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
  const extra = editors.filter((e) => e.toLowerCase() !== me.toLowerCase());
  if (extra.length > 0) protection.addEditors(extra);
}

/** Removes the protections this add-on made on a sheet; others' protections stay. */
export function removeOwnProtections(app: SpreadsheetAppApi, sheet: SheetApi): void {
  for (const type of [app.ProtectionType.SHEET, app.ProtectionType.RANGE]) {
    for (const protection of sheet.getProtections(type)) {
      if (protection.getDescription().startsWith(PROTECTION_TAG)) protection.remove();
    }
  }
}

export function protectTab(
  app: SpreadsheetAppApi,
  sheet: SheetApi,
  agencyName: string,
  openAreas: Area[],
  me: string,
  editors: string[],
  fresh = false,
): void {
  if (!fresh) removeOwnProtections(app, sheet);
  const sheetProtection = sheet.protect().setDescription(`${PROTECTION_TAG} ${sheetTexts.protection.tab(agencyName)}`);
  restrictEditors(sheetProtection, me, []);
  const ranges = openAreas.map((a) => sheet.getRange(a.row, a.col, a.numRows, a.numCols));
  if (ranges.length === 0) return;
  sheetProtection.setUnprotectedRanges(ranges);
  ranges.forEach((range, i) => {
    const protection = range
      .protect()
      .setDescription(`${PROTECTION_TAG} ${sheetTexts.protection.inputs(i + 1, agencyName)}`);
    restrictEditors(protection, me, editors);
  });
}
