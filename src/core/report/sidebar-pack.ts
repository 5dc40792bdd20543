/**
 * The sidebar's payload as it crosses google.script.run: each fact once. Every string stands
 * once in a table and is referred to by its index; an agency's lines are one list shared by
 * every agency with the same lines (every commune of a criteria table); what is missing or late
 * is a bit per line of that list; the late agencies are indexes; reminders and verdicts are
 * rebuilt in the browser from the same core functions the server would use. Long lists are
 * paged: the lines of agencies beyond a byte budget, and unmet indicators beyond another, come
 * with `sidebarGetDetails` when the person opens them.
 *
 * `unpackSidebar` gives back the SidebarReport of sidebar-payload.ts (the same ReportView and
 * CycleView the summary sheet renders), so the sidebar shows exactly what it showed before.
 */
import type { CycleAgency, CycleView } from '../cycle/cycle';
import { reminderFor } from '../cycle/reminder';
import type { AgencyTimelinessStatus } from '../cycle/timeliness';
import { M } from '../messages';
import type { LineStatus } from './report';
import type { PeriodOption, ReportSource, SidebarReport } from './sidebar-payload';
import type { AgencyView, GroupView, ReportView, TaskView, TierView, UnmetView } from './view';

/** Bytes of line texts sent with the report before the rest waits to be asked for. */
export const LINES_BUDGET = 40 * 1024;
/** Bytes of unmet indicators (their lines, results, explanations) sent before the rest is paged. */
export const UNMET_BUDGET = 32 * 1024;

export interface PackedAgency {
  name: number;
  sheet: number;
  hasTab: boolean;
  assigned: number;
  reported: number;
  met: number;
  unmet: number;
  completeness: number;
  /** Its lines: an index into lineSets, or -1 while they wait to be asked for. */
  set: number;
  /** One bit per line of its list: the line is blank for the period. */
  missing: string;
}

/** An unmet line: [agency index, target, result, status, evidence, explanation] (strings as indexes). */
export type PackedUnmetLine = [number, number, number, number, number, number];

export interface PackedUnmet {
  code: number;
  section: number;
  text: number;
  lines: PackedUnmetLine[];
}

export interface PackedTier {
  rank: number;
  agency: number;
  mandatory: [number, number];
  extended: [number, number];
  reported: boolean;
  passed: boolean;
}

export interface PackedReport {
  period: string;
  year: number;
  closed: boolean;
  empty: boolean;
  mandatoryShare: number;
  extendedShare: number;
  totals: GroupView;
  groups: GroupView[];
  /** Distinct lists of lines, each line as two string indexes (code, text) one after the other. */
  lineSets: number[][];
  agencies: PackedAgency[];
  /** Agencies with a blank line (indexes), least complete first. */
  late: number[];
  unmet: PackedUnmet[];
  /** Unmet indicators still to ask for (sidebarGetDetails, from unmet.length). */
  unmetLeft: number;
  tiers: PackedTier[] | null;
  tasks: PackedTasks | null;
}

/** Tasks by state, each row [code, text, lead, deadline, state] as string indexes and overdue. */
export interface PackedTasks {
  done: number;
  inProgress: number;
  overdue: number;
  total: number;
  rows: Array<[number, number, number, number, number, boolean]>;
}

export interface PackedCycleAgency {
  agency: number;
  status: AgencyTimelinessStatus;
  lastEntry: string | null;
  /** Figures entered (a figure the report cannot read still counts here). */
  reported: number;
  unknownTime: number;
  overruled: number;
  witnessedLate: number;
  emails: number[];
  /** Bits over the agency's lines: blank, and entered after the deadline. */
  missing: string;
  late: string;
}

/** The cycle as it travels: its own facts as they are, the agencies as indexes (one definition of the rest). */
export interface PackedCycle extends Omit<CycleView, 'ok' | 'agencies'> {
  /** Who signs the reminders. */
  sender: string;
  agencies: PackedCycleAgency[];
}

export interface PackedSidebar {
  ok: true;
  period: string;
  periods: PeriodOption[];
  notice: string;
  /** Every string of the report and the cycle, once. */
  strings: string[];
  report: PackedReport | null;
  cycle: PackedCycle | null;
}

