/**
 * Short agency names usable as sheet names: at most 31 characters (the .xlsx limit, stricter
 * than Google Sheets' 100), none of `: \ / ? * [ ]`, readable Vietnamese abbreviations
 * ("Phòng Văn hóa, Khoa học và Thông tin" → "P. VH-KH&TT").
 */
import { cleanText, matchKey } from '../text/normalize';

export const SHEET_NAME_MAX = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;
const HAS_FORBIDDEN = /[:\\/?*[\]]/;

/** Head words and their usual abbreviation (matched on matchKey, longest first). */
const HEADS: Array<[string, string]> = [
  ['ủy ban nhân dân', 'UBND'],
  ['văn phòng', 'VP'],
  ['chi cục', 'CC'],
  ['trung tâm', 'TT'],
  ['ngân hàng', 'NH'],
  ['phòng', 'P.'],
  ['sở', 'Sở'],
  ['công an', 'CA'],
];

/** Words kept whole in initials because they are already abbreviations or place levels. */
const KEEP_WORDS = /^(ubnd|hđnd|huyện|tỉnh|xã)$/i;

function initialsOf(words: string[]): string {
  return words
    .filter((w) => w.length > 0)
    .map((w) => (/^[A-ZĐ0-9&]{2,}$/.test(w) ? w : w[0].toUpperCase()))
    .join('');
}

/** "Văn hóa, Khoa học và Thông tin" → "VH-KH&TT": groups by comma or dash, "và"/"&" as "&". */
function abbreviate(rest: string): string {
  const groups = rest.split(/\s*[,–-]\s*/).filter(Boolean);
  return groups
    .map((group) =>
      group
        .split(/\s+(?:và|&)\s+/i)
        .map((part) => {
          const words = part.split(/\s+/);
          const tail = words.length > 1 && KEEP_WORDS.test(words[words.length - 1]) ? ` ${words.pop()}` : '';
          return initialsOf(words) + tail;
        })
        .join('&'),
    )
    .join('-');
}

/** A readable short name for an agency, not yet made unique. */
export function shortNameOf(fullName: string): string {
  let name = cleanText(fullName).replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  // Parenthetical detail and "trên địa bàn huyện" tell no two agencies apart.
  if (name.length > SHEET_NAME_MAX) name = name.replace(/\s*\([^)]*\)/g, '').trim();
  if (name.length > SHEET_NAME_MAX) name = name.replace(/\s+trên địa bàn(\s+(huyện|tỉnh|xã))?/i, '').trim();
  name = name.charAt(0).toUpperCase() + name.slice(1);
  const key = matchKey(name);
  let head = '';
  let rest = name;
  for (const [word, abbr] of HEADS) {
    const wordKey = matchKey(word);
    if (key === wordKey || key.startsWith(`${wordKey} `)) {
      head = abbr;
      rest = name.split(' ').slice(word.split(' ').length).join(' ');
      break;
    }
  }
  if (!head && name.length <= SHEET_NAME_MAX) return name;
  let body = rest.length <= 14 ? rest : abbreviate(rest);
  let result = head ? `${head} ${body}`.trim() : body;
  if (result.length > SHEET_NAME_MAX) {
    body = abbreviate(rest);
    result = (head ? `${head} ${body}` : body).slice(0, SHEET_NAME_MAX).trim();
  }
  return result;
}

/** Makes a short name unique against names already taken (compared case-insensitively). */
export function uniqueSheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.slice(0, SHEET_NAME_MAX);
  const lower = (s: string) => s.toLowerCase();
  const takenLower = new Set([...taken].map(lower));
  if (!takenLower.has(lower(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
    if (!takenLower.has(lower(candidate))) return candidate;
  }
}

/** True when a name can be used as a sheet name here. */
export function isValidSheetName(name: string): boolean {
  return name.trim().length > 0 && name.length <= SHEET_NAME_MAX && !HAS_FORBIDDEN.test(name) && !/^'|'$/.test(name);
}
