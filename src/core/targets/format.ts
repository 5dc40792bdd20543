/** Showing a target in Vietnamese: "> 95%", "≥ 1 nhân sự", "20–30%", "≥ 99,7%", "Có hệ thống". */
import type { Target } from '../types';
import { kindOf } from './kinds';

export function formatTarget(target: Target): string {
  const unit = target.unit === '%' ? '%' : target.unit ? ` ${target.unit}` : '';
  return kindOf(target).format(target, formatNumber, unit);
}

/** Decimal comma, as Vietnamese writes it; binary noise rounded away. */
function formatNumber(n: number): string {
  return String(Number(n.toPrecision(12))).replace('.', ',');
}
