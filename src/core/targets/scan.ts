/**
 * Finding the numbers of a text with what surrounds them: the comparison words before, the
 * unit and "trở lên" after. Each is a candidate; parse.ts decides which candidates are targets.
 */
import { cleanText, matchKey } from '../text/normalize';
import {
  CHAIN,
  type ChainRole,
  COUNTED_NOUNS,
  NOT_BEFORE_NUMBER,
  NOUN_STOP,
  PERCENT,
  RANGE_SEPARATOR,
  SUFFIX,
  TIME_NOUNS,
} from './lexicon';
import {
  glued,
  phraseSet,
  type PhraseTable,
  prepareText,
  type Token,
  tokenize,
  typedWithoutDiacritics,
} from './tokens';

/** The unit column, read once. */
export interface Hint {
  percent: boolean;
  /** The unit as a counted noun, lower case ("nhân sự"), or null. */
  noun: string | null;
  phrase: PhraseTable<true> | null;
}

export interface Context {
  /** The prepared text (cleanText, unified dashes and signs); token offsets point into it. */
  text: string;
  tokens: Token[];
  folded: boolean;
  /** Parenthesis depth of each token. */
  depth: number[];
  /** Clause of each token: clauses end at ";" and at the end of a sentence. */
  clause: number[];
  hint: Hint;
}

export interface Noun {
  /** Lower case: the unit column's or the lexicon's spelling, else as written. */
  text: string;
  kind: 'hint' | 'lexicon' | 'time' | 'generic';
}

export interface Candidate {
  /** Token range [start, end): comparison words, number(s), unit, suffix. */
  start: number;
  end: number;
  chain: ChainRole[];
  low: Token;
  high: Token | null;
  /** An explicit sign before a number ("+2%", "-8%"); "±3%" gives -1 and +1 around the same number. */
  lowSign: 1 | -1 | null;
  highSign: 1 | -1 | null;
  /** "± 3%": a band around zero. */
  plusMinus: boolean;
  /** Token indices of low (and high). */
  numberAt: number[];
  percent: boolean;
  noun: Noun | null;
  suffix: 'up' | 'down' | null;
}

const PERCENT_HINTS = new Set(['tỷ lệ', 'tỉ lệ', 'phần trăm']);
/** Abbreviations whose dot does not end a sentence ("TP. Đồng Xoài"). */
const ABBREVIATIONS = phraseSet(['tp', 'tx', 'tt', 'ts', 'ths', 'pgs', 'gs', 'bs', 'ks', 'v']);

export function readHint(unitHint: string | null | undefined): Hint {
  const clean = cleanText(unitHint);
  if (!clean) return { percent: false, noun: null, phrase: null };
  const key = matchKey(clean);
  if (key.includes('%') || PERCENT_HINTS.has(key)) return { percent: true, noun: null, phrase: null };
  return { percent: false, noun: clean.toLowerCase(), phrase: phraseSet([clean]) };
}

export function buildContext(text: string, hint: Hint): Context {
  const prepared = prepareText(text);
  const folded = typedWithoutDiacritics(prepared);
  const tokens = tokenize(prepared, folded);
  const ctx: Context = { text: prepared, tokens, folded, depth: [], clause: [], hint };
  let depth = 0;
  let clause = 0;
  tokens.forEach((t, i) => {
    if (t.text === '(' || t.text === '[') depth++;
    ctx.depth.push(depth);
    ctx.clause.push(clause);
    if (t.text === ')' || t.text === ']') depth = Math.max(0, depth - 1);
    if (t.text === ';') depth = 0; // an unclosed "(" does not swallow the next clause
    if (t.text === ';' || endsSentence(ctx, i)) clause++;
  });
  return ctx;
}

/** A dot followed by a space ends a sentence, unless it closes an abbreviation. */
function endsSentence(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  const next = ctx.tokens[i + 1];
  if (t.text !== '.' || !next || next.start === t.end) return false;
  const prev = ctx.tokens[i - 1];
  return !(prev && glued(prev, t) && ABBREVIATIONS.match(ctx.tokens, i - 1, ctx.folded));
}

/** Text of tokens [from, to) as written. */
export function spanText(ctx: Context, from: number, to: number): string {
  if (to <= from) return '';
  return ctx.text.slice(ctx.tokens[from].start, ctx.tokens[to - 1].end);
}

