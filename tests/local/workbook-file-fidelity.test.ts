/**
 * What Excel or LibreOffice finds in a workbook the command line saved, read with ExcelJS in a
 * fresh node process (nothing of ours loaded): on an agency tab, every input cell carries its
 * validation with the Vietnamese help text, and the colour rules are expression rules with the
 * right formulas on the right ranges.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { columnLetter, tabLayout } from '../../src/core/layout/columns';
import { tabTexts } from '../../src/core/messages/tab';
import { succeed, tempDir } from '../cli/run';

const TABLE = [
  ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Chủ trì', 'Phối hợp'],
  ['1', 'Tỷ lệ hồ sơ trực tuyến', '80%', 'Phòng Y tế', ''],
  ['2', 'Số mô hình chuyển đổi số', 'Tối thiểu 03 mô hình', 'Phòng Y tế', ''],
  ['3', 'Hệ thống quản lý văn bản', 'Có hệ thống', 'Phòng Y tế', ''],
  ['4', 'Tỷ lệ hồ sơ được số hóa', 'Cấp huyện đạt 100%, cấp xã đạt 95%', 'Phòng Y tế', 'Phòng Nội vụ'],
];
const TAB = 'P. Y tế';
const HELP = tabTexts('', 2025).help;
const LAYOUT = tabLayout(['Quý I', 'Quý II', 'Quý III', 'Quý IV']);
const PERIOD_COLUMNS = LAYOUT.period.map((p) => columnLetter(p.value));
const letter = (col: number) => columnLetter(col);
/** Whole number ≥ 0, checked on the cell itself: Excel's form, with "," between arguments. */
const WHOLE_NUMBER_XLSX = '(INT(INDIRECT("RC",FALSE))=INDIRECT("RC",FALSE))*(INDIRECT("RC",FALSE)>=0)=1';
/** Rows of the tab's lines: 1, 2, 3, 4/1, 4/2. */
const KINDS: Record<number, 'percent' | 'count' | 'yesno'> = {
  6: 'percent',
  7: 'count',
  8: 'yesno',
  9: 'percent',
  10: 'percent',
};

const READ = `
  const ExcelJS = require('exceljs');
  (async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(process.argv[1]);
    const ws = book.getWorksheet(process.argv[2]);
    const dv = {};
    for (let r = 1; r <= 20; r++) for (let c = 1; c <= 40; c++) {
      const a = ws.getCell(r, c).address;
      const v = ws.getCell(r, c).dataValidation;
      if (v) dv[a] = { type: v.type, operator: v.operator, formulae: v.formulae, prompt: v.prompt, error: v.error,
        errorStyle: v.errorStyle, showErrorMessage: v.showErrorMessage, allowBlank: v.allowBlank };
    }
    const cf = ws.conditionalFormattings.map((b) => ({ ref: b.ref, rules: b.rules.map((r) => ({
      type: r.type, formulae: r.formulae, fill: r.style.fill.bgColor.argb, font: r.style.font.color.argb })) }));
    console.log(JSON.stringify({ dv, cf, g6: [ws.getCell('G6').value, ws.getCell('G6').numFmt] }));
  })().catch((e) => { console.error(e); process.exit(1); });`;

interface Read {
  dv: Record<
    string,
    {
      type: string;
      operator?: string;
      formulae: unknown[];
      prompt: string;
      error: string;
      errorStyle: string;
      showErrorMessage: boolean;
      allowBlank: boolean;
    }
  >;
  cf: Array<{ ref: string; rules: Array<{ type: string; formulae: string[]; fill: string; font: string }> }>;
  g6: [unknown, string];
}

