/**
 * `npm run demo`: builds a complete demo workbook from seed 004 (a district plan with sections,
 * several agencies and percent targets) through the command line's own steps — init, generate,
 * import-results, report — with sample figures for Quý I and Quý II: most agencies report, with
 * a mix of met and unmet values, evidence and explanations; a few do not report at all.
 * Writes out/so-chi-tieu-demo.xlsx and the sample results file beside it (ket-qua-mau.csv).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { TabLine } from '../core/layout/lines';
import { M } from '../core/messages';
import { evaluateTarget, kindOf } from '../core/targets';
import type { Report } from '../core/report/report';
import { fingerprint } from '../core/util/hash';
import { withWorkbookFile } from '../local/workbook-file';
import { collectResults, type UnitLines } from '../sheets/collect';
import type { CliIo } from './io';
import { main } from './main';

const ROOT = resolve(__dirname, '../..');
const SEED = join(ROOT, 'seeds', '004-chi-tieu-2024.tsv');
const BOOK_NAME = 'so-chi-tieu-demo.xlsx';
const SAMPLE_NAME = 'ket-qua-mau.csv';
const YEAR = '2024';
const PERIODS = [
  { name: 'Quý I', metShare: 0.6, date: '15/03/2024' },
  { name: 'Quý II', metShare: 0.75, date: '14/06/2024' },
];
const EXPLANATIONS = [
  'Chưa đạt do thiếu kinh phí triển khai; phấn đấu hoàn thành trong quý tiếp theo.',
  'Số liệu mới tổng hợp đến giữa kỳ; doanh nghiệp chưa gửi đủ báo cáo.',
  'Hạ tầng tại các xã vùng biên chưa đáp ứng; đã kiến nghị doanh nghiệp viễn thông bổ sung trạm.',
  'Người dân còn ngại sử dụng dịch vụ trực tuyến; tiếp tục tuyên truyền, hướng dẫn tại bộ phận một cửa.',
];

/** A number in [0, 1) fixed by the text, so the demo gives the same figures every run. */
function chance(text: string): number {
  return parseInt(fingerprint(text).slice(0, 8), 16) / 2 ** 32;
}

const oneDecimal = (x: number) => Math.round(x * 10) / 10;

/** A percent as people write it in letters: "85%", "85", or "85,5%". */
function percentText(value: number, seed: string): string {
  const text = String(oneDecimal(value)).replace('.', ',');
  return chance(`${seed}/form`) < 0.25 ? text : `${text}%`;
}

/** A figure that meets (or misses) the line's target, as a person would write it. */
function figure(line: TabLine, met: boolean, seed: string): string {
  const t = line.target;
  if (line.kind === 'yesno') return met ? 'Có' : 'Chưa có';
  const cap = line.kind === 'percent' ? 100 : Number.POSITIVE_INFINITY;
  const written = (value: number) => {
    const v = Math.max(0, Math.min(cap, value));
    return line.kind === 'count' ? Math.round(v) : oneDecimal(v);
  };
  // A sampled figure can round onto the bound, or a target such as "> 100%" cannot be met
  // within 0–100%: try a few places and keep the first whose written form says what is wanted.
  let value = written(10);
  for (let attempt = 0; attempt < 6 && t; attempt++) {
    value = written(kindOf(t).sample(t, met, (chance(seed) + attempt * 0.17) % 1));
    if ((evaluateTarget(t, value) === 'met') === met) break;
  }
  if (line.kind === 'percent') return percentText(value, seed);
  return String(value).replace('.', ',');
}

/** Letters of a tab name for document numbers: "P. VH&TT" → "VHTT". */
const abbreviation = (sheet: string) =>
  sheet
    .replace(/^P\.\s*/, '')
    .replace(/[^\p{L}]/gu, '')
    .toUpperCase()
    .slice(0, 6);

