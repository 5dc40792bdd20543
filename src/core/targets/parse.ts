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
import { matchKey } from '../text/normalize';
import { labelSpans } from './label';
import { CHAIN, CONDITION, LOWER_IS_BETTER, MEASURE_WORDS, POPULATION, RATE } from './lexicon';
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
  /**
   * A task's result or product text ("Bộ tiêu chí được ban hành, có ít nhất 02 loại hình sản phẩm"):
   * only levels stated as such count, a percentage or a quantity after a comparison word; a count
   * that describes the work ("đầu tư 03 trạm") does not. Implies `embedded`.
   */
  statedLevelsOnly?: boolean;
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

interface Mode {
  embedded: boolean;
  statedOnly: boolean;
  rateIndicator: boolean;
  /** The indicator's own words (matchKey, computed when first needed), for "lower is better" and growth. */
  subject: () => string;
  rawSubject: string | undefined;
  /** "1 vạn dân" when the text states a rate per population. */
  denominator: string | null;
}

export function parseTargets(text: string, opts: ParseOptions = {}): TargetParse {
  const input = text ?? '';
  const ctx = buildContext(input, readHint(opts.unitHint));
  const statedOnly = opts.statedLevelsOnly === true;
  const embedded = opts.embedded === true || statedOnly;
  const mode: Mode = {
    embedded,
    statedOnly,
    rateIndicator: isRate(opts.indicatorText),
    subject: lazyKey(opts.indicatorText),
    rawSubject: opts.indicatorText,
    denominator: null,
  };
  const all = readAll(ctx, mode);
  const readings = withoutChanges(all);
  const ignored = all.filter((r) => r.problem === 'change' && !readings.includes(r));
  const withIgnored = (parse: TargetParse): TargetParse =>
    ignored.length === 0
      ? parse
      : { ...parse, ignored: ignored.map((r) => spanText(ctx, r.candidate.start, r.candidate.end)) };
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
  return withIgnored({ input, targets, warnings: readings.flatMap((r) => warningsOf(ctx, r, mode)) });
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
function readAll(ctx: Context, mode: Mode): Reading[] {
  const scanned = scanCandidates(ctx);
  const denominators = scanned.filter((c) => isDenominator(ctx, c));
  if (denominators.length > 0) {
    const d = denominators[0];
    mode.denominator = spanText(ctx, d.numberAt[0], d.end).toLowerCase();
  }
  const kept = withoutNonTargets(
    ctx,
    scanned.filter((c) => !denominators.includes(c) && !inCondition(ctx, c)),
  );
  const depth = (c: Candidate) => ctx.depth[c.numberAt[0]];
  const outside = readCandidates(
    ctx,
    kept.filter((c) => depth(c) === 0),
    mode,
  );
  if (outside.length > 0) return outside;
  return readCandidates(
    ctx,
    kept.filter((c) => depth(c) > 0 && c.percent),
    mode,
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

/** "trên 1 vạn dân", "/100.000 dân": the population a rate is counted over, not a target. */
function isDenominator(ctx: Context, c: Candidate): boolean {
  if (c.percent || c.high || !c.noun) return false;
  const per = c.chain.some((r) => r.kind === 'op' && r.op === '>') || ctx.tokens[c.start - 1]?.text === '/';
  if (!per) return false;
  const k = c.numberAt[0] + 1;
  return POPULATION.match(ctx.tokens, k, ctx.folded)?.end === c.end || /^(vạn |nghìn |ngàn )?dân/.test(c.noun.text);
}

/**
 * A number in a condition ("… ứng phó khẩn cấp khi chỉ số VN_AQI ≥ 300"): "khi", "nếu" earlier in
 * its clause, unless the clause names a measure first ("tỷ số giới tính khi sinh dưới 109").
 */
function inCondition(ctx: Context, c: Candidate): boolean {
  const clause = ctx.clause[c.start];
  for (let k = c.start - 1; k >= 0 && ctx.clause[k] === clause; k--) {
    if (!CONDITION.match(ctx.tokens, k, ctx.folded)) continue;
    for (let j = k - 1; j >= 0 && ctx.clause[j] === clause; j--) {
      if (MEASURE_WORDS.match(ctx.tokens, j, ctx.folded)) return false;
    }
    return true;
  }
  return false;
}

function readCandidates(ctx: Context, candidates: Candidate[], mode: Mode): Reading[] {
  const clauseOf = (c: Candidate) => ctx.clause[c.start];
  const percentClauses = new Set(candidates.filter((c) => c.percent).map(clauseOf));
  const readings: Reading[] = [];
  for (const c of candidates) {
    const rate = mode.rateIndicator || rateBefore(ctx, c);
    const unit = unitOf(ctx, c, mode, rate, percentClauses.has(clauseOf(c)));
    if (unit === undefined) continue;
    readings.push({
      candidate: c,
      target: targetOf(ctx, c, unit, mode),
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
  mode: Mode,
  rate: boolean,
  percentInClause: boolean,
): string | null | undefined {
  const { embedded } = mode;
  if (c.percent) return '%';
  if (c.chain.some((r) => r.kind === 'rank')) return 'hạng';
  // A range is a stated level ("đạt 5.400 - 5.500 đô la Mỹ"), never an incidental count.
  const explicit = c.chain.some((r) => r.kind === 'op' || r.kind === 'from') || c.suffix !== null || c.high !== null;
  const reach = c.chain.some((r) => r.kind === 'reach');
  if (c.noun) {
    const noun = mode.denominator && !c.noun.text.includes('/') ? `${c.noun.text}/${mode.denominator}` : c.noun.text;
    if (!embedded) return noun;
    // "Tỷ lệ tử vong … dưới 10/100.000 trẻ đẻ sống": a rate per population, whatever the subject.
    if (noun.startsWith('/') && explicit) return noun;
    // "giảm 1 - 1,5 điểm %": read so that it can be reported as a change, never kept as a level.
    if (c.chain.some((r) => r.kind === 'change')) return noun;
    if (rate || percentInClause) return undefined;
    const perUnit = noun.includes('/') && (reach || explicit);
    if (mode.statedOnly) return explicit || perUnit ? noun : undefined;
    const set = explicit || perUnit || (c.noun.kind !== 'generic' && (reach || c.chain.some((r) => r.kind === 'have')));
    return set ? noun : undefined;
  }
  if (embedded && (percentInClause || !(explicit || reach) || mode.statedOnly)) return undefined;
  // The unit column names the unit ("Điểm"): it wins over a "Tỷ lệ …" text.
  if (!embedded && ctx.hint.noun) return ctx.hint.noun;
  if (rate || ctx.hint.percent) return '%';
  return ctx.hint.noun;
}

function targetOf(ctx: Context, c: Candidate, unit: string | null, mode: Mode): Target {
  const grouping = unit !== '%';
  const low = readNumber(c.low.text, grouping, true) * (c.lowSign ?? 1);
  if (c.plusMinus) return { op: 'between', value: -low, max: low, unit };
  const op = opOf(ctx, c, mode);
  if (c.high) {
    const high = readNumber(c.high.text, grouping, true) * (c.highSign ?? 1);
    // "ít nhất 2 - 3 công trình": the comparison names the bound that counts.
    if (op === '>=' || op === '>') return { op, value: Math.min(low, high), unit };
    if (op === '<=' || op === '<') return { op, value: Math.max(low, high), unit };
    // A signed band ("từ +2% đến -8%") reads either way round.
    const signed = c.lowSign !== null || c.highSign !== null;
    const [a, b] = signed ? [Math.min(low, high), Math.max(low, high)] : [low, high];
    return { op: 'between', value: a, max: b, unit };
  }
  return { op, value: low, unit };
}

/**
 * The comparison. A bare "70%", "đạt 70%" or "từ 50%" is a level to reach: ">=".
 * "trên 50% trở lên" (seed 000, 4.9) says both "above" and "and up"; the redundant "trở lên"
 * wins, so 50% itself meets the target: ">=".
 */
function opOf(ctx: Context, c: Candidate, mode: Mode): TargetOp {
  if (c.suffix === 'up') return '>=';
  if (c.suffix === 'down') return '<=';
  if (c.chain.some((r) => r.kind === 'rank')) return '<=';
  const ops = c.chain.flatMap((r) => (r.kind === 'op' ? [r.op] : []));
  const op = ops[ops.length - 1];
  if (op) return op;
  if (c.high) return 'between';
  return lowerIsBetter(ctx, c, mode) ? '<=' : '>=';
}

/** "Tỷ lệ hộ nghèo 0,6%", "CPI khoảng 4,5%": a plain level under a subject whose lower value is the aim. */
function lowerIsBetter(ctx: Context, c: Candidate, mode: Mode): boolean {
  const clause = ctx.clause[c.start];
  let from = c.start;
  while (from > 0 && ctx.clause[from - 1] === clause) from--;
  // In a text the subject is the clause before the number; for a target cell, the indicator's text.
  const raw = `${mode.embedded ? '' : (mode.rawSubject ?? '')} ${spanText(ctx, from, c.start)}`.normalize('NFC');
  if (!LOWER_HINT.test(raw)) return false;
  const own = matchKey(spanText(ctx, from, c.start));
  const subject = (mode.embedded ? own : `${mode.subject()} ${own}`).replace(/^[^\p{L}]*/u, '');
  if (/^(mức giảm|số giảm|giảm)\s/.test(subject)) return false;
  return LOWER_IS_BETTER.some((phrase) => subject.includes(phrase));
}

function problemOf(c: Candidate): Problem | null {
  if (c.chain.some((r) => r.kind === 'change')) return 'change';
  const signed = c.lowSign !== null || c.highSign !== null;
  if (!signed && c.high && readNumber(c.high.text, false) < readNumber(c.low.text, false)) return 'reversed';
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

function warningsOf(ctx: Context, r: Reading, mode: Mode): Warning[] {
  const phrase = spanText(ctx, r.candidate.start, r.candidate.end);
  const out: Warning[] = [];
  if (r.percentAssumed) out.push(warning('target-percent-unit-missing', phrase, M.targetPercentMissing));
  if (isOver100(r.target) && !isGrowth(mode.subject())) out.push(warning('target-over-100', phrase, M.targetOver100));
  return out;
}

/** A cheap first test for LOWER_IS_BETTER: one of their distinctive words is there. */
const LOWER_HINT =
  /nghèo|nghiệp|việc làm|tiêu dùng|cpi|lạm phát|dinh dưỡng|tỷ suất|tỉ suất|tử vong|nợ|bội chi|bỏ học|tảo hôn|hạn/iu;

function lazyKey(text: string | undefined): () => string {
  let key: string | null = null;
  return () => {
    key ??= text ? matchKey(text) : '';
    return key;
  };
}

/** A growth rate or an index compared with a base year is no share: "106,9%" is a fine target. */
function isGrowth(subject: string): boolean {
  return /tốc độ|tăng trưởng|chỉ số|so với/.test(subject);
}

/** A share cannot pass 100%: ">100%", "105%", "90-110%". */
function isOver100(t: Target): boolean {
  if (t.unit !== '%') return false;
  return t.value > 100 || (t.max ?? 0) > 100 || (t.op === '>' && t.value >= 100);
}

/** "Tỷ lệ …", "Tỷ trọng …" at the start of a text, after any numbering ("1.2", "a)", "-"). */
const RATE_CACHE = new Map<string, boolean>();

function isRate(text: string | undefined): boolean {
  if (!text) return false;
  // Only the first words matter: numbering, then "Tỷ lệ" (every rate word starts "t…" or "phần").
  const head = text.length > 40 ? text.slice(0, 40) : text;
  if (!/t[ỷỉyi]|ph[ầa]n/iu.test(head.normalize('NFC'))) return false;
  const cached = RATE_CACHE.get(head);
  if (cached !== undefined) return cached;
  const ctx = buildContext(head, readHint(null));
  let k = 0;
  while (k < ctx.tokens.length && isNumbering(ctx, k)) k++;
  const rate = RATE.match(ctx.tokens, k, ctx.folded) !== null;
  if (RATE_CACHE.size >= 20_000) RATE_CACHE.clear();
  RATE_CACHE.set(head, rate);
  return rate;
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
