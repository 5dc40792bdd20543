/**
 * Collecting what the agencies entered: the table, the Agencies and Settings sheets, and each
 * generated tab read once (one getValues per tab), matched to the current plan. This is the
 * input of every report; it holds plain data only.
 */
import { readTab } from '../core/layout/read-tab';
import type { LineValues } from '../core/layout/tab';
import type { TabLine } from '../core/layout/lines';
import type { Indicator, Warning } from '../core/types';
import type { AgencyRow } from '../core/workbook/agencies-sheet';
import type { Settings } from '../core/workbook/settings';
import { Book } from './book';
import type { Platform } from './gas';
import { loadModel } from './workbook-model';

export interface UnitLines {
  unit: Pick<AgencyRow, 'key' | 'name' | 'sheetName' | 'editors'>;
  /** False when the unit's tab does not exist (not generated yet, or deleted). */
  hasTab: boolean;
  lines: Array<{ line: TabLine; values: LineValues | null }>;
}

export interface Collected {
  settings: Settings;
  indicators: Indicator[];
  units: UnitLines[];
  warnings: Warning[];
  problems: string[];
}

export function collectResults(platform: Platform): Collected {
  const book = new Book(platform);
  const { model } = loadModel(book);
  const { settings, table } = model;
  if (!table) return { settings, indicators: [], units: [], warnings: [], problems: [] };
  const units: UnitLines[] = model.plan.tabs.map((tab) => {
    const sheet = book.tabOf(tab.unit.key, tab.sheetName);
    const tabRead = sheet ? readTab(book.values(sheet)) : null;
    return {
      unit: { key: tab.unit.key, name: tab.unit.name, sheetName: tab.unit.sheetName, editors: tab.unit.editors },
      hasTab: !!tabRead,
      lines: tab.lines.map((line) => ({ line, values: tabRead?.lines.get(line.key) ?? null })),
    };
  });
  return { settings, indicators: table.indicators, units, warnings: table.warnings, problems: [] };
}
