/**
 * The part of the Apps Script platform this add-on uses, picked from @types/google-apps-script.
 * The sheets layer is written against these types and the in-memory engine (src/local/engine)
 * implements them, so a signature cannot drift from the real API: using a method that is not
 * listed here fails to compile until both sides know it.
 */
import Ss = GoogleAppsScript.Spreadsheet;

export type RangeApi = Pick<
  Ss.Range,
  | 'getValues'
  | 'setValues'
  | 'getValue'
  | 'setValue'
  | 'getDisplayValues'
  | 'getFormulas'
  | 'setFormulas'
  | 'getNumberFormats'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'getDataValidations'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'setBackground'
  | 'setBackgrounds'
  | 'getBackgrounds'
  | 'setFontColor'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setFontSize'
  | 'setFontStyle'
  | 'setWrap'
  | 'setHorizontalAlignment'
  | 'setVerticalAlignment'
  | 'setBorder'
  | 'setNote'
  | 'merge'
  | 'breakApart'
  | 'clearContent'
  | 'clearDataValidations'
  | 'clearFormat'
  | 'getRow'
  | 'getColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getA1Notation'
  | 'getSheet'
  | 'protect'
>;

export type ProtectionApi = Pick<
  Ss.Protection,
  | 'setDescription'
  | 'getDescription'
  | 'addEditor'
  | 'addEditors'
  | 'removeEditors'
  | 'getEditors'
  | 'canDomainEdit'
  | 'setDomainEdit'
  | 'setWarningOnly'
  | 'isWarningOnly'
  | 'remove'
  | 'getRange'
  | 'getProtectionType'
  | 'setUnprotectedRanges'
  | 'getUnprotectedRanges'
>;

type SheetPick = Pick<
  Ss.Sheet,
  | 'getName'
  | 'setName'
  | 'getSheetId'
  | 'getIndex'
  | 'getRange'
  | 'getDataRange'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'insertRowsAfter'
  | 'insertColumnsAfter'
  | 'deleteRows'
  | 'deleteColumns'
  | 'setFrozenRows'
  | 'setFrozenColumns'
  | 'getFrozenRows'
  | 'getFrozenColumns'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'getColumnWidth'
  | 'setRowHeight'
  | 'hideSheet'
  | 'showSheet'
  | 'isSheetHidden'
  | 'setTabColor'
  | 'getTabColor'
  | 'clear'
  | 'clearContents'
  | 'getConditionalFormatRules'
  | 'setConditionalFormatRules'
  | 'clearConditionalFormatRules'
  | 'protect'
  | 'getProtections'
  | 'getParent'
  | 'activate'
  | 'getCharts'
  | 'insertChart'
  | 'removeChart'
  | 'newChart'
  | 'setHiddenGridlines'
  | 'hideColumns'
  | 'showColumns'
>;

type SpreadsheetPick = Pick<
  Ss.Spreadsheet,
  | 'getId'
  | 'getName'
  | 'getSheets'
  | 'getSheetByName'
  | 'insertSheet'
  | 'deleteSheet'
  | 'setActiveSheet'
  | 'getActiveSheet'
  | 'moveActiveSheet'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'toast'
  | 'getOwner'
  | 'getEditors'
>;

/** Navigation returns the narrowed types, so the narrowing holds along a chain of calls. */
export interface SheetApi extends Omit<SheetPick, 'getRange' | 'getDataRange'> {
  getRange(row: number, column: number): RangeApi;
  getRange(row: number, column: number, numRows: number): RangeApi;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeApi;
  getRange(a1Notation: string): RangeApi;
  getDataRange(): RangeApi;
}

export interface SpreadsheetApi
  extends Omit<
    SpreadsheetPick,
    'getSheets' | 'getSheetByName' | 'insertSheet' | 'getActiveSheet' | 'setActiveSheet' | 'deleteSheet'
  > {
  getSheets(): SheetApi[];
  getSheetByName(name: string): SheetApi | null;
  insertSheet(): SheetApi;
  insertSheet(sheetIndex: number): SheetApi;
  insertSheet(sheetName: string): SheetApi;
  insertSheet(sheetName: string, sheetIndex: number): SheetApi;
  insertSheet(sheetName: string, options: { template?: SheetApi }): SheetApi;
  getActiveSheet(): SheetApi;
  setActiveSheet(sheet: SheetApi): SheetApi;
  deleteSheet(sheet: SheetApi): void;
}

export interface SpreadsheetAppApi extends Omit<SpreadsheetAppPick, 'getActiveSpreadsheet'> {
  getActiveSpreadsheet(): SpreadsheetApi;
}

/**
 * Builders and protections take a full Range; every RangeApi is one at run time (the real
 * Range, or the engine's FakeRange, which implements it all). The one cast of the contract.
 */
export function asRange(range: RangeApi): Ss.Range {
  return range as unknown as Ss.Range;
}

export type UiApi = Pick<
  GoogleAppsScript.Base.Ui,
  'createMenu' | 'createAddonMenu' | 'alert' | 'prompt' | 'showSidebar' | 'showModalDialog' | 'ButtonSet' | 'Button'
>;

/** SpreadsheetApp as used here: the active spreadsheet, builders and enums. */
type SpreadsheetAppPick = Pick<
  Ss.SpreadsheetApp,
  | 'getActiveSpreadsheet'
  | 'getUi'
  | 'flush'
  | 'newDataValidation'
  | 'newConditionalFormatRule'
  | 'ProtectionType'
  | 'DataValidationCriteria'
  | 'BooleanCriteria'
  | 'WrapStrategy'
  | 'BorderStyle'
>;

export type LockServiceApi = Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock'>;
export type PropertiesServiceApi = Pick<GoogleAppsScript.Properties.PropertiesService, 'getDocumentProperties'>;
export type SessionApi = Pick<GoogleAppsScript.Base.Session, 'getEffectiveUser' | 'getActiveUser'>;
export type HtmlServiceApi = Pick<
  GoogleAppsScript.HTML.HtmlService,
  'createHtmlOutput' | 'createHtmlOutputFromFile' | 'createTemplateFromFile'
>;

/**
 * Everything the sheets layer touches, injected: `globalThis` services in Apps Script,
 * the in-memory engine locally and in tests.
 */
export interface Platform {
  SpreadsheetApp: SpreadsheetAppApi;
  LockService: LockServiceApi;
  PropertiesService: PropertiesServiceApi;
  Session: SessionApi;
  HtmlService: HtmlServiceApi;
}
