/**
 * The report as shown to people: the lists a meeting looks at (groups, agencies that have not
 * reported, unmet indicators with their explanations, tier ranking), derived from buildReport's
 * Report only. The sidebar and the summary sheet both render this one object, so they agree.
 * Plain JSON-safe data: it crosses google.script.run.
 */
import { M } from '../messages';
import type { LineStatus, Report } from './report';

export interface GroupView {
  label: string;
  total: number;
  /** Includes exceeded. */
  met: number;
  exceeded: number;
  unmet: number;
  missing: number;
  /** Reported without a readable target: neither met nor unmet. */
  reported: number;
  /** met / total, 0 when the group is empty. */
  metShare: number;
}

export interface AgencyView {
  name: string;
  sheet: string;
  hasTab: boolean;
  editors: string[];
  assigned: number;
  reported: number;
  met: number;
  unmet: number;
  missing: number;
  completeness: number;
  /** The lines still blank for the period. */
  missingLines: Array<{ code: string; text: string }>;
}

export interface UnmetLineView {
  agency: string;
  target: string;
  result: string;
  status: LineStatus;
  statusText: string;
  evidence: string;
  explanation: string;
}

export interface UnmetView {
  code: string;
  section: string;
  text: string;
  lines: UnmetLineView[];
}

export interface TierView {
  rank: number;
  unit: string;
  mandatory: { met: number; total: number };
  extended: { met: number; total: number };
  reported: boolean;
  passed: boolean;
  conclusion: string;
  verdict: string;
}

export interface ReportView {
  period: string;
  year: number;
  closed: boolean;
  /** Nobody entered anything for this period. */
  empty: boolean;
  totals: GroupView;
  groups: GroupView[];
  agencies: AgencyView[];
  /** Agencies with at least one blank line, least complete first. */
  late: AgencyView[];
  unmet: UnmetView[];
  tiers: TierView[] | null;
  /** Tasks of a task table by state; null when the table holds none. */
  tasks: TaskView | null;
  mandatoryShare: number;
  extendedShare: number;
}

export interface TaskView {
  done: number;
  inProgress: number;
  overdue: number;
  total: number;
  /** Overdue tasks first, then those in progress, then the done ones. */
  rows: Array<{ code: string; text: string; lead: string; deadline: string; state: string; overdue: boolean }>;
}

const shareOf = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

export function reportView(
  report: Report,
  settings: { closedPeriods: string[]; mandatoryShare: number; extendedShare: number },
): ReportView {
  const t = report.totals;
  const totals: GroupView = {
    label: M.summaryAllIndicators,
    total: t.indicators,
    met: t.met,
    exceeded: t.exceeded,
    unmet: t.unmet,
    missing: t.notReported,
    reported: t.reportedWithoutTarget,
    metShare: shareOf(t.met, t.indicators),
  };
  const groups: GroupView[] = report.groups.map((g) => ({
    label: g.section || M.reportNoSection,
    total: g.total,
    met: g.met,
    exceeded: g.exceeded,
    unmet: g.unmet,
    missing: g.missing,
    reported: g.reported,
    metShare: shareOf(g.met, g.total),
  }));
  const agencies: AgencyView[] = report.agencies.map((a) => ({
    name: a.name,
    sheet: a.sheet,
    hasTab: a.hasTab,
    editors: [...a.editors],
    assigned: a.assigned,
    reported: a.reported,
    met: a.met,
    unmet: a.unmet,
    missing: a.assigned - a.reported,
    completeness: a.completeness,
    missingLines: a.missing.map((m) => ({ code: m.code, text: m.text })),
  }));
  const late = agencies
    .filter((a) => a.missing > 0)
    .sort((a, b) => a.completeness - b.completeness || a.name.localeCompare(b.name, 'vi'));
  const unmet: UnmetView[] = report.indicators
    .filter((i) => i.status === 'unmet')
    .map((i) => ({
      code: i.code,
      section: i.section,
      text: i.text,
      lines: i.results
        .filter((r) => r.status === 'unmet' || r.status === 'invalid')
        .map((r) => ({
          agency: r.agency,
          // A multi-target indicator's lines are told apart by their label ("cấp xã: ≥ 80%").
          target: r.label ? `${r.label}: ${r.target}` : r.target,
          result: r.display,
          status: r.status,
          statusText: M.reportStatus[r.status as 'unmet' | 'invalid'],
          evidence: r.evidence,
          explanation: r.explanation,
        })),
    }));
  const tiers: TierView[] | null =
    report.tiers?.map((r) => ({
      rank: r.rank,
      unit: r.unit,
      mandatory: { ...r.mandatory },
      extended: { ...r.extended },
      reported: r.reported,
      passed: r.passed,
      conclusion: !r.reported ? M.reportTierNotReported : r.passed ? M.reportTierPassed : M.reportTierFailed,
      verdict: r.verdict,
    })) ?? null;
  const order = { overdue: 0, 'in-progress': 1, done: 2 } as const;
  const tasks: TaskView | null = report.tasks
    ? {
        done: report.tasks.done,
        inProgress: report.tasks.inProgress,
        overdue: report.tasks.overdue,
        total: report.tasks.total,
        rows: [...report.tasks.tasks]
          .sort((a, b) => order[a.state] - order[b.state])
          .map((task) => ({
            code: task.code,
            text: task.text,
            lead: task.lead.join('; '),
            deadline: task.deadline,
            state: M.reportTaskState[task.state],
            overdue: task.state === 'overdue',
          })),
      }
    : null;
  return {
    period: report.period,
    year: report.year,
    closed: settings.closedPeriods.includes(report.period),
    empty: report.empty,
    totals,
    groups,
    agencies,
    late,
    unmet,
    tiers,
    tasks,
    mandatoryShare: settings.mandatoryShare,
    extendedShare: settings.extendedShare,
  };
}
