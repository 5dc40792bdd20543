/**
 * Text normalisation for Vietnamese documents.
 * `cleanText` gives the display form (keeps the document's spelling);
 * `matchKey` gives a key under which spellings of the same words compare equal.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;
const TONE_MARKS_G = /[\u0300\u0301\u0303\u0309\u0323]/g;
const HTML_TAG = /<\/?[a-zA-Z][^<>]*>/g;
const HTML_ENTITIES: Record<string, string> = {
  '&nbsp;': ' ',
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
};

/** "&#7841;" and "&#x1EA1;" (ạ): how some portals write every Vietnamese letter. */
function decodeNumericEntity(match: string, decimal: string | undefined, hex: string | undefined): string {
  const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16);
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
}

/** Removes stray HTML tags and decodes the entities that survive a copy from a web page. */
export function stripHtml(text: string): string {
  // One pass, so "&amp;#7841;" becomes the text "&#7841;" and is not decoded twice.
  return text
    .replace(HTML_TAG, ' ')
    .replace(/&(?:nbsp|amp|lt|gt|quot|apos);|&#(?:(\d{1,7})|[xX]([0-9a-fA-F]{1,6}));/g, (m, decimal, hex) =>
      decimal !== undefined || hex !== undefined ? decodeNumericEntity(m, decimal, hex) : (HTML_ENTITIES[m] ?? m),
    );
}

/** Collapses every run of white space, including line breaks and no-break spaces, into one space. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** Display form: NFC, no HTML, one space between words. Keeps case, tone placement and punctuation. */
/** Nothing to collapse or strip: no tag, entity, control space, double space or space at an end. */
const NEEDS_CLEANING = /[<&\t\n\r\f\v\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]|\s\s|^\s|\s$/;

export function cleanText(text: string | null | undefined): string {
  if (text == null) return '';
  // Most cells are clean already (tables are cleaned once, then read again): only NFC is left.
  if (typeof text === 'string' && !NEEDS_CLEANING.test(text)) return text.normalize('NFC');
  return collapseSpace(stripHtml(String(text).normalize('NFC')));
}

/**
 * Puts the tone mark of a word in one canonical place, so that "hoá"/"hóa", "thuỷ"/"thủy",
 * "uỷ"/"ủy" give the same key. The two conventions differ only for a word ending in the
 * open clusters oa, oe, uy (not "qu…"): the key puts the tone on their first vowel ("hóa"),
 * the spelling most people type, so keys stay readable and comparable with literals.
 */
/** Words whose last two letters are o/u + a/e/y, with or without marks: the only ones that can differ. */
const OPEN_CLUSTER_END = /[oóòỏõọuúùủũụ][aáàảãạeéèẻẽẹyýỳỷỹỵ]$/i;

function canonicalTone(word: string): string {
  if (!OPEN_CLUSTER_END.test(word)) return word;
  const decomposed = word.normalize('NFD');
  const tone = decomposed.match(TONE_MARKS);
  if (!tone) return word;
  const base = decomposed.replace(TONE_MARKS_G, '').normalize('NFC');
  const cluster = /(?<!q)(oa|oe|uy)$/i.exec(base);
  if (!cluster) return word;
  const at = cluster.index + 1;
  return (base.slice(0, at) + tone[0] + base.slice(at)).normalize('NFC');
}

/**
 * Key for comparing texts: display form, lower case, tone marks placed canonically,
 * "&" read as "và", dashes and quotes unified, punctuation spaced out.
 * Not for display.
 */
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_LIMIT = 50_000;

export function matchKey(text: string | null | undefined): string {
  if (text == null) return '';
  // Words, agency names and header cells repeat across rows; a bounded cache keeps big tables
  // fast. Long texts (whole indicator texts) rarely repeat and would only push the words out.
  if (text.length > 80) return computeMatchKey(text);
  const cached = KEY_CACHE.get(text);
  if (cached !== undefined) return cached;
  const key = computeMatchKey(text);
  if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
  KEY_CACHE.set(text, key);
  return key;
}

function computeMatchKey(text: string): string {
  const clean = cleanText(text)
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u201c\u201d\u201e«»]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/&/g, ' và ')
    .replace(/\s*([-,;:/()])\s*/g, ' $1 ');
  return collapseSpace(clean).split(' ').map(canonicalTone).join(' ');
}

/** Key without any diacritics, for typo-tolerant comparison ("Chị cục" ~ "Chi cục"). */
export function foldKey(text: string | null | undefined): string {
  return matchKey(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
}

/** True when two texts are the same words under matchKey. */
export function sameText(a: string, b: string): boolean {
  return matchKey(a) === matchKey(b);
}

/** Levenshtein distance, for spotting obvious typos in short names. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}
