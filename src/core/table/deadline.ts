/**
 * Reading a task's time cell into a deadline: "Quý II/2025", "Tháng 6/2025", "31/10/2025",
 * "2025", "2025-2026", "Giai đoạn 2026 - 2030", "trước năm 2027", "Triển khai từ năm 2026",
 * "Hằng năm", "Tháng 12 hằng năm", "Thường xuyên". The first date the cell gives is the
 * deadline ("Ban hành trong quý I năm 2026. Thực hiện rà soát (nếu có)" is due by 31/03/2026);
 * a cell with no date and no recurrence keeps its text only, for the reader to warn about.
 */
import { cleanText, foldKey } from '../text/normalize';
import type { Deadline } from '../types';

const ROMAN_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const endOfMonth = (y: number, m: number) => iso(y, m, lastDay(y, m));
const endOfQuarter = (y: number, q: number) => endOfMonth(y, q * 3);
const startOfQuarter = (y: number, q: number) => iso(y, q * 3 - 2, 1);
const validYear = (y: number) => y >= 1990 && y <= 2100;

interface Found {
  at: number;
  deadline: Omit<Deadline, 'text'>;
}

/** Date expressions of the folded text (no diacritics, lower case), each with where it starts. */
function dates(t: string): Found[] {
  const found: Found[] = [];
  const push = (at: number, deadline: Omit<Deadline, 'text'>) => found.push({ at, deadline });
  const Q = String.raw`quy\s*(iv|iii|ii|i|[1-4])\s*(?:\/|nam|-)?\s*((?:19|20)\d\d)`;
  // "Quý IV/2025 - Quý II/2026": a span of quarters.
  for (const m of t.matchAll(new RegExp(`${Q}\\s*(?:-|den)\\s*${Q}`, 'g'))) {
    const [q1, y1, q2, y2] = [ROMAN_QUARTER[m[1]], Number(m[2]), ROMAN_QUARTER[m[3]], Number(m[4])];
    push(m.index ?? 0, { start: startOfQuarter(y1, q1), end: endOfQuarter(y2, q2) });
  }
  for (const m of t.matchAll(new RegExp(Q, 'g'))) {
    push(m.index ?? 0, { end: endOfQuarter(Number(m[2]), ROMAN_QUARTER[m[1]]) });
  }
  for (const m of t.matchAll(/(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*((?:19|20)\d\d)/g)) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= lastDay(y, mo)) push(m.index ?? 0, { end: iso(y, mo, d) });
  }
  for (const m of t.matchAll(/thang\s*(\d{1,2})\s*(?:\/|nam|-)\s*((?:19|20)\d\d)/g)) {
    const mo = Number(m[1]);
    if (mo >= 1 && mo <= 12) push(m.index ?? 0, { end: endOfMonth(Number(m[2]), mo) });
  }
  for (const m of t.matchAll(/6 thang dau nam\s*((?:19|20)\d\d)/g))
    push(m.index ?? 0, { end: iso(Number(m[1]), 6, 30) });
  for (const m of t.matchAll(/((?:19|20)\d\d)\s*(?:-|den|–)\s*((?:19|20)\d\d)/g)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a <= b) push(m.index ?? 0, { start: iso(a, 1, 1), end: iso(b, 12, 31) });
  }
  for (const m of t.matchAll(/truoc nam\s*((?:19|20)\d\d)/g))
    push(m.index ?? 0, { end: iso(Number(m[1]) - 1, 12, 31) });
  for (const m of t.matchAll(/tu (?:sau )?(?:nam\s*)?((?:19|20)\d\d)/g)) {
    push(m.index ?? 0, { start: iso(Number(m[1]) + (m[0].includes('sau') ? 1 : 0), 1, 1) });
  }
  for (const m of t.matchAll(/(?<![\d/])((?:19|20)\d\d)(?![\d/])/g)) {
    const y = Number(m[1]);
    if (validYear(y)) push(m.index ?? 0, { end: iso(y, 12, 31) });
  }
  return found;
}

/** The recurrence a cell names, the most specific first: quarterly beats "thường xuyên". */
function recurrence(t: string): Pick<Deadline, 'recurring' | 'month'> | null {
  const month = /thang\s*(\d{1,2})\s*(?:hang|hng)\s*nam/.exec(t);
  if (month) return { recurring: 'year', month: Number(month[1]) };
  if (/(hang|moi)\s*quy/.test(t)) return { recurring: 'quarter' };
  if (/(hang|moi)\s*thang/.test(t)) return { recurring: 'month' };
  if (/(hang|moi)\s*nam/.test(t)) return { recurring: 'year' };
  if (/thuong xuyen|lien tuc/.test(t)) return { recurring: 'continuous' };
  return null;
}

/** The deadline of a time cell; null for an empty cell. */
export function parseDeadline(cell: string | null | undefined): Deadline | null {
  const text = cleanText(cell);
  if (!text) return null;
  const t = foldKey(text).replace(/\s+/g, ' ');
  const found = dates(t);
  if (found.length > 0) {
    // The first expression wins; at the same place, the one that says more (a span over its year).
    found.sort((a, b) => a.at - b.at || Object.keys(b.deadline).length - Object.keys(a.deadline).length);
    const first = found[0].deadline;
    if (first.start && !first.end) {
      const again = recurrence(t);
      return again ? { text, ...first, ...again } : { text, ...first };
    }
    return { text, ...first };
  }
  const again = recurrence(t);
  return again ? { text, ...again } : { text };
}

/** True when the deadline gives a date or a recurrence, i.e. the reader understood it. */
export function deadlineRead(d: Deadline | null): boolean {
  return d === null || d.end !== undefined || d.start !== undefined || d.recurring !== undefined;
}
