/**
 * The summary sheet ("Tổng hợp Quý I 2025") as plain data: every cell's value, number format,
 * background and weight, plus the few areas that get one call each (merges, borders, centring),
 * so the sheets layer writes it with a fixed number of calls whatever the number of agencies.
 *
 * Layout, for A4 landscape printed "fit to width" (8 columns, 940 px):
 * rows 1–3 the heading of an administrative report (organisation and number on the left, the
 * national motto and place/date on the right), row 5 the title, row 6 the period and as-of
 * date; rows 1–6 are frozen, so they repeat on every printed page. Then one table per section:
 * I totals, II by group (with the bar chart below it), III by agency, IV unmet indicators with
 * explanations, V agencies that have not reported everything, VI the tier ranking (only for
 * criteria sets with Bắt buộc / Mở rộng). A section without rows says "Không có.".
 */
import { COLOURS } from '../layout/colours';
import { type Area, type ChartSpec, emptySheetSpec, type SheetSpec } from '../layout/sheet-spec';
import { M } from '../messages';
import { STATUS_COLOURS } from './palette';
import type { AgencyView, GroupView, ReportView } from './view';

export const SUMMARY_WIDTH = 8;
export const SUMMARY_FROZEN_ROWS = 6;
/** 940 px in all: one A4 landscape page at a legible size (ONE_PAGE_WIDTH, layout/print.ts). */
const COLUMN_WIDTHS = [36, 250, 130, 70, 70, 70, 104, 210];
const ROW_HEIGHT = 21;
const TITLE_FONT_SIZE = 13;
const TEXT = '@';
const COUNT = '0';
const SHARE = '0%';
/** How many blank lines of one agency the summary lists before "… và n chỉ tiêu khác". */
const MISSING_LISTED = 8;
const MISSING_TEXT_LENGTH = 70;

export type SummaryTable = 'totals' | 'groups' | 'agencies' | 'unmet' | 'late' | 'tiers' | 'tasks';

export type SummaryChart = ChartSpec;

export interface SummarySpec extends SheetSpec {
  /** Each table with its header row: bordered, header centred. */
  tables: Partial<Record<SummaryTable, Area>>;
  titleCell: Area;
}

export interface SummaryInput {
  view: ReportView;
  organisation: string;
  /** The day the sheet is written, in the spreadsheet's time zone. */
  asOf: { day: number; month: number; year: number };
}

type Cell = string | number;

/** Accumulates rows with their formats; areas are 1-based like the sheet. */
class Grid {
  readonly values: Cell[][] = [];
  readonly formats: string[][] = [];
  readonly backgrounds: (string | null)[][] = [];
  readonly weights: ('bold' | 'normal')[][] = [];
  readonly merges: Area[] = [];
  readonly italic: Area[] = [];
  readonly centred: Area[] = [];

  get next(): number {
    return this.values.length + 1;
  }

  row(values: Cell[], formats: string[] = [], options: { background?: string | null; bold?: boolean } = {}): number {
    const padded = Array.from({ length: SUMMARY_WIDTH }, (_, c) => values[c] ?? '');
    this.values.push(padded);
    this.formats.push(padded.map((_, c) => formats[c] ?? TEXT));
    this.backgrounds.push(padded.map(() => options.background ?? null));
    this.weights.push(padded.map(() => (options.bold ? 'bold' : 'normal')));
    return this.values.length;
  }

  blank(count = 1): void {
    for (let i = 0; i < count; i++) this.row([]);
  }

  /** A text across columns from..to of one row. */
  span(row: number, from: number, to: number, options: { italic?: boolean; centred?: boolean } = {}): void {
    const area = { row, col: from, numRows: 1, numCols: to - from + 1 };
    this.merges.push(area);
    if (options.italic) this.italic.push(area);
    if (options.centred) this.centred.push(area);
  }

  /** A whole-width line of text: section titles and notes. */
  line(text: string, options: { bold?: boolean; italic?: boolean } = {}): number {
    const row = this.row([text], [], { bold: options.bold });
    this.span(row, 1, SUMMARY_WIDTH, { italic: options.italic });
    return row;
  }

