/**
 * The draft table of a plan in prose, against a person's reading: seed 003 (its hand-made
 * tables seeds/003a and 003b, golden readings tests/golden/003a and 003b) and corpus plan 20
 * (tests/golden/draft/20-…json). Closeness is measured as the table reader reads the draft:
 * indicators exact (code, section, text, targets, lead) over the golden's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftSheetGrid, draftTable, sentences } from '../../../src/core/draft/draft';
import { toTsv } from '../../../src/core/draft/tsv';
import { parseDelimited } from '../../../src/core/table/delimited';
import { readAssignmentTable } from '../../../src/core/table/read';
import type { Indicator, Target } from '../../../src/core/types';

const root = join(__dirname, '../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

interface GoldenIndicator {
  code: string;
  section: string;
  text: string;
  targets: Target[];
  lead?: string[];
}
const golden = (path: string): { indicators: GoldenIndicator[] } => JSON.parse(read(path));
const targetsOf = (ts: Target[]) =>
  ts.map((t) => ({ op: t.op, value: t.value, ...(t.max !== undefined ? { max: t.max } : {}), unit: t.unit }));
const fields = (i: Indicator | GoldenIndicator) => ({
  code: i.code,
  section: i.section,
  text: i.text,
  targets: targetsOf(i.targets),
  lead: i.lead ?? [],
});

/** Indicators of the draft that equal the golden's, as the table reader reads the draft. */
function closeness(grid: string[][], expected: GoldenIndicator[]): { exact: number; total: number; count: number } {
  const got = readAssignmentTable(grid).indicators;
  const exact = expected.filter((e, k) => got[k] && JSON.stringify(fields(got[k])) === JSON.stringify(fields(e)));
  return { exact: exact.length, total: expected.length, count: got.length };
}

describe('seed 003, the 2023 plan of the steering committee', () => {
  const draft = draftTable(read('seeds/text/003_45a6d03a464dc3c0.txt'));

  it('proposes the targets of "II. MỤC TIÊU" as seeds/003a holds them: 26 of 26 exact', () => {
    expect(closeness(draft.targets, golden('tests/golden/003a-muc-tieu-2023.json').indicators)).toEqual({
      exact: 26,
      total: 26,
      count: 26,
    });
  });

  it('proposes the measurable tasks of "IV. PHÂN CÔNG NHIỆM VỤ" as seeds/003b holds them: 8 of 8 exact', () => {
    expect(closeness(draft.tasks, golden('tests/golden/003b-phan-cong-2023.json').indicators)).toEqual({
      exact: 8,
      total: 8,
      count: 8,
    });
  });

  it('writes the same cells as the hand-made tables, section rows included', () => {
    const cells = (grid: string[][]) => grid.map((r) => r.map((c) => c.replace(/\s+/g, ' ').trim()));
    expect(cells(parseDelimited(toTsv(draft.targets)))).toEqual(
      cells(parseDelimited(read('seeds/003a-muc-tieu-2023.tsv'))),
    );
    expect(cells(draft.tasks)).toEqual(cells(parseDelimited(read('seeds/003b-phan-cong-2023.tsv'))));
  });

  it('says which departments have tasks but no measurable target, and asks for a review', () => {
    expect(draft.notes[0]).toMatch(/26 chỉ tiêu .* 8 nhiệm vụ .*đối chiếu từng dòng/);
    expect(draft.notes.join('\n')).toMatch(/Sở Giáo dục và Đào tạo; Sở Kế hoạch và Đầu tư; Sở Tài chính/);
  });

  it('lays the draft out as one sheet: titles, both tables, the notes', () => {
    const sheet = draftSheetGrid(draft);
    expect(sheet[1]).toEqual(['TT', 'Chỉ tiêu', '']);
    expect(sheet.filter((r) => r[0] === 'STT')).toHaveLength(1);
    expect(sheet[sheet.length - 1][0]).toBe(draft.notes[draft.notes.length - 1]);
    expect(new Set(sheet.map((r) => r.length))).toEqual(new Set([3]));
  });
});

describe('corpus plan 20 (Hà Tĩnh, KH 624/KH-UBND), targets in sentences under lettered headings', () => {
  const draft = draftTable(read('tests/fixtures/draft/20-hatinh-kh624-mam-non-muc-tieu-danh-sach.md'));
  const expected = golden('tests/golden/draft/20-hatinh-kh624-mam-non-muc-tieu.json').indicators;
  const got = readAssignmentTable(draft.targets).indicators;

  it('proposes every target row of the golden reading, in its section, with its wording: 7 of 7', () => {
    const rows = (list: Array<Indicator | GoldenIndicator>) => list.map((i) => [i.section, i.code, i.text]);
    expect(rows(got)).toEqual(rows(expected));
  });

  it('reads the targets of 6 of the 7 rows as the golden (III.2 holds increases the target reader skips)', () => {
    expect(closeness(draft.targets, expected)).toEqual({ exact: 6, total: 7, count: 7 });
    expect(targetsOf(got[5].targets)).toEqual([{ op: '>=', value: 100, unit: '%' }]);
  });

  it('leaves out the aims without a figure and says so, and finds no task section', () => {
    expect(draft.notes.join('\n')).toMatch(/3 gạch đầu dòng .*không nêu chỉ tiêu/);
    expect(draft.tasks).toEqual([['STT', 'Cơ quan chủ trì', 'Nhiệm vụ, chỉ tiêu']]);
    expect(draft.notes.join('\n')).toMatch(/Không tìm thấy phần phân công nhiệm vụ/);
  });
});

describe('parts of a plan', () => {
  it('cuts sentences at a full stop before a capital, not inside a number or parentheses', () => {
    expect(sentences('Phổ cập toàn dân. Tỷ lệ đạt 8.5%. Mức (theo QĐ. Số 1) đạt 70%.')).toEqual([
      'Phổ cập toàn dân.',
      'Tỷ lệ đạt 8.5%.',
      'Mức (theo QĐ. Số 1) đạt 70%.',
    ]);
  });

  it('takes the department headings of a plan whose task section has another name, and drops page numbers', () => {
    const text = [
      'I. MỤC TIÊU',
      '- Tỷ lệ hồ sơ trực tuyến đạt 80%.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Sở Y tế',
      '- Triển khai hồ sơ sức khỏe điện tử. 90% người dân có hồ sơ sức khỏe',
      '12',
      'điện tử.',
      '2. Công an tỉnh',
      '- Tuyên truyền về an ninh mạng.',
    ].join('\n');
    const draft = draftTable(text);
    expect(draft.targets).toEqual([
      ['TT', 'Chỉ tiêu'],
      ['1', 'Tỷ lệ hồ sơ trực tuyến đạt 80%.'],
    ]);
    expect(draft.tasks).toEqual([
      ['STT', 'Cơ quan chủ trì', 'Nhiệm vụ, chỉ tiêu'],
      ['1', 'Sở Y tế', '90% người dân có hồ sơ sức khỏe điện tử.'],
    ]);
    expect(draft.notes.join('\n')).toMatch(/Công an tỉnh/);
  });

  it('says what is missing in a text that is no plan', () => {
    const draft = draftTable('Kính gửi các sở, ban, ngành.\nĐề nghị báo cáo trước ngày 20.');
    expect(draft.targets).toHaveLength(1);
    expect(draft.notes.join('\n')).toMatch(/Không tìm thấy phần "Mục tiêu"/);
  });
});