/** Sample result rows (header first): every fourth agency sends nothing; every sixth only Quý I. */
function sampleRows(units: UnitLines[]): string[][] {
  const rows = [['Cơ quan', 'Chỉ tiêu', 'Kỳ', 'Kết quả', 'Minh chứng', 'Giải trình']];
  units.forEach((u, index) => {
    if (index % 4 === 3) return;
    const periods = index % 6 === 1 ? PERIODS.slice(0, 1) : PERIODS;
    periods.forEach((period, p) => {
      u.lines.forEach(({ line }, l) => {
        const seed = `${u.unit.key}/${line.key}/${period.name}`;
        const met = chance(`${seed}/met`) < period.metShare;
        const evidence =
          chance(`${seed}/evidence`) < 0.8
            ? `Báo cáo số ${10 + 7 * p + l}/BC-${abbreviation(u.unit.sheetName)} ngày ${period.date}`
            : '';
        const explanation = met
          ? ''
          : `${period.name}: ${EXPLANATIONS[Math.floor(chance(`${seed}/why`) * EXPLANATIONS.length)]}`;
        rows.push([u.unit.name, line.key, period.name, figure(line, met, seed), evidence, explanation]);
      });
    });
  });
  return rows;
}

/** CSV as Excel writes it for a Vietnamese locale: ";" between cells, UTF-8 with a BOM. */
function toCsv(rows: string[][]): string {
  const cell = (c: string) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return `\ufeff${rows.map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`;
}

/** Runs one command of the CLI, keeping what it prints; stops the demo when it fails. */
async function run(title: string, argv: string[]): Promise<string[]> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { readStdin: async () => '', out: (l) => out.push(l), err: (l) => err.push(l) };
  const code = await main(argv, io);
  if (code !== 0) {
    console.error([M.demoFailed(title), ...out, ...err].join('\n'));
    process.exit(code);
  }
  return out;
}

/** Runs a command and shows the first line it printed. */
async function step(title: string, argv: string[]): Promise<void> {
  const out = await run(title, argv);
  console.log(M.demoStep(`${title}: ${(out[0] ?? '').split('\n')[0]}`));
}

/** A path as the person running the demo would type it: relative when under the current folder. */
function shortPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/** Builds the demo in `dir` (out/ by default; `npm run demo -- DIR` to write elsewhere). */
async function demo(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const book = shortPath(join(dir, BOOK_NAME));
  const sample = shortPath(join(dir, SAMPLE_NAME));
  await step('init', ['init', SEED, '--out', book, '--year', YEAR, '--force']);
  await step('generate', ['generate', book]);

  const units = await withWorkbookFile(book, (local) => collectResults(local.platform).units, { save: false });
  const rows = sampleRows(units);
  writeFileSync(sample, toCsv(rows));
  console.log(M.demoStep(M.demoSampleWritten(sample, rows.length - 1)));
  await step('import-results', ['import-results', book, sample]);

  const reports: Report[] = [];
  for (const period of PERIODS) {
    const title = `report --period "${period.name}"`;
    const report: Report = JSON.parse(
      (await run(title, ['report', book, '--period', period.name, '--json'])).join('\n'),
    );
    console.log(M.demoStep(`${title}: ${M.reportTotals(report.totals)}`));
    reports.push(report);
  }

  const sheets = await withWorkbookFile(
    book,
    (local) =>
      local.platform.SpreadsheetApp.getActiveSpreadsheet()
        .getSheets()
        .filter((s) => !s.isSheetHidden())
        .map((s) => s.getName()),
    { save: false },
  );
  const first = reports[0];
  const silent = first.agencies.filter((a) =>
    reports.every((r) => r.agencies.find((x) => x.sheet === a.sheet)!.reported === 0),
  );
  console.log('');
  console.log(M.demoDone(book));
  console.log(M.demoSheets(sheets));
  console.log(
    M.demoAgencies(
      first.agencies.length,
      first.agencies.length - silent.length,
      silent.map((a) => a.sheet),
    ),
  );
  console.log(
    M.demoLines(
      first.totals.indicators,
      first.agencies.reduce((n, a) => n + a.assigned, 0),
    ),
  );
  for (const report of reports) {
    const sum = (pick: (a: Report['agencies'][number]) => number) => report.agencies.reduce((n, a) => n + pick(a), 0);
    console.log(
      M.demoPeriod(
        report.period,
        sum((a) => a.reported),
        sum((a) => a.met),
        sum((a) => a.unmet),
        sum((a) => a.assigned - a.reported),
      ),
    );
  }
  console.log(M.demoOpen());
}

demo(resolve(process.argv[2] ?? join(ROOT, 'out'))).catch((error) => {
  console.error(M.unexpectedError(error instanceof Error ? error.message : String(error)));
  process.exit(2);
});
