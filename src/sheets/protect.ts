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

/**
 * Removes the protections this add-on made on a sheet; others' protections stay. A range
 * protection is created (range.protect()) before it can be tagged (setDescription): a run
 * stopped between the two leaves an untagged protection over exactly one of the ranges the
 * add-on's sheet protection leaves open. That one is the add-on's too, and goes.
 */
export function removeOwnProtections(app: SpreadsheetAppApi, sheet: SheetApi): void {
  const own = (p: ProtectionApi) => p.getDescription().startsWith(PROTECTION_TAG);
  const sheetProtections = sheet.getProtections(app.ProtectionType.SHEET);
  const opened = new Set(
    sheetProtections.filter(own).flatMap((p) => p.getUnprotectedRanges().map((r) => r.getA1Notation())),
  );
  for (const protection of sheet.getProtections(app.ProtectionType.RANGE)) {
    const leftover = protection.getDescription() === '' && opened.has(protection.getRange().getA1Notation());
    if (own(protection) || leftover) protection.remove();
  }
  for (const protection of sheetProtections) if (own(protection)) protection.remove();
}

/**
 * Locks a tab for the secretariat only: the add-on's own protections are replaced by one sheet
 * protection without unprotected ranges. Done BEFORE a tab is read and rewritten, so an agency
 * cannot type into it meanwhile (its edit lands before the read, or Sheets refuses it), and a
 * run stopped midway leaves the tab locked, never open to the wrong people.
 */
export function lockTab(
  app: SpreadsheetAppApi,
  sheet: SheetApi,
  agencyName: string,
  me: string,
  fresh = false,
): ProtectionApi {
  if (!fresh) removeOwnProtections(app, sheet);
  const sheetProtection = sheet.protect().setDescription(`${PROTECTION_TAG} ${sheetTexts.protection.tab(agencyName)}`);
  restrictEditors(sheetProtection, me, []);
  return sheetProtection;
}

/**
 * Opens the agency's input cells of a locked tab: left out of the sheet protection AND protected
 * on their own for the agency's editors, so they are never open to every editor of the file.
 */
export function openInputs(
  sheetProtection: ProtectionApi,
  sheet: SheetApi,
  agencyName: string,
  openAreas: Area[],
  me: string,
  editors: string[],
): void {
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

export function protectTab(
  app: SpreadsheetAppApi,
  sheet: SheetApi,
  agencyName: string,
  openAreas: Area[],
  me: string,
  editors: string[],
  fresh = false,
): void {
  openInputs(lockTab(app, sheet, agencyName, me, fresh), sheet, agencyName, openAreas, me, editors);
}
