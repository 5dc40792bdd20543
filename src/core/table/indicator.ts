/**
 * A record to an indicator: its targets (from the target column, one per year or level column,
 * the indicator text, or for a task its completion plus the levels its result states), its
 * agencies, its deadline and what it delivers.
 */
import { splitAgencies } from '../agencies/split';
import { M } from '../messages';
import { parseTargets } from '../targets';
import { YES_TARGETS } from '../targets/lexicon';
import { prepareText, tokenize, typedWithoutDiacritics } from '../targets/tokens';
import { cleanText, matchKey } from '../text/normalize';
import type { Indicator, Target, TargetParse, Tier, Warning, YearTargets } from '../types';
import { deadlineRead, parseDeadline } from './deadline';
import type { HeaderFound, TargetColumn } from './header';
import type { RowRecord } from './records';
import { targetsForYear } from './years';

function tierOf(cell: string | undefined): Tier | null {
  const key = matchKey(cell);
  if (key.includes('bắt buộc')) return 'mandatory';
  if (key.includes('mở rộng')) return 'extended';
  return null;
}

/** "Đạt", "Đạt chuẩn", "Hoàn thành", "Có": a target cell that only says the thing is met. */
function isYesTarget(cell: string): boolean {
  if (/\d{2}/.test(cell) || cell.length > 40) return false;
  const text = prepareText(cell).replace(/^[-+•*\s]+|[.;:\s]+$/g, '');
  if (!text) return false;
  const tokens = tokenize(text, typedWithoutDiacritics(text));
  return YES_TARGETS.match(tokens, 0, typedWithoutDiacritics(text))?.end === tokens.length;
}

const done = (label?: string): Target => ({ op: 'exists', value: 1, unit: null, ...(label ? { label } : {}) });

/** Words of a text, at most n, for a label. */
function firstWords(text: string, n: number): string {
  const words = cleanText(text)
    .replace(/^[-+•*]\s*/, '')
    .toLowerCase()
    .split(' ');
  return words.length > n ? `${words.slice(0, n).join(' ')}…` : words.join(' ');
}

interface Read {
  targets: Target[];
  warnings: Warning[];
  targetText: string;
}

function rowWarnings(parse: TargetParse, row: number, unitCell: string | undefined): Warning[] {
  const out: Warning[] = [];
  // The unit column says "%": a "100" under it lacks nothing.
  const percentColumn = matchKey(unitCell ?? '').includes('%');
  for (const w of parse.warnings) {
    if (percentColumn && w.code === 'target-percent-unit-missing') continue;
    out.push({ ...w, row, message: `${M.rowPrefix(row)}${w.message}` });
  }
  if (parse.ignored?.length) {
    out.push({
      code: 'target-change-ignored',
      row,
      message: M.targetChangeIgnored(row, parse.ignored.map((p) => `"${p}"`).join(', ')),
      text: parse.ignored.join('; '),
    });
  }
  return out;
}

/** One target cell of an indicator (a column, a year, a level). */
function readCell(cell: string, record: RowRecord, unitHint: string | null): Read {
  const row = record.row;
  if (isYesTarget(cell)) return { targets: [done()], warnings: [], targetText: cell };
  const parse = parseTargets(cell, { indicatorText: record.cells.text, unitHint });
  const warnings = rowWarnings(parse, row, record.cells.unit);
  // A result no number can check ("Nghị định được ban hành"): a yes/no line with its wording kept.
  if (parse.targets.length === 0 && !/\d/.test(cell) && !hasComparison(cell) && cell.split(' ').length >= 3) {
    return {
      targets: [done()],
      warnings: [{ code: 'target-yes-no', row, message: M.targetYesNo(row, cell), text: cell }],
      targetText: cell,
    };
  }
  return { targets: parse.targets, warnings, targetText: cell };
}

/** "nhiều nhất", "trên", "tối thiểu": a comparison without its number is no yes/no result. */
function hasComparison(cell: string): boolean {
  return /(nhiều nhất|ít nhất|tối thiểu|tối đa|trên|dưới|không quá|cao nhất|thấp nhất|hơn)(\s|$)/.test(matchKey(cell));
}

/** The targets of a year's columns ("Lượng (Tấn) | Giá trị (Nghìn USD)"), each labelled when several. */
function readColumns(columns: TargetColumn[], cells: string[], record: RowRecord, warnings: Warning[]): Read {
  const targets: Target[] = [];
  const texts: string[] = [];
  columns.forEach((column, i) => {
    const cell = cells[i];
    if (!cell) return;
    texts.push(cell);
    const read = readCell(cell, record, column.unit ?? record.cells.unit ?? null);
    warnings.push(...read.warnings);
    for (const t of read.targets) {
      targets.push(columns.length > 1 && column.part && !t.label ? { ...t, label: column.part } : t);
    }
  });
  return { targets, warnings: [], targetText: texts.join(' | ') };
}

function byYearOf(header: HeaderFound, record: RowRecord, warnings: Warning[]): YearTargets[] {
  const groups: Array<{ year: number; estimate: boolean; columns: TargetColumn[]; cells: string[] }> = [];
  header.targetColumns.forEach((column, i) => {
    if (column.year === null) return;
    let group = groups.find((g) => g.year === column.year && g.estimate === column.estimate);
    if (!group) {
      group = { year: column.year, estimate: column.estimate, columns: [], cells: [] };
      groups.push(group);
    }
    group.columns.push(column);
    group.cells.push(record.targetCells[i] ?? '');
  });
  return groups.map((g) => {
    const read = readColumns(g.columns, g.cells, record, warnings);
    return {
      year: g.year,
      label: g.columns.map((c) => c.label).join(' | '),
      ...(g.estimate ? { estimate: true } : {}),
      targetText: read.targetText,
      targets: read.targets,
    };
  });
}

