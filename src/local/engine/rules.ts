/**
 * The rules of Google Sheets and Apps Script the engine enforces, each in one place with its
 * source. Where Sheets throws, refuses or limits, the engine does the same, with the same
 * message, so a test cannot pass on a kindness Sheets does not have. Where the source gives the
 * rule but not the exact wording, the comment says so.
 *
 * 1. Failures: any call can fail; see faults.ts (transient service error, time limit) and
 *    `SERVICE_CALLS` here.
 * 2. clear() keeps merges, hidden columns, validation, notes, frozen panes, sizes and
 *    conditional rules (`CLEAR_KEEPS`); merging across part of a merge throws.
 * 3. Freezing every visible row or column throws.
 * 4. Limits: 10 M cells per file (empty grid included), 18,278 columns, 50,000 characters per
 *    cell, 100 characters per sheet name.
 * 5. Scopes: with `oauthScopes` in appsscript.json, a call whose scope is missing throws.
 * 6. Only editors of the file write; a script running as someone a protection leaves out cannot
 *    touch what it protects, nor change the protection.
 * 7. One document lock per file, shared by every execution; none outside a document; released
 *    when the execution ends.
 * 8. A simple trigger does not learn who edited (User.getEmail is blank), except for the
 *    script's owner or people of the same Workspace domain.
 * 9. A copy of a sheet (insertSheet with a template) carries the grid and what is set on it;
 *    what it does with protections and charts is not documented, so the engine refuses to guess.
 */
import { ScriptError } from './errors';
import type { ProtectionData, SheetData, WorkbookData } from './model';

// --- 4. Limits ------------------------------------------------------------------------------

/**
 * "Up to 10 million cells or 18,278 columns (column ZZZ) for spreadsheets", "Each cell can
 * contain up to 50,000 characters": support.google.com/drive/answer/37603 (Files you can store
 * in Google Drive); the 10 M limit since workspaceupdates.googleblog.com/2022/03/ten-million-
 * cells-google-sheets.html. The cell count is the grid (maxRows × maxColumns of every sheet),
 * empty or not: a new sheet's 1000 × 26 counts in full. Sheet names: at most 100 characters,
 * as the Sheets UI and Apps Script refuse longer ones.
 */
export const LIMITS = { cells: 10_000_000, columns: 18_278, cellCharacters: 50_000, sheetName: 100 } as const;

export const ruleMessages = {
  /** Sheets' wording, as Apps Script and the Sheets API report it (quoted in many issue threads). */
  cellLimit: () => 'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
  /** The documented limit; the wording is the cell limit's, adapted. */
  columnLimit: () =>
    `This action would increase the number of columns in the sheet above the limit of ${LIMITS.columns} columns.`,
  /** Sheets' wording for the documented 50,000-character limit (support.google.com/drive/answer/37603). */
  cellTooLong: () => 'Your input contains more than the maximum of 50000 characters in a single cell.',
  sheetNameTooLong: () => `The sheet name cannot be longer than ${LIMITS.sheetName} characters.`,
  /** The engine's own refusal (rules.ts, 9), not a message of Sheets. */
  templateUndocumented: (name: string) =>
    `In-memory engine: "${name}" carries protections or charts; whether a copy of it carries them is not ` +
    'documented, so a template must carry neither.',
  freezeAllRows: () => "You can't freeze all visible rows on the sheet.",
  freezeAllColumns: () => "You can't freeze all visible columns on the sheet.",
  protectedCell: () =>
    'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection ' +
    'if you need to edit.',
  /** Apps Script's reply to a write without edit access (github.com/peterherrmann/BetterLog/issues/11). */
  notAnEditor: () => 'You do not have permission to perform that action.',
  /**
   * Apps Script's wording, e.g. "You do not have permission to call SpreadsheetApp.openById.
   * Required permissions: https://www.googleapis.com/auth/spreadsheets"
   * (github.com/peterherrmann/BetterLog/issues/29); several accepted scopes are listed as (a || b).
   */
  missingScope: (call: string, scopes: readonly string[]) =>
    `You do not have permission to call ${call}. Required permissions: ` +
    (scopes.length === 1 ? scopes[0] : `(${scopes.join(' || ')})`),
};

