/**
 * What a revised plan changes: the indicators of a new table against those already in the
 * workbook, matched by the ids the reader keeps (the id written in the table, else the printed
 * code), then by wording for a row that was renumbered. Shown before anything is rewritten.
 */
import { cleanText, matchKey } from '../text/normalize';
import type { Indicator } from '../types';

export interface ChangedIndicator {
  id: string;
  code: string;
  before: string;
  after: string;
}

export interface TableDiff {
  added: Array<{ code: string; text: string }>;
  removed: Array<{ id: string; code: string; text: string }>;
  reworded: ChangedIndicator[];
  /** Same indicator, other target or agencies. */
  reassigned: ChangedIndicator[];
  unchanged: number;
  /** For each new indicator (by position), the id of the old one it continues, or "". */
  ids: string[];
}

function words(text: string): Set<string> {
  return new Set(matchKey(text).split(' ').filter(Boolean));
}

/** Share of words two texts have in common (0–1). */
function overlap(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  const common = [...wa].filter((w) => wb.has(w)).length;
  return common / Math.max(1, Math.min(wa.size, wb.size));
}

const key = (i: Indicator) => `${i.sectionCode}|${i.code}`;
const duty = (i: Indicator) =>
  [i.targetText, i.lead.join(';'), i.monitor.join(';'), i.cooperating.join(';')].map(matchKey).join('|');

export function diffTables(before: Indicator[], after: Indicator[]): TableDiff {
  const used = new Set<number>();
  const ids = after.map(() => '');
  const byId = new Map(before.map((b, i) => [b.id, i]));
  const byKey = new Map<string, number>();
  before.forEach((b, i) => {
    if (!byKey.has(key(b))) byKey.set(key(b), i);
  });
  const match = (a: Indicator): number | undefined => {
    const candidates = [byId.get(a.id), byKey.get(key(a))];
    for (const c of candidates) if (c !== undefined && !used.has(c)) return c;
    // Renumbered or moved: the old row with the most words in common, if most are.
    let best: number | undefined;
    let score = 0.6;
    before.forEach((b, i) => {
      if (used.has(i)) return;
      const s = overlap(a.text, b.text);
      if (s > score) {
        score = s;
        best = i;
      }
    });
    return best;
  };
  const diff: TableDiff = { added: [], removed: [], reworded: [], reassigned: [], unchanged: 0, ids };
  after.forEach((a, k) => {
    const m = match(a);
    if (m === undefined) {
      diff.added.push({ code: a.code, text: a.text });
      return;
    }
    used.add(m);
    const b = before[m];
    ids[k] = b.id;
    if (matchKey(b.text) !== matchKey(a.text)) {
      diff.reworded.push({ id: b.id, code: a.code, before: b.text, after: a.text });
    } else if (duty(b) !== duty(a)) {
      const show = (i: Indicator) =>
        cleanText([i.targetText, [...i.monitor, ...i.lead].join('; ')].filter(Boolean).join(' — '));
      diff.reassigned.push({ id: b.id, code: a.code, before: show(b), after: show(a) });
    } else diff.unchanged++;
  });
  before.forEach((b, i) => {
    if (!used.has(i)) diff.removed.push({ id: b.id, code: b.code, text: b.text });
  });
  return diff;
}
