/**
 * The summary report for one period, computed from what the agencies entered. Pure: the
 * sidebar, the summary sheet and `report --json` all show this one object, so they agree.
 *
 * Rules (documented for the secretariat in the README):
 * - A line (one target of one indicator for one reporting unit) is met, exceeded (beaten by
 *   Settings' margin), unmet, or not reported; a line without a readable target is "reported".
 * - An indicator is unmet when any reported line is unmet; met when every line of every unit
 *   is met (exceeded when every numeric line is exceeded); otherwise not reported (incomplete).
 * - A unit's completeness is its reported lines over its assigned lines.
 * - Counts of indicators (totals, groups): "met" includes "exceeded", which is also given apart.
 * - Tier rule (criteria with Bắt buộc / Mở rộng): a unit passes when the share of mandatory
 *   criteria it meets reaches Settings' share (default 100%) and so does the extended share
 *   (default 50%, i.e. 11 of 21). A criterion is met by a unit only when every one of its
 *   lines is reported and met (a line without a readable target counts once reported). Units
 *   that entered nothing for the period are "not reported".
 *   Ranking: passed first, then by share of mandatory, then of extended criteria met; equal
 *   results share a rank (1, 2, 2, 4).
 */
import { fromSheetNumber } from '../layout/bounds';
import type { LineValues } from '../layout/tab';
import type { TabLine } from '../layout/lines';
import { M } from '../messages';
import { NO, YES } from '../messages/tab';
import { evaluateTarget, formatTarget, kindOf } from '../targets';
import type { Indicator, Target, Tier } from '../types';
import type { Settings } from '../workbook/settings';

export type LineStatus = 'met' | 'exceeded' | 'unmet' | 'missing' | 'reported' | 'invalid';
export type IndicatorStatus = 'met' | 'exceeded' | 'unmet' | 'missing' | 'reported';

export interface UnitInput {
  unit: { key: string; name: string; sheetName: string; editors: string[] };
  hasTab: boolean;
  lines: Array<{ line: TabLine; values: LineValues | null }>;
}

export interface ReportInput {
  period: string;
  settings: Settings;
  indicators: Indicator[];
  units: UnitInput[];
}

export interface LineResult {
  agency: string;
  sheet: string;
  lineKey: string;
  label: string;
  target: string;
  /** In the target's unit (85 for 85%), "Có"/"Chưa có", or null. */
  value: number | string | null;
  display: string;
  status: LineStatus;
  evidence: string;
  explanation: string;
}

export interface IndicatorReport {
  id: string;
  code: string;
  section: string;
  text: string;
  targetText: string;
  targets: Target[];
  tier: Tier | null;
  lead: string[];
  cooperating: string[];
  monitor: string[];
  status: IndicatorStatus;
  results: LineResult[];
}

export interface Counts {
  total: number;
  /** Includes the exceeded ones. */
  met: number;
  exceeded: number;
  unmet: number;
  missing: number;
  reported: number;
}

export interface GroupReport extends Counts {
  section: string;
}

export interface AgencyReport {
  name: string;
  sheet: string;
  hasTab: boolean;
  editors: string[];
  assigned: number;
  reported: number;
  met: number;
  unmet: number;
  completeness: number;
  missing: Array<{ lineKey: string; code: string; text: string }>;
}

export interface TierReport {
  unit: string;
  sheet: string;
  mandatory: { met: number; total: number };
  extended: { met: number; total: number };
  /** False when the unit entered nothing for the period: it is then ranked last. */
  reported: boolean;
  passed: boolean;
  verdict: string;
  rank: number;
}

export interface Report {
  period: string;
  year: number;
  totals: {
    indicators: number;
    met: number;
    exceeded: number;
    unmet: number;
    notReported: number;
    reportedWithoutTarget: number;
  };
  indicators: IndicatorReport[];
  groups: GroupReport[];
  agencies: AgencyReport[];
  tiers: TierReport[] | null;
  /** Tasks (tables of "Nhiệm vụ"): done, in progress, overdue at the period's deadline; null when none. */
  tasks: TaskSummary | null;
  /** True when nobody entered anything for this period. */
  empty: boolean;
}

export type TaskState = 'done' | 'in-progress' | 'overdue';

export interface TaskReport {
  id: string;
  code: string;
  text: string;
  lead: string[];
  /** The time cell as written ("Quý II/2026"), "" when none. */
  deadline: string;
  /** The day it is due (ISO), null when recurring, continuous or undated. */
  due: string | null;
  state: TaskState;
}

export interface TaskSummary {
  total: number;
  done: number;
  inProgress: number;
  overdue: number;
  /** The day the states are judged on: the period's reporting deadline. */
  asOf: string;
  tasks: TaskReport[];
}

const isBlank = (v: unknown) => v === '' || v === null || v === undefined;

