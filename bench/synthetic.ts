/**
 * Synthetic assignment tables for the benchmark, in the two shapes the add-on reads:
 *
 * - "lead": a table with agency columns where every indicator has one lead (Chủ trì) among
 *   N units, so each unit reports `perUnit` lines; one indicator in ten also names a
 *   cooperating unit (Phối hợp), which shows it read-only. N × perUnit table rows.
 * - "criteria": a criteria table without agency columns (like seed 002) and N rows in the
 *   Agencies sheet; every unit reports every criterion.
 *
 * Everything is deterministic (a seeded generator), so figures compare between runs.
 */
import { AGENCIES_HEADER } from '../src/core/workbook/agencies-sheet';
import { agencyKey, isTypoOf } from '../src/core/agencies/identity';

export type Layout = 'lead' | 'criteria';

/** Mulberry32: small, fast, good enough to make varied but repeatable tables. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Syllables of commune names. Pairs are filtered below so that no two names are within one
// typo of each other: the add-on merges such names as one agency (isTypoOf), which would
// silently shrink the number of tabs and falsify the benchmark.
const FIRST = [
  'An',
  'Bình',
  'Tân',
  'Phú',
  'Lộc',
  'Long',
  'Hưng',
  'Minh',
  'Phước',
  'Thành',
  'Đồng',
  'Thanh',
  'Quang',
  'Thuận',
  'Hòa',
  'Đức',
  'Nghĩa',
  'Tiến',
  'Hiệp',
  'Vĩnh',
];
const SECOND = [
  'Khánh',
  'Thạnh',
  'Lợi',
  'Sơn',
  'Điền',
  'Hải',
  'Xuân',
  'Trung',
  'Mỹ',
  'Quới',
  'Kiệt',
  'Tường',
  'Ninh',
  'Châu',
  'Giang',
  'Định',
  'Dũng',
  'Yên',
  'Cường',
  'Bảo',
];

/** `count` distinct commune names ("UBND xã Tân Khánh"), none a typo of another. */
export function unitNames(count: number): string[] {
  const names: string[] = [];
  const keys: string[] = [];
  for (let round = 0; names.length < count; round++) {
    if (round > 3) throw new Error(`cannot make ${count} distinct unit names`);
    for (const a of FIRST) {
      for (const b of SECOND) {
        if (names.length >= count) break;
        const name = round === 0 ? `UBND xã ${a} ${b}` : `UBND xã ${a} ${b} ${['Thượng', 'Hạ', 'Đông'][round - 1]}`;
        const key = agencyKey(name);
        if (keys.some((k) => isTypoOf(k, key))) continue;
        names.push(name);
        keys.push(key);
      }
    }
  }
  return names;
}

const SECTIONS: Array<[string, string]> = [
  ['I', 'Hạ tầng số'],
  ['II', 'Dữ liệu số'],
  ['III', 'Chính quyền số'],
  ['IV', 'Kinh tế số'],
  ['V', 'Xã hội số'],
  ['VI', 'An toàn thông tin mạng'],
];

/** An indicator text and a target of each input kind, in the proportions of the seed plans. */
function indicatorOf(n: number, random: () => number): { text: string; target: string; unit: string } {
  const r = random();
  if (r < 0.6)
    return {
      text: `Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến, nhóm ${n}`,
      target: `${50 + Math.floor(random() * 10) * 5}%`,
      unit: '%',
    };
  if (r < 0.8)
    return {
      text: `Số lớp tập huấn kỹ năng số cho người dân, đợt ${n}`,
      target: `${2 + Math.floor(random() * 20)} lớp`,
      unit: 'lớp',
    };
  if (r < 0.9) return { text: `Có trang thông tin điện tử cập nhật thông tin, mục ${n}`, target: 'Có', unit: '' };
  return {
    text: `Số điểm truy cập internet công cộng miễn phí, khu vực ${n}`,
    target: `≥ ${1 + Math.floor(random() * 10)}`,
    unit: '',
  };
}

export interface SyntheticBook {
  layout: Layout;
  /** The assignment table as pasted (header first). */
  table: string[][];
  /** Rows to paste into the Agencies sheet (header first); empty for the lead layout. */
  agencies: string[][];
  units: string[];
  /** Row index in `table` (0-based) of each indicator, with its lead and cooperating units. */
  indicators: Array<{ row: number; lead: string | null; cooperating: string | null }>;
  /** Column index of the target in `table`. */
  targetCol: number;
  /** One account per unit, each an editor of the file (criteria layout: listed in the Agencies sheet). */
  editors: string[];
}

export interface SyntheticOptions {
  layout: Layout;
  units: number;
  perUnit: number;
  seed?: number;
  /** Every n-th indicator also names a cooperating unit (lead layout); 0 for none. */
  cooperateEvery?: number;
}

