/**
 * When each figure was last entered, from the log. A figure is found by its tab's agency key
 * (which survives renaming a tab) and by its tab's name (all a CLI import may know); the later
 * of the two times counts.
 */
import type { EditEntry } from './log';

const id = (owner: string, lineKey: string, period: string) => `${owner}\u0000${lineKey}\u0000${period}`;

export class EntryTimes {
  private readonly latest = new Map<string, Date>();

  constructor(entries: EditEntry[]) {
    for (const e of entries) {
      if (e.agencyKey) this.keep(id(`key:${e.agencyKey}`, e.lineKey, e.period), e.at);
      if (e.sheet) this.keep(id(`sheet:${e.sheet.toLowerCase()}`, e.lineKey, e.period), e.at);
    }
  }

  private keep(key: string, at: Date): void {
    const known = this.latest.get(key);
    if (!known || known.getTime() <= at.getTime()) this.latest.set(key, at);
  }

  /** The last time the figure was entered or changed; null when the log has no row for it. */
  lastEntry(unit: { key: string; sheetName: string }, lineKey: string, period: string): Date | null {
    const byKey = this.latest.get(id(`key:${unit.key}`, lineKey, period));
    const bySheet = this.latest.get(id(`sheet:${unit.sheetName.toLowerCase()}`, lineKey, period));
    if (!byKey || !bySheet) return byKey ?? bySheet ?? null;
    return byKey.getTime() >= bySheet.getTime() ? byKey : bySheet;
  }
}
