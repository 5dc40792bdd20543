/**
 * Column numbers and their letters (1 ↔ "A", 27 ↔ "AA"), the one definition shared by the tab
 * layout's formulas and the in-memory engine's A1 notation.
 */

export function columnToLetters(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
