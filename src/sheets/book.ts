/**
 * The spreadsheet seen by the add-on: sheets by name (names fetched once per run), the three
 * set-up sheets, and the hidden state sheet holding what the add-on remembers between runs.
 */
import { TAB_MARKER } from '../core/layout/columns';
import { sheetTexts } from '../core/messages/sheets';
import { AGENCIES_SHEET } from '../core/workbook/agencies-sheet';
import { SETTINGS_SHEET } from '../core/workbook/settings';
import { STATE_SHEET } from '../core/workbook/reserved';
import { STATE_KEYS } from '../core/workbook/state';
import { fitSheet } from './render-sheet';
import { FileAccess, PROTECTION_TAG, restrictEditors } from './protect';
import type { Platform, SheetApi, SpreadsheetApi } from './gas';

export const ASSIGNMENTS_SHEET = sheetTexts.names.table;

/** The grid Sheets gives a new sheet. */
const NEW_SHEET_SIZE = { rows: 1000, cols: 26 };
export const ARCHIVE_SHEET = sheetTexts.names.archive;

/** The hidden sheet holding what the add-on remembers between runs (see saveState). */
export { STATE_SHEET };
/** Characters per state cell: Sheets holds 50,000 in a cell. */
const STATE_CELL_CHARS = 40_000;

export { AGENCIES_SHEET, SETTINGS_SHEET };

export class Book {
  readonly ss: SpreadsheetApi;
  /** The file's editors as every protection of this run starts with them, read once (protect.ts). */
  readonly access = new FileAccess();
  private byName: Map<string, SheetApi> | null = null;

  constructor(readonly platform: Platform) {
    this.ss = platform.SpreadsheetApp.getActiveSpreadsheet();
  }

  private index(): Map<string, SheetApi> {
    if (!this.byName) {
      this.byName = new Map();
      for (const sheet of this.ss.getSheets()) this.byName.set(sheet.getName(), sheet);
    }
    return this.byName;
  }

  names(): string[] {
    return [...this.index().keys()];
  }

  sheet(name: string): SheetApi | null {
    const exact = this.index().get(name);
    if (exact) return exact;
    const lower = name.toLowerCase();
    for (const [n, s] of this.index()) if (n.toLowerCase() === lower) return s;
    return null;
  }

  /** A copy of `template` at the end, named `name` (the copy carries what rules.ts, 9 of the engine lists). */
  copy(name: string, template: SheetApi): SheetApi {
    const sheet = this.ss.insertSheet(name, this.index().size, { template });
    this.index().set(name, sheet);
    return sheet;
  }

  /** Deletes a sheet the add-on made for its own use (a template). */
  remove(sheet: SheetApi, name: string): void {
    this.ss.deleteSheet(sheet);
    this.forget(name);
  }

  /** A new sheet trimmed to rows × cols (a new sheet is 1000 × 26, which counts against the cell limit). */
  create(name: string, rows: number, cols: number): SheetApi {
    const sheet = this.ss.insertSheet(name, this.index().size);
    fitSheet(sheet, Math.max(rows, 1), Math.max(cols, 1), NEW_SHEET_SIZE);
    this.index().set(name, sheet);
    return sheet;
  }

  forget(name: string): void {
    this.index().delete(name);
  }

  remember(sheet: SheetApi): void {
    this.index().set(sheet.getName(), sheet);
  }

  /** All values of a sheet, with one read (getValues). */
  values(sheet: SheetApi): unknown[][] {
    // An empty sheet's data range is A1 alone: no need for a getLastRow call first.
    const values = sheet.getDataRange().getValues();
    return values.length === 1 && values[0].every((v) => v === '') ? [] : values;
  }

  /** What the add-on remembers between runs: key → JSON text, loaded once from the state sheet. */
  private stateCache: Map<string, string> | null = null;

  private state(): Map<string, string> {
    if (this.stateCache) return this.stateCache;
    const state = new Map<string, string>();
    const sheet = this.sheet(STATE_SHEET);
    if (sheet && sheet.getLastRow() > 0) {
      for (const [key, text] of sheet.getRange(1, 1, sheet.getLastRow(), 2).getValues()) {
        if (key) state.set(String(key), (state.get(String(key)) ?? '') + String(text ?? ''));
      }
    }
    this.stateCache = state;
    return state;
  }

