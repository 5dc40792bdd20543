/**
 * The change of a line's figure from its previous reported period to its latest one, as a
 * meeting reads it: "↑ +5 điểm % (so với Quý I)". Whether the change is an improvement depends
 * on the target: up is better for "đạt trên 95%", down for "dưới 5%"; other targets (exact,
 * range, none) get no verdict.
 */
import { fromSheetNumber } from '../layout/bounds';
import type { TabLine } from '../layout/lines';
import { M } from '../messages';
import { YES } from '../messages/tab';
import { kindOf } from '../targets';

export interface Trend {
  text: string;
  /** true: moved towards the target; false: away from it; null: no verdict. */
  better: boolean | null;
}

const NONE: Trend = { text: '', better: null };
const isBlank = (v: unknown) => v === '' || v === null || v === undefined;

function number(n: number): string {
  return String(Number(Math.abs(n).toFixed(2))).replace('.', ',');
}

function direction(line: TabLine): 1 | -1 | 0 {
  return line.target ? kindOf(line.target).direction : 0;
}

/** Trend over values given in period order (as the tab stores them: percents as fractions). */
export function trendOf(line: TabLine, periods: string[], values: unknown[]): Trend {
  const reported = values.map((v, i) => ({ v, period: periods[i] })).filter((x) => !isBlank(x.v));
  if (reported.length < 2) return NONE;
  const [before, last] = reported.slice(-2);
  const since = `(${M.historySince(before.period)})`;
  if (typeof before.v === 'number' && typeof last.v === 'number') {
    const diff = Number(
      (fromSheetNumber(last.v, line.target) - fromSheetNumber(before.v, line.target)).toPrecision(12),
    );
    if (diff === 0) return { text: `${M.historyUnchanged} ${since}`, better: null };
    const unit = line.target?.unit === '%' ? ` ${M.historyPercentPoints}` : '';
    const text = `${diff > 0 ? '↑ +' : '↓ −'}${number(diff)}${unit} ${since}`;
    const d = direction(line);
    return { text, better: d === 0 ? null : diff * d > 0 };
  }
  const a = String(before.v).trim();
  const b = String(last.v).trim();
  if (a === b) return { text: `${M.historyUnchanged} ${since}`, better: null };
  const better = b === YES ? true : a === YES ? false : null;
  return { text: `${a} → ${b} ${since}`, better };
}