/**
 * A task's targets: done or not, then the levels its target, product or detail cell states
 * ("100% cơ sở … hoàn thành di dời", "có ít nhất 02 loại hình sản phẩm"); with none of those
 * columns, the levels its own text states ("phấn đấu 100% người dân có một tài khoản").
 */
function taskTargets(header: HeaderFound, record: RowRecord): Read {
  const { cells, row } = record;
  const sources = [cells.target, cells.product, cells.detail].filter((c): c is string => !!c);
  const hasColumns = header.columns.target !== undefined || header.columns.product !== undefined;
  const texts = sources.length > 0 || hasColumns || header.columns.detail !== undefined ? sources : [cells.text ?? ''];
  const levels: Target[] = [];
  const warnings: Warning[] = [];
  for (const text of texts) {
    if (isYesTarget(text)) continue;
    const parse = parseTargets(text, { statedLevelsOnly: true, indicatorText: cells.text });
    if (parse.targets.length === 0 && parse.warnings.some((w) => w.code === 'target-unreadable')) {
      warnings.push(...rowWarnings(parse, row, cells.unit));
      continue;
    }
    if (parse.ignored?.length) warnings.push(...rowWarnings({ ...parse, warnings: [] }, row, cells.unit));
    for (const t of parse.targets) levels.push(t.label ? t : { ...t, label: firstWords(text, 12) });
  }
  const targetText = cells.target ?? cells.product ?? '';
  if (levels.length === 0) return { targets: [done()], warnings, targetText };
  const seen = new Set<string>();
  const labelled = levels.map((t) => {
    let label = t.label ?? '';
    for (let n = 2; seen.has(label); n++) label = `${t.label} (${n})`;
    seen.add(label);
    return { ...t, label };
  });
  return { targets: [done('hoàn thành'), ...labelled], warnings, targetText };
}

export interface BuildOptions {
  year?: number;
}

export function toIndicator(
  record: RowRecord,
  header: HeaderFound,
  warnings: Warning[],
  options: BuildOptions,
): Indicator {
  const { cells, row } = record;
  const text = cells.text ?? '';
  const task = header.kind === 'task';
  let read: Read;
  let byYear: YearTargets[] | undefined;
  if (task) {
    read = taskTargets(header, record);
  } else if (header.byYear) {
    const local: Warning[] = [];
    byYear = byYearOf(header, record, local);
    warnings.push(...local);
    const picked = targetsForYear(byYear, options.year);
    read = { targets: picked?.targets ?? [], warnings: [], targetText: picked?.targetText ?? '' };
    if (!picked || picked.targets.length === 0) {
      warnings.push({ code: 'target-missing', row, message: `${M.rowPrefix(row)}${M.targetMissing(text)}`, text });
    }
  } else if (header.targetColumns.length > 1) {
    const local: Warning[] = [];
    read = readColumns(header.targetColumns, record.targetCells, record, local);
    warnings.push(...local);
  } else if (header.columns.target !== undefined) {
    const cell = cells.target ?? '';
    read = cell
      ? readCell(cell, record, cells.unit ?? header.targetColumns[0]?.unit ?? null)
      : {
          targets: [],
          warnings: [{ code: 'target-missing', row, message: `${M.rowPrefix(row)}${M.targetMissing(text)}`, text }],
          targetText: '',
        };
  } else {
    const parse = parseTargets(text, { embedded: true, unitHint: cells.unit ?? null });
    read = { targets: parse.targets, warnings: rowWarnings(parse, row, cells.unit), targetText: text };
    // In a list of targets, a goal with no figure ("Củng cố và nâng cao chất lượng …") is a yes/no
    // line with its wording kept, and said so.
    const missing = parse.targets.length === 0 && parse.warnings.every((w) => w.code === 'target-missing');
    if (header.list && missing) {
      read = {
        targets: [done()],
        warnings: [{ code: 'target-yes-no', row, message: M.targetYesNo(row, text), text }],
        targetText: text,
      };
    }
  }
  warnings.push(...read.warnings);
  const lead = splitAgencies(cells.lead);
  const cooperating = splitAgencies(cells.cooperating);
  const monitor = splitAgencies(cells.monitor);
  const hasAgencyColumns = header.columns.lead !== undefined || header.columns.monitor !== undefined;
  if (hasAgencyColumns && lead.length === 0 && monitor.length === 0) {
    warnings.push({ code: 'row-no-agency', row, message: M.rowNoAgency(row, text), text });
  }
  const deadline = header.columns.deadline !== undefined || cells.deadline ? parseDeadline(cells.deadline) : undefined;
  if (deadline && !deadlineRead(deadline)) {
    warnings.push({ code: 'deadline-unreadable', row, message: M.deadlineUnreadable(row, deadline.text) });
  }
  const indicator: Indicator = {
    id: cells.id ?? '',
    code: cells.code ?? '',
    section: record.section,
    sectionCode: record.sectionCode,
    text,
    targetText: read.targetText,
    targets: read.targets,
    unit: cells.unit ?? read.targets.find((t) => t.op !== 'exists')?.unit ?? null,
    lead,
    cooperating,
    monitor,
    tier: tierOf(cells.tier),
    method: cells.method ?? '',
    note: cells.note ?? '',
    row,
    kind: header.kind,
    parent: record.parent,
  };
  if (deadline !== undefined) indicator.deadline = deadline;
  if (byYear) indicator.byYear = byYear;
  if (cells.product) indicator.product = cells.product;
  if (cells.status) indicator.status = cells.status;
  return indicator;
}
