/**
 * Splitting a lead / cooperating cell into agency names, as written.
 * ";" always separates; "," separates only where a new agency name begins, because commas
 * also sit inside names ("Phòng Văn hóa, Khoa học và Thông tin", "UBND xã, thị trấn").
 */
import { cleanText, matchKey } from '../text/normalize';

/** Words that begin an agency name. Multi-word heads first so the longest wins. */
const HEAD_WORDS = [
  'ủy ban nhân dân',
  'uỷ ban nhân dân',
  'văn phòng',
  'chi cục',
  'chi nhánh',
  'công an',
  'ngân hàng',
  'trung tâm',
  'bưu điện',
  'bệnh viện',
  'kho bạc',
  'bảo hiểm',
  'doanh nghiệp',
  'hợp tác xã',
  'huyện ủy',
  'huyện uỷ',
  'tỉnh ủy',
  'tỉnh uỷ',
  'thành ủy',
  'đảng ủy',
  'mặt trận',
  'liên đoàn',
  'ủy ban',
  'uỷ ban',
  'tòa án',
  'toà án',
  'viện kiểm sát',
  'ban chỉ đạo',
  'phòng',
  'sở',
  'ubnd',
  'hđnd',
  'cục',
  'trạm',
  'trường',
  'các',
  'ban',
  'hội',
  'đài',
  'viện',
  'đoàn',
  'htx',
];
const HEAD_KEYS = HEAD_WORDS.map((w) => matchKey(w));

/** Lower-case words that continue a collective ("Các Phòng, ban, ngành") rather than start an agency. */
const CONTINUING_LOWER = new Set(['ban', 'phòng', 'ngành', 'trường', 'hội', 'đoàn', 'viện', 'trạm', 'đài']);

/** Words after which an inner "UBND" qualifies the name ("Văn phòng UBND", "đơn vị UBND cấp huyện"). */
const UBND_QUALIFIERS = ['văn phòng', 'đơn vị', 'cơ quan', 'thuộc', 'của', 'và', '&', '-', 'hđnd', 'trực thuộc'];

function startsWithHead(text: string): string | null {
  const key = matchKey(text);
  for (let i = 0; i < HEAD_KEYS.length; i++) {
    const head = HEAD_KEYS[i];
    if (key === head || key.startsWith(`${head} `)) return HEAD_WORDS[i];
  }
  return null;
}

/** True when the text after a comma begins a new agency rather than continuing the current name. */
function beginsNewAgency(rest: string): boolean {
  const head = startsWithHead(rest);
  if (!head) return false;
  const first = rest.trim()[0];
  const capitalised = first !== undefined && first !== first.toLowerCase();
  if (capitalised) return true;
  // Lower-case heads: "các …" and acronyms start an agency; "ban", "ngành" continue a collective.
  return !CONTINUING_LOWER.has(head);
}

/** Splits one ";"-free piece on top-level commas where a new agency begins. */
function splitOnCommas(piece: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < piece.length; i++) {
    const ch = piece[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0 && beginsNewAgency(piece.slice(i + 1))) {
      parts.push(piece.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(piece.slice(start));
  return parts;
}

/**
 * Splits before an inner "UBND" that is not a qualifier of the name before it: the documents
 * sometimes lose the separator ("Các Doanh nghiệp viễn thông UBND cấp xã, thị trấn").
 */
function splitMissingSeparator(name: string): string[] {
  const match = /\s(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s/.exec(name);
  if (!match || match.index === 0) return [name];
  const before = name.slice(0, match.index);
  const beforeKey = matchKey(before);
  if (UBND_QUALIFIERS.some((q) => beforeKey === q || beforeKey.endsWith(` ${matchKey(q)}`))) return [name];
  if (beforeKey.split(' ').length < 2) return [name];
  return [before, ...splitMissingSeparator(name.slice(match.index + 1))];
}

/** Agency names in a cell, display spelling, in order. Empty or dash-only cells give []. */
export function splitAgencies(cell: string | null | undefined): string[] {
  const text = cleanText(cell);
  if (!text || /^[-–—.\s]*$/.test(text)) return [];
  return text
    .split(/[;\n]/)
    .flatMap(splitOnCommas)
    .flatMap(splitMissingSeparator)
    .map((part) => part.trim().replace(/^[,.\s]+|[,.\s]+$/g, ''))
    .filter((part) => part.length > 0);
}