/** Grid cells of the whole file, as the 10 M limit counts them. */
export function gridCells(wb: WorkbookData): number {
  let n = 0;
  for (const s of wb.sheets) n += s.maxRows * s.maxColumns;
  return n;
}

/** Throws before a change that would add `added` grid cells past the file's limit. */
export function checkCellLimit(wb: WorkbookData, added: number): void {
  if (added > 0 && gridCells(wb) + added > LIMITS.cells) throw new ScriptError(ruleMessages.cellLimit());
}

export function checkColumnLimit(columns: number): void {
  if (columns > LIMITS.columns) throw new ScriptError(ruleMessages.columnLimit());
}

/** Throws for a text over 50,000 characters (a value or a formula). */
export function checkCellText(text: string): void {
  if (text.length > LIMITS.cellCharacters) throw new ScriptError(ruleMessages.cellTooLong());
}

// --- 2. What clear() keeps ------------------------------------------------------------------

/**
 * Sheet.clear() "Clears the sheet of content and formatting information"; its only options are
 * formatOnly and contentsOnly (developers.google.com/apps-script/reference/spreadsheet/
 * sheet#clear(Object)), and Range.clear lists validations and comments as separate options
 * (…/range#clear(Object)), so clear() leaves them. Merges and hidden columns survive it
 * (issue 13's findings; a tab regenerated with fewer periods then fails on a stale merge). What
 * belongs to the sheet rather than its cells stays too. Conditional rules are not cell formats:
 * they are replaced with setConditionalFormatRules, never by clear().
 */
export const CLEAR_KEEPS = [
  'merges',
  'hiddenColumns',
  'validation',
  'notes',
  'frozenRows',
  'frozenColumns',
  'columnWidths',
  'rowHeights',
  'conditionalRules',
  'protections',
] as const;

// --- 2. Merges ------------------------------------------------------------------------------

/**
 * Range.merge() across part of an existing merge throws "You must select all cells in a merged
 * range to merge or unmerge them." (the Sheets UI's message, also Apps Script's; issue 12's
 * regeneration with fewer periods fails with it). Merging a range that contains whole merges
 * replaces them. Writing into the covered cells of a merge is not documented: the engine keeps
 * such a value hidden under the merge, as breakApart() shows it again.
 */
export const MERGE_OVERLAP = 'You must select all cells in a merged range to merge or unmerge them.';

// --- 3. Frozen panes ------------------------------------------------------------------------

/**
 * Freezing every row (or every visible column) throws "You can't freeze all visible rows on the
 * sheet." — Sheets' message, met when a header-only sheet is frozen at row 1
 * (github.com/theoephraim/node-google-spreadsheet/issues/528). At least one row below the
 * frozen ones must exist; for columns, one visible column right of them.
 */
export function checkFrozen(sheet: SheetData, axis: 'row' | 'column', n: number): void {
  if (n <= 0) return;
  if (axis === 'row') {
    if (n >= sheet.maxRows) throw new ScriptError(ruleMessages.freezeAllRows());
    return;
  }
  for (let c = n + 1; c <= sheet.maxColumns; c++) if (!sheet.hiddenColumns.has(c)) return;
  throw new ScriptError(ruleMessages.freezeAllColumns());
}

// --- 5. Scopes --------------------------------------------------------------------------------

const SPREADSHEETS = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/spreadsheets',
] as const;
const CONTAINER_UI = ['https://www.googleapis.com/auth/script.container.ui'] as const;
const EMAIL = ['https://www.googleapis.com/auth/userinfo.email'] as const;

/**
 * The scopes a call needs, one of which the manifest must list when it lists scopes explicitly
 * ("If you set scopes explicitly … the script fails with an error when it calls a service whose
 * scope is not listed": developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes).
 * - Every method of SpreadsheetApp and the classes it returns accepts spreadsheets.currentonly
 *   or spreadsheets (their reference pages' "Authorization" sections). currentonly covers the
 *   document the script is bound to or runs in: SpreadsheetApp.openById needs spreadsheets
 *   (github.com/peterherrmann/BetterLog/issues/29); the add-on never calls it. Spreadsheet's
 *   addEditor(s)/getEditors list the same two scopes, so with currentonly a script can read
 *   and share its own file (to be confirmed by the live check of issue 13).
 * - Session.getEffectiveUser and getActiveUser need userinfo.email
 *   (developers.google.com/apps-script/reference/base/session).
 * - Dialogs and sidebars (Ui.alert, prompt, showSidebar, showModalDialog) need
 *   script.container.ui (…/reference/base/ui); building a menu (createAddonMenu, or createMenu
 *   in a bound script) needs none: onOpen builds it before any authorization.
 * - LockService and HtmlService.createHtmlOutputFromFile need none.
 */