describe('a saved agency tab, as Excel reads it', () => {
  const { file } = tempDir();
  let read: Read;

  beforeAll(async () => {
    const book = file('so.xlsx');
    await succeed('init', file('bang.tsv', TABLE.map((r) => r.join('\t')).join('\n')), '--out', book, '--year', '2025');
    await succeed('generate', book);
    await succeed('import-results', book, file('kq.csv', 'agency,indicator,period,value\nPhòng Y tế,1,Q1,85%\n'));
    read = JSON.parse(
      execFileSync(process.execPath, ['-e', READ, book, TAB], { cwd: resolve(__dirname, '../..'), encoding: 'utf8' }),
    );
  });

  it('holds an imported percent as a fraction shown as a percent', () => {
    expect(read.g6).toEqual([0.85, '0.0%']);
  });

  it('puts its validation and help text on every input cell, and on no other cell', () => {
    const expected: Read['dv'] = {};
    for (const [row, kind] of Object.entries(KINDS)) {
      for (const col of PERIOD_COLUMNS) {
        const cell = `${col}${row}`;
        const common = {
          prompt: HELP[kind],
          error: HELP[kind],
          errorStyle: 'stop',
          showErrorMessage: true,
          allowBlank: true,
        };
        if (kind === 'percent') expected[cell] = { type: 'decimal', operator: 'between', formulae: [0, 1], ...common };
        // One shared rule reading its own cell (INDIRECT in R1C1 notation), as Excel stores it.
        if (kind === 'count') expected[cell] = { type: 'custom', formulae: [WHOLE_NUMBER_XLSX], ...common };
        if (kind === 'yesno') expected[cell] = { type: 'list', formulae: ['"Có,Chưa có"'], ...common };
      }
    }
    expect(read.dv).toEqual(expected);
    expect(HELP.percent).toBe('Nhập tỷ lệ từ 0% đến 100%, ví dụ 85%');
  });

  it('colours with expression rules: the input block by its hidden bounds, the status column by its word', () => {
    const green = { fill: 'FFB7E1CD', font: 'FF0B5A2A' };
    const red = { fill: 'FFF4C7C3', font: 'FF8A1C12' };
    const [xl, il, xh, ih] = [0, 1, 2, 3].map((i) => `$${letter(LAYOUT.bounds + i)}6`);
    const kind = `$${letter(LAYOUT.kind)}6`;
    const status = letter(LAYOUT.status);
    expect(read.cf).toEqual([
      // Four rules for each period's figure column, each on its own range.
      ...PERIOD_COLUMNS.flatMap((col) => {
        const cell = `${col}6`;
        const ref = `${col}6:${col}10`;
        const met = `(${cell}>${xl})*(${cell}>=${il})*(${cell}<${xh})*(${cell}<=${ih})`;
        return [
          { ref, rules: [{ type: 'expression', formulae: [`ISNUMBER(${cell})*(${kind}=1)*${met}=1`], ...green }] },
          { ref, rules: [{ type: 'expression', formulae: [`ISNUMBER(${cell})*(${kind}=1)*(1-${met})=1`], ...red }] },
          { ref, rules: [{ type: 'expression', formulae: [`(${kind}=2)*(${cell}="Có")=1`], ...green }] },
          { ref, rules: [{ type: 'expression', formulae: [`(${kind}=2)*(${cell}="Chưa có")=1`], ...red }] },
          {
            ref,
            rules: [
              {
                type: 'expression',
                formulae: [
                  `((${kind}=1)*(1-ISNUMBER(${cell}))+(${kind}=2)*(${cell}<>"Có")*(${cell}<>"Chưa có"))` +
                    `*(${cell}<>"")=1`,
                ],
                ...red,
              },
            ],
          },
        ];
      }),
      { ref: `${status}6:${status}10`, rules: [{ type: 'expression', formulae: [`$${status}6="Đạt"`], ...green }] },
      {
        ref: `${status}6:${status}10`,
        rules: [{ type: 'expression', formulae: [`$${status}6="Chưa đạt"`], ...red }],
      },
      {
        ref: `${status}6:${status}10`,
        rules: [{ type: 'expression', formulae: [`$${status}6="Không hợp lệ"`], ...red }],
      },
    ]);
  });
});
