/**
 * getDisplayValues: a value as the grid shows it under its number format and the
 * spreadsheet locale. Covers the number formats of the shape the add-on uses (automatic, "@",
 * "0", "0.00", "#,##0.00", "0.##", "0.0%"…); other formats show like automatic.
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

/**
 * "0" digits always show, "#" digits only when significant; the decimal separator shows whenever
 * the format has one, even with no decimal digit left: "#,##0.##" shows 5 as "5." ("5," in
 * vi_VN), as Sheets, Excel and LibreOffice render number format codes (rules.ts, 8).
 */
function formatNumber(n: number, format: string, decimalComma: boolean): string {
  const m = /^(#,##)?0(?:(\.)(0*)(#*))?(%?)$/.exec(format);
  if (!m || format === AUTOMATIC_FORMAT) return localise(numberToText(n), decimalComma);
  const [, grouped, point, zeros = '', hashes = '', percent] = m;
  const scaled = percent ? n * 100 : n;
  let text = Math.abs(scaled).toFixed(zeros.length + hashes.length);
  let [int, frac = ''] = text.split('.');
  while (frac.length > zeros.length && frac.endsWith('0')) frac = frac.slice(0, -1);
  if (grouped) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  text = int + (point ? `.${frac}` : '');
  const sign = scaled < 0 && /[1-9]/.test(text) ? '-' : '';
  return localise(sign + text, decimalComma) + percent;
}

export function displayValue(value: CellValue | undefined, format: string | undefined, locale: string): string {
  if (value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (value instanceof Date) return formatDate(value, locale);
  return formatNumber(value, format ?? AUTOMATIC_FORMAT, usesDecimalComma(locale));
}