export function scopesOf(kind: string, method: string): readonly string[] | null {
  if (kind === 'Session') return EMAIL;
  if (kind === 'Ui') return method === 'createAddonMenu' || method === 'createMenu' ? null : CONTAINER_UI;
  if (NO_SCOPE_KINDS.has(kind)) return null;
  return SPREADSHEETS;
}
const NO_SCOPE_KINDS = new Set(['Menu', 'Lock', 'LockService', 'HtmlService', 'HtmlOutput', 'User', 'PromptResponse']);

export interface Manifest {
  oauthScopes?: string[];
}

/** Throws Apps Script's message when the manifest lists scopes and none the call accepts. */
export function checkScope(manifest: Manifest, kind: string, method: string): void {
  const declared = manifest.oauthScopes;
  if (!declared) return; // no explicit scopes: Apps Script asks for what the code uses
  const needed = scopesOf(kind, method);
  if (!needed || needed.some((s) => declared.includes(s))) return;
  throw new ScriptError(ruleMessages.missingScope(`${kind}.${method}`, needed));
}

// --- 1. Which calls reach Sheets ------------------------------------------------------------

/**
 * Calls that go to Google's servers, and so can fail transiently ("Service Spreadsheets failed
 * while accessing document with id …") or be where a run is stopped. Builder steps, a range's
 * own coordinates and the UI's menu building are local objects in Apps Script: they do not
 * fail that way (issue 15's cost model prices them as local for the same reason).
 */
export function reachesService(kind: string, method: string): boolean {
  if (LOCAL_KINDS.has(kind)) return false;
  if (kind === 'Range' && LOCAL_RANGE_METHODS.has(method)) return false;
  return !(kind === 'SpreadsheetApp' && (method === 'newDataValidation' || method === 'newConditionalFormatRule'));
}
const LOCAL_KINDS = new Set([
  'DataValidationBuilder',
  'ConditionalFormatRuleBuilder',
  'ChartBuilder',
  'DataValidation',
  'BooleanCondition',
  'Menu',
  'HtmlOutput',
  'User',
  'PromptResponse',
]);
const LOCAL_RANGE_METHODS = new Set([
  'getRow',
  'getColumn',
  'getNumRows',
  'getNumColumns',
  'getLastRow',
  'getLastColumn',
  'getA1Notation',
  'getSheet',
]);

// --- 6. Who may write -----------------------------------------------------------------------

/**
 * Calls that change the file. Only the owner and editors of the file may make them: a protection
 * listing someone "doesn't automatically give the user permission to edit the spreadsheet
 * itself" (…/reference/spreadsheet/protection#addEditor(String)), and without edit access Apps
 * Script answers "You do not have permission to perform that action."
 */
export function isWrite(kind: string, method: string): boolean {
  if (kind === 'Protection') return !READ_PROTECTION.has(method);
  if (kind !== 'Range' && kind !== 'Sheet' && kind !== 'Spreadsheet') return false;
  return (
    /^(set|insert|delete|clear|merge|breakApart|protect|hide|show|autoResize)/.test(method) && !VIEW_ONLY.has(method)
  );
}
const READ_PROTECTION = new Set([
  'canEdit',
  'getDescription',
  'getEditors',
  'canDomainEdit',
  'getRange',
  'getProtectionType',
  'getUnprotectedRanges',
]);
/** Choosing the active sheet changes the person's view, not the file. */
const VIEW_ONLY = new Set(['setActiveSheet']);

export function isFileEditor(wb: WorkbookData, email: string): boolean {
  const e = email.toLowerCase();
  return e === wb.owner.toLowerCase() || wb.editors.some((x) => x.toLowerCase() === e);
}