  /** A table: header row, data rows (or "Không có."), the area it covers. */
  table(
    header: string[],
    rows: Cell[][],
    formats: string[],
    shade?: (row: Cell[], index: number) => string | null,
  ): Area {
    const first = this.row(header, [], { background: COLOURS.header, bold: true });
    if (rows.length === 0) this.row(['', M.summaryNone]);
    rows.forEach((r, i) => {
      this.row(r, formats, { background: shade?.(r, i) ?? null });
    });
    return { row: first, col: 1, numRows: this.next - first, numCols: SUMMARY_WIDTH };
  }
}

const groupCells = (g: GroupView, index: number | ''): Cell[] => [
  index,
  g.label,
  g.met,
  g.unmet,
  g.missing,
  g.total,
  g.exceeded,
  g.metShare,
];
const GROUP_FORMATS = [COUNT, TEXT, COUNT, COUNT, COUNT, COUNT, COUNT, SHARE];

const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/** The blank lines of an agency, short enough to print. */
function missingList(a: AgencyView): string {
  if (a.reported === 0) return M.summaryNothingReported(a.assigned);
  const shown = a.missingLines
    .slice(0, MISSING_LISTED)
    .map((l) => clip(l.code ? `${l.code}. ${l.text}` : l.text, MISSING_TEXT_LENGTH));
  if (a.missingLines.length > MISSING_LISTED) shown.push(M.summaryMoreLines(a.missingLines.length - MISSING_LISTED));
  return shown.join('\n');
}

