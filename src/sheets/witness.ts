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
import { withDocumentLock } from './lock';
import { secretariatProblem } from './secretariat';
import { readState, writeState } from './workbook-model';

/**
 * The witnesses, updated with what `collected` shows when the person running is the secretariat.
 * The write takes the document lock and re-reads the state under it: a generation running at the
 * same time writes the same state sheet, and neither may overwrite the other with an old copy.
 */
export function witnessTabs(platform: Platform, collected: Collected, now: Date, timeZone: string): Witnesses {
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
  const periods = collected.settings.periods;
  const previous = readState(new Book(platform)).witnesses;
  if (!witnessUnits(previous, units, periods, now, lookMatters).changed) return previous;
  return withDocumentLock(
    platform,
    () => {
      const book = new Book(platform);
      const current = readState(book).witnesses;
      const { witnesses, changed } = witnessUnits(current, units, periods, now, lookMatters);
      if (!changed || secretariatProblem(book) !== null) return current;
      writeState(book, { witnesses });
      return witnesses;
    },
    // Busy (or no lock): this look is not recorded; the next one will be.
    () => previous,
  );
}
