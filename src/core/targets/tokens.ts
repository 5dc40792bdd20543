/**
 * Tokens of a target text and phrase matching over them.
 * Words compare under matchKey (case and tone placement do not matter); a text typed entirely
 * without diacritics ("dat tren 95%") compares folded, so "dat" matches "đạt".
 */
import { cleanText, foldKey, matchKey } from '../text/normalize';

export type TokenKind = 'num' | 'word' | 'sym';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Offsets in the prepared text. */
  start: number;
  end: number;
  /** Comparison key. */
  key: string;
}

/**
 * A number not glued to letters ("4G", "24h" and "40Mbps" are words), then words, then the
 * two-character comparison operators typed in ASCII, then any other single character.
 */
const TOKEN = /(\d+(?:[.,]\d+)*)(?![\p{L}\p{M}\d])|([\p{L}\p{M}\d]+)|(>=|=>|<=|=<|\S)/gu;

/** One-for-one character replacements, so offsets stay valid: dashes, full-width and variant signs. */
const SYMBOLS: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\uff0d': '-',
  '\u2267': '≥',
  '\u2a7e': '≥',
  '\u2266': '≤',
  '\u2a7d': '≤',
  '\uff1e': '>',
  '\uff1c': '<',
  '\uff1d': '=',
  '\uff05': '%',
};
const SYMBOL_CHARS = new RegExp(`[${Object.keys(SYMBOLS).join('')}]`, 'g');

/** Display text with operator and dash variants unified (same length as cleanText's result). */
export function prepareText(text: string): string {
  return cleanText(text).replace(SYMBOL_CHARS, (c) => SYMBOLS[c]);
}

/** True when the text has letters but not one of them carries a diacritic or is "đ". */
export function typedWithoutDiacritics(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && /^[A-Za-z]+$/.test(letters);
}

export function tokenize(text: string, folded: boolean): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const kind: TokenKind = m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'sym';
    const start = m.index ?? 0;
    const key = kind === 'word' ? (folded ? foldKey(m[0]) : matchKey(m[0])) : m[0];
    tokens.push({ kind, text: m[0], start, end: start + m[0].length, key });
  }
  return tokens;
}

/** A phrase as token keys, in both comparison forms. */
interface Phrase {
  keys: string[];
  folded: string[];
}

function compile(text: string): Phrase {
  return {
    keys: tokenize(text, false).map((t) => t.key),
    folded: tokenize(text, true).map((t) => t.key),
  };
}

/** Index after the phrase when it starts at `at`, else -1. */
function matchAt(tokens: Token[], at: number, phrase: Phrase, folded: boolean): number {
  const keys = folded ? phrase.folded : phrase.keys;
  if (at + keys.length > tokens.length) return -1;
  for (let i = 0; i < keys.length; i++) {
    if (tokens[at + i].key !== keys[i]) return -1;
  }
  return at + keys.length;
}

export interface PhraseMatch<T> {
  value: T;
  end: number;
}

/** A set of phrases with a value each; the longest phrase wins. */
export class PhraseTable<T> {
  private readonly entries: Array<{ phrase: Phrase; value: T }>;

  constructor(rows: Array<[string, T]>) {
    this.entries = rows
      .map(([text, value]) => ({ phrase: compile(text), value }))
      .sort((a, b) => b.phrase.keys.length - a.phrase.keys.length);
  }

  match(tokens: Token[], at: number, folded: boolean): PhraseMatch<T> | null {
    for (const { phrase, value } of this.entries) {
      const end = matchAt(tokens, at, phrase, folded);
      if (end >= 0) return { value, end };
    }
    return null;
  }
}

/** A phrase table whose values do not matter. */
export function phraseSet(texts: string[]): PhraseTable<true> {
  return new PhraseTable(texts.map((t) => [t, true]));
}

/** True when the two tokens touch (no space between them). */
export function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}
