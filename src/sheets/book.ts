/**
 * The spreadsheet seen by the add-on: sheets by name (names fetched once per run), the three
 * set-up sheets, and document properties for what the add-on remembers between runs.
 */
import { AGENCIES_SHEET } from '../core/workbook/agencies-sheet';
import { SETTINGS_SHEET } from '../core/workbook/settings';
import { fitSheet } from './render-tab';
import type { Platform, SheetApi, SpreadsheetApi } from './gas';

export const ASSIGNMENTS_SHEET = 'Chỉ tiêu';
export const ARCHIVE_SHEET = 'Lưu trữ';

/** Characters per property value: 9 kB allows 3,000 three-byte Vietnamese characters. */
const PROPERTY_CHUNK = 2800;

/** Sheet id of each unit's tab, by unit key: finds a tab renamed by hand. */
export const PROP_SHEET_IDS = 'sct.sheetIds';
export { AGENCIES_SHEET, SETTINGS_SHEET };

export class Book {
  readonly ss: SpreadsheetApi;
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

  /** A new sheet trimmed to rows × cols (a new sheet is 1000 × 26, which counts against the cell limit). */
  create(name: string, rows: number, cols: number): SheetApi {
    const sheet = this.ss.insertSheet(name, this.ss.getSheets().length);
    fitSheet(sheet, Math.max(rows, 1), Math.max(cols, 1));
    this.index().set(name, sheet);
    return sheet;
  }

  forget(name: string): void {
    this.index().delete(name);
  }

  remember(sheet: SheetApi): void {
    this.index().set(sheet.getName(), sheet);
  }

  /** All values of a sheet, in one call. */
  values(sheet: SheetApi): unknown[][] {
    if (sheet.getLastRow() === 0) return [];
    return sheet.getDataRange().getValues();
  }

  props() {
    return this.platform.PropertiesService.getDocumentProperties();
  }

  /** A JSON value kept in document properties, possibly spread over several keys (see writeJson). */
  readJson<T>(key: string, fallback: T): T {
    const props = this.props();
    const head = props.getProperty(key);
    if (!head) return fallback;
    const parts = /^#parts:(\d+)$/.exec(head);
    const raw = parts ? Array.from({ length: Number(parts[1]) }, (_, i) => props.getProperty(`${key}#${i}`) ?? '').join('') : head;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return fallback;
    }
  }

  /**
   * Stores a JSON value in document properties. A property value holds at most 9 kB, so a
   * larger value (a province's 150 agencies) is split over numbered keys, written in one call.
   */
  writeJson(key: string, value: unknown): void {
    const text = JSON.stringify(value);
    const props = this.props();
    if (text.length <= PROPERTY_CHUNK) {
      props.setProperty(key, text);
      return;
    }
    const chunks: Record<string, string> = { [key]: `#parts:${Math.ceil(text.length / PROPERTY_CHUNK)}` };
    for (let i = 0; i * PROPERTY_CHUNK < text.length; i++) chunks[`${key}#${i}`] = text.slice(i * PROPERTY_CHUNK, (i + 1) * PROPERTY_CHUNK);
    props.setProperties(chunks);
  }

  /** The tab of a reporting unit: by its name, else (renamed by hand) by the sheet id recorded at generation. */
  tabOf(unitKey: string, sheetName: string): SheetApi | null {
    const byName = this.sheet(sheetName);
    if (byName) return byName;
    const id = this.readJson<Record<string, number>>(PROP_SHEET_IDS, {})[unitKey];
    return id === undefined ? null : (this.ss.getSheets().find((s) => s.getSheetId() === id) ?? null);
  }

  me(): string {
    return this.platform.Session.getEffectiveUser().getEmail();
  }
}
