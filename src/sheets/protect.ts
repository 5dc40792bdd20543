/**
 * Protections of an agency tab, following the documented Protection semantics: the effective
 * user is added before other editors are removed. The sheet is editable by the secretariat
 * only (the person running the command and the accounts listed in Settings, so a colleague can
 * regenerate); the open input cells are left out of the sheet protection AND protected on their
 * own for the agency's editors and the secretariat, so unprotected ranges never open them to
 * every editor of the file. A closed period's column stays under the sheet protection.
 *
 * A protection's editors get no access to the file: "Protection.addEditors … doesn't
 * automatically give the user permission to edit the spreadsheet itself" (Apps Script reference,
 * Class Protection). Sharing the file is sheets/sharing.ts.
 */
import type { Area } from '../core/layout/tab';
import { sheetTexts } from '../core/messages/sheets';
import type { ProtectionApi, SheetApi, SpreadsheetAppApi } from './gas';

export const PROTECTION_TAG = sheetTexts.protection.tag;

interface Access {
  editors: string[];
  domainEdit: boolean;
}

const accessOf = (p: ProtectionApi): Access => ({
  editors: p.getEditors().map((u) => u.getEmail()),
  domainEdit: p.canDomainEdit(),
});

/**
 * Who a protection starts with. A new one: "Until the script actually changes the list of
 * editors … the permissions mirror those of the spreadsheet itself" (developers.google.com/
 * apps-script/reference/spreadsheet/sheet#protect(), …/range#protect()), so every protection
 * made in one run starts with the file's editors and domain setting: they are read once, from
 * the first, instead of two reads (each forcing the queued writes out) per protection. A
 * protection found on a sheet has its own, read each time.
 */
export class FileAccess {
  private known: Access | null = null;

  of(protection: ProtectionApi, fresh: boolean): Access {
    if (!fresh) return accessOf(protection);
    if (!this.known) this.known = accessOf(protection);
    return this.known;
  }
}

/**
 * Leaves exactly these editors on a protection (plus the effective user, who cannot be
 * removed). The effective user is added before other editors are removed, as Google's
 * reference advises (…/protection); `fresh` says the protection was just made (protect()).
 */
export function restrictEditors(
  protection: ProtectionApi,
  me: string,
  editors: string[],
  access: FileAccess = new FileAccess(),
  fresh = true,
): void {
  const start = access.of(protection, fresh);
  const keep = new Set([me, ...editors].map((e) => e.toLowerCase()));
  const extra = editors.filter((e) => e.toLowerCase() !== me.toLowerCase());
  protection.addEditors([me, ...extra]);
  const remove = start.editors.filter((e) => !keep.has(e.toLowerCase()));
  if (remove.length > 0) protection.removeEditors(remove);
  if (start.domainEdit) protection.setDomainEdit(false);
}

/**
 * Locks a tab for the secretariat only: its sheet protection keeps out everyone but the
 * secretariat and leaves no cell open, and the add-on's range protections go. Done BEFORE a tab
 * is read and rewritten, so an agency cannot type into it meanwhile (its edit lands before the
 * read, or Sheets refuses it), and a run stopped midway leaves the tab locked, never open.
 *
 * The sheet's existing protection is reused, never removed first: between a removal and a new
 * protection the tab would be open to every editor, and a new protection itself starts by
 * mirroring the file's editors ("the sheet remains unprotected" until its editors change, per
 * Sheet.protect()). Its holes are closed in one call before anything else.
 */
export function lockTab(
  app: SpreadsheetAppApi,
  sheet: SheetApi,
  agencyName: string,
  me: string,
  fresh = false,
  secretariat: string[] = [],
  access?: FileAccess,
): ProtectionApi {
  const own = (p: ProtectionApi) => p.getDescription().startsWith(PROTECTION_TAG);
  const existing = fresh ? [] : sheet.getProtections(app.ProtectionType.SHEET);
  const current = existing.find(own) ?? existing[0];
  const opened = new Set(current ? current.getUnprotectedRanges().map((r) => r.getA1Notation()) : []);
  if (current && opened.size > 0) current.setUnprotectedRanges([]);
  const sheetProtection = current ?? sheet.protect();
  sheetProtection.setDescription(`${PROTECTION_TAG} ${sheetTexts.protection.tab(agencyName)}`);
  restrictEditors(sheetProtection, me, secretariat, access, !current);
  if (!fresh) {
    // A range protection is created (range.protect()) before it can be tagged: a run stopped
    // between the two leaves an untagged one over exactly a range the tab left open.
    for (const protection of sheet.getProtections(app.ProtectionType.RANGE)) {
      const leftover = protection.getDescription() === '' && opened.has(protection.getRange().getA1Notation());
      if (own(protection) || leftover) protection.remove();
    }
  }
  return sheetProtection;
}

