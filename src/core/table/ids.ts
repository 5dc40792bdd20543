/**
 * Stable indicator ids. An id already written in the table's id column is kept: that is what
 * lets ids survive reordering, inserted rows and edited wording. New rows get an id built
 * from the printed code, prefixed by the section when the numbering restarts per section.
 */
import { M } from '../messages';
import { matchKey } from '../text/normalize';
import type { Indicator, Warning } from '../types';

function baseId(indicator: Indicator, codesUnique: boolean, ordinalInSection: number): string {
  const prefix = indicator.sectionCode ? `${indicator.sectionCode}.` : '';
  if (!indicator.code) return `${prefix}#${ordinalInSection}`;
  return codesUnique ? indicator.code : `${prefix}${indicator.code}`;
}

/**
 * Fills `id` on every indicator, unique within the table; warns about duplicated written ids.
 * `reserved` holds ids issued before and no longer in the table: a new row never reuses one,
 * or it would inherit the values of a deleted indicator.
 */
export function assignIds(
  indicators: Indicator[],
  warnings: Warning[],
  reserved: ReadonlySet<string> = new Set(),
  known: Readonly<Record<string, IdRecord>> = {},
): void {
  const taken = new Set<string>(reserved);
  // A row copied with its id cell: the row whose words are what the id was issued for keeps it
  // (it holds the figures); the copy gets a new id, wherever it was pasted.
  const byId = new Map<string, Indicator[]>();
  for (const indicator of indicators) {
    if (!indicator.id) continue;
    byId.set(indicator.id, [...(byId.get(indicator.id) ?? []), indicator]);
  }
  for (const [id, rows] of byId) {
    if (taken.has(id)) continue;
    const keeper = rows.length === 1 ? rows[0] : keeperOf(rows, known[id]);
    taken.add(id);
    for (const other of rows) {
      if (other === keeper) continue;
      warnings.push({
        code: 'id-duplicate',
        row: other.row,
        message: M.idDuplicate(other.row, id, keeper.row),
        text: id,
      });
      other.id = '';
    }
  }
  const codes = indicators.map((i) => i.code).filter(Boolean);
  const codesUnique = new Set(codes).size === codes.length;
  const ordinals = new Map<string, number>();
  const nextSuffix = new Map<string, number>();
  for (const indicator of indicators) {
    const ordinal = (ordinals.get(indicator.sectionCode) ?? 0) + 1;
    ordinals.set(indicator.sectionCode, ordinal);
    if (indicator.id) continue;
    const base = baseId(indicator, codesUnique, ordinal);
    let id = base;
    let n = nextSuffix.get(base) ?? 2;
    while (taken.has(id)) id = `${base}-${n++}`;
    nextSuffix.set(base, n);
    taken.add(id);
    indicator.id = id;
  }
}

/** Among rows carrying one id, the one the id was issued for: same words, then same code, then the first. */
function keeperOf(rows: Indicator[], record: IdRecord | undefined): Indicator {
  if (!record) return rows[0];
  const score = (i: Indicator) =>
    (idRecord(i).text === record.text ? 2 : 0) + (i.code === record.code ? 1 : 0) + wordOverlap(record.text, i.text);
  return rows.reduce((best, row) => (score(row) > score(best) ? row : best), rows[0]);
}

/** What an id stood for: its printed code and its text. */
export interface IdRecord {
  code: string;
  text: string;
}

/** The first words are enough to tell two indicators apart, and keep the record small. */
export function idRecord(indicator: Indicator): IdRecord {
  return { code: indicator.code, text: indicator.text.split(' ').slice(0, 12).join(' ') };
}

/** Share of words two texts have in common (0–1). */
function wordOverlap(a: string, b: string): number {
  const wa = new Set(matchKey(a).split(' '));
  const wb = new Set(matchKey(b).split(' '));
  const common = [...wa].filter((w) => wb.has(w)).length;
  return common / Math.max(1, Math.min(wa.size, wb.size));
}

/**
 * An id cell whose row now has another code AND other words than the id stood for was left
 * behind when a new table was pasted over the old one: the id is dropped (a new one is given)
 * rather than hand that indicator another indicator's values. A reworded row keeps its code,
 * a moved or renumbered row keeps its words, so both keep their id.
 */
export function dropStaleIds(
  indicators: Indicator[],
  known: Readonly<Record<string, IdRecord>>,
  warnings: Warning[],
): void {
  for (const indicator of indicators) {
    const before = indicator.id ? known[indicator.id] : undefined;
    if (!before || before.code === indicator.code || wordOverlap(before.text, indicator.text) >= 0.5) continue;
    warnings.push({
      code: 'id-stale',
      row: indicator.row,
      message: M.idStale(indicator.row, indicator.id, before.text),
      text: indicator.id,
    });
    indicator.id = '';
  }
}
