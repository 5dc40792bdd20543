/**
 * Splitting a lead / cooperating cell into agency names, as written.
 * ";", line breaks and bullets ("- ", "+ ", "•", "(1)") always separate. "," separates only where
 * a new agency name begins, because commas also sit inside names ("Phòng Văn hóa, Khoa học và
 * Thông tin", "UBND xã, thị trấn", "Các sở, ban, ngành"). "và" separates where both sides stand
 * alone ("Bộ Công an và Văn phòng Chính phủ", "Sở Tài chính và cơ quan, địa phương liên quan",
 * "X và các bộ, ngành liên quan") but not inside a name ("Bộ Khoa học và Công nghệ") or a list of
 * kinds under one "các" ("Các bộ, ngành và địa phương có liên quan"). "Các Cục: A, B" names
 * "Cục A" and "Cục B". A bracketed scope ("(mạng lưới quốc gia)", "(chủ trì phần …)") and a
 * trailing role ("chủ trì, tổng hợp, báo cáo") are not part of the name.
 */
import { cleanText, foldKey, matchKey } from '../text/normalize';

/** Words that begin an agency name. Multi-word heads first so the longest wins. */
const HEAD_WORDS = [
  'ủy ban nhân dân',
  'uỷ ban nhân dân',
  'ủy ban mặt trận',
  'văn phòng',
  'chi cục',
  'chi nhánh',
  'công an',
  'ngân hàng',
  'trung tâm',
  'trung ương',
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
  'ban chỉ huy',
  'ban quản lý',
  'thông tấn xã',
  'thanh tra',
  'đại học',
  'tập đoàn',
  'tổng công ty',
  'thành phố',
  'phòng',
  'sở',
  'bộ',
  'ubnd',
  'hđnd',
  'cục',
  'vụ',
  'trạm',
  'trường',
  'các',
  'ban',
  'hội',
  'đài',
  'viện',
  'đoàn',
  'htx',
  'báo',
  'thuế',
];
const HEAD_KEYS = HEAD_WORDS.map((w) => matchKey(w));

/** Lower-case words that continue a collective ("Các Phòng, ban, ngành") rather than start an agency. */
const CONTINUING_LOWER = new Set([
  'ban',
  'phòng',
  'ngành',
  'trường',
  'hội',
  'đoàn',
  'viện',
  'trạm',
  'đài',
  'thành phố',
  'bộ',
  'sở',
  'vụ',
  'báo',
]);

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

const capitalised = (text: string) => {
  const first = text.trim()[0];
  return first !== undefined && first !== first.toLowerCase();
};

/**
 * The word an agency name begins with ("Sở", "Phòng", "UBND", "Công an", "Các"…), or null: lets a
 * table pasted from a PDF tell where an agency cell starts. Tolerates a wrong tone mark ("Chị cục").
 */
export function agencyHeadOf(text: string): string | null {
  const exact = startsWithHead(text);
  if (exact) return exact;
  // Only two-word heads: one word without marks is too often another word ("Số" is not "Sở").
  const folded = foldKey(text.split(/\s+/, 3).join(' '));
  return FUZZY_HEADS.find(([, f]) => folded === f || folded.startsWith(`${f} `))?.[0] ?? null;
}

const FUZZY_HEADS: Array<[string, string]> = HEAD_WORDS.filter((w) => w.includes(' ')).map((w) => [w, foldKey(w)]);

/** True when the text after a comma begins a new agency rather than continuing the current name. */
function beginsNewAgency(rest: string): boolean {
  const head = startsWithHead(rest);
  if (!head) return false;
  if (capitalised(rest)) return head !== 'thành phố' || !/^\s*Thành phố\s*$/.test(rest);
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

/** A collective: "Các bộ, ngành", "Sở, ban, ngành", "cơ quan, địa phương liên quan". */
function isCollective(name: string): boolean {
  const key = matchKey(name);
  return /^các /.test(key) || !startsWithHead(name) || /^(sở|bộ|ban|phòng) ,/.test(key);
}

/** "… và các …", "… và UBND …", "… và cơ quan, địa phương liên quan": where "và" begins another agency. */
function splitOnAnd(piece: string): string[] {
  const parts: string[] = [];
  let rest = piece;
  for (;;) {
    const at = findAnd(rest);
    if (at < 0) break;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at + 4);
  }
  parts.push(rest);
  return parts;
}

function findAnd(text: string): number {
  let from = 0;
  for (;;) {
    const at = text.indexOf(' và ', from);
    if (at < 0) return -1;
    const before = text.slice(0, at).trim();
    const after = text.slice(at + 4).trim();
    const afterKey = matchKey(after);
    const head = startsWithHead(after);
    const namedAfter = head !== null && capitalised(after) && head !== 'các' && head !== 'thành phố';
    const collectiveAfter = /^các /.test(afterKey);
    const relatedAfter = / (có )?liên quan$| khác$/.test(afterKey) && !capitalised(after);
    const beforeIsAgency = startsWithHead(before) !== null && before.split(' ').length >= 2;
    if (beforeIsAgency && (namedAfter || collectiveAfter || (relatedAfter && !isCollective(before)))) return at;
    from = at + 4;
  }
}

