/**
 * What the secretariat's own runs saw on the agency tabs: the check the entry log cannot give.
 *
 * The log ("Nhật ký nhập liệu") is appended by the onEdit simple trigger, which runs as the
 * person who typed (Apps Script, "Simple triggers": they run as the active user and "can modify
 * the file they are bound to"). So the agency's own account must be able to write the log, and
 * an agency can also edit it by hand, or from a script of its own: a log row is a claim, and no
 * check computed in the page (a hash, a signature) can make it more, since the agency can run
 * the same code. What an agency cannot write is the secretariat's protected state sheet.
 *
 * So each time a secretariat run reads every tab (the report, the reporting status, closing a
 * period), it records per figure a short digest of the value it saw, when that value was first
 * seen ("since") and the last time the cell was seen holding something else ("after"). A value
 * was therefore entered within (after, since]. The cycle view believes a log row only when it
 * fits: its value is the figure's current value, and its time is not before the last moment
 * the secretariat saw the cell without that value. A log row claiming an earlier time is
 * overruled; a figure with no believable row is dated by the witnesses alone.
 *
 * Residual risk, accepted and documented: between two secretariat runs nothing is witnessed,
 * so a figure typed late and given a forged early time in the log is believed when no
 * secretariat run happened between the deadline and the typing. Opening the report or the
 * reporting status once just after each deadline, and closing the period, closes that window.
 * Digests are 32 bits: a changed value colliding with the old digest is missed (1 in 4·10⁹).
 */

/** Seconds since the epoch, base 36: short in the state sheet, exact to the second. */
const toStamp = (at: Date) => Math.floor(at.getTime() / 1000).toString(36);
const fromStamp = (stamp: string) => (stamp && stamp !== '0' ? new Date(parseInt(stamp, 36) * 1000) : null);

export interface UnitWitness {
  /** When a secretariat run last read this unit's tab (stamp). */
  at: string;
  /** By cellKey(lineKey, period): "digest,since,after" (stamps; after is "0" when unknown). */
  cells: Record<string, string>;
}

/** By unit key. JSON-safe: it lives in the add-on's state sheet. */
export type Witnesses = Record<string, UnitWitness>;

export const cellKey = (lineKey: string, period: string) => `${lineKey}\u0001${period}`;

const isBlank = (v: unknown) => v === '' || v === null || v === undefined;

/** The value as one canonical text: a number read back from the log and from the tab compare equal. */
export function canonicalValue(value: unknown): string {
  if (isBlank(value)) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return String(value);
  return String(value).trim();
}

/** FNV-1a, 32 bits, base 36; '' for a blank cell. */
export function valueDigest(value: unknown): string {
  const text = canonicalValue(value);
  if (!text) return '';
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export interface WitnessedUnit {
  key: string;
  /** False when the unit's tab was not read (missing): its witness stays as it was. */
  hasTab: boolean;
  lines: Array<{ lineKey: string; periods: Record<string, unknown> | null }>;
}

/**
 * The witnesses after a secretariat run saw these tabs at `now`; `changed` is false when there
 * is nothing worth writing. A look that changes no figure is still worth recording when a
 * deadline passed since the last one (`lookMatters(last look)`): that look is what later
 * proves a figure was not there at the deadline.
 */
export function witnessUnits(
  previous: Witnesses,
  units: WitnessedUnit[],
  periods: string[],
  now: Date,
  lookMatters: (lastLook: Date) => boolean = () => false,
): { witnesses: Witnesses; changed: boolean } {
  const witnesses: Witnesses = { ...previous };
  let changed = false;
  const stamp = toStamp(now);
  for (const unit of units) {
    if (!unit.hasTab) continue;
    const before = previous[unit.key];
    const cells: Record<string, string> = {};
    for (const line of unit.lines) {
      for (const period of periods) {
        const digest = valueDigest(line.periods?.[period]);
        if (!digest) continue;
        const key = cellKey(line.lineKey, period);
        const old = before?.cells[key];
        if (old && old.split(',')[0] === digest) cells[key] = old;
        else cells[key] = `${digest},${stamp},${before ? before.at : '0'}`;
      }
    }
    const same =
      !!before &&
      Object.keys(before.cells).length === Object.keys(cells).length &&
      Object.entries(cells).every(([k, v]) => before.cells[k] === v);
    const lastLook = before ? fromStamp(before.at) : null;
    if (!same || (lastLook && lookMatters(lastLook))) {
      witnesses[unit.key] = { at: stamp, cells };
      changed = true;
    }
  }
  return { witnesses, changed };
}

export interface EntryBounds {
  /** The value was entered after this moment: a secretariat run saw the cell without it. */
  notBefore: Date | null;
  /** The value was entered by this moment: a secretariat run saw it. */
  seenBy: Date | null;
}

const NO_BOUNDS: EntryBounds = { notBefore: null, seenBy: null };

/** What the witnesses say about when the figure's current value was entered. */
export function boundsOf(
  witnesses: Witnesses,
  unitKey: string,
  lineKey: string,
  period: string,
  value: unknown,
): EntryBounds {
  const unit = witnesses[unitKey];
  if (!unit) return NO_BOUNDS;
  const digest = valueDigest(value);
  const cell = unit.cells[cellKey(lineKey, period)];
  if (cell) {
    const [seen, since, after] = cell.split(',');
    if (seen === digest) return { notBefore: fromStamp(after), seenBy: fromStamp(since) };
  }
  // The last secretariat run saw this cell without the value it holds now.
  return { notBefore: fromStamp(unit.at), seenBy: null };
}
