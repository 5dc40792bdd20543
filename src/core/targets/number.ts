/**
 * Numbers as Vietnamese documents write them: the comma is the decimal mark ("99,7"), a dot
 * also occurs ("8.5"), and the dot groups thousands in counts ("1.000 người").
 */

/**
 * Reads the digits of a number token. `grouping` allows a lone separator followed by exactly
 * three digits to group thousands; it is off for percentages, where "8.500%" is not meant.
 * `commaDecimal` (targets as documents write them): a lone comma is always the decimal mark, as
 * in Vietnamese ("2,607 triệu người"); only the dot groups thousands ("172.033 tỷ đồng").
 */
export function readNumber(text: string, grouping: boolean, commaDecimal = false): number {
  const parts = text.split(/[.,]/);
  if (parts.length === 1) return Number(text);
  const separators = text.replace(/\d/g, '');
  const groupsOfThree = parts.slice(1).every((p) => p.length === 3) && parts[0] !== '0';
  if (parts.length === 2) {
    const groups = grouping && groupsOfThree && !(commaDecimal && separators === ',');
    return groups ? Number(parts.join('')) : Number(`${parts[0]}.${parts[1]}`);
  }
  // Several separators: the last one is the decimal mark when it differs from the others.
  const last = separators[separators.length - 1];
  if (
    separators
      .slice(0, -1)
      .split('')
      .every((s) => s !== last)
  ) {
    const cut = text.lastIndexOf(last);
    return Number(`${text.slice(0, cut).replace(/[.,]/g, '')}.${text.slice(cut + 1)}`);
  }
  return groupsOfThree ? Number(parts.join('')) : NaN;
}

/**
 * A figure typed by a person: "85", "85,5", "85.5", "85 %", "1.000". Null when it is not one.
 * The percent sign is accepted only when `percent` is set.
 */
export function readFigure(text: string, percent: boolean): number | null {
  let t = text.trim().replace(/\s+/g, '');
  if (percent && t.endsWith('%')) t = t.slice(0, -1);
  const m = /^([+-]?)(\d+(?:[.,]\d+)*|[.,]\d+)$/.exec(t);
  if (!m) return null;
  const digits = m[2].startsWith('.') || m[2].startsWith(',') ? `0${m[2]}` : m[2];
  const value = readNumber(digits, !percent);
  if (!Number.isFinite(value)) return null;
  return m[1] === '-' ? -value : value;
}