/** What the sidebar asks for after the first payload: lines of these agencies, unmet indicators from an index. */
export interface DetailsRequest {
  sheets: string[];
  unmetFrom: number;
}

export interface PackedDetails {
  ok: true;
  period: string;
  strings: string[];
  /** Line lists of the agencies asked for, by sheet name (string index). */
  agencies: Array<{ sheet: number; lines: number[] }>;
  unmet: PackedUnmet[];
  unmetFrom: number;
  unmetLeft: number;
}

// --- strings and bits -----------------------------------------------------------------------

class Strings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  /** JSON bytes the table has grown by. */
  bytes = 0;

  ref(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.index.set(text, i);
      this.bytes += JSON.stringify(text).length + 1;
    }
    return i;
  }

  has(text: string): boolean {
    return this.index.has(text);
  }
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** One bit per flag, six to a character (base64url), first flag in the lowest bit. */
export function bitsOf(flags: boolean[]): string {
  let out = '';
  for (let i = 0; i < flags.length; i += 6) {
    let n = 0;
    for (let j = 0; j < 6 && i + j < flags.length; j++) if (flags[i + j]) n |= 1 << j;
    out += B64[n];
  }
  return out.replace(/A+$/, '');
}

export function flagsOf(bits: string, length: number): boolean[] {
  return Array.from({ length }, (_, i) => {
    const ch = bits[Math.floor(i / 6)];
    return ch !== undefined && ((B64.indexOf(ch) >> (i % 6)) & 1) === 1;
  });
}

// --- packing (server) -------------------------------------------------------------------------

interface Unit {
  sheet: string;
  lines: Array<{ key: string; code: string; text: string }>;
}

function unitsOf(source: ReportSource): Unit[] {
  return source.units.map((u) => ({
    sheet: u.unit.sheetName,
    lines: u.lines.map(({ line }) => ({ key: line.key, code: line.code, text: line.text })),
  }));
}

/** Line sets keyed by their lines: agencies with the same lines share one. */
class LineSets {
  readonly sets: number[][] = [];
  private readonly byKey = new Map<string, number>();

  constructor(private readonly strings: Strings) {}

  /** The set of these lines if it fits the budget left (or is known already); -1 otherwise. */
  add(lines: Unit['lines'], budget: { left: number }): number {
    const key = JSON.stringify(lines.map((l) => [l.code, l.text]));
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const fresh = new Set<string>();
    let cost = 0;
    for (const l of lines)
      for (const s of [l.code, l.text]) {
        if (this.strings.has(s) || fresh.has(s)) continue;
        fresh.add(s);
        cost += JSON.stringify(s).length + 1;
      }
    cost += lines.length * 8;
    if (cost > budget.left) return -1;
    budget.left -= cost;
    const refs = lines.flatMap((l) => [this.strings.ref(l.code), this.strings.ref(l.text)]);
    this.byKey.set(key, this.sets.length);
    this.sets.push(refs);
    return this.sets.length - 1;
  }
}

function packUnmet(cards: UnmetView[], agencyIndex: Map<string, number>, strings: Strings): PackedUnmet[] {
  return cards.map((card) => ({
    code: strings.ref(card.code),
    section: strings.ref(card.section),
    text: strings.ref(card.text),
    lines: card.lines.map(
      (l): PackedUnmetLine => [
        agencyIndex.get(l.agency) ?? -1,
        strings.ref(l.target),
        strings.ref(l.result),
        STATUSES.indexOf(l.status),
        strings.ref(l.evidence),
        strings.ref(l.explanation),
      ],
    ),
  }));
}

function packTasks(tasks: TaskView, strings: Strings): PackedTasks {
  return {
    done: tasks.done,
    inProgress: tasks.inProgress,
    overdue: tasks.overdue,
    total: tasks.total,
    rows: tasks.rows.map((r) => [
      strings.ref(r.code),
      strings.ref(r.text),
      strings.ref(r.lead),
      strings.ref(r.deadline),
      strings.ref(r.state),
      r.overdue,
    ]),
  };
}

const STATUSES: LineStatus[] = ['met', 'exceeded', 'unmet', 'missing', 'reported', 'invalid'];

