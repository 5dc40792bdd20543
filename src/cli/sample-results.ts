/**
 * Sample results, as agencies would send them by letter or e-mail, for any generated workbook:
 * figures for Quý I and Quý II that meet or miss each line's target (fixed by the line, so every
 * run gives the same figures), evidence and explanations; every fourth agency sends nothing and
 * every sixth only Quý I. The demo imports them; tests build workbooks of every seed with them.
 */
import type { TabLine } from '../core/layout/lines';
import { evaluateTarget, kindOf } from '../core/targets';
import { fingerprint } from '../core/util/hash';
import type { UnitLines } from '../sheets/collect';

export const SAMPLE_PERIODS = [
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
export function sampleRows(units: UnitLines[]): string[][] {
  const rows = [['Cơ quan', 'Chỉ tiêu', 'Kỳ', 'Kết quả', 'Minh chứng', 'Giải trình']];
  units.forEach((u, index) => {
    if (index % 4 === 3) return;
    const periods = index % 6 === 1 ? SAMPLE_PERIODS.slice(0, 1) : SAMPLE_PERIODS;
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
export function toCsv(rows: string[][]): string {
  const cell = (c: string) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return `\ufeff${rows.map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`;
}
