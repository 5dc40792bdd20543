/**
 * Finding the header of an assignment table and the role of each column, whatever the wording,
 * order and number of header rows: "TT", "STT", "Nội dung chỉ tiêu", "Nhiệm vụ, giải pháp",
 * "Mục tiêu năm 2024", "Chỉ tiêu đạt được", "Cơ quan chủ trì thực hiện", "Đơn vị thực hiện",
 * "Bộ phụ trách tiếp nhận, xử lý", "Cơ quan theo dõi, đôn đốc", "ĐVT", "Thời gian hoàn thành",
 * "Sản phẩm dự kiến", "Tiến độ"; a column per year ("Năm 2026", "ƯTH Năm 2025", "Kế hoạch 2027"
 * over "Lượng (Tấn) | Giá trị (Nghìn USD)"); a column-number row ("1 2 3 …") after the header.
 */
import { M } from '../messages';
import { cleanText, matchKey } from '../text/normalize';
import type { ColumnRole, Grid, Warning } from '../types';

/** Label of the id column the add-on writes back into the table. */
export const ID_HEADER = 'Mã định danh';

export type Columns = Partial<Record<ColumnRole, number>>;

/** A column holding targets: the only one, one per year, or one per level or region. */
export interface TargetColumn {
  col: number;
  /** The header as written, parent and sub-column joined ("Năm hiện hành 2025 Kế hoạch"). */
  label: string;
  /** What tells this column apart from its siblings ("Lượng", "Cấp tỉnh"), lower case; "" when alone. */
  part: string;
  year: number | null;
  /** "Ước thực hiện", "ƯTH": an estimate of a result, never a target. */
  estimate: boolean;
  /** A unit written in the header ("Lượng (Tấn)" → "tấn"), else null. */
  unit: string | null;
}

export interface HeaderFound {
  /** 0-based index of the first header row; -1 when the columns were guessed from the content. */
  index: number;
  /** What the rows are: tasks ("Nhiệm vụ", a time column) or indicators with figures. */
  kind: 'task' | 'indicator';
  /** A paste without a header read paragraph by paragraph (a list of targets or tasks). */
  list?: boolean;
  /** Rows the header takes, the column-number row included. */
  height: number;
  columns: Columns;
  targetColumns: TargetColumn[];
  /** Several year columns: each indicator gets a target per year. */
  byYear: boolean;
  /** Header labels as read, by column (for messages). */
  labels: string[];
  /** Choices the reader made between columns that could take one role. */
  notes: Warning[];
}

/** A header cell without its footnote markers and spacing. */
function keyOf(cell: string): string {
  return matchKey(cleanText(cell).replace(/\[\d+\]|\d+\)$/g, ' '));
}

const YEAR = /(?:^|\D)((?:19|20)\d\d)(?!\d)/;

/** Names of a target column: "Mục tiêu …", "Chỉ tiêu đạt được", "Kế hoạch 2026", "Điểm chuẩn", "Năm 2026", "ƯTH". */
const TARGET_LABEL = new RegExp(
  '^(mục tiêu|chỉ tiêu (năm|đạt được|cụ thể|giao|kế hoạch)|kế hoạch|chỉ số mục tiêu|giá trị mục tiêu|' +
    'quy mô , mục tiêu|mức (cần )?đạt|điểm chuẩn|điểm tối đa|thang điểm|điểm|số điểm|ước thực hiện|ước th|ưth|ước|' +
    'dự kiến năm|giai đoạn|năm)( |$)',
);

/** Names of the indicator or task column. */
const TEXT_LABEL = new RegExp(
  'chỉ tiêu|tiêu chí|nội dung|nhiệm vụ|tên |giải pháp|đề án|dự án|hoạt động|công việc|đề xuất|kiến nghị|' +
    'sản phẩm|mặt hàng|vấn đề',
);

