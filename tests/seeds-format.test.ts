/**
 * The seed tables themselves (seeds/*.tsv) and their hand-checked golden readings
 * (tests/golden/*.json): well-formed, and still carrying the hazards they are kept for.
 * This test does not use the table reader; it only checks the files.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const SEEDS = path.join(ROOT, 'seeds');
const GOLDEN = path.join(ROOT, 'tests', 'golden');

type Grid = string[][];

/** Strict TSV reader: quoted cells only at the start of a cell, a closing quote must end the cell. */
function parseTsv(text: string): Grid {
  const rows: Grid = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  while (i < text.length) {
    if (cell === '' && text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted cell');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += text[i++];
      }
      if (i < text.length && text[i] !== '\t' && text[i] !== '\n') {
        throw new Error(`text after a closing quote at offset ${i}`);
      }
      continue;
    }
    const ch = text[i++];
    if (ch === '\t') endCell();
    else if (ch === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else if (ch === '"') throw new Error(`bare quote inside a cell at offset ${i - 1}`);
    else cell += ch;
  }
  if (cell !== '' || row.length > 0) throw new Error('last line has no line break');
  return rows;
}

/** What a spreadsheet copy gives: a cell is quoted exactly when it holds a tab, line break or quote. */
function formatTsv(grid: Grid): string {
  const q = (c: string) => (/[\t\r\n"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return `${grid.map((r) => r.map(q).join('\t')).join('\n')}\n`;
}

const clean = (s: string) =>
  s
    .normalize('NFC')
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const TABLES: Record<string, number> = {
  '000-phan-cong-2025.tsv': 4,
  '001-phan-cong-2023.tsv': 4,
  '002-tieu-chi-xa.tsv': 6,
  '003a-muc-tieu-2023.tsv': 2,
  '003b-phan-cong-2023.tsv': 3,
  '004-chi-tieu-2024.tsv': 6,
};
const ALL_TSV: Record<string, number> = { ...TABLES, 'communes-002.tsv': 2 };

const raw = (name: string) => fs.readFileSync(path.join(SEEDS, name));
const text = (name: string) => new TextDecoder('utf-8', { fatal: true }).decode(raw(name));
const grid = (name: string) => parseTsv(text(name));
const isBlankRow = (r: string[]) => r.every((c) => c.trim() === '');

describe('seed TSV files are well-formed', () => {
  for (const [name, width] of Object.entries(ALL_TSV)) {
    describe(name, () => {
      test('UTF-8 without BOM, LF line ends, ends with a line break', () => {
        expect(() => text(name)).not.toThrow();
        const t = text(name);
        expect(t.charCodeAt(0)).not.toBe(0xfeff);
        expect(t).not.toMatch(/\r/);
        expect(t.endsWith('\n')).toBe(true);
      });

      test('parses as TSV and quotes exactly the cells a spreadsheet copy quotes', () => {
        const g = grid(name);
        expect(g.length).toBeGreaterThan(1);
        expect(formatTsv(g)).toBe(text(name));
      });

      test(`every row has at most the header's ${width} cells`, () => {
        const g = grid(name);
        expect(g[0].length).toBe(width);
        for (const r of g) expect(r.length).toBeLessThanOrEqual(width);
      });
    });
  }
});

describe('seed TSV files keep their hazards', () => {
  test('000: split header cells, section rows, 34 coded indicators, reconstructed 2.6', () => {
    const g = grid('000-phan-cong-2025.tsv');
    expect(g[0]).toEqual(['ST\nT', 'Chỉ tiêu', 'Cơ quan theo dõi,\nđôn đốc', 'Cơ quan chủ trì\nthực hiện']);
    const sections = g.filter((r) => /^\d$/.test(r[0].trim()));
    expect(sections.map((r) => r[1])).toEqual([
      'Về Hạ tầng số',
      'Về Chính quyền số',
      'Về Kinh tế số',
      'Về Xã hội số',
      'An toàn thông tin mạng',
    ]);
    const codes = g.filter((r) => /^\d\.\d+$/.test(r[0].trim())).map((r) => r[0].trim());
    expect(codes).toHaveLength(34);
    expect(codes[0]).toBe('1.1');
    expect(codes[codes.length - 1]).toBe('5.2');
    const r26 = g.find((r) => r[0] === '2.6')!;
    expect(r26.map(clean)).toEqual([
      '2.6',
      '99% người dân, doanh nghiệp hài lòng về việc giải quyết TTHC',
      'Văn phòng HĐND & UBND huyện',
      'Các phòng, ban, ngành; UBND xã, thị trấn',
    ]);
    // the other tone placement of "Văn hoá" (004)
    expect(text('000-phan-cong-2025.tsv')).toContain('Phòng Văn hóa, Khoa học');
  });

  test('001: header repeated at page breaks, rows 9 and 21 continued, repeats and typos kept', () => {
    const g = grid('001-phan-cong-2023.tsv');
    const headers = g.filter((r) => r[0] === 'TT');
    expect(headers).toHaveLength(3);
    const numbered = g.filter((r) => /^\d+$/.test(r[0].trim())).map((r) => Number(r[0].trim()));
    expect(numbered).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    const continuations = g.map((r, i) => ({ r, i })).filter(({ r }) => r[0] === '' && !isBlankRow(r));
    expect(continuations).toHaveLength(2);
    for (const { i } of continuations) expect(g[i - 1][0]).toBe('TT');
    expect(g[continuations[0].i - 2][0].trim()).toBe('9');
    expect(g[continuations[1].i - 2][0].trim()).toBe('21');
    const c9 = clean(continuations[0].r[1]);
    expect(c9.startsWith('toàn thông tin theo cấp độ; 100% thiết bị đầu cuối')).toBe(true);
    expect(c9.split('thiết bị đầu cuối được cài đặt giải pháp bảo vệ')).toHaveLength(3);
    expect(continuations[1].r.map(clean)).toEqual(['', 'Internet băng rộng cáp quang đạt 80%.', 'Đào tạo', 'thông']);
    const t = text('001-phan-cong-2023.tsv');
    expect(t).toContain('Chị cục thống kê');
  });

  test('002: two header rows, NFD text, 3 sections, 54 criteria, the last one without its number', () => {
    const t = text('002-tieu-chi-xa.tsv');
    expect(t.normalize('NFC')).not.toBe(t);
    const g = grid('002-tieu-chi-xa.tsv');
    expect(g[0].map(clean)).toEqual([
      'Stt',
      'Nhóm chỉ tiêu /tên chỉ tiêu',
      'Đơn vị tính',
      'Mức độ toàn diện',
      '',
      'Phương pháp thu thập, đánh giá',
    ]);
    expect(g[1].map(clean)).toEqual(['', '', '', 'Mục tiêu', 'Bắt buộc /Mở rộng', '']);
    const sections = g.filter((r) => /^(I|II|III)$/.test(r[0]));
    expect(sections.map((r) => r[1])).toEqual(['CHÍNH QUYỀN SỐ', 'KINH TẾ SỐ', 'XÃ HỘI SỐ']);
    const criteria = g.slice(2).filter((r) => !/^(I|II|III)$/.test(r[0]));
    expect(criteria).toHaveLength(54);
    expect(criteria[criteria.length - 1][0]).toBe('');
    expect(criteria.slice(0, -1).every((r) => /^\d+$/.test(r[0].trim()))).toBe(true);
    const tiers = criteria.map((r) => clean(r[4]));
    expect(tiers.filter((x) => x === 'Bắt buộc')).toHaveLength(33);
    expect(tiers.filter((x) => x === 'Mở rộng')).toHaveLength(21);
  });

  test('003a/003b: built tables with their own column orders', () => {
    const a = grid('003a-muc-tieu-2023.tsv');
    expect(a[0]).toEqual(['TT', 'Chỉ tiêu']);
    for (const s of ['Hạ tầng số', 'Chính quyền số', 'Kinh tế số', 'Xã hội số']) {
      expect(a.some((r) => r[1] === s)).toBe(true);
    }
    const b = grid('003b-phan-cong-2023.tsv');
    expect(b[0]).toEqual(['STT', 'Cơ quan chủ trì', 'Nhiệm vụ, chỉ tiêu']);
    expect(b.slice(1).map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  test('004: HTML tags, own target column, split rows, blank rows and the trailing separator', () => {
    const t = text('004-chi-tieu-2024.tsv');
    expect(t).toContain('<b>');
    expect(t).toContain('<i>');
    expect(t).toContain('≥15%');
    expect(t).toContain('Văn hoá');
    expect(t).toContain('Các Doanh nghiệp viễn thông UBND cấp xã, thị trấn');
    const g = grid('004-chi-tieu-2024.tsv');
    expect(g[0]).toEqual(['TT', 'Chỉ tiêu', 'Mục tiêu năm 2024', 'Chủ trì', 'Phối hợp', 'Ghi chú']);
    expect(g.filter(isBlankRow).length).toBeGreaterThan(0);
    const continuations = g.filter((r) => r[0] === '' && !isBlankRow(r));
    expect(continuations.map((r) => r[1])).toEqual(['nhân', 'cấp độ']);
    const last = g[g.length - 1];
    expect(last.every((c) => /^-+$/.test(c))).toBe(true);
    const numbered = g.filter((r) => /^\d+$/.test(r[0])).map((r) => Number(r[0]));
    expect(numbered).toEqual([1, 2, 1, 2, 1, 2, 3, 4, 5, 6, ...Array.from({ length: 20 }, (_, i) => i + 7)]);
  });

  test('communes-002: the 20 communes of the letter, NFC, one per row', () => {
    const g = grid('communes-002.tsv');
    expect(g[0]).toEqual(['Tên đơn vị', 'Thuộc']);
    const rows = g.slice(1);
    expect(rows).toHaveLength(20);
    expect(new Set(rows.map((r) => r[0])).size).toBe(20);
    for (const [name, parent] of rows) {
      expect(name.normalize('NFC')).toBe(name);
      expect(parent).toMatch(/^(thành phố|thị xã|huyện) /);
    }
  });
});

// ---------------------------------------------------------------------------------------------

interface GoldTarget {
  op: string;
  value: number;
  max?: number;
  unit: string | null;
  label?: string;
}
interface GoldIndicator {
  code: string;
  section: string;
  text: string;
  targets: GoldTarget[];
  lead: string[];
  cooperating: string[];
  monitor: string[];
  tier: 'mandatory' | 'extended' | null;
  unit: string | null;
  method?: string;
  note?: string;
  targetText?: string;
  inferredCode?: string;
}
interface Golden {
  file: string;
  sections: { code: string; title: string; count: number }[];
  indicators: GoldIndicator[];
  expectedWarnings: { code: string; kind: string; section?: string }[];
}

const goldenFiles = fs
  .readdirSync(GOLDEN)
  .filter((f) => f.endsWith('.json'))
  .sort();
const golden = (f: string): Golden => JSON.parse(fs.readFileSync(path.join(GOLDEN, f), 'utf-8'));
const OPS = new Set(['>', '>=', '=', '<=', '<', 'between', 'exists']);

const EXPECTED_COUNTS: Record<string, number> = {
  '000-phan-cong-2025.json': 34,
  '001-phan-cong-2023.json': 28,
  '002-tieu-chi-xa.json': 54,
  '003a-muc-tieu-2023.json': 26,
  '003b-phan-cong-2023.json': 8,
  '004-chi-tieu-2024.json': 30,
};

describe('golden files', () => {
  test('one golden file per seed table', () => {
    expect(goldenFiles).toEqual(
      Object.keys(TABLES)
        .map((t) => t.replace(/\.tsv$/, '.json'))
        .sort(),
    );
  });

  for (const f of goldenFiles) {
    describe(f, () => {
      const g = golden(f);
      const tsv = g.file.replace(/^seeds\//, '');
      const cells = grid(tsv);

      test('points at its seed and has the expected number of indicators', () => {
        expect(g.file).toBe(`seeds/${f.replace(/\.json$/, '.tsv')}`);
        expect(g.indicators).toHaveLength(EXPECTED_COUNTS[f]);
      });

      test('section counts add up', () => {
        const total = g.sections.reduce((n, s) => n + s.count, 0);
        if (g.sections.length === 0) {
          expect(g.indicators.every((x) => x.section === '')).toBe(true);
        } else {
          expect(total).toBe(g.indicators.length);
          for (const s of g.sections) {
            expect(g.indicators.filter((x) => x.section === s.title)).toHaveLength(s.count);
          }
        }
      });

      test('strings are clean: NFC, no tags, single spaces, trimmed', () => {
        const strings: string[] = [];
        for (const x of g.indicators) {
          strings.push(x.text, x.section, ...x.lead, ...x.cooperating, ...x.monitor);
          for (const s of [x.unit, x.method, x.note, x.targetText]) if (typeof s === 'string') strings.push(s);
        }
        for (const s of strings) expect(s).toBe(clean(s));
        for (const x of g.indicators) expect(x.text.length).toBeGreaterThan(0);
      });

      test('targets are well-formed; multi-target texts have distinct labels', () => {
        for (const x of g.indicators) {
          expect(x.targets.length).toBeGreaterThan(0);
          for (const t of x.targets) {
            expect(OPS.has(t.op)).toBe(true);
            expect(typeof t.value).toBe('number');
            if (t.op === 'between') expect(t.max).toBeGreaterThan(t.value);
            if (t.op === 'exists') expect(t.value).toBe(1);
            if (t.unit !== null) expect(t.unit).toBe(t.unit.toLowerCase());
          }
          if (x.targets.length > 1) {
            const labels = x.targets.map((t) => t.label ?? '');
            expect(labels.every((l) => l !== '')).toBe(true);
            expect(new Set(labels).size).toBe(labels.length);
          }
        }
      });

      test('texts and agency names come from the seed table', () => {
        // Cleaned cells, plus each text cell joined with a continuation row's text cell.
        const pool = new Set<string>();
        const textCol = f.startsWith('003b') ? 2 : 1;
        let prev: string[] | null = null;
        for (const r of cells) {
          for (const c of r) pool.add(clean(c));
          if (prev && r[0] === '' && !isBlankRow(r)) {
            pool.add(clean(`${prev[textCol]} ${r[textCol]}`));
            r.forEach((c, i) => {
              pool.add(clean(`${(prev as string[])[i]} ${c}`));
            });
          }
          if (!isBlankRow(r) && !(r[0] === 'TT' && r[1] !== undefined && clean(r[1]).includes('chỉ tiêu'))) prev = r;
        }
        const everything = [...pool].join(' | ');
        for (const x of g.indicators) {
          expect(pool.has(x.text)).toBe(true);
          for (const a of [...x.lead, ...x.cooperating, ...x.monitor]) expect(everything).toContain(a);
        }
      });

      test('expected warnings name existing indicators', () => {
        for (const w of g.expectedWarnings) {
          expect(g.indicators.some((x) => x.code === w.code && (!w.section || x.section === w.section))).toBe(true);
        }
      });
    });
  }

  test('000: monitor and lead only', () => {
    const g = golden('000-phan-cong-2025.json');
    for (const x of g.indicators) {
      expect(x.monitor.length).toBeGreaterThan(0);
      expect(x.lead.length).toBeGreaterThan(0);
      expect(x.cooperating).toEqual([]);
    }
  });

  test('001 and 004: lead and cooperating, no monitor; 003b: lead only; 003a: none', () => {
    for (const f of ['001-phan-cong-2023.json', '004-chi-tieu-2024.json']) {
      for (const x of golden(f).indicators) {
        expect(x.lead.length).toBeGreaterThan(0);
        expect(x.cooperating.length).toBeGreaterThan(0);
        expect(x.monitor).toEqual([]);
      }
    }
    for (const x of golden('003b-phan-cong-2023.json').indicators) {
      expect(x.lead).toHaveLength(1);
      expect([...x.cooperating, ...x.monitor]).toEqual([]);
    }
    for (const x of golden('003a-muc-tieu-2023.json').indicators) {
      expect([...x.lead, ...x.cooperating, ...x.monitor]).toEqual([]);
    }
  });

  test('002: 54 criteria (29 + 11 + 14), 33 mandatory and 21 extended, no agencies', () => {
    const g = golden('002-tieu-chi-xa.json');
    expect(g.sections.map((s) => s.count)).toEqual([29, 11, 14]);
    expect(g.indicators.filter((x) => x.tier === 'mandatory')).toHaveLength(33);
    expect(g.indicators.filter((x) => x.tier === 'extended')).toHaveLength(21);
    for (const x of g.indicators) {
      expect(x.unit).not.toBeNull();
      expect(x.method).toBeTruthy();
      expect([...x.lead, ...x.cooperating, ...x.monitor]).toEqual([]);
    }
    const last = g.indicators[g.indicators.length - 1];
    expect(last.code).toBe('');
    expect(last.inferredCode).toBe('14');
  });

  test('tier and unit are null outside 002', () => {
    for (const f of goldenFiles.filter((x) => !x.startsWith('002'))) {
      for (const x of golden(f).indicators) {
        expect(x.tier).toBeNull();
        expect(x.unit).toBeNull();
      }
    }
  });

  test('004: the two suspicious targets are flagged', () => {
    const g = golden('004-chi-tieu-2024.json');
    expect(g.expectedWarnings.map((w) => `${w.code}:${w.kind}`).sort()).toEqual([
      '23:target-percent-unit-missing',
      '25:target-over-100',
    ]);
    expect(g.indicators.find((x) => x.code === '23')!.targets).toEqual([{ op: '>', value: 10, unit: '%' }]);
    expect(g.indicators.find((x) => x.code === '25')!.targets).toEqual([{ op: '>', value: 100, unit: '%' }]);
  });
});
