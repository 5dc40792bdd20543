/**
 * Sheet formulas for met / not met. Colour rules use no argument separators and no decimal
 * literals (thresholds sit in hidden cells), so the same text works in a vi_VN spreadsheet
 * (decimal comma, ";") and an en_US one. The status column needs IF, so its formula is
 * written with the separator of the spreadsheet's locale.
 */
import { columnLetter, type TabLayout } from './columns';
import type { Area, CfRuleSpec } from './sheet-spec';
import { COLOURS } from './colours';

/** Locales whose decimal separator is a comma, so formulas separate arguments with ";". */
const DECIMAL_COMMA = new RegExp(
  '^(vi|de|fr|es|it|pt|ru|id|tr|nl|pl|cs|sk|da|nb|nn|no|fi|sv|hu|ro|uk|el|bg|hr|sl|sr|lt|lv|et|az|kk|be|ca|gl|eu|' +
    'is|mk|sq|bs|mn|ka|hy|uz)(_|-|$)',
  'i',
);

export function argumentSeparator(locale: string): ',' | ';' {
  return DECIMAL_COMMA.test(locale) ? ';' : ',';
}

/** Rewrites "," between arguments (outside string literals) to the locale's separator. */
export function localizeFormula(formula: string, locale: string): string {
  const sep = argumentSeparator(locale);
  if (sep === ',') return formula;
  let out = '';
  let inString = false;
  for (const ch of formula) {
    if (ch === '"') inString = !inString;
    out += !inString && ch === ',' ? sep : ch;
  }
  return out;
}

/** "met" test of a numeric cell against the bounds of its row, as a 1/0 product. */
function numericMet(cell: string, row: string, boundsCol: number): string {
  const [xl, il, xh, ih] = [0, 1, 2, 3].map((i) => `$${columnLetter(boundsCol + i)}${row}`);
  return `(${cell}>${xl})*(${cell}>=${il})*(${cell}<${xh})*(${cell}<=${ih})`;
}

export interface StatusWords {
  met: string;
  unmet: string;
  missing: string;
  reported: string;
  invalid: string;
}

/**
 * Status of the latest period with a value: "Đạt", "Chưa đạt", "Chưa báo cáo", or
 * "Đã báo cáo" for a line without target. Written in en_US form, then localised.
 */
export function statusFormula(
  row: number,
  layout: TabLayout,
  words: StatusWords,
  yes: string,
  no: string,
  locale: string,
): string {
  const kind = `$${columnLetter(layout.kind)}${row}`;
  const met = `"${words.met}"`;
  const unmet = `"${words.unmet}"`;
  const invalid = `"${words.invalid}"`;
  // A yes/no line holds exactly yes or no; a numeric line a number: anything else is invalid,
  // as the report judges it (report.ts, evaluateLine).
  const evaluate = (cell: string) => {
    const yesNo = `IF(${cell}="${yes}",${met},IF(${cell}="${no}",${unmet},${invalid}))`;
    const inBounds = `${numericMet(cell, String(row), layout.bounds)}=1`;
    const numeric = `IF(ISNUMBER(${cell}),IF(${inBounds},${met},${unmet}),${invalid})`;
    return `IF(${kind}=0,"${words.reported}",IF(${kind}=2,${yesNo},${numeric}))`;
  };
  let formula = `"${words.missing}"`;
  for (const p of layout.period) {
    const cell = `${columnLetter(p.value)}${row}`;
    formula = `IF(${cell}<>"",${evaluate(cell)},${formula})`;
  }
  return localizeFormula(`=${formula}`, locale);
}

/**
 * Five colour rules per period's figure column, plus three for the status column; no argument
 * separators and no literals. One rule per column (not one over several ranges) so each
 * formula's relative references are written for the top cell of the one range it applies to.
 */
export function cfFormulas(
  layout: TabLayout,
  firstRow: number,
  count: number,
  yes: string,
  no: string,
  words: StatusWords,
): CfRuleSpec[] {
  const row = String(firstRow);
  const kind = `$${columnLetter(layout.kind)}${row}`;
  const green = { background: COLOURS.metBackground, fontColor: COLOURS.metFont };
  const red = { background: COLOURS.unmetBackground, fontColor: COLOURS.unmetFont };
  const rules: CfRuleSpec[] = [];
  for (const p of layout.period) {
    const area: Area = { row: firstRow, col: p.value, numRows: count, numCols: 1 };
    const cell = `${columnLetter(p.value)}${row}`;
    const met = numericMet(cell, row, layout.bounds);
    rules.push(
      { formula: `=ISNUMBER(${cell})*(${kind}=1)*${met}=1`, ...green, area },
      { formula: `=ISNUMBER(${cell})*(${kind}=1)*(1-${met})=1`, ...red, area },
      { formula: `=(${kind}=2)*(${cell}="${yes}")=1`, ...green, area },
      { formula: `=(${kind}=2)*(${cell}="${no}")=1`, ...red, area },
      // Text in a numeric line, or anything but yes or no in a yes/no line: invalid, shown red.
      {
        formula:
          `=((${kind}=1)*(1-ISNUMBER(${cell}))+(${kind}=2)*(${cell}<>"${yes}")*(${cell}<>"${no}"))` +
          `*(${cell}<>"")=1`,
        ...red,
        area,
      },
    );
  }
  const status = `$${columnLetter(layout.status)}${row}`;
  const statusArea: Area = { row: firstRow, col: layout.status, numRows: count, numCols: 1 };
  rules.push(
    { formula: `=${status}="${words.met}"`, ...green, area: statusArea },
    { formula: `=${status}="${words.unmet}"`, ...red, area: statusArea },
    { formula: `=${status}="${words.invalid}"`, ...red, area: statusArea },
  );
  return rules;
}
