/**
 * Calendar dates of the reporting cycle. Deadlines are calendar days in the spreadsheet's time
 * zone (a report typed at 23:30 on the 20th in Hà Nội is on time, whatever the server's zone),
 * so every instant is turned into its local yyyy-mm-dd before it is compared.
 */
import type { Settings } from '../workbook/settings';

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

function parts(at: Date, timeZone: string): Record<string, string> {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
}

/** The calendar day of an instant in a time zone, as yyyy-mm-dd. */
export function localDate(at: Date, timeZone: string): string {
  const p = parts(at, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** "dd/mm/yyyy", as Vietnamese documents write dates, from yyyy-mm-dd. */
export function displayDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** "HH:mm dd/mm/yyyy" of an instant in a time zone. */
export function displayDateTime(at: Date, timeZone: string): string {
  const p = parts(at, timeZone);
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}

/** The period's deadline (yyyy-mm-dd) from Settings; null for a period Settings does not name. */
export function deadlineOf(settings: Settings, period: string): string | null {
  const index = settings.periods.indexOf(period);
  return index < 0 ? null : (settings.deadlines[index] ?? null);
}

/** The period being reported on a day: the first whose deadline is not past, else the last one. */
export function currentPeriod(settings: Settings, today: string): string {
  const index = settings.deadlines.findIndex((d) => d >= today);
  return settings.periods[index < 0 ? settings.periods.length - 1 : index];
}