/** How many of the unmet cards fit the budget (at least one, so the list always moves on). */
function unmetPage(cards: UnmetView[], budget: number): number {
  let bytes = 0;
  for (let i = 0; i < cards.length; i++) {
    const c = cards[i];
    bytes +=
      c.code.length +
      c.section.length +
      c.text.length +
      c.lines.reduce(
        (n, l) => n + l.target.length + l.result.length + l.evidence.length + l.explanation.length + 30,
        40,
      );
    if (bytes > budget && i > 0) return i;
  }
  return cards.length;
}

/** The payload of a full SidebarReport (sidebar-payload.ts) for its source. */
export function packSidebar(source: ReportSource, response: SidebarReport): PackedSidebar {
  const strings = new Strings();
  const { report: view, cycle } = response;
  if (!view) return { ...response, strings: [], report: null, cycle: null };
  const units = unitsOf(source);
  const sets = new LineSets(strings);
  const agencyIndex = new Map(view.agencies.map((a, i) => [a.name, i]));
  const sheetIndex = new Map(view.agencies.map((a, i) => [a.sheet, i]));
  const unitOf = (sheet: string) => units.find((u) => u.sheet === sheet);
  const budget = { left: LINES_BUDGET };
  // Lines of the agencies the sidebar lists first (least complete first), then of those chased.
  const wanted = [
    ...view.late.map((a) => a.sheet),
    ...(cycle?.agencies ?? []).filter((a) => a.status !== 'on-time').map((a) => a.sheet),
  ];
  const setOf = new Map<string, number>();
  for (const sheet of wanted) {
    if (setOf.has(sheet)) continue;
    const unit = unitOf(sheet);
    if (unit) setOf.set(sheet, sets.add(unit.lines, budget));
  }
  const bitsFor = (sheet: string, lines: Array<{ code: string; text: string }>) => {
    const unit = unitOf(sheet);
    if (!unit) return '';
    // Lines are matched in order: a list may hold the same line twice (several targets).
    let at = 0;
    return bitsOf(
      unit.lines.map((l) => {
        const next = lines[at];
        const hit = !!next && next.code === l.code && next.text === l.text;
        if (hit) at++;
        return hit;
      }),
    );
  };
  const agencies: PackedAgency[] = view.agencies.map((a) => ({
    name: strings.ref(a.name),
    sheet: strings.ref(a.sheet),
    hasTab: a.hasTab,
    assigned: a.assigned,
    reported: a.reported,
    met: a.met,
    unmet: a.unmet,
    completeness: a.completeness,
    set: setOf.get(a.sheet) ?? -1,
    missing: bitsFor(a.sheet, a.missingLines),
  }));
  const page = unmetPage(view.unmet, UNMET_BUDGET);
  const report: PackedReport = {
    period: view.period,
    year: view.year,
    closed: view.closed,
    empty: view.empty,
    mandatoryShare: view.mandatoryShare,
    extendedShare: view.extendedShare,
    totals: view.totals,
    groups: view.groups,
    lineSets: sets.sets,
    agencies,
    late: view.late.map((a) => sheetIndex.get(a.sheet)!),
    unmet: packUnmet(view.unmet.slice(0, page), agencyIndex, strings),
    unmetLeft: view.unmet.length - page,
    tiers:
      view.tiers?.map((t) => ({
        rank: t.rank,
        agency: agencyIndex.get(t.unit) ?? -1,
        mandatory: [t.mandatory.met, t.mandatory.total],
        extended: [t.extended.met, t.extended.total],
        reported: t.reported,
        passed: t.passed,
      })) ?? null,
    tasks: view.tasks ? packTasks(view.tasks, strings) : null,
  };
  const packedCycle: PackedCycle | null = cycle
    ? {
        period: cycle.period,
        periods: cycle.periods,
        year: cycle.year,
        deadline: cycle.deadline,
        deadlineText: cycle.deadlineText,
        deadlinePassed: cycle.deadlinePassed,
        closed: cycle.closed,
        counts: cycle.counts,
        unknownTime: cycle.unknownTime,
        overruled: cycle.overruled,
        witnessedLate: cycle.witnessedLate,
        sender: source.settings.organisation || M.defaultSender,
        agencies: cycle.agencies.map((a) => ({
          agency: sheetIndex.get(a.sheet) ?? -1,
          status: a.status,
          lastEntry: a.lastEntry,
          reported: a.reported,
          unknownTime: a.unknownTime,
          overruled: a.overruled,
          witnessedLate: a.witnessedLate,
          emails: a.emails.map((e) => strings.ref(e)),
          missing: bitsFor(a.sheet, a.missing),
          late: bitsFor(a.sheet, a.late),
        })),
      }
    : null;
  return {
    ok: true,
    period: response.period,
    periods: response.periods,
    notice: response.notice,
    strings: strings.list,
    report,
    cycle: packedCycle,
  };
}

