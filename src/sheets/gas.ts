/**
 * The part of the Apps Script platform this add-on uses, picked from @types/google-apps-script.
 * The sheets layer is written against these types and the in-memory engine (src/local/engine)
 * implements exactly them, so a method the add-on starts to use must be added here first, and
 * the engine then fails to compile until it has it. Chained calls (builders, navigation) return
 * the narrowed types, so a chain stays within the contract. `ContractCheck` at the end makes the
 * compiler prove the real Apps Script types implement every signature here: none can drift.
 */
import Ss = GoogleAppsScript.Spreadsheet;
import Base = GoogleAppsScript.Base;
import HTML = GoogleAppsScript.HTML;

export type UserApi = Pick<Base.User, 'getEmail'>;

type RangePick = Pick<
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
  | 'setBackground'
  | 'setBackgrounds'
  | 'getBackgrounds'
  | 'setFontColor'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setFontSize'
  | 'setFontFamily'
  | 'setFontStyle'
  | 'setWrap'
  | 'setHorizontalAlignment'
  | 'setVerticalAlignment'
  | 'setBorder'
  | 'setNote'
  | 'merge'
  | 'breakApart'
  | 'clearFormat'
  | 'clearContent'
  | 'clearDataValidations'
  | 'getRow'
  | 'getColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getA1Notation'
>;

export interface RangeApi extends RangePick {
  getSheet(): SheetApi;
  /** The live check only: merges wholly or partly in the range (what survives clear()). */
  getMergedRanges(): RangeApi[];
  getDataValidations(): (DataValidationApi | null)[][];
  setDataValidation(rule: DataValidationApi | null): Ss.Range;
  setDataValidations(rules: (DataValidationApi | null)[][]): Ss.Range;
  protect(): ProtectionApi;
}

export interface ProtectionApi {
  setDescription(description: string): ProtectionApi;
  getDescription(): string;
  addEditor(emailAddress: string): ProtectionApi;
  addEditors(emailAddresses: string[]): ProtectionApi;
  removeEditors(emailAddresses: string[]): ProtectionApi;
  getEditors(): UserApi[];
  canDomainEdit(): boolean;
  setDomainEdit(editable: boolean): ProtectionApi;
  setWarningOnly(warningOnly: boolean): ProtectionApi;
  remove(): void;
  getRange(): RangeApi;
  getProtectionType(): Ss.ProtectionType;
  setUnprotectedRanges(ranges: RangeApi[]): ProtectionApi;
  getUnprotectedRanges(): RangeApi[];
  /** Sheets' own answer to "may the running user edit this?" (the owner always may). */
  canEdit(): boolean;
}

export interface DataValidationApi {
  getCriteriaType(): Ss.DataValidationCriteria;
  getCriteriaValues(): unknown[];
  getHelpText(): string;
  getAllowInvalid(): boolean;
}

export interface DataValidationBuilderApi {
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderApi;
  setHelpText(helpText: string): DataValidationBuilderApi;
  requireNumberBetween(start: number, end: number): DataValidationBuilderApi;
  requireFormulaSatisfied(formula: string): DataValidationBuilderApi;
  requireValueInList(values: string[], showDropdown: boolean): DataValidationBuilderApi;
  build(): DataValidationApi;
}

export interface BooleanConditionApi {
  getCriteriaType(): Ss.BooleanCriteria;
  getCriteriaValues(): unknown[];
}

export interface ConditionalFormatRuleApi {
  getBooleanCondition(): BooleanConditionApi | null;
  getRanges(): RangeApi[];
}

export interface ConditionalFormatRuleBuilderApi {
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilderApi;
  setBackground(color: string | null): ConditionalFormatRuleBuilderApi;
  setFontColor(color: string | null): ConditionalFormatRuleBuilderApi;
  setRanges(ranges: RangeApi[]): ConditionalFormatRuleBuilderApi;
  build(): ConditionalFormatRuleApi;
}

/** Opaque: the add-on only hands a built chart to insertChart. */
export type EmbeddedChartApi = Pick<Ss.EmbeddedChart, never>;

/** A bar chart builder; adding a range returns the general builder, as in Apps Script. */
export interface BarChartBuilderApi {
  setStacked(): BarChartBuilderApi;
  setColors(cssValues: string[]): BarChartBuilderApi;
  setTitle(chartTitle: string): BarChartBuilderApi;
  addRange(range: RangeApi): ChartBuilderApi;
}

export interface ChartBuilderApi {
  asBarChart(): BarChartBuilderApi;
  setNumHeaders(headers: number): ChartBuilderApi;
  setOption(option: string, value: unknown): ChartBuilderApi;
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): ChartBuilderApi;
  build(): EmbeddedChartApi;
}

type SheetPick = Pick<
  Ss.Sheet,
  | 'getName'
  | 'setName'
  | 'getSheetId'
  | 'getIndex'
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
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'setRowHeight'
  | 'autoResizeRows'
  | 'hideSheet'
  | 'isSheetHidden'
  | 'setTabColor'
  | 'clear'
  | 'clearContents'
  | 'activate'
  | 'setHiddenGridlines'
  | 'hideColumns'
  | 'showColumns'
  | 'getColumnWidth'
  | 'isColumnHiddenByUser'
>;

/** Navigation returns the narrowed types, so the narrowing holds along a chain of calls. */
export interface SheetApi extends SheetPick {
  getRange(row: number, column: number): RangeApi;
  getRange(row: number, column: number, numRows: number): RangeApi;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeApi;
  getRange(a1Notation: string): RangeApi;
  getDataRange(): RangeApi;
  getConditionalFormatRules(): ConditionalFormatRuleApi[];
  setConditionalFormatRules(rules: ConditionalFormatRuleApi[]): void;
  protect(): ProtectionApi;
  getProtections(type: Ss.ProtectionType): ProtectionApi[];
  newChart(): ChartBuilderApi;
  insertChart(chart: EmbeddedChartApi): void;
  /** The live check only: what a copy of a tab keeps. */
  copyTo(spreadsheet: SpreadsheetApi): SheetApi;
}

