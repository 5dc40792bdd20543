/**
 * Labels: when one text holds several targets, each gets the short name of the part it
 * belongs to: "cấp tỉnh" in "Cấp tỉnh đạt 100%, cấp huyện đạt 95%", the object of its clause in
 * "100% TTHC …; 75% hồ sơ được xử lý trực tuyến toàn trình".
 */
import { type Context, spanText } from './scan';

/** Token range of a target in the text. */
export interface Span {
  start: number;
  end: number;
}

type Side = 'before' | 'after';

const LETTER_BEFORE = '(?<![\\p{L}\\p{M}])';
const LETTER_AFTER = '(?![\\p{L}\\p{M}])';
const word = (pattern: string, flags = 'giu') => new RegExp(`${LETTER_BEFORE}(?:${pattern})${LETTER_AFTER}`, flags);

/** Boilerplate qualifiers that make a label long without telling the parts apart. */
const QUALIFIERS = [
  word('đủ điều kiện'),
  word('theo quy định(?: của pháp luật)?'),
  word('trên địa bàn(?: toàn)?(?: (?:huyện|tỉnh|xã|thành phố|thị xã|thị trấn|phường|quận))?'),
];
const RATE_WORD = word('(?:tỷ|tỉ|ty|ti) (?:lệ|trọng|le|trong)', 'iu');
const LEADING_JOINERS = /^[\s,;:.\-+]*(?:(?:và|hoặc|còn|đồng thời|trong đó)(?:\s+|$))?/iu;
const TRAILING_JOINERS = /(?:(?:^|\s+)(?:và|hoặc))?[\s,;:.-]*$/iu;
const MAX_WORDS = 16;

/**
 * One label per span, '' where the text names nothing. The text between two targets is the
 * subject of the one before ("100% A; 75% B") or of the one after ("Cấp tỉnh đạt 100%, cấp huyện
 * đạt 95%"); the side is chosen once for the whole text, from where the words are.
 */
export function labelSpans(ctx: Context, spans: Span[]): string[] {
  const before = spans.map((_, i) => cleanLabel(spanText(ctx, ...rangeBefore(ctx, spans, i)), 'before'));
  const after = spans.map((_, i) => cleanLabel(spanText(ctx, ...rangeAfter(ctx, spans, i)), 'after'));
  const side = sideOf(ctx, spans, before, after);
  return spans.map((_, i) => (side === 'before' ? before[i] || after[i] : after[i] || before[i]));
}

function sideOf(ctx: Context, spans: Span[], before: string[], after: string[]): Side {
  if (!before[0]) return 'after';
  if (!after[after.length - 1]) return 'before';
  // "100% (33/33) tiêu chí bắt buộc và tối thiểu 50% …": words ending in "và" close the part before.
  for (let i = 0; i + 1 < spans.length; i++) {
    if (ctx.clause[spans[i].end - 1] !== ctx.clause[spans[i + 1].start]) continue;
    const between = spanText(ctx, spans[i].end, spans[i + 1].start).trim();
    return /(?:,|\svà|\shoặc)$/iu.test(between) ? 'after' : 'before';
  }
  return 'before';
}

function rangeBefore(ctx: Context, spans: Span[], i: number): [number, number] {
  const { start } = spans[i];
  let from = start;
  while (from > 0 && ctx.clause[from - 1] === ctx.clause[start]) from--;
  const previous = spans[i - 1];
  if (previous && previous.end > from) from = previous.end;
  return [from, start];
}

function rangeAfter(ctx: Context, spans: Span[], i: number): [number, number] {
  const { end } = spans[i];
  const clause = ctx.clause[end - 1];
  let to = end;
  while (to < ctx.tokens.length && ctx.clause[to] === clause) to++;
  const next = spans[i + 1];
  if (next && next.start < to) to = next.start;
  return [end, to];
}

function cleanLabel(raw: string, side: Side): string {
  let text = side === 'before' ? afterColon(raw) : raw;
  text = withoutParentheses(text);
  if (side === 'before') text = afterRateWord(text);
  for (const q of QUALIFIERS) text = text.replace(q, ' ');
  text = text.replace(/\s+/g, ' ').replace(/\s+([,;:.])/g, '$1');
  text = text.replace(LEADING_JOINERS, '').replace(TRAILING_JOINERS, '');
  const words = text.toLowerCase().split(' ').filter(Boolean);
  return words.length > MAX_WORDS ? `${words.slice(0, MAX_WORDS).join(' ')}…` : words.join(' ');
}

/** "…(không bao gồm …): Cấp tỉnh" → "Cấp tỉnh"; "Cấp tỉnh:" → "Cấp tỉnh". */
function afterColon(text: string): string {
  const parts = text.split(':');
  const last = parts[parts.length - 1];
  if (last.trim() || parts.length < 2) return last;
  return parts[parts.length - 2];
}

function withoutParentheses(text: string): string {
  let out = text;
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = out.replace(/\([^()]*\)/g, ' ');
  }
  // An unclosed "(" hides the rest; a stray ")" closes what began before this part.
  return out.replace(/\([^)]*$/, ' ').replace(/^[^(]*\)/, ' ');
}

/** "Tỷ lệ người dân có …" → "người dân có …". */
function afterRateWord(text: string): string {
  const m = RATE_WORD.exec(text);
  return m ? text.slice(m.index + m[0].length) : text;
}
