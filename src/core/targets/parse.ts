/**
 * Reading Vietnamese targets: "đạt trên 95%", "≥15%", "20-30%", "Tối thiểu 01 nhân sự",
 * "Có hệ thống", "Cấp tỉnh đạt 100%, cấp huyện đạt 95%, cấp xã đạt 80%", or an indicator text
 * with its target inside ("Tỷ lệ hộ gia đình … đạt trên 95%").
 *
 * What it cannot read it reports (target-unreadable) with no targets, never a guess. Numbers
 * that are not targets stay out: ages, years, dates, document numbers, service levels,
 * denominators, and conditions (counts inside a rate, anything in parentheses beside a target).
 */
import { M } from '../messages';
import type { Target, TargetOp, TargetParse, Warning } from '../types';
import { labelSpans } from './label';
import { CHAIN, RATE } from './lexicon';
import { readNumber } from './number';
import {
  buildContext,
  type Candidate,
  type Context,
  isNotATarget,
  readHint,
  readNoun,
  scanCandidates,
  spanText,
} from './scan';

export interface ParseOptions {
  /** true when `text` is an indicator text with the target embedded in it (no separate target column). */
  embedded?: boolean;
  /**
   * the indicator's text, when `text` comes from a separate target column (used for the "Tỷ lệ … >10"
   * percent-missing check).
   */
  indicatorText?: string;
  /** the unit column as written, if the table has one ("%", "Hệ thống", "Nhân sự", "Điểm phát", "Mô hình"…). */
  unitHint?: string | null;
}

/** Why a would-be target cannot be read. */
type Problem = 'change' | 'reversed' | 'contradictory';

interface Reading {
  candidate: Candidate;
  target: Target;
  /** "Tỷ lệ … >10": read as 10%, and said so. */
  percentAssumed: boolean;
  problem: Problem | null;
}

export function parseTargets(text: string, opts: ParseOptions = {}): TargetParse {
  const input = text ?? '';
  const ctx = buildContext(input, readHint(opts.unitHint));
  const embedded = opts.embedded === true;
  const readings = withoutChanges(readAll(ctx, embedded, isRate(opts.indicatorText)));
  const problem = readings.find((r) => r.problem);
  if (problem) return unreadable(input, problemMessage(ctx, problem));
  if (readings.length === 0) {
    const exists = readExists(ctx, embedded);
    if (exists) return { input, targets: [exists], warnings: [] };
    if (embedded || !ctx.text)
      return { input, targets: [], warnings: [warning('target-missing', ctx.text, M.targetMissing)] };
    return unreadable(input, warning('target-unreadable', ctx.text, M.targetUnreadable));
  }
  const targets = readings.map((r) => r.target);
  if (targets.length > 1) {
    const labels = labelSpans(
      ctx,
      readings.map((r) => r.candidate),
    );
    if (labels.some((l) => !l)) return unreadable(input, warning('target-unreadable', ctx.text, M.targetAmbiguous));
    labels.forEach((label, i) => {
      targets[i] = { ...targets[i], label };
    });
  }
  return { input, targets, warnings: readings.flatMap((r) => warningsOf(ctx, r)) };
}

/** "đạt 80%, tăng 5% so với năm 2023": the change is no level to check; alone, it is unreadable. */
function withoutChanges(readings: Reading[]): Reading[] {
  const levels = readings.filter((r) => r.problem !== 'change');
  return levels.length > 0 ? levels : readings;
}

function unreadable(input: string, w: Warning): TargetParse {
  return { input, targets: [], warnings: [w] };
}

function warning(code: Warning['code'], text: string, message: (t: string) => string): Warning {
  return { code, message: message(text), text };
}

/** The targets outside parentheses; failing those, percentages inside them ("Tỷ lệ X (tối thiểu 80%)"). */
function readAll(ctx: Context, embedded: boolean, rateIndicator: boolean): Reading[] {
  const kept = withoutNonTargets(ctx, scanCandidates(ctx));
  const depth = (c: Candidate) => ctx.depth[c.numberAt[0]];
  const outside = readCandidates(
    ctx,
    kept.filter((c) => depth(c) === 0),
    embedded,
    rateIndicator,
  );
  if (outside.length > 0) return outside;
  return readCandidates(
    ctx,
    kept.filter((c) => depth(c) > 0 && c.percent),
    embedded,
    rateIndicator,
  );
}

function withoutNonTargets(ctx: Context, candidates: Candidate[]): Candidate[] {
  let previous: { candidate: Candidate; excluded: boolean } | null = null;
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    const excluded = isNotATarget(ctx, candidate, previous);
    if (!excluded) kept.push(candidate);
    previous = { candidate, excluded };
  }
  return kept;
}

function readCandidates(ctx: Context, candidates: Candidate[], embedded: boolean, rateIndicator: boolean): Reading[] {
  const clauseOf = (c: Candidate) => ctx.clause[c.start];
  const percentClauses = new Set(candidates.filter((c) => c.percent).map(clauseOf));
  const readings: Reading[] = [];
  for (const c of candidates) {
    const rate = rateIndicator || rateBefore(ctx, c);
    const unit = unitOf(ctx, c, embedded, rate, percentClauses.has(clauseOf(c)));
    if (unit === undefined) continue;
    readings.push({
      candidate: c,
      target: targetOf(ctx, c, unit),
      percentAssumed: unit === '%' && !c.percent,
      problem: problemOf(c),
    });
  }
  return readings;
}

/**
 * The unit of a candidate that is a target; undefined when it is not one. In an indicator
 * text a count is a target only after a word that sets it ("có 01 xã", "tối thiểu 01 cán bộ";
 * not "Gồm 03 nhóm tiêu chí") and where no percentage or rate makes it a condition ("Tỷ lệ xã
 * có ít nhất 01 điểm wifi"); a bare number only after a comparison word ("đạt 80").
 */
