/**
 * The reporting cycle of one period as the sidebar shows it: the deadline, whether the period
 * is closed, and per agency its timeliness, what is missing and a ready reminder. Plain
 * JSON-safe data (no Date, no undefined): it crosses google.script.run as it is.
 */
import type { UnitInput } from '../report/report';
import { M } from '../messages';
import type { Settings } from '../workbook/settings';
import { deadlineOf, displayDate, localDate } from './dates';
import { EntryTimes } from './entry-times';
import type { EditEntry } from './log';
import type { Witnesses } from './witness';
import { reminderFor, type ReminderLine } from './reminder';
import { type AgencyTimelinessStatus, classifyAgencies } from './timeliness';

export interface CycleAgency {
  name: string;
  sheet: string;
  status: AgencyTimelinessStatus;
  /** Vietnamese word for the status. */
  statusText: string;
  /** ISO time of the agency's latest logged entry for the period, or null. */
  lastEntry: string | null;
  assigned: number;
  reported: number;
  missing: ReminderLine[];
  late: ReminderLine[];
  /** Figures entered but not in the log (counted on time). */
  unknownTime: number;
  /** Log rows not believed: the secretariat's runs saw the figure absent after the time they claim. */
  overruled: number;
  /** Late figures proved late by the secretariat's own looks, without a log row. */
  witnessedLate: number;
  emails: string[];
  /** Reminder; empty subject and body, null mailto, for an agency that reported on time. */
  subject: string;
  body: string;
  mailto: string | null;
}

export type CycleCounts = Record<AgencyTimelinessStatus, number>;

export interface CycleView {
  ok: true;
  period: string;
  periods: string[];
  year: number;
  /** yyyy-mm-dd */
  deadline: string;
  /** dd/mm/yyyy */
  deadlineText: string;
  deadlinePassed: boolean;
  closed: boolean;
  counts: CycleCounts;
  unknownTime: number;
  overruled: number;
  witnessedLate: number;
  agencies: CycleAgency[];
}

export interface CycleInput {
  period: string;
  settings: Settings;
  units: UnitInput[];
  entries: EditEntry[];
  /** What the secretariat's runs saw on the tabs (witness.ts); the log is checked against it. */
  witnesses?: Witnesses;
  timeZone: string;
  now: Date;
}

const lineOf = (l: { code: string; text: string }): ReminderLine => ({ code: l.code, text: l.text });

export function buildCycle(input: CycleInput): CycleView {
  const { period, settings, timeZone } = input;
  const deadline = deadlineOf(settings, period);
  if (!deadline) throw new Error(M.cycleUnknownPeriod(period, settings.periods));
  const deadlinePassed = localDate(input.now, timeZone) > deadline;
  const sender = settings.organisation || M.defaultSender;
  const classified = classifyAgencies({
    period,
    deadline,
    timeZone,
    units: input.units,
    times: new EntryTimes(input.entries),
    witnesses: input.witnesses,
  });
  const counts: CycleCounts = { 'on-time': 0, late: 0, missing: 0, partial: 0 };
  const agencies = classified.map((a): CycleAgency => {
    counts[a.status]++;
    const missing = a.missing.map(lineOf);
    const late = a.late.map(lineOf);
    const reminder =
      a.status === 'on-time'
        ? { subject: '', body: '', mailto: null }
        : reminderFor({
            agency: a.unit.name,
            sheet: a.unit.sheetName,
            emails: a.unit.editors,
            period,
            year: settings.year,
            deadline: displayDate(deadline),
            deadlinePassed,
            sender,
            missing,
            late,
          });
    return {
      name: a.unit.name,
      sheet: a.unit.sheetName,
      status: a.status,
      statusText: M.timelinessWords[a.status],
      lastEntry: a.lastEntry ? a.lastEntry.toISOString() : null,
      assigned: a.assigned,
      reported: a.reported,
      missing,
      late,
      unknownTime: a.unknownTime,
      overruled: a.overruled,
      witnessedLate: a.witnessedLate,
      emails: [...a.unit.editors],
      ...reminder,
    };
  });
  return {
    ok: true,
    period,
    periods: [...settings.periods],
    year: settings.year,
    deadline,
    deadlineText: displayDate(deadline),
    deadlinePassed,
    closed: settings.closedPeriods.includes(period),
    counts,
    unknownTime: agencies.reduce((n, a) => n + a.unknownTime, 0),
    overruled: agencies.reduce((n, a) => n + a.overruled, 0),
    witnessedLate: agencies.reduce((n, a) => n + a.witnessedLate, 0),
    agencies,
  };
}

/** The agencies a reminder goes to: figures missing or late. */
export function remindersOf(view: CycleView): CycleAgency[] {
  return view.agencies.filter((a) => a.status !== 'on-time');
}