/** The lines of the agencies asked for, and the next page of unmet indicators. */
export function packDetails(source: ReportSource, response: SidebarReport, ask: DetailsRequest): PackedDetails {
  const strings = new Strings();
  const units = unitsOf(source);
  const view = response.report;
  const cards = view?.unmet ?? [];
  const from = Math.max(0, Math.min(cards.length, Math.floor(ask.unmetFrom)));
  const rest = cards.slice(from);
  const page = rest.length > 0 ? unmetPage(rest, UNMET_BUDGET) : 0;
  const agencyIndex = new Map((view?.agencies ?? []).map((a, i) => [a.name, i]));
  const asked = new Set(ask.sheets);
  return {
    ok: true,
    period: response.period,
    strings: strings.list,
    agencies: units
      .filter((u) => asked.has(u.sheet))
      .map((u) => ({
        sheet: strings.ref(u.sheet),
        lines: u.lines.flatMap((l) => [strings.ref(l.code), strings.ref(l.text)]),
      })),
    unmet: packUnmet(rest.slice(0, page), agencyIndex, strings),
    unmetFrom: from,
    unmetLeft: rest.length - page,
  };
}

// --- unpacking (browser) ----------------------------------------------------------------------

export interface Unpacked {
  response: SidebarReport;
  /** Sheets of agencies whose lines wait to be asked for (their lists below are empty until then). */
  pending: Set<string>;
  /** Unmet indicators still to ask for. */
  unmetLeft: number;
}

