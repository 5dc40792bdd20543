/**
 * Row codes of a table pasted as text ("1", "1.1", "2.10", "3.3.1.", "I", "II.", "A", "Đ."): what
 * looks like a code, and which code may come next, so that a line that starts with a number
 * inside a cell ("01" in "Tối thiểu 01 nhân sự", "15 tuổi trở lên") is not taken for a new row.
 */

export type Code =
  | { kind: 'number'; path: number[]; text: string }
  | { kind: 'roman'; value: number; text: string }
  | { kind: 'letter'; value: number; text: string };

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
/** Vietnamese section letters: Đ follows D, and there is no F, J, W or Z in some documents. */
const LETTERS = 'AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY';

function romanValue(text: string): number | null {
  if (!/^[IVXLC]{1,7}$/.test(text)) return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ROMAN_VALUES[text[i]];
    const next = ROMAN_VALUES[text[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 && total < 90 ? total : null;
}

/** Reads one token as a row code, or null. A trailing "." or ")" is allowed ("1.", "I.", "a)"). */
export function parseCode(token: string): Code | null {
  const text = token.trim();
  const bare = text.replace(/[.)]$/, '');
  if (/^\d{1,3}(\.\d{1,3}){0,3}$/.test(bare)) {
    // "01" is a count in a wrapped cell ("Tối / thiểu / 01"), not a row number.
    if (/^0\d/.test(bare)) return null;
    return { kind: 'number', path: bare.split('.').map(Number), text: bare };
  }
  const roman = romanValue(bare);
  if (roman !== null) return { kind: 'roman', value: roman, text: bare };
  if (bare.length === 1 && LETTERS.includes(bare)) {
    return { kind: 'letter', value: LETTERS.indexOf(bare), text: bare };
  }
  return null;
}

/** The state of the numbering while rows are read: the last item code and the last section code. */
export interface Numbering {
  last: Code | null;
  /** Last numeric path seen (item numbers may run on across Roman sections). */
  lastNumber: number[] | null;
  lastRoman: number | null;
  lastLetter: number | null;
}

export function startNumbering(): Numbering {
  return { last: null, lastNumber: null, lastRoman: null, lastLetter: null };
}

/** A numeric path that may follow `prev`: a sibling at any level, a first child, or a jump of at most `jump`. */
function numberFollows(prev: number[], next: number[], jump: number): boolean {
  if (next.length === prev.length + 1) {
    return next[next.length - 1] === 1 && next.slice(0, -1).every((v, i) => v === prev[i]);
  }
  if (next.length > prev.length) return false;
  const level = next.length - 1;
  for (let i = 0; i < level; i++) if (next[i] !== prev[i]) return false;
  const step = next[level] - prev[level];
  return step >= 1 && step <= jump;
}

function isFirst(code: Code): boolean {
  if (code.kind === 'number') return code.path.every((v) => v === 1);
  return code.value === (code.kind === 'roman' ? 1 : 0);
}

/**
 * How well `code` continues the numbering: 2 = the expected next code, 1 = a small jump (a row
 * lost or a numbering glitch in the document), 0 = not a continuation.
 */
export function follows(state: Numbering, code: Code): 0 | 1 | 2 {
  if (state.last === null) return isFirst(code) ? 2 : 0;
  if (code.kind === 'roman') {
    if (state.lastRoman === null) return code.value === 1 ? 2 : 0;
    return code.value === state.lastRoman + 1 ? 2 : 0;
  }
  if (code.kind === 'letter') {
    if (state.lastLetter === null) return code.value === 0 ? 2 : 0;
    const step = code.value - state.lastLetter;
    return step === 1 ? 2 : step === 2 ? 1 : 0;
  }
  const prev = state.lastNumber;
  // After a Roman or letter section the items restart at 1 or run on.
  const afterSection = state.last.kind !== 'number';
  if (prev === null) return isFirst(code) ? 2 : 0;
  if (numberFollows(prev, code.path, 1)) return 2;
  if (afterSection && code.path.length === 1 && code.path[0] === 1) return 2;
  if (afterSection && isFirst(code)) return 2;
  if (numberFollows(prev, code.path, 3)) return 1;
  return 0;
}

export function advance(state: Numbering, code: Code): Numbering {
  if (code.kind === 'roman') return { ...state, last: code, lastRoman: code.value };
  if (code.kind === 'letter')
    return { ...state, last: code, lastLetter: code.value, lastRoman: null, lastNumber: null };
  return { ...state, last: code, lastNumber: code.path };
}

/** True when `child` is numbered under `parent` ("1" → "1.1"). */
export function isChildOf(parent: Code, child: Code): boolean {
  if (parent.kind !== 'number' || child.kind !== 'number') return false;
  return child.path.length === parent.path.length + 1 && parent.path.every((v, i) => v === child.path[i]);
}
