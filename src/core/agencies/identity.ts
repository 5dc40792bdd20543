/**
 * Which agency a name refers to: one identity key for every spelling of the same agency
 * (tone placement, case, "&"/"và", "Ủy ban nhân dân"/"UBND", common abbreviations, small typos).
 */
import { cleanText, editDistance, foldKey, matchKey } from '../text/normalize';

/** Abbreviations used in the documents, expanded before comparing. */
const EXPANSIONS: Array<[string[], string]> = [
  [['ủy ban nhân dân'], 'ubnd'],
  [['hội đồng nhân dân'], 'hđnd'],
  [['gdđt', 'gd&đt', 'gd-đt'], 'giáo dục và đào tạo'],
  [['lđtbxh', 'lđ-tb&xh', 'lđ-tbxh'], 'lao động - thương binh và xã hội'],
  [['vhtt', 'vh&tt'], 'văn hóa và thông tin'],
  [['tttt', 'tt&tt'], 'thông tin và truyền thông'],
  [['khđt', 'kh&đt'], 'kế hoạch và đầu tư'],
  [['tnmt', 'tn&mt'], 'tài nguyên và môi trường'],
  [['nn&ptnt', 'nnptnt', 'nn và ptnt'], 'nông nghiệp và phát triển nông thôn'],
  [['kh&cn', 'khcn', 'kh và cn'], 'khoa học và công nghệ'],
  [['nn&mt', 'nnmt'], 'nông nghiệp và môi trường'],
  [['vh,tt&dl', 'vhtt&dl', 'vhttdl', 'vh-tt&dl'], 'văn hóa, thể thao và du lịch'],
  [['dnvt'], 'doanh nghiệp viễn thông'],
  [['vnpt'], 'viễn thông'],
  [['chqs'], 'chỉ huy quân sự'],
  [['bql'], 'ban quản lý'],
  [['vp'], 'văn phòng'],
  [['p.'], 'phòng'],
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole-word patterns; \b is ASCII-only, so word edges are spelled out for Vietnamese letters. */
const EXPANSION_PATTERNS: Array<[RegExp, string]> = EXPANSIONS.map(([phrases, replacement]) => [
  new RegExp(`(?<=^|\\s)(${phrases.map((p) => escapeRegExp(matchKey(p))).join('|')})(?=\\s|$)`, 'g'),
  matchKey(replacement),
]);

/**
 * The agency a cell names, without the request or task wrapped around it:
 * "Đề nghị Sở Thông tin và Truyền thông phối hợp" → "Sở Thông tin và Truyền thông",
 * "Công an huyện triển khai kích hoạt ứng dụng VneID" → "Công an huyện".
 */
export function canonicalAgencyName(name: string): string {
  const clean = cleanText(name);
  const stripped = clean
    .replace(/^(đề nghị|kính đề nghị)\s+/i, '')
    .replace(/\s+(phối hợp|chủ trì)$/i, '')
    .replace(/\s+(triển khai|thực hiện)\s.*$/i, '')
    .trim();
  const result = stripped.length >= 3 ? stripped : clean;
  return result.charAt(0).toUpperCase() + result.slice(1);
}

/** Identity key of an agency name: equal keys name the same agency. */
export function agencyKey(name: string): string {
  let key = matchKey(canonicalAgencyName(name));
  for (const [pattern, replacement] of EXPANSION_PATTERNS) key = key.replace(pattern, replacement);
  return (
    key
      // "UBND các xã", "UBND cấp xã" and "UBND xã" name the same communes.
      .replace(/^ubnd (các|cấp) /, 'ubnd ')
      // "trên địa bàn huyện" does not tell two agencies apart.
      .replace(/ trên địa bàn( (huyện|tỉnh|xã|thành phố|thị xã))?$/, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * True when two keys differ only by an obvious typo: the same letters once diacritics are
 * folded ("Chị cục" ~ "Chi cục"), or one edit apart in a long name.
 */
export function isTypoOf(a: string, b: string): boolean {
  if (a === b) return true;
  const fa = foldKey(a);
  const fb = foldKey(b);
  if (fa === fb) return true;
  return Math.min(fa.length, fb.length) >= 16 && editDistance(fa, fb) <= 1;
}

export type CollectiveKind = 'communes' | 'departments' | 'enterprises' | 'schools' | 'health' | 'banks' | 'other';

/**
 * Recognises collective agencies, which stand for several reporting units:
 * "UBND xã, thị trấn", "Các phòng, ban, ngành", "Các doanh nghiệp …".
 */
export function collectiveKind(name: string): CollectiveKind | null {
  const key = agencyKey(name);
  if (/^(các )?ubnd (các |cấp )?(xã|phường)/.test(key) || /^các xã/.test(key)) return 'communes';
  if (/^các (phòng|sở|cơ quan|ban|đơn vị)/.test(key)) return 'departments';
  if (/^(các )?doanh nghiệp/.test(key)) return 'enterprises';
  if (/^(các )?(trường|cơ sở giáo dục)/.test(key)) return 'schools';
  if (/^(các )?(trạm y tế|cơ sở (y tế|khám))/.test(key)) return 'health';
  if (/^(các )?(ngân hàng|chi nhánh ngân hàng)/.test(key)) return 'banks';
  if (/^các /.test(key)) return 'other';
  return null;
}