/** The SidebarReport of a payload, with the details received since merged in. */
export function unpackSidebar(packed: PackedSidebar, details: PackedDetails[] = []): Unpacked {
  const base = { ok: true as const, period: packed.period, periods: packed.periods, notice: packed.notice };
  const r = packed.report;
  if (!r) return { response: { ...base, report: null, cycle: null }, pending: new Set(), unmetLeft: 0 };
  const s = (i: number) => packed.strings[i] ?? '';
  const setLines = (set: number[]) =>
    Array.from({ length: set.length / 2 }, (_, i) => ({ code: s(set[2 * i]), text: s(set[2 * i + 1]) }));
  const linesBySheet = new Map<string, Array<{ code: string; text: string }>>();
  r.agencies.forEach((a) => {
    if (a.set >= 0) linesBySheet.set(s(a.sheet), setLines(r.lineSets[a.set]));
  });
  const unmetCards: Array<{ card: PackedUnmet; strings: string[] }> = r.unmet.map((card) => ({
    card,
    strings: packed.strings,
  }));
  let unmetLeft = r.unmetLeft;
  for (const d of details) {
    for (const a of d.agencies) {
      const lines = Array.from({ length: a.lines.length / 2 }, (_, i) => ({
        code: d.strings[a.lines[2 * i]] ?? '',
        text: d.strings[a.lines[2 * i + 1]] ?? '',
      }));
      linesBySheet.set(d.strings[a.sheet] ?? '', lines);
    }
    if (d.unmetFrom === unmetCards.length) {
      unmetCards.push(...d.unmet.map((card) => ({ card, strings: d.strings })));
      unmetLeft = d.unmetLeft;
    }
  }
  const pending = new Set<string>();
  const pick = (sheet: string, bits: string) => {
    const lines = linesBySheet.get(sheet);
    if (!lines) {
      if (bits) pending.add(sheet);
      return [];
    }
    const flags = flagsOf(bits, lines.length);
    return lines.filter((_, i) => flags[i]);
  };
  const agencies: AgencyView[] = r.agencies.map((a) => ({
    name: s(a.name),
    sheet: s(a.sheet),
    hasTab: a.hasTab,
    editors: [],
    assigned: a.assigned,
    reported: a.reported,
    met: a.met,
    unmet: a.unmet,
    missing: a.assigned - a.reported,
    completeness: a.completeness,
    missingLines: pick(s(a.sheet), a.missing).map((l) => ({ code: l.code, text: l.text })),
  }));
  const unmet: UnmetView[] = unmetCards.map(({ card, strings }) => {
    const t = (i: number) => strings[i] ?? '';
    return {
      code: t(card.code),
      section: t(card.section),
      text: t(card.text),
      lines: card.lines.map(([agency, target, result, status, evidence, explanation]) => {
        const lineStatus = STATUSES[status] ?? 'unmet';
        return {
          agency: agencies[agency]?.name ?? '',
          target: t(target),
          result: t(result),
          status: lineStatus,
          statusText: M.reportStatus[lineStatus as 'unmet' | 'invalid'],
          evidence: t(evidence),
          explanation: t(explanation),
        };
      }),
    };
  });
  const tiers: TierView[] | null =
    r.tiers?.map((t) => {
      const [mm, mt] = t.mandatory;
      const [em, et] = t.extended;
      return {
        rank: t.rank,
        unit: agencies[t.agency]?.name ?? '',
        mandatory: { met: mm, total: mt },
        extended: { met: em, total: et },
        reported: t.reported,
        passed: t.passed,
        conclusion: !t.reported ? M.reportTierNotReported : t.passed ? M.reportTierPassed : M.reportTierFailed,
        verdict: t.reported ? M.reportTierVerdict(mm, mt, em, et, t.passed) : M.reportTierNotReported,
      };
    }) ?? null;
  const report: ReportView = {
    period: r.period,
    year: r.year,
    closed: r.closed,
    empty: r.empty,
    totals: r.totals,
    groups: r.groups,
    agencies,
    late: r.late.map((i) => agencies[i]),
    unmet,
    tiers,
    tasks: r.tasks
      ? {
          done: r.tasks.done,
          inProgress: r.tasks.inProgress,
          overdue: r.tasks.overdue,
          total: r.tasks.total,
          rows: r.tasks.rows.map(([code, text, lead, deadline, state, overdue]) => ({
            code: s(code),
            text: s(text),
            lead: s(lead),
            deadline: s(deadline),
            state: s(state),
            overdue,
          })),
        }
      : null,
    mandatoryShare: r.mandatoryShare,
    extendedShare: r.extendedShare,
  };
  const c = packed.cycle;
  const cycle: CycleView | null = c
    ? {
        ok: true,
        period: c.period,
        periods: c.periods,
        year: c.year,
        deadline: c.deadline,
        deadlineText: c.deadlineText,
        deadlinePassed: c.deadlinePassed,
        closed: c.closed,
        counts: c.counts,
        unknownTime: c.unknownTime,
        overruled: c.overruled,
        witnessedLate: c.witnessedLate,
        agencies: c.agencies.map((a): CycleAgency => {
          const agency = agencies[a.agency];
          const name = agency?.name ?? '';
          const sheet = agency?.sheet ?? '';
          const emails = a.emails.map(s);
          const missing = pick(sheet, a.missing);
          const late = pick(sheet, a.late);
          const reminder =
            a.status === 'on-time' || pending.has(sheet)
              ? { subject: '', body: '', mailto: null }
              : reminderFor({
                  agency: name,
                  sheet,
                  emails,
                  period: c.period,
                  year: c.year,
                  deadline: c.deadlineText,
                  deadlinePassed: c.deadlinePassed,
                  sender: c.sender,
                  missing,
                  late,
                });
          return {
            name,
            sheet,
            status: a.status,
            statusText: M.timelinessWords[a.status],
            lastEntry: a.lastEntry,
            assigned: agency?.assigned ?? 0,
            reported: a.reported,
            missing,
            late,
            unknownTime: a.unknownTime,
            overruled: a.overruled,
            witnessedLate: a.witnessedLate,
            emails,
            ...reminder,
          };
        }),
      }
    : null;
  return { response: { ...base, report, cycle }, pending, unmetLeft };
}