export function summaryLayout(input: SummaryInput): SummarySpec {
  const { view, asOf } = input;
  const g = new Grid();

  // Heading of an administrative report.
  g.row([input.organisation || M.summaryOrganisationDefault, '', '', M.summaryNation], [], { bold: true });
  g.span(1, 1, 3, { centred: true });
  g.span(1, 4, SUMMARY_WIDTH, { centred: true });
  g.row([M.summaryNumber, '', '', M.summaryMotto], [], { bold: true });
  g.span(2, 1, 3, { centred: true });
  g.span(2, 4, SUMMARY_WIDTH, { centred: true });
  g.row(['', '', '', M.summaryDate(asOf.day, asOf.month, asOf.year)]);
  g.span(3, 4, SUMMARY_WIDTH, { italic: true, centred: true });
  g.blank();
  const titleRow = g.row([M.summaryTitle(view.period, view.year)], [], { bold: true });
  g.span(titleRow, 1, SUMMARY_WIDTH, { centred: true });
  const subtitleRow = g.row([M.summarySubtitle(view.period, view.closed, asOf.day, asOf.month, asOf.year)]);
  g.span(subtitleRow, 1, SUMMARY_WIDTH, { italic: true, centred: true });
  g.blank();

  const tables: SummarySpec['tables'] = {};
  const headers = M.summaryHeaders;

  g.line(M.summaryTotalsTitle, { bold: true });
  tables.totals = g.table(headers.groups, [groupCells(view.totals, '')], GROUP_FORMATS);
  g.blank();

  g.line(M.summaryGroupsTitle, { bold: true });
  tables.groups = g.table(
    headers.groups,
    view.groups.map((group, i) => groupCells(group, i + 1)),
    GROUP_FORMATS,
  );
  if (view.totals.reported > 0) g.line(M.summaryNoTargetNote(view.totals.reported), { italic: true });
  let chart: SummaryChart | null = null;
  if (view.groups.length > 0) {
    const height = Math.max(220, 70 + 36 * view.groups.length);
    chart = {
      area: { row: tables.groups.row, col: 2, numRows: view.groups.length + 1, numCols: 4 },
      anchorRow: g.next + 1,
      anchorColumn: 2,
      width: 760,
      height,
      title: M.summaryChartTitle,
      colors: [STATUS_COLOURS.met, STATUS_COLOURS.unmet, STATUS_COLOURS.missing],
    };
    // The chart floats over these rows; they stay empty so it hides nothing.
    g.blank(Math.ceil(height / ROW_HEIGHT) + 2);
  } else {
    g.blank();
  }

  g.line(M.summaryAgenciesTitle, { bold: true });
  tables.agencies = g.table(
    headers.agencies,
    view.agencies.map((a, i) => [i + 1, a.name, a.assigned, a.reported, a.met, a.unmet, a.missing, a.completeness]),
    [COUNT, TEXT, COUNT, COUNT, COUNT, COUNT, COUNT, SHARE],
    (r) => (r[6] === 0 ? null : COLOURS.input),
  );
  g.line(M.summaryAgenciesNote, { italic: true });
  g.blank();

  g.line(M.summaryUnmetTitle, { bold: true });
  const unmetRows: Cell[][] = view.unmet.flatMap((i, n) =>
    i.lines.map((l, k) => [
      k === 0 ? n + 1 : '',
      k === 0 ? `${i.code ? `${i.code}. ` : ''}${i.text}${i.section ? ` (${i.section})` : ''}` : '',
      l.agency,
      l.target,
      l.result,
      l.statusText,
      l.evidence,
      l.explanation || M.sidebarNoExplanation,
    ]),
  );
  tables.unmet = g.table(
    headers.unmet,
    unmetRows,
    [COUNT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT],
    () => COLOURS.unmetBackground,
  );
  g.blank();

  g.line(M.summaryLateTitle, { bold: true });
  tables.late = g.table(
    headers.late,
    view.late.map((a, i) => [
      i + 1,
      a.name,
      a.editors.join('\n'),
      a.reported,
      a.assigned,
      a.completeness,
      a.sheet,
      missingList(a),
    ]),
    [COUNT, TEXT, TEXT, COUNT, COUNT, SHARE, TEXT, TEXT],
  );

  if (view.tiers) {
    g.blank();
    g.line(M.summaryTiersTitle, { bold: true });
    g.line(M.summaryTiersRule(view.mandatoryShare, view.extendedShare), { italic: true });
    tables.tiers = g.table(
      headers.tiers,
      view.tiers.map((t) => [
        t.rank,
        t.unit,
        t.conclusion,
        t.mandatory.met,
        t.mandatory.total,
        t.extended.met,
        t.extended.total,
        t.verdict,
      ]),
      [COUNT, TEXT, TEXT, COUNT, COUNT, COUNT, COUNT, TEXT],
      (r) => (r[2] === M.reportTierPassed ? COLOURS.metBackground : null),
    );
  }

  if (view.tasks) {
    const t = view.tasks;
    g.blank();
    g.line(M.summaryTasksTitle, { bold: true });
    g.line(M.summaryTasksCount(t.done, t.inProgress, t.overdue, t.total), { italic: true });
    tables.tasks = g.table(
      headers.tasks,
      t.rows.map((r, i) => [i + 1, `${r.code ? `${r.code}. ` : ''}${r.text}`, r.lead, r.deadline, r.state]),
      [COUNT, TEXT, TEXT, TEXT, TEXT],
      (r) => (r[4] === M.reportTaskState.overdue ? COLOURS.unmetBackground : null),
    );
  }

  const height = g.values.length;
  const titleCell = { row: titleRow, col: 1, numRows: 1, numCols: 1 };
  return {
    ...emptySheetSpec(M.summarySheetName(view.period, view.year), height, SUMMARY_WIDTH),
    values: g.values,
    numberFormats: g.formats,
    backgrounds: g.backgrounds,
    fontWeights: g.weights,
    merges: g.merges,
    wrap: [{ row: 1, col: 1, numRows: height, numCols: SUMMARY_WIDTH }],
    italic: g.italic,
    centred: g.centred,
    borders: Object.values(tables).filter((t): t is Area => !!t),
    fontSizes: [{ area: titleCell, size: TITLE_FONT_SIZE }],
    frozenRows: SUMMARY_FROZEN_ROWS,
    columnWidths: COLUMN_WIDTHS,
    hiddenGridlines: true,
    chart,
    tables,
    titleCell,
  };
}