function displayValue(value: number | string | null, target: Target | null): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  const text = String(Number(value.toFixed(2))).replace('.', ',');
  return target?.unit === '%' ? `${text}%` : text;
}

/** Evaluates one line's entered value for the period. */
export function evaluateLine(
  line: TabLine,
  raw: unknown,
  margin: number,
): { value: number | string | null; status: LineStatus } {
  if (isBlank(raw)) return { value: null, status: 'missing' };
  const value = typeof raw === 'number' ? fromSheetNumber(raw, line.target) : String(raw).trim();
  if (!line.target) return { value, status: 'reported' };
  // Judged as the tab's status formula and colours judge the cell, so that the three agree: a
  // yes/no line holds exactly "Có" or "Chưa có" (compared as Sheets compares text, ignoring
  // case); a numeric line holds a number — a text such as "99,9%" there is invalid, not read.
  if (line.kind === 'yesno') {
    const answer = typeof raw === 'string' ? raw.trim().toLowerCase() : null;
    if (answer === YES.toLowerCase()) return { value, status: 'met' };
    if (answer === NO.toLowerCase()) return { value, status: 'unmet' };
    return { value, status: 'invalid' };
  }
  if (typeof raw !== 'number') return { value, status: 'invalid' };
  const evaluation = evaluateTarget(line.target, value);
  if (evaluation === 'invalid') return { value, status: 'invalid' };
  if (evaluation === 'empty') return { value: null, status: 'missing' };
  if (evaluation === 'unmet') return { value, status: 'unmet' };
  const t = line.target;
  const exceeded = typeof value === 'number' && kindOf(t).exceededBy(value, t, margin);
  return { value, status: exceeded ? 'exceeded' : 'met' };
}

function indicatorStatus(results: LineResult[]): IndicatorStatus {
  if (results.length === 0) return 'missing';
  if (results.some((r) => r.status === 'unmet' || r.status === 'invalid')) return 'unmet';
  if (results.some((r) => r.status === 'missing')) return 'missing';
  if (results.every((r) => r.status === 'reported')) return 'reported';
  const judged = results.filter((r) => r.status !== 'reported');
  return judged.every((r) => r.status === 'exceeded') ? 'exceeded' : 'met';
}

function count(statuses: IndicatorStatus[]): Counts {
  const c: Counts = { total: statuses.length, met: 0, exceeded: 0, unmet: 0, missing: 0, reported: 0 };
  for (const s of statuses) c[s]++;
  c.met += c.exceeded;
  return c;
}

const isMet = (s: LineStatus | IndicatorStatus) => s === 'met' || s === 'exceeded';

export function buildReport(input: ReportInput): Report {
  const { period, settings } = input;
  const byIndicator = new Map<string, LineResult[]>();
  const agencies: AgencyReport[] = [];
  const metByUnitIndicator = new Map<string, Map<string, boolean>>();
  let anyValue = false;

  for (const u of input.units) {
    const agency: AgencyReport = {
      name: u.unit.name,
      sheet: u.unit.sheetName,
      hasTab: u.hasTab,
      editors: u.unit.editors,
      assigned: u.lines.length,
      reported: 0,
      met: 0,
      unmet: 0,
      completeness: 0,
      missing: [],
    };
    const perIndicator = new Map<string, boolean>();
    for (const { line, values } of u.lines) {
      const raw = values?.periods[period];
      const { value, status } = evaluateLine(line, raw, settings.exceedMargin);
      if (status !== 'missing') {
        agency.reported++;
        anyValue = true;
      } else {
        agency.missing.push({ lineKey: line.key, code: line.code, text: line.text });
      }
      if (isMet(status)) agency.met++;
      if (status === 'unmet' || status === 'invalid') agency.unmet++;
      const result: LineResult = {
        agency: u.unit.name,
        sheet: u.unit.sheetName,
        lineKey: line.key,
        label: line.target?.label ?? '',
        target: line.target ? formatTarget(line.target) : line.targetText,
        value,
        display: displayValue(value, line.target),
        status,
        // Only this period's: a quarter's report never cites another quarter's documents.
        evidence: isBlank(values?.evidence[period]) ? '' : String(values!.evidence[period]),
        explanation: isBlank(values?.explanation[period]) ? '' : String(values!.explanation[period]),
      };
      if (!byIndicator.has(line.indicatorId)) byIndicator.set(line.indicatorId, []);
      byIndicator.get(line.indicatorId)!.push(result);
      perIndicator.set(
        line.indicatorId,
        (perIndicator.get(line.indicatorId) ?? true) && (isMet(status) || status === 'reported'),
      );
    }
    agency.completeness = agency.assigned === 0 ? 1 : agency.reported / agency.assigned;
    agencies.push(agency);
    metByUnitIndicator.set(u.unit.key, perIndicator);
  }

  const indicators: IndicatorReport[] = input.indicators.map((i) => {
    const results = byIndicator.get(i.id) ?? [];
    return {
      id: i.id,
      code: i.code,
      section: i.section,
      text: i.text,
      targetText: i.targetText,
      targets: i.targets,
      tier: i.tier,
      lead: i.lead,
      cooperating: i.cooperating,
      monitor: i.monitor,
      status: indicatorStatus(results),
      results,
    };
  });

  const sections = [...new Set(indicators.map((i) => i.section))];
  const groups: GroupReport[] = sections.map((section) => ({
    section,
    ...count(indicators.filter((i) => i.section === section).map((i) => i.status)),
  }));
  const all = count(indicators.map((i) => i.status));

  return {
    period,
    year: settings.year,
    totals: {
      indicators: all.total,
      met: all.met,
      exceeded: all.exceeded,
      unmet: all.unmet,
      notReported: all.missing,
      reportedWithoutTarget: all.reported,
    },
    indicators,
    groups,
    agencies,
    tiers: tierReports(input, metByUnitIndicator, agencies),
    tasks: taskSummary(input, byIndicator),
    empty: !anyValue,
  };
}

