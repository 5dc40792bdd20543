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
 */
import type { TabLine } from '../layout/lines';
import type { UnitInput } from '../report/report';
import { localDate } from './dates';
import type { EntryTimes } from './entry-times';

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
}

export interface TimelinessInput {
  period: string;
  /** yyyy-mm-dd, the last day on which a figure is on time. */
  deadline: string;
  timeZone: string;
  units: UnitInput[];
  times: EntryTimes;
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
    };
    for (const { line, values } of u.lines) {
      if (isBlank(values?.periods[period])) {
        agency.missing.push(line);
        continue;
      }
      agency.reported++;
      const at = times.lastEntry(u.unit, line.key, period);
      if (!at) {
        agency.unknownTime++;
        continue;
      }
      if (!agency.lastEntry || at.getTime() > agency.lastEntry.getTime()) agency.lastEntry = at;
      if (localDate(at, timeZone) > deadline) agency.late.push(line);
    }
    return { ...agency, status: statusOf(agency) };
  });
}
