/**
 * The reporting-cycle view of a period: deadline, closed or not, and per agency on time /
 * late / missing with a ready reminder, from the collected results and the edit log.
 */
import { type CycleView, buildCycle } from '../core/cycle/cycle';
import { currentPeriod, DEFAULT_TIME_ZONE, localDate } from '../core/cycle/dates';
import { M } from '../core/messages';
import { type Collected, collectResults } from './collect';
import { readEditLog } from './edit-log';
import type { Platform } from './gas';
import { resolvePeriod } from './periods';
import { witnessTabs } from './witness';

export type CycleResponse = CycleView | { ok: false; message: string };

export function loadCycle(platform: Platform, typed: string, now: Date): CycleResponse {
  const collected = collectResults(platform);
  const { settings } = collected;
  const timeZone = platform.SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone() || DEFAULT_TIME_ZONE;
  const period = typed ? resolvePeriod(settings, typed) : currentPeriod(settings, localDate(now, timeZone));
  if (!period) return { ok: false, message: M.cycleUnknownPeriod(typed, settings.periods) };
  return cycleOf(platform, collected, period, now);
}

/**
 * The cycle view of a period from results already collected (the report sidebar's one call).
 * The log is checked against what the secretariat's runs saw, and this look is recorded when
 * the person looking is the secretariat (sheets/witness.ts).
 */
export function cycleOf(platform: Platform, collected: Collected, period: string, now: Date): CycleView {
  const timeZone = platform.SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone() || DEFAULT_TIME_ZONE;
  return buildCycle({
    period,
    settings: collected.settings,
    units: collected.units,
    entries: readEditLog(platform),
    witnesses: witnessTabs(platform, collected, now, timeZone),
    timeZone,
    now,
  });
}
