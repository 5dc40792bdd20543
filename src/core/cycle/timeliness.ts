/**
 * On time, late or missing, per agency and period. A figure is on time when its last entry
 * (from the log) falls on or before the period's deadline, as a calendar day in the
 * spreadsheet's time zone, and late after it; correcting a figure after the deadline makes it
 * late, since the log cannot tell a correction from a first entry.
 *
 * A figure with no log row (typed before the log existed, while the add-on was not enabled in
 * the document, or written by a script that did not log it) counts as ON TIME with an unknown
 * time: the add-on cannot prove it late, and a reminder wrongly accusing an agency costs more
 * than a missed "late". Such figures are counted (unknownTime) so the secretariat can see how
 * much of the verdict rests on this benefit of the doubt.
 *
 * An agency is "missing" when none of its figures for the period is entered, "partial" when
 * some are, "late" when all are entered but one came after the deadline, else "on-time".
 *
 * The log is a claim an agency can forge (witness.ts). Only a row recording the figure's
 * current value dates it, and when the secretariat's own runs saw the cell without that value
 * after the time a row claims, the row is overruled: the figure was entered after that look.
 * With no believable row, the witnesses alone may prove a figure late (first seen without it
 * after the deadline) or on time (seen with it by the deadline).
 */
import type { TabLine } from '../layout/lines';
import type { UnitInput } from '../report/report';
import { localDate } from './dates';
import type { EntryTimes } from './entry-times';
import { boundsOf, type Witnesses } from './witness';

export type AgencyTimelinessStatus = 'on-time' | 'late' | 'missing' | 'partial';

export interface AgencyTimeliness {
  unit: UnitInput['unit'];
  status: AgencyTimelinessStatus;
  /** The latest logged entry among the agency's figures for the period. */
  lastEntry: Date | null;
  assigned: number;
  reported: number;
  missing: TabLine[];
  late: TabLine[];
  /** Figures entered but absent from the log (classified on time). */
  unknownTime: number;
  /** Log rows contradicted by what the secretariat's runs saw (not believed). */
  overruled: number;
  /** Late figures proved late by the secretariat's runs alone (absent when it looked after the deadline). */
  witnessedLate: number;
}

export interface TimelinessInput {
  period: string;
  /** yyyy-mm-dd, the last day on which a figure is on time. */
  deadline: string;
  timeZone: string;
  units: UnitInput[];
  times: EntryTimes;
  /** What the secretariat's runs saw; without it the log is taken as it is. */
  witnesses?: Witnesses;
}

const isBlank = (v: unknown) => v === '' || v === null || v === undefined;

function statusOf(a: Omit<AgencyTimeliness, 'status'>): AgencyTimelinessStatus {
  if (a.reported === 0 && a.assigned > 0) return 'missing';
  if (a.missing.length > 0) return 'partial';
  return a.late.length > 0 ? 'late' : 'on-time';
}

export function classifyAgencies(input: TimelinessInput): AgencyTimeliness[] {
  const { period, deadline, timeZone, times } = input;
  return input.units.map((u) => {
    const agency: Omit<AgencyTimeliness, 'status'> = {
      unit: u.unit,
      lastEntry: null,
      assigned: u.lines.length,
      reported: 0,
      missing: [],
      late: [],
      unknownTime: 0,
      overruled: 0,
      witnessedLate: 0,
    };
    const seen = (at: Date) => {
      if (!agency.lastEntry || at.getTime() > agency.lastEntry.getTime()) agency.lastEntry = at;
    };
    for (const { line, values } of u.lines) {
      const value = values?.periods[period];
      if (isBlank(value)) {
        agency.missing.push(line);
        continue;
      }
      agency.reported++;
      const bounds = input.witnesses
        ? boundsOf(input.witnesses, u.unit.key, line.key, period, value)
        : { notBefore: null, seenBy: null };
      let at = times.lastEntry(u.unit, line.key, period, value);
      if (at && bounds.notBefore && at.getTime() < bounds.notBefore.getTime()) {
        agency.overruled++;
        at = null;
      }
      if (at) {
        seen(at);
        if (localDate(at, timeZone) > deadline) agency.late.push(line);
      } else if (bounds.notBefore && localDate(bounds.notBefore, timeZone) > deadline) {
        // Not there when the secretariat looked after the deadline: entered later.
        seen(bounds.notBefore);
        agency.late.push(line);
        agency.witnessedLate++;
      } else if (!(bounds.seenBy && localDate(bounds.seenBy, timeZone) <= deadline)) {
        agency.unknownTime++;
      }
    }
    return { ...agency, status: statusOf(agency) };
  });
}