/** The roles a header label can take, most likely first. */
export function rolesOf(label: string): ColumnRole[] {
  if (!label || label.length > 160) return [];
  const k = keyOf(label);
  if (!k || k.length > 140) return [];
  const c = k.replace(/[\s.]/g, '');
  const roles: ColumnRole[] = [];
  const add = (role: ColumnRole, test: boolean) => {
    if (test && !roles.includes(role)) roles.push(role);
  };
  add('id', k === matchKey(ID_HEADER) || k === 'id' || k.startsWith('mã định danh'));
  add('code', /^(s?tt|sốtt|sốthứtự|thứtự|mãsố|mã|mãchỉtiêu|mãtiêuchí|mãnhiệmvụ)$/.test(c));
  add('unit', k.includes('đơn vị tính') || c === 'đvt' || k.startsWith('đơn vị đo'));
  add('person', k.startsWith('người đứng đầu') || k.includes('người chịu trách nhiệm') || k.startsWith('lãnh đạo'));
  add('lead', k.includes('chủ trì'));
  add('cooperating', k.includes('phối hợp'));
  add('monitor', k.includes('theo dõi') || k.includes('đôn đốc'));
  add(
    'lead',
    k.includes('thực hiện chính') ||
      k.includes('phụ trách') ||
      k.includes('tiếp nhận , xử lý') ||
      /^(cơ quan|đơn vị|bộ|sở|ngành|cơ quan , đơn vị)( được giao)?( thực hiện| chịu trách nhiệm)?$/.test(k),
  );
  add('tier', k.includes('bắt buộc') || k.includes('mở rộng') || k.includes('loại tiêu chí'));
  add(
    'method',
    k.includes('phương pháp') || k.includes('cách thu thập') || k.includes('hướng dẫn chấm') || k.includes('cách tính'),
  );
  add('note', k.startsWith('ghi chú'));
  add(
    'deadline',
    /^(thời gian|thời hạn|hạn hoàn thành|mốc thời gian|thời điểm hoàn thành|tiến độ (thực hiện|hoàn thành))/.test(k),
  );
  add('status', /^(tiến độ|tình trạng|trạng thái|tình hình thực hiện)$/.test(k));
  add('funding', /^(nguồn kinh phí|kinh phí|nguồn lực|nguồn vốn|dự toán)/.test(k));
  add('group', /^(thuộc nhóm|thuộc lĩnh vực|lĩnh vực)/.test(k));
  add('product', /^(sản phẩm|kết quả)/.test(k));
  add('target', TARGET_LABEL.test(k) || /^(19|20)\d\d( |$)/.test(k));
  add('text', TEXT_LABEL.test(k));
  return roles;
}

/** The first role of a header label, or null (kept for callers that test a single cell). */
export function roleOfHeader(cell: string): ColumnRole | null {
  return rolesOf(cell)[0] ?? null;
}

const isEstimate = (k: string) => /^(ước|ưth)/.test(k) || k.includes('ước thực hiện');

/** Roles found in one row, first cell per role (its first role). */
export function rolesOfRow(row: string[]): Columns {
  const columns: Columns = {};
  row.forEach((cell, index) => {
    const role = roleOfHeader(cell ?? '');
    if (role && columns[role] === undefined) columns[role] = index;
  });
  return columns;
}

/**
 * A header repeated after a page break or between stacked tables: the same names where the header
 * had them. `row` holds cleaned cells.
 */
export function repeatsHeader(row: string[], header: HeaderFound): boolean {
  const { columns } = header;
  const text = row[columns.text ?? -1] ?? '';
  if (columns.text === undefined || text.length > 60 || !rolesOf(text).includes('text')) return false;
  const code = row[columns.code ?? -1] ?? '';
  if (code && !rolesOf(code).includes('code')) return false;
  const others = (Object.entries(columns) as Array<[ColumnRole, number]>).filter(([role]) => role !== 'text');
  return others.some(([role, col]) => rolesOf(row[col] ?? '').includes(role));
}

