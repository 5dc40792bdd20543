/**
 * getDisplayValues: a value as the grid shows it under its number format and the
 * spreadsheet locale. Covers the formats the add-on uses (automatic, "@", fixed decimals
 * "0.00", grouped "#,##0", percentages "0%"/"0.0%"); other formats show like automatic.
 */
import { numberToText } from './formula-values';
import type { CellValue } from './model';
import { usesDecimalComma } from './values';

/** What getNumberFormats reports for a cell nobody formatted, as Sheets does. */
export const AUTOMATIC_FORMAT = '0.###############';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function formatDate(d: Date, locale: string): string {
  const date = locale.startsWith('en_US')
    ? `${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()}`
    : `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
  const hasTime = d.getHours() || d.getMinutes() || d.getSeconds();
  return hasTime ? `${date} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` : date;
}

function localise(text: string, decimalComma: boolean): string {
  if (!decimalComma) return text;
  return text.replace(/[.,]/g, (ch) => (ch === '.' ? ',' : '.'));
}

function formatNumber(n: number, format: string, decimalComma: boolean): string {
  const m = /^(#,##)?0(?:\.(0+))?(%?)$/.exec(format);
  if (!m || format === AUTOMATIC_FORMAT) return localise(numberToText(n), decimalComma);
  const decimals = m[2]?.length ?? 0;
  const scaled = m[3] ? n * 100 : n;
  let text = Math.abs(scaled).toFixed(decimals);
  if (m[1]) {
    const [int, frac] = text.split('.');
    text = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? `.${frac}` : '');
  }
  const sign = scaled < 0 && Number(text.replace(/,/g, '')) !== 0 ? '-' : '';
  return localise(sign + text, decimalComma) + m[3];
}

export function displayValue(value: CellValue | undefined, format: string | undefined, locale: string): string {
  if (value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (value instanceof Date) return formatDate(value, locale);
  return formatNumber(value, format ?? AUTOMATIC_FORMAT, usesDecimalComma(locale));
}