/**
 * Opens the agency's input cells of a locked tab: left out of the sheet protection AND protected
 * on their own for the agency's editors, so they are never open to every editor of the file.
 *
 * The range protections are made and restricted while the sheet protection still covers their
 * cells, and the cells are left out of it in the very last call: a new protection starts with
 * every editor of the file (hence addEditor(me) then removeEditors in the documented example),
 * so a run stopped before its editors are restricted must find it still covered. A protection
 * left untagged by a stopped run over exactly one of these ranges is removed first.
 */
export function openInputs(
  app: SpreadsheetAppApi,
  sheetProtection: ProtectionApi,
  sheet: SheetApi,
  agencyName: string,
  openAreas: Area[],
  me: string,
  editors: string[],
  options: { secretariat?: string[]; access?: FileAccess; fresh?: boolean } = {},
): void {
  const { secretariat = [], access, fresh = false } = options;
  const ranges = openAreas.map((a) => sheet.getRange(a.row, a.col, a.numRows, a.numCols));
  if (ranges.length === 0) return;
  const wanted = new Set(ranges.map((r) => r.getA1Notation()));
  // A sheet made in this run holds no protection but its new sheet protection: nothing to read.
  for (const protection of fresh ? [] : sheet.getProtections(app.ProtectionType.RANGE)) {
    if (protection.getDescription() === '' && wanted.has(protection.getRange().getA1Notation())) protection.remove();
  }
  ranges.forEach((range, i) => {
    const protection = range
      .protect()
      .setDescription(`${PROTECTION_TAG} ${sheetTexts.protection.inputs(i + 1, agencyName)}`);
    restrictEditors(protection, me, [...editors, ...secretariat], access);
  });
  sheetProtection.setUnprotectedRanges(ranges);
}

export function protectTab(
  app: SpreadsheetAppApi,
  sheet: SheetApi,
  agencyName: string,
  openAreas: Area[],
  me: string,
  editors: string[],
  fresh = false,
  secretariat: string[] = [],
  access?: FileAccess,
): void {
  const locked = lockTab(app, sheet, agencyName, me, fresh, secretariat, access);
  openInputs(app, locked, sheet, agencyName, openAreas, me, editors, { secretariat, access, fresh });
}

/**
 * A secretariat sheet (set-up sheets, archive, summaries, history, the state sheet) protected
 * for the secretariat's accounts: one protection of the add-on per sheet, kept and corrected
 * (never removed and remade: in between, the sheet would be open to every editor).
 */
export function protectOwnedSheet(
  app: SpreadsheetAppApi,
  sheet: SheetApi,
  me: string,
  accounts: string[],
  options: { access?: FileAccess; fresh?: boolean; description?: string } = {},
): ProtectionApi {
  const { access, fresh = false } = options;
  const description = options.description ?? sheetTexts.protection.owned(sheet.getName());
  // A sheet made in this run holds no protection yet: nothing to read.
  const own = fresh
    ? []
    : sheet.getProtections(app.ProtectionType.SHEET).filter((p) => p.getDescription().startsWith(PROTECTION_TAG));
  const protection = own[0] ?? sheet.protect().setDescription(`${PROTECTION_TAG} ${description}`);
  restrictEditors(protection, me, accounts, access, !own[0]);
  for (const extra of own.slice(1)) extra.remove();
  return protection;
}

/** The add-on's protection of a sheet, or null. */
export function ownProtection(app: SpreadsheetAppApi, sheet: SheetApi): ProtectionApi | null {
  return (
    sheet.getProtections(app.ProtectionType.SHEET).find((p) => p.getDescription().startsWith(PROTECTION_TAG)) ?? null
  );
}
