/** Showing a target in Vietnamese: "> 95%", "≥ 1 nhân sự", "20–30%", "≥ 99,7%", "Có hệ thống". */
import type { Target } from '../types';

const SIGNS = { '>': '>', '>=': '≥', '=': '=', '<=': '≤', '<': '<' } as const;

export function formatTarget(target: Target): string {
  if (target.op === 'exists') return target.unit && target.unit !== '%' ? `Có ${target.unit}` : 'Có';
  const unit = target.unit === '%' ? '%' : target.unit ? ` ${target.unit}` : '';
  if (target.op === 'between')
    return `${formatNumber(target.value)}–${formatNumber(target.max ?? target.value)}${unit}`;
  return `${SIGNS[target.op]} ${formatNumber(target.value)}${unit}`;
}

/** Decimal comma, as Vietnamese writes it; binary noise rounded away. */
function formatNumber(n: number): string {
  return String(Number(n.toPrecision(12))).replace('.', ',');
}