/** "1 2 3 … n" (the first cell may be empty): the column numbers printed under a header. */
export function isColumnNumberRow(row: string[], clean = false): boolean {
  const filled = (clean ? row : row.map((c) => cleanText(c))).filter(Boolean);
  if (filled.length < 3 || !filled.every((c) => /^\(?\d{1,2}\)?$/.test(c))) return false;
  const numbers = filled.map((c) => Number(c.replace(/[()]/g, '')));
  return numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1);
}

interface Candidate {
  roles: ColumnRole[];
  label: string;
  leaf: string;
  parent: string;
}

/** A header row names the text column (or something that can hold it) and at least one other role. */
function looksLikeHeader(row: string[]): boolean {
  const roles = row.map((c) => rolesOf(c ?? ''));
  const all = new Set(roles.flat());
  return roles.some((r) => r.includes('text')) && all.size >= 2;
}

/** A row that continues the header: sub-column labels ("Kế hoạch | Ước thực hiện", "Năm 2026", "Lượng (Tấn)"). */
function continuesHeader(row: string[], top: string[]): boolean {
  const cells = row.map((c) => cleanText(c));
  const filled = cells.map((c, i) => [c, i] as const).filter(([c]) => c);
  if (filled.length === 0 || isColumnNumberRow(row)) return false;
  if (filled.some(([c]) => c.length > 80 || /^\d+([.,]\d+)*$/.test(c))) return false;
  // Sub-column labels sit under a label that spans to its right (or under its empty continuation).
  return filled.every(([, i]) => !cleanText(top[i]) || !cleanText(top[i + 1]));
}

function candidatesOf(rows: string[][]): Candidate[] {
  const width = Math.max(...rows.map((r) => r.length));
  const top = rows[0].map((c) => cleanText(c));
  const out: Candidate[] = [];
  let span = '';
  for (let c = 0; c < width; c++) {
    const own = top[c] ?? '';
    const below = rows
      .slice(1)
      .map((r) => cleanText(r[c]))
      .filter(Boolean)
      .join(' ');
    // An empty top cell with a label below it sits under the span started on its left.
    if (own) span = below ? own : '';
    const parent = own ? (below ? own : '') : below ? span : '';
    const leaf = below || own;
    const label = [parent, leaf].filter(Boolean).join(' ');
    const leafRoles = rolesOf(leaf);
    const parentRoles = parent ? rolesOf(parent) : [];
    const roles = leafRoles.length > 0 ? [...leafRoles] : [...parentRoles];
    // "Năm hiện hành 2025" over "Kế hoạch | Ước thực hiện": the sub-columns are the year's targets.
    if (parentRoles.includes('target') && !roles.includes('target') && !roles.includes('tier')) roles.unshift('target');
    out.push({ roles, label, leaf, parent });
  }
  return out;
}