/**
 * Splits before an inner "UBND", "Sở" or "Bộ" that is not a qualifier of the name before it: the
 * documents sometimes lose the separator ("Các Doanh nghiệp viễn thông UBND cấp xã, thị trấn",
 * "Sở Khoa học và Công nghệ Sở Công Thương").
 */
function splitMissingSeparator(name: string): string[] {
  const match = /\s(UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Sở|Bộ)\s\S/.exec(name);
  if (!match || match.index === 0) return [name];
  const before = name.slice(0, match.index);
  const beforeKey = matchKey(before);
  const inner = match[1];
  const after = name.slice(match.index + 1);
  const qualifies = UBND_QUALIFIERS.some((q) => beforeKey === q || beforeKey.endsWith(` ${matchKey(q)}`));
  const tooShort = beforeKey.split(' ').length < 2 || (inner.length <= 3 && after.split(' ').length < 2);
  const ministry = inner === 'Sở' || inner === 'Bộ';
  // "Sở"/"Bộ" split only a name that is itself a Sở/Bộ name ("Sở Khoa học và Công nghệ Sở Công Thương").
  if (qualifies || tooShort || (ministry && !/^(Sở|Bộ)\s/.test(before))) return [name];
  return [before, ...splitMissingSeparator(after)];
}

/** "Các Cục: Di sản văn hóa, Bản quyền tác giả" → "Cục Di sản văn hóa", "Cục Bản quyền tác giả". */
function distribute(piece: string): string[] {
  const m = /^\s*Các\s+(\p{Lu}[\p{L}\p{M}]*(?:\s\p{Lu}[\p{L}\p{M}]*)?)\s*:\s*(.+)$/u.exec(piece);
  if (!m || !startsWithHead(m[1])) return [piece];
  const [, head, list] = m;
  const [names, ...sentences] = list.split(/\.\s+(?=\p{Lu})/u);
  const items = names.includes(';') ? names.split(';') : names.split(',');
  return [...items.map((item) => `${head} ${item.trim()}`), ...sentences];
}

/** "Bộ NN&MT (mạng lưới quốc gia)" → "Bộ NN&MT"; "Sở X chủ trì, tổng hợp, báo cáo" → "Sở X". */
function withoutScope(name: string): string {
  return name
    .replace(/\s*\((?=\p{Ll})[^()]*\)\s*[.;,]?\s*$/u, '')
    .replace(/\s+chủ trì(\s*,\s*(tổng hợp|báo cáo|theo dõi|đôn đốc))*\s*[.;]?\s*$/iu, '');
}

/** "… Du lịch Quốc gia Việt Nam. Vụ Kế hoạch, Tài chính.": a sentence per agency. */
function splitSentences(piece: string): string[] {
  const parts = piece.split(/\.\s+(?=\p{Lu})/u);
  if (parts.length === 1 || parts.slice(1).some((p) => !startsWithHead(p))) return [piece];
  return parts;
}

const BULLET = /^\s*(?:[-+•*–]|\(\d+\)|\d+\))\s*/;

const CACHE = new Map<string, string[]>();
const CACHE_LIMIT = 20_000;

/** Agency names in a cell, display spelling, in order. Empty or dash-only cells give []. */
export function splitAgencies(cell: string | null | undefined): string[] {
  const raw = String(cell ?? '');
  // Agency cells repeat down a table: a bounded cache keeps big tables fast.
  const cached = CACHE.get(raw);
  if (cached) return [...cached];
  const parts = split(raw.normalize('NFC'));
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(raw, parts);
  return [...parts];
}

function split(raw: string): string[] {
  if (!cleanText(raw) || /^[-–—.\s]*$/.test(cleanText(raw))) return [];
  // A line that starts with a bullet or a capital after a finished line begins a new agency; other
  // line breaks are wraps inside a name ("Phòng Văn hóa, Khoa học và⏎Thông tin").
  const lines = raw.split(/\r?\n/);
  const pieces: string[] = [];
  for (const line of lines) {
    const previous = pieces[pieces.length - 1];
    const starts = BULLET.test(line) || (previous !== undefined && /[;.]\s*$/.test(previous));
    if (previous === undefined || starts) pieces.push(line);
    else pieces[pieces.length - 1] = `${previous} ${line}`;
  }
  return pieces
    .map((p) => cleanText(p.replace(BULLET, '')))
    .flatMap(distribute)
    .flatMap((p) => p.split(';'))
    .map((p) => cleanText(p.replace(BULLET, '')))
    .flatMap(splitSentences)
    .flatMap(splitOnCommas)
    .map((p) => withoutScope(p.trim()))
    .flatMap(splitOnAnd)
    .flatMap(splitMissingSeparator)
    .map((part) => cleanText(part.replace(BULLET, '')).replace(/^[,.\s]+|[,.;:\s]+$/g, ''))
    .filter((part) => part.length > 0);
}

/** True when a text begins like an agency name ("Sở …", "UBND …", "Các sở, ban, ngành", "Bộ …"). */
export function looksLikeAgency(text: string): boolean {
  const clean = cleanText(text)
    .replace(BULLET, '')
    .replace(/^(đề nghị|kính đề nghị)\s+/i, '');
  const head = startsWithHead(clean);
  return head !== null && (capitalised(clean) || head === 'các');
}
