/**
 * Writing text safely. Sheets parses strings written with setValues as if typed: "=…" becomes
 * a formula, "2.10" a number, "01" loses its zero. Two defences, used per cell: a cell
 * formatted as plain text ("@") takes any string as it is; elsewhere a string that would be
 * misread gets a leading apostrophe, which Sheets strips and keeps the rest as text.
 */
export const PLAIN_TEXT = '@';
const MISREAD = /^[=+\-@']|^\s*[\d.,%\-+/:\s]+$|^(true|false)$/i;

export function asTextCell(value: unknown): unknown {
  if (typeof value !== 'string' || value === '') return value;
  return MISREAD.test(value) ? `'${value}` : value;
}

/** Escapes every string of a grid (numbers and booleans stay as they are). */
export function asTextGrid(grid: unknown[][]): unknown[][] {
  return grid.map((row) => row.map(asTextCell));
}

/** Escapes the strings of cells that are not formatted as plain text. */
export function asTextGridFor(grid: unknown[][], formats: string[][]): unknown[][] {
  return grid.map((row, r) => row.map((v, c) => (formats[r]?.[c] === PLAIN_TEXT ? v : asTextCell(v))));
}