  readJson<T>(key: string, fallback: T): T {
    const raw = this.state().get(key);
    if (!raw) return fallback;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return fallback;
    }
  }

  writeJson(key: string, value: unknown): void {
    this.writeJsonAll({ [key]: value });
  }

  /** Stores several values with one write of the state sheet; nothing is written when nothing changed. */
  writeJsonAll(values: Record<string, unknown>): void {
    const state = this.state();
    let changed = false;
    for (const [key, value] of Object.entries(values)) {
      const text = JSON.stringify(value);
      if (state.get(key) !== text) {
        state.set(key, text);
        changed = true;
      }
    }
    if (changed) this.saveState(state);
  }

  /**
   * The state lives in a hidden, protected sheet rather than document properties: properties
   * hold 9 kB a value and 500 kB in all (a province's ids do not fit), and .xlsx files keep
   * cells but drop properties. A value longer than a cell holds is split over several rows.
   */
  private saveState(state: Map<string, string>): void {
    const rows: string[][] = [];
    for (const [key, text] of state) {
      for (let i = 0; i === 0 || i * STATE_CELL_CHARS < text.length; i++)
        rows.push([key, text.slice(i * STATE_CELL_CHARS, (i + 1) * STATE_CELL_CHARS)]);
    }
    let sheet = this.sheet(STATE_SHEET);
    let previous = 0;
    if (!sheet) {
      sheet = this.create(STATE_SHEET, rows.length, 2);
      sheet.getRange(1, 1, rows.length, 2).setNumberFormat('@');
      sheet.hideSheet();
      restrictEditors(
        sheet.protect().setDescription(`${PROTECTION_TAG} ${sheetTexts.protection.state}`),
        this.me(),
        [],
        this.access,
      );
    } else {
      previous = sheet.getLastRow();
      if (sheet.getMaxRows() < rows.length) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
    }
    sheet.getRange(1, 1, rows.length, 2).setValues(rows);
    if (previous > rows.length) sheet.getRange(rows.length + 1, 1, previous - rows.length, 2).clearContent();
  }

  /**
   * The tab of a reporting unit: by the sheet id recorded when it was made (a tab renamed or
   * swapped by hand keeps its id), else by its name. Who it belongs to is checked when it is
   * read (its marker), see `tabByMarker`.
   */
  tabOf(unitKey: string, sheetName: string): SheetApi | null {
    return this.tabById(unitKey) ?? this.sheet(sheetName);
  }

  private byId: Map<number, SheetApi> | null = null;

  /** The sheet whose id was recorded for the unit when its tab was made, if it still exists. */
  tabById(unitKey: string): SheetApi | null {
    const id = this.readJson<Record<string, number>>(STATE_KEYS.sheetIds, {})[unitKey];
    if (id === undefined) return null;
    // Ids of the sheets listed once per run: looking each up again made a run quadratic in tabs.
    if (!this.byId) this.byId = new Map([...this.index().values()].map((s) => [s.getSheetId(), s]));
    return this.byId.get(id) ?? null;
  }

  private markers: Map<string, SheetApi> | null = null;

  /**
   * The sheet whose marker names this unit, found by reading the marker rows of the sheets not
   * recorded as a tab once per run; for when the recorded id or the name led to another unit's
   * tab, or to none.
   */
  tabByMarker(unitKey: string): SheetApi | null {
    if (!this.markers) {
      this.markers = new Map();
      // A sheet recorded as some unit's tab is found by its id (tabById): only the others are read.
      const recorded = new Set(Object.values(this.readJson<Record<string, number>>(STATE_KEYS.sheetIds, {})));
      for (const sheet of this.index().values()) {
        if (recorded.has(sheet.getSheetId())) continue;
        const width = sheet.getLastColumn();
        if (width === 0) continue;
        const [first, second] = sheet.getRange(1, 1, 2, width).getValues();
        const marker = first.indexOf(TAB_MARKER);
        if (marker >= 0 && second[marker]) this.markers.set(String(second[marker]), sheet);
      }
    }
    return this.markers.get(unitKey) ?? null;
  }

  me(): string {
    return this.platform.Session.getEffectiveUser().getEmail();
  }
}
