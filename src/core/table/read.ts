/**
 * The assignment-table reader: a grid of cell strings (a paste, a TSV/CSV/XLSX) to indicators.
 * It finds the header, skips repeated headers and separator lines, recognises section rows,
 * joins rows split over a page break, reads targets and agencies, and gives stable ids.
 * What it cannot read becomes a Vietnamese warning naming the row; the rest is still read.
 */
import { splitAgencies } from '../agencies/split';
import { M } from '../messages';
import { parseTargets } from '../targets';
import { cleanText, matchKey } from '../text/normalize';
import type { ColumnRole, Grid, Indicator, TableRead, Tier, Warning } from '../types';
import { type Columns, findHeader, repeatsHeader } from './header';
import { assignIds, dropStaleIds, type IdRecord } from './ids';

/** A table row once its page-break continuations are joined. */
interface RowRecord {
  row: number;
  section: string;
  sectionCode: string;
  cells: Partial<{ [R in ColumnRole]: string }>;
}

const ROMAN = /^[IVXLC]+$/;
const SECTION_IN_ONE_CELL = /^([IVXLC]+|\d+)[.)/]?\s+(\S.*)$/;

/** A cell of a row whose cells are already cleaned. */
function cellOf(row: string[], columns: Columns, role: ColumnRole): string {
  const index = columns[role];
  return index === undefined ? '' : (row[index] ?? '');
}

function isBlankRow(row: string[]): boolean {
  return row.every((cell) => /^[\s\-–—=_.]*$/.test(cell ?? ''));
}

const CONTENT_ROLES: ColumnRole[] = ['lead', 'cooperating', 'monitor', 'target', 'unit', 'tier', 'method'];

/** A short title without figures: "Về Hạ tầng số", "CHÍNH QUYỀN SỐ". */
function looksLikeSectionTitle(text: string): boolean {
  return text.split(' ').length <= 8 && !/\d/.test(text);
}

function sectionOf(row: string[], columns: Columns): { code: string; title: string } | null {
  const code = cellOf(row, columns, 'code');
  const text = cellOf(row, columns, 'text');
  const hasOther = CONTENT_ROLES.some((role) => cellOf(row, columns, role) !== '');
  if (hasOther) return null;
  const nonEmpty = row.filter((c) => c !== '');
  if (nonEmpty.length === 1) {
    const match = SECTION_IN_ONE_CELL.exec(nonEmpty[0]);
    if (match && looksLikeSectionTitle(match[2])) return { code: match[1], title: match[2] };
  }
  if (!text) return null;
  const codeBare = code.replace(/[.)]$/, '');
  if (ROMAN.test(codeBare)) return { code: codeBare, title: text };
  if (/^\d+$/.test(codeBare) && looksLikeSectionTitle(text)) return { code: codeBare, title: text };
  return null;
}

function join(a: string | undefined, b: string): string {
  return cleanText(`${a ?? ''} ${b}`);
}

/** Groups grid rows into records: sections set context, continuation rows extend the record above. */
function collectRecords(grid: Grid, start: number, columns: Columns, warnings: Warning[]): RowRecord[] {
  const records: RowRecord[] = [];
  let section = '';
  let sectionCode = '';
  const roles = Object.keys(columns) as ColumnRole[];
  for (let r = start; r < grid.length; r++) {
    const raw = grid[r] ?? [];
    if (isBlankRow(raw)) continue;
    const row = raw.map((c) => cleanText(c));
    if (repeatsHeader(row, columns)) continue;
    const found = sectionOf(row, columns);
    if (found) {
      section = found.title;
      sectionCode = found.code;
      continue;
    }
    const cells: RowRecord['cells'] = {};
    for (const role of roles) {
      const value = cellOf(row, columns, role);
      if (value) cells[role] = value;
    }
    const previous = records[records.length - 1];
    const unnumbered = columns.code !== undefined && !cells.code;
    const ownTarget = cells.target !== undefined && previous?.cells.target !== undefined;
    if (unnumbered && previous && !ownTarget && !cells.id) {
      for (const role of roles) if (cells[role]) previous.cells[role] = join(previous.cells[role], cells[role]!);
      continue;
    }
    if (!cells.text) {
      if (Object.keys(cells).length > 0) {
        warnings.push({
          code: 'row-no-text',
          row: r + 1,
          message: M.rowNoText(r + 1),
          text: row.filter(Boolean).join(' '),
        });
      }
      continue;
    }
    records.push({ row: r + 1, section, sectionCode, cells });
  }
  return records;
}