/**
 * Whether `email` may edit what `p` protects, and change `p` itself: the file's owner always
 * ("The owner of the spreadsheet is always able to edit protected ranges and sheets",
 * …/protection#canEdit()), otherwise only the protection's listed editors. A warning-only
 * protection lets everyone through.
 */
export function canEditProtected(wb: WorkbookData, p: ProtectionData, email: string): boolean {
  const e = email.toLowerCase();
  return p.warningOnly || e === wb.owner.toLowerCase() || p.editors.some((x) => x.toLowerCase() === e);
}

/**
 * Protection.removeEditors: "Neither the owner of the spreadsheet nor the current user can be
 * removed", and the reference's own sample adds the effective user first, because if the
 * user's edit permission comes from elsewhere (a group) the script throws upon removing it
 * (…/protection, class sample). The engine has no groups: a user not listed can change nothing.
 */
export const KEPT_ON_REMOVE = 'owner and effective user';

// --- 7. The document lock -------------------------------------------------------------------

/**
 * LockService.getDocumentLock(): "prevents any user of the current document from concurrently
 * running a section of code … If this method is called outside of the context of a containing
 * document (such as from a standalone script or webapp), null is returned."
 * tryLock(timeout) "Attempts to acquire the lock, timing out after the provided number of
 * milliseconds … returns false if the lock could not be acquired"; waitLock throws "Lock
 * timeout: another process was holding the lock for too long."; the lock is released when
 * the script terminates, if not before (…/reference/lock/lock#releaseLock()). One lock per
 * file, shared by every person's execution (services.ts).
 */
export const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

// --- 8. Who edited, as a simple trigger sees it ---------------------------------------------

/**
 * User.getEmail(): "the user's email address is not available in any context that allows a
 * script to run without that user's authorization, like a simple onOpen(e) or onEdit(e)
 * trigger … these restrictions generally do not apply if the developer runs the script
 * themselves or belongs to the same Google Workspace domain as the user"
 * (developers.google.com/apps-script/reference/base/user#getEmail()). Consumer accounts
 * (gmail.com) share no Workspace domain.
 */
export function emailSeenBySimpleTrigger(wb: WorkbookData, editor: string): string {
  const domain = (e: string) => e.toLowerCase().split('@')[1] ?? '';
  if (editor.toLowerCase() === wb.owner.toLowerCase()) return editor;
  const own = domain(wb.owner);
  return own && own !== 'gmail.com' && own === domain(editor) ? editor : '';
}

// --- 9. Copies of a sheet -------------------------------------------------------------------

/**
 * Spreadsheet.insertSheet(name, index, {template}): "All data from the template sheet object is
 * copied to the new sheet. The sheet template must be one of the sheets of the Spreadsheet
 * object." (developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet
 * (String,Integer,Object)); Sheet.copyTo "Copies the sheet to a given spreadsheet, which can be
 * the same spreadsheet as the source" (…/sheet#copyTo(Spreadsheet)). What the grid holds travels:
 * values, formulas, formats, validation, conditional rules, merges, frozen panes, widths,
 * heights, hidden columns and gridlines. A copy of a hidden template is hidden too: scripts that
 * keep their template hidden show each new sheet themselves
 * (github.com/labnol/code/pull/1, "show sheet if created from template": insertSheet(name, 1,
 * {template}).showSheet()).
 *
 * Protections and charts: Google's reference does not say whether a copy carries them, and
 * reports disagree (a copied file keeps protected ranges with its editors reset,
 * github.com/burnash/gspread/issues/1072; a copy made in the Sheets UI keeps them). Code that
 * copied a protected sheet would depend on an answer nobody documents, so the engine refuses it
 * instead of choosing one: a template must carry neither.
 */
export const TEMPLATE_CARRIES = [
  'cells',
  'merges',
  'frozenRows',
  'frozenColumns',
  'columnWidths',
  'rowHeights',
  'hiddenColumns',
  'gridlinesHidden',
  'tabColor',
  'conditionalRules',
  'hidden',
] as const;

/** Throws before copying a template whose copy Sheets does not document (rules.ts, 9). */
export function checkTemplate(template: SheetData): void {
  if (template.protections.length > 0 || template.charts.length > 0) {
    throw new ScriptError(ruleMessages.templateUndocumented(template.name));
  }
}