type SpreadsheetPick = Pick<Ss.Spreadsheet, 'getName' | 'getSpreadsheetLocale' | 'getSpreadsheetTimeZone'>;

export interface SpreadsheetApi extends SpreadsheetPick {
  getSheets(): SheetApi[];
  getSheetByName(name: string): SheetApi | null;
  insertSheet(): SheetApi;
  insertSheet(sheetIndex: number): SheetApi;
  insertSheet(sheetName: string): SheetApi;
  insertSheet(sheetName: string, sheetIndex: number): SheetApi;
  insertSheet(sheetName: string, options: { template?: SheetApi }): SheetApi;
  insertSheet(sheetName: string, sheetIndex: number, options: { template?: SheetApi }): SheetApi;
  getActiveSheet(): SheetApi;
  setActiveSheet(sheet: SheetApi): SheetApi;
  deleteSheet(sheet: SheetApi): void;
  /** Who can edit the file (sheets/sharing.ts): not the same as a protection's editors. */
  getOwner(): UserApi | null;
  getEditors(): UserApi[];
  /** Shares the file for editing. */
  addEditor(emailAddress: string): SpreadsheetApi;
  /** The live check only: formulas and typed numbers in vi_VN and en_US. */
  setSpreadsheetLocale(locale: string): void;
}

export interface MenuApi {
  addItem(caption: string, functionName: string): MenuApi;
  addSeparator(): MenuApi;
  addToUi(): void;
}

export interface HtmlOutputApi {
  setTitle(title: string): HtmlOutputApi;
  setWidth(width: number): HtmlOutputApi;
  setHeight(height: number): HtmlOutputApi;
}

export type PromptResponseApi = Pick<Base.PromptResponse, 'getSelectedButton' | 'getResponseText'>;

export interface UiApi extends Pick<Base.Ui, 'ButtonSet' | 'Button'> {
  createAddonMenu(): MenuApi;
  /** The bound script's own menu on the menu bar (appsscript/menu.ts). */
  createMenu(caption: string): MenuApi;
  alert(title: string, prompt: string, buttons: Base.ButtonSet): Base.Button;
  prompt(title: string, prompt: string, buttons: Base.ButtonSet): PromptResponseApi;
  showSidebar(userInterface: HtmlOutputApi): void;
  showModalDialog(userInterface: HtmlOutputApi, title: string): void;
}

/** SpreadsheetApp as used here: the active spreadsheet, builders and enums. */
export interface SpreadsheetAppApi
  extends Pick<Ss.SpreadsheetApp, 'ProtectionType' | 'DataValidationCriteria' | 'BooleanCriteria' | 'BorderStyle'> {
  getActiveSpreadsheet(): SpreadsheetApi;
  getUi(): UiApi;
  /** The live check only: applies queued writes, so a write's cost is measured with it. */
  flush(): void;
  newDataValidation(): DataValidationBuilderApi;
  newConditionalFormatRule(): ConditionalFormatRuleBuilderApi;
}

export interface LockApi {
  tryLock(timeoutInMillis: number): boolean;
  waitLock(timeoutInMillis: number): void;
  hasLock(): boolean;
  releaseLock(): void;
}

export interface LockServiceApi {
  /** Null where there is no containing document (a standalone script, a web app): see engine/rules.ts. */
  getDocumentLock(): LockApi | null;
}

export interface SessionApi {
  getEffectiveUser(): UserApi;
}

export interface HtmlServiceApi {
  createHtmlOutputFromFile(filename: string): HtmlOutputApi;
  /** The live check's dialog with its JSON. */
  createHtmlOutput(html: string): HtmlOutputApi;
}

/**
 * Everything the sheets layer touches, injected: `globalThis` services in Apps Script,
 * the in-memory engine locally and in tests.
 */
export interface Platform {
  SpreadsheetApp: SpreadsheetAppApi;
  LockService: LockServiceApi;
  Session: SessionApi;
  HtmlService: HtmlServiceApi;
}

/** `Real` must implement `Contract`: a compile error here names the signature that drifted. */
type Implements<Real extends Contract, Contract> = Real;

export type ContractCheck = [
  Implements<Ss.Range, RangeApi>,
  Implements<Ss.Protection, ProtectionApi>,
  Implements<Ss.DataValidation, DataValidationApi>,
  Implements<Ss.DataValidationBuilder, DataValidationBuilderApi>,
  Implements<Ss.ConditionalFormatRule, ConditionalFormatRuleApi>,
  Implements<Ss.ConditionalFormatRuleBuilder, ConditionalFormatRuleBuilderApi>,
  Implements<Ss.EmbeddedBarChartBuilder, BarChartBuilderApi>,
  Implements<Ss.EmbeddedChartBuilder, ChartBuilderApi>,
  Implements<Ss.Sheet, SheetApi>,
  Implements<Ss.Spreadsheet, SpreadsheetApi>,
  Implements<Base.Menu, MenuApi>,
  Implements<HTML.HtmlOutput, HtmlOutputApi>,
  Implements<Base.Ui, UiApi>,
  Implements<Ss.SpreadsheetApp, SpreadsheetAppApi>,
  Implements<GoogleAppsScript.Lock.Lock, LockApi>,
  Implements<GoogleAppsScript.Lock.LockService, LockServiceApi>,
  Implements<Base.Session, SessionApi>,
  Implements<HTML.HtmlService, HtmlServiceApi>,
];
