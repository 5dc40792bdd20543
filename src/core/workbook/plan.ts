/**
 * The tabs to generate: for each reporting unit, the lines it reports and those it only sees,
 * and a fingerprint of everything that shapes its tab, so an unchanged tab is not rewritten.
 */
import { CURRENT_LAYOUT } from '../layout/columns';
import { tabTexts } from '../messages/tab';
import { linesOf, type TabLine } from '../layout/lines';
import type { LineValues, TabInput } from '../layout/tab';
import type { Indicator } from '../types';
import { fingerprint } from '../util/hash';
import type { AgencyRow } from './agencies-sheet';
import { assignIndicators, reportersOf } from './assignments';
import type { Settings } from './settings';

export interface TabPlan {
  unit: AgencyRow;
  sheetName: string;
  lines: TabLine[];
  cooperating: Array<{ line: TabLine; reporters: string[] }>;
  /** Closed periods reopened for this unit only. */
  reopened: string[];
  fingerprint(locale: string): string;
}

export interface Plan {
  tabs: TabPlan[];
  unknownNames: string[];
  /** Units of the Agencies sheet that report nothing now: their tabs are retired, never deleted. */
  retiredUnits(rows: AgencyRow[]): AgencyRow[];
  /** Indicator ids per unit key, remembered to recognise a renamed agency next time. */
  reportsByUnit(): Record<string, string[]>;
}

export function planTabs(
  indicators: Indicator[],
  rows: AgencyRow[],
  settings: Settings,
  reopened: Record<string, string[]> = {},
): Plan {
  const { assignments, unknownNames } = assignIndicators(indicators, rows, settings);
  const tabs: TabPlan[] = assignments
    .filter((a) => a.reports.length > 0)
    .map((a) => {
      const lines = a.reports.flatMap(linesOf);
      const cooperating = a.cooperates.flatMap((indicator) =>
        linesOf(indicator).map((line) => ({ line, reporters: reportersOf(indicator, settings) })),
      );
      const unitReopened = reopened[a.unit.key] ?? [];
      const plan: TabPlan = {
        unit: a.unit,
        sheetName: a.unit.sheetName,
        lines,
        cooperating,
        reopened: unitReopened,
        fingerprint: (locale) =>
          fingerprint(
            JSON.stringify([
              // A new layout version changes every fingerprint: each tab is rewritten once.
              CURRENT_LAYOUT,
              locale,
              plan.sheetName,
              a.unit.name,
              [...a.unit.editors].sort(),
              settings.year,
              settings.periods,
              settings.closedPeriods.filter((p) => !unitReopened.includes(p)),
              lines,
              cooperating,
            ]),
          ),
      };
      return plan;
    });
  return {
    tabs,
    unknownNames,
    retiredUnits: (allRows) => {
      const planned = new Set(tabs.map((t) => t.unit.key));
      return allRows.filter((r) => r.key && !planned.has(r.key));
    },
    reportsByUnit: () =>
      Object.fromEntries(tabs.map((t) => [t.unit.key, [...new Set(t.lines.map((l) => l.indicatorId))]])),
  };
}

/** The TabInput for a planned tab, with the values to put back. */
export function layoutTab(
  plan: TabPlan,
  settings: Settings,
  preserved: Map<string, LineValues>,
  locale: string,
): TabInput {
  return {
    sheetName: plan.sheetName,
    agencyKey: plan.unit.key,
    periods: settings.periods,
    lines: plan.lines,
    cooperating: plan.cooperating,
    preserved,
    texts: tabTexts(plan.unit.name, settings.year),
    locale,
    closedPeriods: settings.closedPeriods.filter((p) => settings.periods.includes(p) && !plan.reopened.includes(p)),
  };
}
