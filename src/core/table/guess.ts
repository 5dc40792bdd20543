/**
 * A table pasted without its header (a degraded copy): the columns are found from what they
 * hold. A running number or a code, the longest text, then columns of agency names (the first is
 * the lead, the next the cooperating agencies). Said in a warning, for the user to check.
 */
import { looksLikeAgency } from '../agencies/split';
import { M } from '../messages';
import { cleanText } from '../text/normalize';
import type { Grid } from '../types';
import type { Columns, HeaderFound } from './header';

interface Stats {
  col: number;
  fill: number;
  ordinal: boolean;
  code: boolean;
  agency: number;
  length: number;
}

export function guessHeader(grid: Grid): HeaderFound | null {
  const rows = grid.filter((r) => r.some((c) => cleanText(c)));
  if (rows.length < 3) return null;
  const width = Math.max(...rows.map((r) => r.length));
  const stats: Stats[] = [];
  for (let col = 0; col < width; col++) {
    const values = rows.map((r) => cleanText(r[col])).filter(Boolean);
    if (values.length === 0) continue;
    const numbers = values.map((v) => (/^\d+$/.test(v) ? Number(v) : NaN));
    stats.push({
      col,
      fill: values.length / rows.length,
      ordinal: numbers.every((n, i) => Number.isFinite(n) && (i === 0 || n === numbers[i - 1] + 1)),
      code: values.every((v) => /^(0\d+|\d+(\.\d+)+)$/.test(v)),
      agency: values.filter(looksLikeAgency).length / values.length,
      length: values.reduce((a, v) => a + v.length, 0) / values.length,
    });
  }
  const agencies = stats.filter((s) => s.agency >= 0.8 && !s.ordinal && !s.code);
  const texts = stats.filter((s) => s.agency < 0.5 && !s.ordinal && !s.code && s.length >= 15 && s.fill >= 0.5);
  if (texts.length === 0 || agencies.length === 0) return null;
  const text = texts.sort((a, b) => b.length - a.length)[0];
  const lead = agencies.filter((s) => s.col > text.col)[0] ?? agencies[0];
  const coop = agencies.find((s) => s.col > lead.col);
  const code = stats.find((s) => s.code) ?? stats.find((s) => s.ordinal);
  const columns: Columns = { text: text.col, lead: lead.col };
  if (coop) columns.cooperating = coop.col;
  if (code) columns.code = code.col;
  const n = (s: Stats | undefined, what: string) => (s ? [`cột ${s.col + 1}: ${what}`] : []);
  const described = [
    ...n(code, 'mã'),
    ...n(text, 'nội dung'),
    ...n(lead, 'cơ quan chủ trì'),
    ...n(coop, 'cơ quan phối hợp'),
  ].join(', ');
  return {
    index: -1,
    height: 1,
    kind: 'indicator',
    columns,
    targetColumns: [],
    byYear: false,
    labels: [],
    notes: [{ code: 'table-header-guessed', message: M.tableHeaderGuessed(described) }],
  };
}