export function scanCandidates(ctx: Context): Candidate[] {
  const found: Candidate[] = [];
  let i = 0;
  while (i < ctx.tokens.length) {
    const candidate = candidateAt(ctx, i);
    if (candidate) {
      found.push(candidate);
      i = candidate.end;
    } else {
      i++;
    }
  }
  return found;
}

function candidateAt(ctx: Context, start: number): Candidate | null {
  const { tokens, folded } = ctx;
  const chain: ChainRole[] = [];
  let k = start;
  for (let m = CHAIN.match(tokens, k, folded); m; m = CHAIN.match(tokens, k, folded)) {
    chain.push(m.value);
    k = m.end;
  }
  const signAt = signOf(ctx, k);
  if (signAt !== null) k++;
  if (tokens[k]?.kind !== 'num') return null;
  const numberAt = [k];
  const low = tokens[k++];
  const lowPercent = PERCENT.match(tokens, k, folded);
  if (lowPercent) k = lowPercent.end;
  let high: Token | null = null;
  let highPercent = false;
  let highSign: 1 | -1 | null = null;
  const separator = RANGE_SEPARATOR.match(tokens, k, folded);
  if (separator) {
    const sign = signOf(ctx, separator.end);
    const at = separator.end + (sign === null ? 0 : 1);
    // "50% đến 2025" is no range: a percentage range marks its upper end too ("20-30%", "20% - 30%").
    if (tokens[at]?.kind === 'num') {
      const after = PERCENT.match(tokens, at + 1, folded);
      if (!lowPercent || after) {
        high = tokens[at];
        numberAt.push(at);
        k = after ? after.end : at + 1;
        highPercent = after !== null;
        highSign = sign === '±' ? null : sign;
      }
    }
  }
  const percent = lowPercent !== null || highPercent;
  let suffix = SUFFIX.match(tokens, k, folded);
  let noun: Noun | null = null;
  // "dưới 10/100.000 dân": a rate per population; its unit is the denominator.
  if (!percent && !suffix && !high && tokens[k]?.text === '/' && tokens[k + 1]?.kind === 'num') {
    const per = withPer(ctx, { text: '', kind: 'lexicon' }, k);
    if (per.end > k) {
      noun = per.noun;
      k = per.end;
      suffix = SUFFIX.match(tokens, k, folded);
    }
  }
  if (!percent && !suffix && !noun) {
    const read = readNoun(ctx, k);
    if (read) {
      noun = read.noun;
      k = read.end;
      suffix = SUFFIX.match(tokens, k, folded);
    }
  }
  if (suffix) k = suffix.end;
  return {
    start,
    end: k,
    chain,
    low,
    high,
    lowSign: signAt === '±' ? null : signAt,
    highSign,
    plusMinus: signAt === '±',
    numberAt,
    percent,
    noun,
    suffix: suffix?.value ?? null,
  };
}

/** "+2", "-8", "±3": a sign glued to the number after it, and not to what is before it. */
function signOf(ctx: Context, k: number): 1 | -1 | '±' | null {
  const t = ctx.tokens[k];
  const next = ctx.tokens[k + 1];
  if (t?.kind !== 'sym' || next?.kind !== 'num') return null;
  if (t.text === '±') return '±';
  if (t.text !== '+' && t.text !== '-') return null;
  const before = ctx.tokens[k - 1];
  if (!glued(t, next) || (before && glued(before, t) && before.kind !== 'sym')) return null;
  // A bullet at the start of the text is no sign ("- 70%" has a space; "-70%" at the start is a bullet too).
  if (k === 0 && t.text === '-') return null;
  return t.text === '+' ? 1 : -1;
}

/**
 * The counted noun at token k: the unit column's noun, a known noun (in the lexicon's spelling,
 * so "nhan su" typed without diacritics gives "nhân sự"), or up to three plain words.
 */
