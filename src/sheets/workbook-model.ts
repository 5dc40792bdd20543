/**
 * Loading the workbook model (src/core/workbook/model.ts) from the spreadsheet: one read of each
 * set-up sheet and of the add-on's state. Every action starts here.
 */
import { buildModel, type WorkbookModel } from '../core/workbook/model';
import { type AddonState, EMPTY_STATE, STATE_KEYS } from '../core/workbook/state';
import { AGENCIES_SHEET, ASSIGNMENTS_SHEET, type Book, SETTINGS_SHEET } from './book';
import type { SheetApi } from './gas';

export interface LoadedModel {
  model: WorkbookModel;
  tableSheet: SheetApi | null;
  /** The table as the sheet shows it (display values: "20%", not 0.2). */
  tableGrid: string[][];
  agenciesSheet: SheetApi | null;
  settingsSheet: SheetApi | null;
}

export function readState(book: Book): AddonState {
  const state = {} as Record<keyof AddonState, unknown>;
  for (const key of Object.keys(STATE_KEYS) as (keyof AddonState)[]) {
    state[key] = book.readJson(STATE_KEYS[key], EMPTY_STATE[key]);
  }
  return state as AddonState;
}

/** Saves the given parts of the state with one write of the state sheet (none when nothing changed). */
export function writeState(book: Book, parts: Partial<AddonState>): void {
  book.writeJsonAll(
    Object.fromEntries(Object.entries(parts).map(([key, value]) => [STATE_KEYS[key as keyof AddonState], value])),
  );
}

export function loadModel(book: Book): LoadedModel {
  const tableSheet = book.sheet(ASSIGNMENTS_SHEET);
  const agenciesSheet = book.sheet(AGENCIES_SHEET);
  const settingsSheet = book.sheet(SETTINGS_SHEET);
  const tableGrid = tableSheet ? tableSheet.getDataRange().getDisplayValues() : [];
  const emptyTable = tableGrid.length === 1 && tableGrid[0].every((v) => v === '');
  const model = buildModel({
    tableGrid: tableSheet ? (emptyTable ? [] : tableGrid) : null,
    agenciesGrid: agenciesSheet ? book.values(agenciesSheet) : null,
    settingsGrid: settingsSheet ? book.values(settingsSheet) : null,
    state: readState(book),
  });
  return { model, tableSheet, tableGrid: emptyTable ? [] : tableGrid, agenciesSheet, settingsSheet };
}

export const MODEL_SHEETS = { table: ASSIGNMENTS_SHEET, agencies: AGENCIES_SHEET } as const;
