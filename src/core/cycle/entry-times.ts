/**
 * When each figure was last entered, from the log. A figure is found by its tab's agency key
 * (which survives renaming a tab) and by its tab's name (all a CLI import may know); the later
 * of the two times counts. Asked with the figure's current value, only log rows that recorded
 * that value count: a row for another value does not date this one (see witness.ts).
 */
import type { EditEntry } from './log';
import { valueDigest } from './witness';

const id = (owner: string, lineKey: string, period: string) => `${owner}\u0000${lineKey}\u0000${period}`;

interface Logged {
  at: Date;
  digest: string;
}

export class EntryTimes {
  private readonly rows = new Map<string, Logged[]>();

  constructor(entries: EditEntry[]) {
    for (const e of entries) {
      const logged = { at: e.at, digest: valueDigest(e.value) };
      if (e.agencyKey) this.keep(id(`key:${e.agencyKey}`, e.lineKey, e.period), logged);
      if (e.sheet) this.keep(id(`sheet:${e.sheet.toLowerCase()}`, e.lineKey, e.period), logged);
    }
  }

  private keep(key: string, logged: Logged): void {
    const list = this.rows.get(key);
    if (list) list.push(logged);
    else this.rows.set(key, [logged]);
  }

  private latest(key: string, digest: string | null): Date | null {
    let best: Date | null = null;
    for (const row of this.rows.get(key) ?? []) {
      if (digest !== null && row.digest !== digest) continue;
      if (!best || best.getTime() <= row.at.getTime()) best = row.at;
    }
    return best;
  }

  /**
   * The last time the figure was entered or changed (to `value`, when given); null when the log
   * has no such row.
   */
  lastEntry(unit: { key: string; sheetName: string }, lineKey: string, period: string, value?: unknown): Date | null {
    const digest = value === undefined ? null : valueDigest(value);
    const byKey = this.latest(id(`key:${unit.key}`, lineKey, period), digest);
    const bySheet = this.latest(id(`sheet:${unit.sheetName.toLowerCase()}`, lineKey, period), digest);
    if (!byKey || !bySheet) return byKey ?? bySheet ?? null;
    return byKey.getTime() >= bySheet.getTime() ? byKey : bySheet;
  }
}
