/**
 * The header of a table pasted as text: the column names, whose words a PDF viewer gives one
 * line per printed line ("Cơ quan theo dõi," / "đôn đốc"), or all on one line ("TT Nội dung
 * chỉ tiêu Chủ trì Phối hợp"). A name begins with a capital; a lower-case word, "/…" or "(…"
 * continues the name before it. A two-row header comes out as the first row's names and then the
 * second row's: the sub-columns take the place of the spanning name (see `columnOrders`).
 */
import { cleanText, matchKey } from '../../text/normalize';
import type { ColumnRole } from '../../types';
import { roleOfHeader } from '../header';
import { parseCode } from './codes';

/** What a column holds, as far as rebuilding cells is concerned. */
export type ColumnKind = 'code' | 'text' | 'agency' | 'target' | 'unit' | 'tier' | 'time' | 'free';

export interface PasteColumn {
  /** The name as printed, its lines joined by "\n". */
  name: string;
  role: ColumnRole | null;
  kind: ColumnKind;
}

export interface PasteHeader {
  /** Index of the header's first line. */
  start: number;
  /** Index of the first line after the header. */
  end: number;
  /** Candidate column orders, the order as printed first (more than one only for a two-row header). */
  orders: PasteColumn[][];
  /** Keys of the header's lines, to recognise the header repeated after a page break. */
  lineKeys: string[];
}

const KIND_OF_ROLE: Partial<Record<ColumnRole, ColumnKind>> = {
  code: 'code',
  text: 'text',
  lead: 'agency',
  cooperating: 'agency',
  monitor: 'agency',
  target: 'target',
  unit: 'unit',
  tier: 'tier',
  method: 'free',
  note: 'free',
  deadline: 'time',
};

/** Kind of a column from its role, or from the words of a name the reader gives no role. */
function kindOf(name: string, role: ColumnRole | null): ColumnKind {
  if (role) return KIND_OF_ROLE[role] ?? 'free';
  const key = matchKey(name);
  if (/thời gian|thời hạn|năm hoàn thành|tiến độ thực hiện/.test(key)) return 'time';
  if (/^(cơ quan|đơn vị (?!tính)|bộ phụ trách|sở phụ trách)/.test(key)) return 'agency';
  return 'free';
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isAllCaps(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length > 1 && letters === letters.toUpperCase();
}

/** "TT", "STT", "Số TT", "ST" + "T" (a narrow column wraps the word itself). */
export function isCodeName(text: string): boolean {
  return roleOfHeader(text) === 'code';
}

interface Word {
  text: string;
  lineStart: boolean;
}

/** Splits the header's words into column names. */
export function splitNames(lines: string[]): string[] {
  const words: Word[] = [];
  for (const line of lines) {
    line
      .split(/\s+/)
      .filter(Boolean)
      .forEach((text, i) => {
        words.push({ text, lineStart: i === 0 });
      });
  }
  const names: Array<{ parts: string[]; sep: string[] }> = [];
  const current = () => names[names.length - 1];
  const joined = (n: { parts: string[]; sep: string[] }, glue = ' ') =>
    n.parts.reduce((acc, p, i) => (i === 0 ? p : acc + (n.sep[i] === '\n' ? '\n' : glue) + p), '');
  for (const word of words) {
    const name = current();
    const sep = word.lineStart ? '\n' : ' ';
    if (!name) {
      names.push({ parts: [word.text], sep: [''] });
      continue;
    }
    const text = joined(name);
    const first = word.text[0];
    const previous = name.parts[name.parts.length - 1];
    // A code name cut by a narrow column ("ST" / "T") or preceded by "Số".
    if (name.parts.length === 1 && !isCodeName(text)) {
      if (isCodeName(text + word.text) || isCodeName(`${text} ${word.text}`)) {
        name.parts.push(word.text);
        name.sep.push(sep);
        continue;
      }
    }
    const capital = isUpper(first);
    // Inside a run of capitals ("TIÊU CHÍ THI ĐUA") only a new line starts a name.
    const capsRun = isAllCaps(word.text) && isAllCaps(previous) && !isCodeName(text);
    const startsName = capital && !(capsRun && !word.lineStart) && !/[,&-]$/.test(previous);
    if (startsName || isCodeName(text)) names.push({ parts: [word.text], sep: [''] });
    else {
      name.parts.push(word.text);
      name.sep.push(sep);
    }
  }
  return names.map((n) => joined(n));
}

/** "1 2 3 4 5", "(1) (2) (3)": the column-number row some tables print under the header. */
export function isColumnNumberRow(line: string): boolean {
  const tokens = line.split(/\s+/).filter(Boolean);
  if (tokens.length < 3) return false;
  return tokens.every((t, i) => t.replace(/[()]/g, '') === String(i + 1));
}

function columnsOf(names: string[]): PasteColumn[] {
  return names.map((name) => {
    const role = roleOfHeader(cleanText(name));
    return { name, role, kind: kindOf(name, role) };
  });
}

/**
 * Column orders a two-row header allows: a name with no role followed by named columns may be a
 * spanning name whose sub-columns (printed after the first row) belong in its place. The data
 * decide between them (see rebuild.ts).
 */
function columnOrders(columns: PasteColumn[]): PasteColumn[][] {
  const orders = [columns];
  columns.forEach((column, at) => {
    if (column.role !== null || column.kind !== 'free' || at === 0) return;
    const after = columns.length - at - 1;
    for (let size = 2; size <= after; size++) {
      const sub = columns.slice(columns.length - size);
      const between = columns.slice(at + 1, columns.length - size);
      orders.push([...columns.slice(0, at), ...sub, ...between]);
    }
  });
  return orders.slice(0, 8);
}

/** A line that opens the data: the first row's code, "1", "1.1", "I" or "A". */
export function opensData(line: string): boolean {
  const token = line.split(/\s+/)[0] ?? '';
  const code = parseCode(token);
  if (!code) return false;
  if (code.kind === 'number') return code.path.every((v) => v === 1);
  return code.value === (code.kind === 'roman' ? 1 : 0);
}

const MAX_HEADER_LINES = 30;

function startsWithCodeName(lines: string[], i: number): boolean {
  const words = lines[i].split(/\s+/);
  if (isCodeName(words[0]) || isCodeName(words.slice(0, 2).join(' '))) return true;
  // "ST" on one line and "T" on the next.
  const next = lines.slice(i + 1).find((l) => l !== '');
  return words.length === 1 && next !== undefined && isCodeName(words[0] + next.split(/\s+/)[0]);
}

/** Finds the header of a pasted table: a run of lines that starts with the code column's name. */
export function findPasteHeader(lines: string[]): PasteHeader | null {
  for (let start = 0; start < lines.length; start++) {
    if (lines[start] === '' || !startsWithCodeName(lines, start)) continue;
    const headerLines: string[] = [];
    let end = start;
    while (end < lines.length && headerLines.length < MAX_HEADER_LINES) {
      const line = lines[end];
      if (line !== '' && headerLines.length > 0 && opensData(line) && !isColumnNumberRow(line)) break;
      if (line !== '' && !isColumnNumberRow(line)) headerLines.push(line);
      end++;
    }
    if (end >= lines.length) continue;
    const columns = columnsOf(splitNames(headerLines));
    const hasText = columns.some((c) => c.kind === 'text');
    if (!hasText || columns.length < 3 || columns[0].kind !== 'code') continue;
    return { start, end, orders: columnOrders(columns), lineKeys: headerLines.map((l) => matchKey(l)) };
  }
  return null;
}
