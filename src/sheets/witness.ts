/**
 * Recording what a secretariat run saw on the agency tabs (core/cycle/witness.ts explains why:
 * the entry log is written as the agency, the witnesses only by the secretariat). A run by
 * anyone else — an agency opening the report — reads the witnesses but writes nothing: the
 * state sheet is the secretariat's, and an agency's look proves nothing.
 */
import { localDate } from '../core/cycle/dates';
import { type Witnesses, witnessUnits } from '../core/cycle/witness';
import { Book } from './book';
import type { Collected } from './collect';
import type { Platform } from './gas';
import { secretariatProblem } from './secretariat';
import { readState, writeState } from './workbook-model';

/** The witnesses, updated with what `collected` shows when the person running is the secretariat. */
export function witnessTabs(platform: Platform, collected: Collected, now: Date, timeZone: string): Witnesses {
  const book = new Book(platform);
  const previous = readState(book).witnesses;
  const units = collected.units.map((u) => ({
    key: u.unit.key,
    hasTab: u.hasTab,
    lines: u.lines.map((l) => ({ lineKey: l.line.key, periods: l.values?.periods ?? null })),
  }));
  const today = localDate(now, timeZone);
  const deadlines = collected.settings.deadlines;
  // A look after a deadline the last look came before is what proves a figure absent at it.
  const lookMatters = (last: Date) => {
    const then = localDate(last, timeZone);
    return deadlines.some((d) => then <= d && d < today);
  };
  const { witnesses, changed } = witnessUnits(previous, units, collected.settings.periods, now, lookMatters);
  if (!changed || secretariatProblem(book) !== null) return previous;
  writeState(book, { witnesses });
  return witnesses;
}
