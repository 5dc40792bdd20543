/**
 * The bytes of a text file (CSV, TSV) to text. A byte-order mark decides (UTF-8, UTF-16 LE/BE);
 * without one, UTF-16 is recognised by its zero bytes, then UTF-8 is tried strictly. What is
 * neither is read as Windows-1258, the code page Excel saves "CSV" in on a Vietnamese Windows,
 * through iconv-lite, and kept only if it reads as Vietnamese: Windows-1258 writes tones as
 * combining marks, so the text is composed (NFC) and must then be made of Vietnamese letters.
 * Anything else (TCVN3, VNI, a binary file) is refused rather than guessed.
 */
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export class TextUnreadable extends Error {
  constructor(readonly problem: 'binary' | 'unknown-encoding') {
    super(problem);
  }
}

const VOWELS = 'aăâeêioôơuưy';
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
/** Every Vietnamese letter, both cases, precomposed. */
const VIETNAMESE = new Set(
  [...VOWELS]
    .flatMap((v) => TONES.map((t) => (v + t).normalize('NFC')))
    .concat(['đ'])
    .flatMap((l) => [l, l.toUpperCase()]),
);
/** Punctuation a Vietnamese office document uses beyond ASCII, all in Windows-1258. */
const PUNCTUATION = new Set([...'\u00a0–—‘’“”…•°±×÷§©®«»€‰²³½¼¾·']);

function plausiblyVietnamese(text: string): boolean {
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    if (!VIETNAMESE.has(ch) && !PUNCTUATION.has(ch)) return false;
  }
  return true;
}

/** UTF-16 without a mark: most ASCII characters (digits, delimiters, spaces) have a zero byte. */
function utf16WithoutBom(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.3 && odd < pairs * 0.05) return 'utf-16be';
  return null;
}

const startsWith = (bytes: Buffer, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

export function decodeText(bytes: Buffer): { text: string; encoding: TextEncoding } {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return { text: strictUtf8(bytes.subarray(3)), encoding: 'utf-8' };
  if (startsWith(bytes, 0xff, 0xfe)) return utf16(bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, 0xfe, 0xff)) return utf16(bytes.subarray(2), 'utf-16be');
  const unmarked = utf16WithoutBom(bytes);
  if (unmarked) return utf16(bytes, unmarked);
  // A zero byte, or the start of a ZIP (.xlsx) or OLE (.xls) file, is not text.
  if (bytes.includes(0) || startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0))
    throw new TextUnreadable('binary');
  try {
    return { text: strictUtf8(bytes), encoding: 'utf-8' };
  } catch {
    const text = iconv.decode(bytes, 'windows-1258').normalize('NFC');
    if (plausiblyVietnamese(text)) return { text, encoding: 'windows-1258' };
    throw new TextUnreadable('unknown-encoding');
  }
}

function utf16(bytes: Buffer, encoding: 'utf-16le' | 'utf-16be') {
  return { text: iconv.decode(bytes, encoding).normalize('NFC'), encoding };
}

function strictUtf8(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).normalize('NFC');
  } catch {
    throw new TextUnreadable('unknown-encoding');
  }
}
