/**
 * The decisions of rewriting one tab, as a pure function: from what the tab held (read with
 * its own layout) and the plan, the new tab, the values that must be archived first (lines that
 * left the tab, periods that left Settings) and what the secretariat is told. The sheets layer
 * only applies the result.
 */
import { matchLines, periodsWithEntries, type TabRead, valuesForPeriods } from '../layout/read-tab';
import { buildTab, type LineValues, type TabSpec } from '../layout/tab';
import { sheetFigure } from '../layout/figures';
import { M } from '../messages';
import { type ArchiveRow, archiveRows } from './archive';
import { layoutTab, type TabPlan } from './plan';
import type { Settings } from './settings';

export interface TabRewrite {
  spec: TabSpec;
  /** To append to the archive BEFORE the tab is rewritten, so a run stopped midway loses nothing. */
  archive: ArchiveRow[];
  notices: string[];
}

export interface OldTab {
  read: TabRead;
  /** The sheet's name as it is now (it may have been renamed by hand). */
  sheetName: string;
}

/** Where and when the rewrite happens: the spreadsheet's locale and the time shown in the archive. */
export interface RewriteContext {
  locale: string;
  /** Now, as the archive shows it: in the spreadsheet's time zone (see cycle/dates.ts). */
  at: string;
}

export function rewriteTab(plan: TabPlan, settings: Settings, context: RewriteContext, old: OldTab | null): TabRewrite {
  const archive: ArchiveRow[] = [];
  const notices: string[] = [];
  let preserved = new Map<string, LineValues>();
  if (old) {
    const source = { at: context.at, agency: plan.unit.name, sheet: old.sheetName };
    const matched = matchLines(
      old.read.lines,
      plan.lines.map((l) => l.key),
    );
    preserved = matched.kept;
    for (const [key, values] of matched.orphans) {
      archive.push(...archiveRows(source, key, values));
    }
    // Values of a period that is no longer in Settings have no column to go back to.
    for (const [key, values] of preserved) {
      const gone = periodsWithEntries(values).filter((p) => !settings.periods.includes(p));
      if (gone.length > 0) {
        archive.push(...archiveRows(source, key, valuesForPeriods(values, gone), M.archivePeriodGone));
      }
    }
    // A tab of an older layout had one evidence column for every period: it now belongs to one.
    if (old.read.migrated.length > 0) {
      for (const { key, period } of old.read.migrated) {
        const values = old.read.lines.get(key)!;
        const moved = { ...valuesForPeriods(values, [period]), periods: {} };
        archive.push(...archiveRows(source, key, moved, M.archiveEvidenceMoved(period)));
      }
      notices.push(M.evidenceMigrated(old.sheetName, old.read.migrated.length));
    }
  }
  const converted = convertTextFigures(plan, preserved);
  if (converted > 0 && old) notices.push(M.textFiguresConverted(old.sheetName, converted));
  const spec = buildTab(layoutTab(plan, settings, preserved, context.locale));
  return { spec, archive, notices };
}

/** Text figures the line's validation would accept become numbers, in place; how many did. */
function convertTextFigures(plan: TabPlan, preserved: Map<string, LineValues>): number {
  let converted = 0;
  for (const line of plan.lines) {
    const values = preserved.get(line.key);
    if (!values) continue;
    const periods: Record<string, unknown> = { ...values.periods };
    for (const [period, value] of Object.entries(periods)) {
      if (typeof value !== 'string') continue;
      const figure = sheetFigure(line, value);
      if (figure === null) continue;
      periods[period] = figure;
      converted++;
    }
    preserved.set(line.key, { ...values, periods });
  }
  return converted;
}