function unitOf(
  ctx: Context,
  c: Candidate,
  embedded: boolean,
  rate: boolean,
  percentInClause: boolean,
): string | null | undefined {
  if (c.percent) return '%';
  const explicit = c.chain.some((r) => r.kind === 'op' || r.kind === 'from') || c.suffix !== null;
  const reach = c.chain.some((r) => r.kind === 'reach');
  if (c.noun) {
    if (!embedded) return c.noun.text;
    if (rate || percentInClause || c.chain.some((r) => r.kind === 'change')) return undefined;
    const set = explicit || (c.noun.kind !== 'generic' && (reach || c.chain.some((r) => r.kind === 'have')));
    return set ? c.noun.text : undefined;
  }
  if (embedded && (percentInClause || !(explicit || reach))) return undefined;
  if (rate || ctx.hint.percent) return '%';
  return ctx.hint.noun;
}

function targetOf(_ctx: Context, c: Candidate, unit: string | null): Target {
  const grouping = unit !== '%';
  const value = readNumber(c.low.text, grouping);
  const op = opOf(c);
  return op === 'between' && c.high ? { op, value, max: readNumber(c.high.text, grouping), unit } : { op, value, unit };
}

/**
 * The comparison. A bare "70%", "đạt 70%" or "từ 50%" is a level to reach: ">=".
 * "trên 50% trở lên" (seed 000, 4.9) says both "above" and "and up"; the redundant "trở lên"
 * wins, so 50% itself meets the target: ">=".
 */
function opOf(c: Candidate): TargetOp {
  if (c.high) return 'between';
  if (c.suffix === 'up') return '>=';
  if (c.suffix === 'down') return '<=';
  const ops = c.chain.flatMap((r) => (r.kind === 'op' ? [r.op] : []));
  return ops[ops.length - 1] ?? '>=';
}

function problemOf(c: Candidate): Problem | null {
  if (c.chain.some((r) => r.kind === 'change')) return 'change';
  if (c.high && readNumber(c.high.text, false) < readNumber(c.low.text, false)) return 'reversed';
  const ops = c.chain.flatMap((r) => (r.kind === 'op' ? [r.op] : []));
  const upward = ops.some((o) => o === '>' || o === '>=');
  const downward = ops.some((o) => o === '<' || o === '<=');
  if ((c.suffix === 'up' && downward) || (c.suffix === 'down' && upward)) return 'contradictory';
  return null;
}

function problemMessage(ctx: Context, r: Reading): Warning {
  const phrase = spanText(ctx, r.candidate.start, r.candidate.end);
  if (r.problem === 'change') return warning('target-unreadable', phrase, M.targetChange);
  if (r.problem === 'reversed') return warning('target-unreadable', phrase, M.targetRangeReversed);
  return warning('target-unreadable', phrase, M.targetContradictory);
}

function warningsOf(ctx: Context, r: Reading): Warning[] {
  const phrase = spanText(ctx, r.candidate.start, r.candidate.end);
  const out: Warning[] = [];
  if (r.percentAssumed) out.push(warning('target-percent-unit-missing', phrase, M.targetPercentMissing));
  if (isOver100(r.target)) out.push(warning('target-over-100', phrase, M.targetOver100));
  return out;
}

/** A share cannot pass 100%: ">100%", "105%", "90-110%". */
function isOver100(t: Target): boolean {
  if (t.unit !== '%') return false;
  return t.value > 100 || (t.max ?? 0) > 100 || (t.op === '>' && t.value >= 100);
}

/** "Tỷ lệ …", "Tỷ trọng …" at the start of a text, after any numbering ("1.2", "a)", "-"). */
function isRate(text: string | undefined): boolean {
  if (!text) return false;
  const ctx = buildContext(text, readHint(null));
  let k = 0;
  while (k < ctx.tokens.length && isNumbering(ctx, k)) k++;
  return RATE.match(ctx.tokens, k, ctx.folded) !== null;
}

function isNumbering(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  if (t.kind !== 'word') return true;
  const next = ctx.tokens[k + 1];
  return t.text.length === 1 && (next?.text === ')' || next?.text === '.');
}

/** A rate word earlier in the same clause: "Tỷ lệ … đạt 80" wants a percentage. */
function rateBefore(ctx: Context, c: Candidate): boolean {
  const clause = ctx.clause[c.start];
  for (let k = c.start - 1; k >= 0 && ctx.clause[k] === clause; k--) {
    if (RATE.match(ctx.tokens, k, ctx.folded)) return true;
  }
  return false;
}

/**
 * "Có hệ thống", "Có kế hoạch", "Có": the thing exists. The unit is the unit column's noun or
 * a known noun as written ("Có trang TTĐT" under "Trang" → "trang"). In an indicator text only
 * a known noun counts ("Có hệ thống camera …"), since the rest of the sentence is no unit.
 */
function readExists(ctx: Context, embedded: boolean): Target | null {
  const { tokens } = ctx;
  let k = 0;
  while (tokens[k]?.kind === 'sym' && ['-', '+', '*', '•'].includes(tokens[k].text)) k++;
  const have = CHAIN.match(tokens, k, ctx.folded);
  if (have?.value.kind !== 'have') return null;
  const exists = (unit: string | null): Target => ({ op: 'exists', value: 1, unit });
  if (tokens[have.end]?.kind !== 'word') return exists(ctx.hint.noun);
  const noun = readNoun(ctx, have.end)?.noun;
  if (noun && (noun.kind === 'hint' || noun.kind === 'lexicon')) return exists(noun.text);
  if (embedded) return null;
  return exists(ctx.hint.noun ?? (noun && noun.kind === 'generic' ? noun.text : null));
}