/** Lead layout: perUnit indicators per unit, spread over the sections as a plan would be. */
function leadBook(opts: SyntheticOptions, random: () => number): SyntheticBook {
  const units = unitNames(opts.units);
  const header = ['TT', 'Chỉ tiêu', 'Mục tiêu', 'Chủ trì', 'Phối hợp'];
  const table: string[][] = [header];
  const indicators: SyntheticBook['indicators'] = [];
  const every = opts.cooperateEvery ?? 10;
  let serial = 0;
  SECTIONS.forEach(([code, title], s) => {
    table.push([code, title, '', '', '']);
    // perUnit split over the sections as evenly as it goes.
    const inSection = Math.floor(opts.perUnit / SECTIONS.length) + (s < opts.perUnit % SECTIONS.length ? 1 : 0);
    let number = 0;
    for (let u = 0; u < units.length; u++) {
      for (let k = 0; k < inSection; k++) {
        serial++;
        number++;
        const { text, target } = indicatorOf(serial, random);
        const cooperating = every > 0 && serial % every === 0 ? units[(u + 1) % units.length] : null;
        indicators.push({ row: table.length, lead: units[u], cooperating });
        table.push([String(number), text, target, units[u], cooperating ?? '']);
      }
    }
  });
  return { layout: 'lead', table, agencies: [], units, indicators, targetCol: 2, editors: units.map(accountOf) };
}

/** Criteria layout: perUnit criteria, no agency columns, units listed in the Agencies sheet. */
function criteriaBook(opts: SyntheticOptions, random: () => number): SyntheticBook {
  const units = unitNames(opts.units);
  const header = ['STT', 'Tên tiêu chí', 'Đơn vị tính', 'Mục tiêu', 'Bắt buộc/Mở rộng'];
  const table: string[][] = [header];
  const indicators: SyntheticBook['indicators'] = [];
  let serial = 0;
  SECTIONS.forEach(([code, title], s) => {
    table.push([code, title, '', '', '']);
    const inSection = Math.floor(opts.perUnit / SECTIONS.length) + (s < opts.perUnit % SECTIONS.length ? 1 : 0);
    for (let k = 0; k < inSection; k++) {
      serial++;
      const { text, target, unit } = indicatorOf(serial, random);
      indicators.push({ row: table.length, lead: null, cooperating: null });
      table.push([String(k + 1), text, unit, target, serial % 3 === 0 ? 'Mở rộng' : 'Bắt buộc']);
    }
  });
  const agencies = [AGENCIES_HEADER, ...units.map((name) => ['', name, '', accountOf(name), '', '', ''])];
  return { layout: 'criteria', table, agencies, units, indicators, targetCol: 3, editors: units.map(accountOf) };
}

/** The account a unit's staff type with: "UBND xã Tân Khánh" → xa-tan-khanh@tinh.gov.vn. */
export function accountOf(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/^ubnd /, '');
  return `${ascii.replace(/[^a-z0-9]+/g, '-')}@tinh.gov.vn`;
}

export function syntheticBook(opts: SyntheticOptions): SyntheticBook {
  const random = seededRandom(opts.seed ?? 2025);
  return opts.layout === 'lead' ? leadBook(opts, random) : criteriaBook(opts, random);
}

/**
 * A changed target for an indicator: a percentage raised by 5 points, a count by one, any
 * other target replaced by a plain figure. Always differs from the old text.
 */
export function changedTarget(old: string): string {
  const percent = /^(\d+)%$/.exec(old);
  if (percent) {
    const p = Number(percent[1]);
    return `${p <= 95 ? p + 5 : p - 5}%`;
  }
  const count = /^(\d+) (.+)$/.exec(old);
  if (count) return `${Number(count[1]) + 1} ${count[2]}`;
  const atLeast = /^≥ (\d+)$/.exec(old);
  if (atLeast) return `≥ ${Number(atLeast[1]) + 1}`;
  return '1';
}

/**
 * Three indicators to change, spread over the table: for the lead layout one with a
 * cooperating unit (two tabs hold it) and two without, each of a different lead.
 */
export function pickChanges(book: SyntheticBook): SyntheticBook['indicators'] {
  const all = book.indicators;
  if (book.layout === 'criteria')
    return [all[Math.floor(all.length / 6)], all[Math.floor(all.length / 2)], all[all.length - 2]];
  const withCoop = all.find((i, n) => n > all.length / 3 && i.cooperating) ?? all[0];
  const leads = new Set([withCoop.lead, withCoop.cooperating]);
  const others: SyntheticBook['indicators'] = [];
  for (const at of [0.55, 0.8]) {
    const start = Math.floor(all.length * at);
    const found = all.slice(start).find((i) => !i.cooperating && !leads.has(i.lead));
    if (found) {
      others.push(found);
      leads.add(found.lead);
    }
  }
  return [withCoop, ...others];
}

/** The units (names) whose tabs hold the given indicators: the lead, the cooperating unit, or all for criteria. */
export function unitsHolding(book: SyntheticBook, changed: SyntheticBook['indicators']): string[] {
  if (book.layout === 'criteria') return [...book.units];
  const names = new Set<string>();
  for (const i of changed) {
    if (i.lead) names.add(i.lead);
    if (i.cooperating) names.add(i.cooperating);
  }
  return book.units.filter((u) => names.has(u));
}