/**
 * A task is done when every unit reports its completion line ("Có"); overdue when it is not done
 * and its due day is before the period's reporting deadline; in progress otherwise (recurring and
 * undated tasks are never overdue).
 */
export function taskSummary(input: ReportInput, byIndicator: Map<string, LineResult[]>): TaskSummary | null {
  const tasks = input.indicators.filter((i) => i.kind === 'task');
  if (tasks.length === 0) return null;
  const { settings } = input;
  const index = settings.periods.indexOf(input.period);
  const asOf = settings.deadlines[index] ?? `${settings.year}-12-31`;
  const reports: TaskReport[] = tasks.map((task) => {
    const completion = (byIndicator.get(task.id) ?? []).filter(
      (r) => r.lineKey === task.id || r.lineKey === `${task.id}/1`,
    );
    const done = completion.length > 0 && completion.every((r) => isMet(r.status));
    const due = task.deadline?.recurring ? null : (task.deadline?.end ?? null);
    const state: TaskState = done ? 'done' : due !== null && due < asOf ? 'overdue' : 'in-progress';
    return {
      id: task.id,
      code: task.code,
      text: task.text,
      lead: task.lead,
      deadline: task.deadline?.text ?? '',
      due,
      state,
    };
  });
  const of = (state: TaskState) => reports.filter((r) => r.state === state).length;
  return {
    total: reports.length,
    done: of('done'),
    inProgress: of('in-progress'),
    overdue: of('overdue'),
    asOf,
    tasks: reports,
  };
}

/** Tier verdict per unit that reports tiered criteria, ranked. */
function tierReports(
  input: ReportInput,
  met: Map<string, Map<string, boolean>>,
  agencies: AgencyReport[],
): TierReport[] | null {
  const tiered = input.indicators.filter((i) => i.tier);
  if (tiered.length === 0) return null;
  const { mandatoryShare, extendedShare } = input.settings;
  const reports: TierReport[] = [];
  input.units.forEach((u, index) => {
    const assigned = new Set(u.lines.map((l) => l.line.indicatorId));
    if (!tiered.some((i) => assigned.has(i.id))) return;
    const own = met.get(u.unit.key) ?? new Map<string, boolean>();
    const tally = (tier: Tier) => {
      const list = tiered.filter((i) => i.tier === tier && assigned.has(i.id));
      return { met: list.filter((i) => own.get(i.id) === true).length, total: list.length };
    };
    const mandatory = tally('mandatory');
    const extended = tally('extended');
    const enough = (t: { met: number; total: number }, share: number) =>
      t.total === 0 || t.met >= Math.ceil(t.total * share - 1e-9);
    const reported = agencies[index].reported > 0;
    const passed = reported && enough(mandatory, mandatoryShare) && enough(extended, extendedShare);
    const verdict = reported
      ? M.reportTierVerdict(mandatory.met, mandatory.total, extended.met, extended.total, passed)
      : M.reportTierNotReported;
    reports.push({
      unit: u.unit.name,
      sheet: u.unit.sheetName,
      mandatory,
      extended,
      reported,
      passed,
      verdict,
      rank: 0,
    });
  });
  const share = (t: { met: number; total: number }) => (t.total ? t.met / t.total : 1);
  const score = (r: TierReport) => [r.passed ? 1 : 0, r.reported ? 1 : 0, share(r.mandatory), share(r.extended)];
  const compare = (a: TierReport, b: TierReport) => {
    const sa = score(a);
    const sb = score(b);
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sb[i] - sa[i];
    return 0;
  };
  const sorted = [...reports].sort((a, b) => compare(a, b) || a.unit.localeCompare(b.unit, 'vi'));
  sorted.forEach((r, i) => {
    r.rank = i > 0 && compare(sorted[i - 1], r) === 0 ? sorted[i - 1].rank : i + 1;
  });
  return sorted;
}