function yearOf(text: string): number | null {
  const spans = /((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)/.exec(text);
  if (spans) return null;
  const m = YEAR.exec(text);
  return m ? Number(m[1]) : null;
}

/** "Lượng (Tấn)" → "tấn", "(%)" → "%". */
function unitInLabel(text: string): string | null {
  const m = /\(([^()]{1,20})\)\s*$/.exec(text);
  if (!m) return null;
  const unit = cleanText(m[1]).toLowerCase();
  return /\d{4}/.test(unit) ? null : unit;
}

function targetColumnOf(c: number, cand: Candidate): TargetColumn {
  const leafYear = yearOf(cand.leaf);
  const year = leafYear ?? yearOf(cand.parent);
  const estimate = isEstimate(keyOf(cand.leaf)) || (!cand.parent ? false : isEstimate(keyOf(cand.parent)));
  const partText = cand.parent && leafYear === null ? cand.leaf.replace(/\([^()]*\)\s*$/, '') : '';
  return {
    col: c,
    label: cand.label,
    part: cleanText(partText).toLowerCase(),
    year,
    estimate,
    // "ĐIỂM CHUẨN", "Điểm tối đa": a score column counts points.
    unit: unitInLabel(cand.leaf) ?? (/(^|\s)điểm(\s|$)/.test(keyOf(cand.label)) ? 'điểm' : null),
  };
}

function averageLength(grid: Grid, from: number, col: number): number {
  let total = 0;
  let n = 0;
  for (let r = from; r < Math.min(grid.length, from + 200); r++) {
    const cell = cleanText(grid[r]?.[col]);
    if (cell) {
      total += cell.length;
      n++;
    }
  }
  return n === 0 ? 0 : total / n;
}

const SINGLE_ROLES: ColumnRole[] = [
  'id',
  'code',
  'unit',
  'lead',
  'cooperating',
  'monitor',
  'tier',
  'method',
  'note',
  'deadline',
  'status',
  'group',
  'person',
  'funding',
];

/** Gives each role one column; where two could take it, picks one and says why. */
function assignRoles(grid: Grid, index: number, height: number, cands: Candidate[]): HeaderFound {
  const columns: Columns = {};
  const notes: Warning[] = [];
  const labels = cands.map((c) => c.label);
  const headerRow = index + 1;
  const taken = new Set<number>();
  const targetCols = cands.map((c, i) => [c, i] as const).filter(([c]) => c.roles[0] === 'target');
  for (const [, i] of targetCols) taken.add(i);
  for (const role of SINGLE_ROLES) {
    const found = cands.map((c, i) => [c, i] as const).filter(([c, i]) => c.roles[0] === role && !taken.has(i));
    if (found.length === 0) continue;
    columns[role] = found[0][1];
    taken.add(found[0][1]);
    if (found.length > 1 && role !== 'person' && role !== 'funding') {
      notes.push({
        code: 'column-choice',
        row: headerRow,
        message: M.columnChoice(headerRow, found[0][0].label, found[1][0].label, role),
      });
    }
  }
  // The text column: the task or indicator name; a second text-like column holds its detail.
  const texts = cands
    .map((c, i) => [c, i] as const)
    .filter(
      ([c, i]) => !taken.has(i) && (c.roles[0] === 'text' || (c.roles.includes('text') && c.roles[0] !== 'target')),
    );
  const named = (c: Candidate) => /^tên /.test(keyOf(c.leaf));
  const chosen =
    texts.length <= 1
      ? texts[0]
      : [...texts].sort(
          (a, b) =>
            Number(named(b[0])) - Number(named(a[0])) ||
            Number(b[0].roles[0] === 'text') - Number(a[0].roles[0] === 'text') ||
            averageLength(grid, index + height, b[1]) - averageLength(grid, index + height, a[1]),
        )[0];
  if (chosen) {
    columns.text = chosen[1];
    taken.add(chosen[1]);
    const rest = texts.filter((t) => t[1] !== chosen[1]);
    for (const [cand, i] of rest) {
      if (cand.roles[0] === 'product' && columns.product === undefined) columns.product = i;
      else if (columns.detail === undefined && /nội dung|yêu cầu|mô tả/.test(keyOf(cand.leaf))) columns.detail = i;
      else
        notes.push({
          code: 'column-choice',
          row: headerRow,
          message: M.columnText(headerRow, chosen[0].label, cand.label),
        });
      taken.add(i);
    }
  }
  cands.forEach((c, i) => {
    if (!taken.has(i) && c.roles[0] === 'product' && columns.product === undefined) columns.product = i;
  });
  // A results column beside a progress column reports what was done: no target is read from it.
  if (columns.product !== undefined && columns.status !== undefined) {
    columns.result = columns.product;
    delete columns.product;
  }
  const targetColumns = targetCols.map(([c, i]) => targetColumnOf(i, c));
  const years = new Set(targetColumns.map((t) => `${t.year}:${t.estimate}`).filter((y) => !y.startsWith('null')));
  const byYear = years.size >= 2;
  if (targetColumns.length === 1) columns.target = targetColumns[0].col;
  if (targetColumns.length > 1 && !byYear) {
    // Several targets for one year: label each by what tells it apart ("Cấp tỉnh", "Đô thị").
    for (const t of targetColumns) if (!t.part) t.part = cleanText(cands[t.col].leaf).toLowerCase();
    columns.target = targetColumns[0].col;
  }
  // "Chỉ tiêu cụ thể" can name the indicators themselves when no other column does.
  if (columns.text === undefined) {
    const asText = targetColumns.findIndex(
      (t) => cands[t.col].roles.includes('text') && averageLength(grid, index + height, t.col) > 30,
    );
    if (asText >= 0) {
      columns.text = targetColumns[asText].col;
      targetColumns.splice(asText, 1);
      if (columns.target === columns.text) columns.target = targetColumns[0]?.col;
    }
  }
  const kind = kindOf(columns, labels, targetColumns);
  // In a table of indicators, "Kết quả" is what each must reach: the target column.
  if (kind === 'indicator' && targetColumns.length === 0 && columns.product !== undefined) {
    columns.target = columns.product;
    targetColumns.push(targetColumnOf(columns.product, cands[columns.product]));
    delete columns.product;
  }
  return { index, height, kind, columns, targetColumns, byYear, labels, notes };
}

/**
 * A task table names tasks ("Nhiệm vụ", "Tên đề án", "Đề xuất") or has a time column; a table of
 * "Chỉ tiêu" / "Tiêu chí", with a unit or a column per year, holds indicators.
 */
function kindOf(columns: Columns, labels: string[], targets: TargetColumn[]): 'task' | 'indicator' {
  const text = columns.text === undefined ? '' : keyOf(labels[columns.text]);
  if (/chỉ tiêu|tiêu chí/.test(text)) return 'indicator';
  if (columns.unit !== undefined || targets.some((t) => t.year !== null) || columns.tier !== undefined) {
    return 'indicator';
  }
  if (columns.deadline !== undefined) return 'task';
  if (/nhiệm vụ|đề án|dự án|giải pháp|đề xuất|kiến nghị|hoạt động|công việc|nội dung thực hiện/.test(text)) {
    return 'task';
  }
  return columns.product !== undefined && targets.length === 0 ? 'task' : 'indicator';
}

const MAX_HEADER_SCAN = 60;

/** Finds the header within the first rows, with the rows that continue it and a column-number row. */
export function findHeader(grid: Grid): HeaderFound | null {
  const limit = Math.min(grid.length, MAX_HEADER_SCAN);
  for (let index = 0; index < limit; index++) {
    const row = grid[index] ?? [];
    if (!looksLikeHeader(row)) continue;
    const rows = [row];
    while (rows.length < 3 && grid[index + rows.length] && continuesHeader(grid[index + rows.length], row)) {
      rows.push(grid[index + rows.length]);
    }
    let height = rows.length;
    if (grid[index + height] && isColumnNumberRow(grid[index + height])) height++;
    return assignRoles(grid, index, height, candidatesOf(rows));
  }
  return null;
}

/**
 * A header naming agencies and figures but no indicator or task ("STT | Cơ quan | Tổng số TTHC |
 * Tỷ lệ thực hiện (%)"): each row is an agency with its results. 1-based row, or 0.
 */
export function resultsByAgencyRow(grid: Grid): number {
  const limit = Math.min(grid.length, MAX_HEADER_SCAN);
  for (let index = 0; index < limit; index++) {
    const roles = (grid[index] ?? []).map((c) => rolesOf(c ?? ''));
    const flat = roles.flat();
    if (flat.includes('lead') && !flat.includes('text') && roles.filter((r) => r.length > 0).length >= 3) {
      return index + 1;
    }
  }
  return 0;
}

/** The targets' year: one that is in the table, for messages and for picking a column. */
export function yearsOf(header: HeaderFound): number[] {
  return [...new Set(header.targetColumns.filter((t) => !t.estimate && t.year !== null).map((t) => t.year!))];
}