function tierOf(cell: string | undefined): Tier | null {
  const key = matchKey(cell);
  if (key.includes('bắt buộc')) return 'mandatory';
  if (key.includes('mở rộng')) return 'extended';
  return null;
}

function toIndicator(record: RowRecord, columns: Columns, warnings: Warning[]): Indicator {
  const { cells, row } = record;
  const text = cells.text ?? '';
  const hasTargetColumn = columns.target !== undefined;
  const targetText = hasTargetColumn ? (cells.target ?? '') : text;
  const parsed = hasTargetColumn
    ? targetText
      ? parseTargets(targetText, { indicatorText: text, unitHint: cells.unit ?? null })
      : {
          input: '',
          targets: [],
          warnings: [{ code: 'target-missing' as const, message: M.targetMissing(text), text }],
        }
    : parseTargets(text, { embedded: true, unitHint: cells.unit ?? null });
  for (const w of parsed.warnings) warnings.push({ ...w, row, message: `${M.rowPrefix(row)}${w.message}` });
  const lead = splitAgencies(cells.lead);
  const cooperating = splitAgencies(cells.cooperating);
  const monitor = splitAgencies(cells.monitor);
  const hasAgencyColumns = columns.lead !== undefined || columns.monitor !== undefined;
  if (hasAgencyColumns && lead.length === 0 && monitor.length === 0) {
    warnings.push({ code: 'row-no-agency', row, message: M.rowNoAgency(row, text), text });
  }
  return {
    id: cells.id ?? '',
    code: cells.code ?? '',
    section: record.section,
    sectionCode: record.sectionCode,
    text,
    targetText,
    targets: parsed.targets,
    unit: cells.unit ?? parsed.targets[0]?.unit ?? null,
    lead,
    cooperating,
    monitor,
    tier: tierOf(cells.tier),
    method: cells.method ?? '',
    note: cells.note ?? '',
    row,
  };
}

export interface ReadOptions {
  /** The workbook year (Cài đặt → Năm): picks the target column of that year in tables with year columns. */
  year?: number;
  /** Ids issued by earlier runs; new rows never take one (see assignIds). */
  reservedIds?: ReadonlySet<string>;
  /** What each id stood for at the last run, to notice an id column left behind by a new paste. */
  knownIds?: Readonly<Record<string, IdRecord>>;
}

/** Reads an assignment table. Never throws on bad input: problems come back as warnings. */
export function readAssignmentTable(grid: Grid, options: ReadOptions = {}): TableRead {
  const warnings: Warning[] = [];
  const rows = grid.filter((row) => row !== undefined);
  if (rows.every(isBlankRow)) {
    return { indicators: [], warnings: [{ code: 'table-empty', message: M.tableEmpty() }], columns: {}, headerRow: 0 };
  }
  const header = findHeader(grid);
  if (!header) {
    return {
      indicators: [],
      warnings: [{ code: 'table-no-header', message: M.tableNoHeader() }],
      columns: {},
      headerRow: 0,
    };
  }
  const records = collectRecords(grid, header.index + header.height, header.columns, warnings);
  const indicators = records.map((record) => toIndicator(record, header.columns, warnings));
  dropStaleIds(indicators, options.knownIds ?? {}, warnings);
  const written = new Set(indicators.map((i) => i.id).filter(Boolean));
  const reserved = new Set([...(options.reservedIds ?? [])].filter((id) => !written.has(id)));
  assignIds(indicators, warnings, reserved, options.knownIds ?? {});
  return { indicators, warnings, columns: header.columns, headerRow: header.index + 1 };
}
