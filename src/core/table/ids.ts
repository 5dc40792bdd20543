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
): void {
  const taken = new Set<string>(reserved);
  for (const indicator of indicators) {
    if (!indicator.id) continue;
    if (taken.has(indicator.id)) {
      warnings.push({
        code: 'id-duplicate',
        row: indicator.row,
        message: M.idDuplicate(indicator.row, indicator.id),
        text: indicator.id,
      });
      indicator.id = '';
    } else {
      taken.add(indicator.id);
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