export function readNoun(ctx: Context, k: number): { noun: Noun; end: number } | null {
  const { tokens, folded, hint } = ctx;
  if (tokens[k]?.kind !== 'word') return null;
  const fromHint = hint.phrase?.match(tokens, k, folded);
  if (fromHint && hint.noun) return withPer(ctx, { text: hint.noun, kind: 'hint' }, fromHint.end);
  const time = TIME_NOUNS.match(tokens, k, folded);
  if (time) return { noun: { text: spanText(ctx, k, time.end).toLowerCase(), kind: 'time' }, end: time.end };
  const known = COUNTED_NOUNS.match(tokens, k, folded);
  if (known) return withPer(ctx, { text: known.value, kind: 'lexicon' }, known.end);
  let end = k;
  const lowerStart = !isCapitalised(tokens[k]);
  while (end < k + 4 && tokens[end]?.kind === 'word' && !NOUN_STOP.match(tokens, end, folded)) {
    // "02 bộ tiêu chí Nhãn sinh thái": a proper name after the noun is not part of it.
    if (end >= k + 3 && lowerStart && isCapitalised(tokens[end])) break;
    end++;
  }
  if (end === k) return null;
  return withPer(ctx, { text: spanText(ctx, k, end).toLowerCase(), kind: 'generic' }, end);
}

function isCapitalised(t: Token | undefined): boolean {
  const first = t?.text[0];
  return first !== undefined && first !== first.toLowerCase();
}

/**
 * "01 lần/năm", "200 mẫu/xã/tháng", "109 bé trai/100 bé gái", "2,1 con/phụ nữ": what follows a "/"
 * glued to the noun belongs to it (a number, then up to two words).
 */
function withPer(ctx: Context, noun: Noun, end: number): { noun: Noun; end: number } {
  const { tokens, folded } = ctx;
  let text = noun.text;
  let at = end;
  for (;;) {
    const slash = tokens[at];
    if (slash?.text !== '/' || !glued(tokens[at - 1], slash) || !glued(slash, tokens[at + 1])) break;
    let k = at + 1;
    if (tokens[k]?.kind === 'num') k++;
    const words = k;
    while (k < words + 2 && tokens[k]?.kind === 'word' && !NOUN_STOP.match(tokens, k, folded)) k++;
    if (k === words) break;
    text = `${text}/${spanText(ctx, at + 1, k).toLowerCase()}`;
    at = k;
  }
  return { noun: { ...noun, text }, end: at };
}

/**
 * True when a candidate's number is a date, a year, a document number ("528/QĐ-UBND",
 * "04-NQ/TU"), a ratio ("/100 dân", "33/33") or a level ("mức 2", "mức độ 3, 4").
 * `previous` is the candidate before it, for lists such as "mức độ 3, 4".
 */
export function isNotATarget(
  ctx: Context,
  c: Candidate,
  previous: { candidate: Candidate; excluded: boolean } | null,
): boolean {
  const perPopulation = c.noun?.text.startsWith('/') === true;
  if (c.numberAt.some((at) => (nextToSlash(ctx, at) && !perPopulation) || inCode(ctx, at))) return true;
  if (c.percent) return false;
  if (c.noun?.kind === 'time') return true;
  if (!c.noun && c.numberAt.every((at) => isYear(ctx.tokens[at]))) return true;
  const [at] = c.numberAt;
  if (c.chain.length === 0 && at > 0 && NOT_BEFORE_NUMBER.match(ctx.tokens, at - 1, ctx.folded)?.end === at)
    return true;
  return !!previous?.excluded && continuesList(ctx, previous.candidate.end, c.start);
}

function nextToSlash(ctx: Context, at: number): boolean {
  return ctx.tokens[at - 1]?.text === '/' || ctx.tokens[at + 1]?.text === '/';
}

/** A number glued by a hyphen to letters: "04-NQ", "Covid-19". */
function inCode(ctx: Context, at: number): boolean {
  const n = ctx.tokens[at];
  const [before, dashBefore, dashAfter, after] = [
    ctx.tokens[at - 2],
    ctx.tokens[at - 1],
    ctx.tokens[at + 1],
    ctx.tokens[at + 2],
  ];
  const codeAfter = dashAfter?.text === '-' && glued(n, dashAfter) && after?.kind === 'word' && glued(dashAfter, after);
  const codeBefore =
    dashBefore?.text === '-' && glued(dashBefore, n) && before?.kind === 'word' && glued(before, dashBefore);
  return codeAfter || codeBefore;
}

function isYear(n: Token): boolean {
  return /^\d{4}$/.test(n.text) && Number(n.text) >= 1900 && Number(n.text) <= 2100;
}

/** Only list punctuation between the two candidates: "3, 4", "2022 và 2023". */
function continuesList(ctx: Context, from: number, to: number): boolean {
  const between = ctx.tokens.slice(from, to);
  return between.length > 0 && between.every((t) => [',', '-', '&', 'và', 'hoặc', 'va', 'hoac'].includes(t.key));
}
