/**
 * From the rows under the header to records, one per indicator or task: section rows (Roman,
 * letters A … Đ, lettered parts holding Roman sections, "Phần …", "Nhóm …", unnumbered group
 * rows), titled rows that are parents (5.1 over 5.1.1, "3 Cơ cấu kinh tế" over "- Nông, lâm
 * nghiệp"), rows split over a page break (joined), sub-rows of a merged item (their own task,
 * sharing the item's agencies and time), a second chủ trì / phối hợp pair, a cell holding one task
 * per line, total rows and the line of dots that marks a gap in the source.
 */
import { splitAgencies } from '../agencies/split';
import { M } from '../messages';
import { cleanText, matchKey } from '../text/normalize';
import type { ColumnRole, Grid, Warning } from '../types';
import { type HeaderFound, isColumnNumberRow, repeatsHeader } from './header';

/** A table row once its page-break continuations are joined. */
export interface RowRecord {
  row: number;
  section: string;
  sectionCode: string;
  parent: string;
  cells: Partial<Record<ColumnRole, string>>;
  /** The cells of header.targetColumns, in that order. */
  targetCells: string[];
}

type Cells = Partial<Record<ColumnRole, string>>;

const ROMAN = /^[IVXLC]+$/;
const LETTER = /^[A-ZĐ]$/;
const SECTION_IN_ONE_CELL = /^([IVXLC]+|\d+)[.)/]?\s+(\S.*)$/;
const BULLET = /^[-+•*–]$/;
const TEXT_BULLET = /^\s*([-+•*–])\s+/;
const AGENCY_ROLES: ColumnRole[] = ['lead', 'cooperating', 'monitor'];
/** Cells that belong to a row of its own (a section or title row has none of them). */
const CONTENT_ROLES: ColumnRole[] = [
  'lead',
  'cooperating',
  'monitor',
  'unit',
  'tier',
  'method',
  'deadline',
  'product',
  'result',
  'status',
  'detail',
];

function isBlankRow(row: string[]): boolean {
  return row.every((cell) => /^[\s\-–—=_.]*$/.test(cell ?? ''));
}

/** "…......................": the source left a part out (cleaned cells). */
function isGapRow(row: string[]): boolean {
  const filled = row.filter(Boolean);
  return filled.length === 1 && /^[.…·]{4,}$/.test(filled[0].replace(/\s/g, ''));
}

/** "1." → "1", "(1)" → "1", "A." → "A", "-" → "" (a bullet is no code). */
export function codeOf(cell: string): string {
  const c = cleanText(cell)
    .replace(/^\((.+)\)$/, '$1')
    .replace(/[.)]+$/, '');
  return BULLET.test(c) ? '' : c;
}

/** The text without its leading bullet ("- Diện tích" → "Diện tích"). */
export function textOf(cell: string): string {
  return cleanText(cell).replace(TEXT_BULLET, '');
}

/** The bullet of a row of cleaned cells: in the code cell ("-") or at the start of the text. */
function bulletOf(row: string[], header: HeaderFound): string {
  const code = cellAt(row, header.columns.code);
  if (BULLET.test(code)) return code;
  const m = TEXT_BULLET.exec(cellAt(row, header.columns.text));
  return m ? m[1] : '';
}

function cellAt(row: string[], index: number | undefined): string {
  return index === undefined ? '' : (row[index] ?? '');
}

/** A short title without figures: "Về Hạ tầng số", "CHÍNH QUYỀN SỐ". */
function looksLikeSectionTitle(text: string): boolean {
  return text.split(' ').length <= 8 && !/\d/.test(text);
}

const TOTAL = /^(tổng|tổng cộng|tổng số|cộng|tổng i\s*\+\s*ii)(\s*[ivx\d+.,:()]*)?$/;

/** "Tổng I + II", "Tổng số", "Cộng": a total row. */
function isTotalRow(text: string): boolean {
  return TOTAL.test(matchKey(text).replace(/\s+/g, ' '));
}

const finished = (text: string) => /[.;:!?]\s*$/.test(text);
const startsLower = (text: string) => {
  const first = text.replace(/^[^\p{L}]+/u, '')[0];
  return first !== undefined && first === first.toLowerCase() && first !== first.toUpperCase();
};
const startsUpper = (text: string) => {
  const first = text.replace(/^[^\p{L}]+/u, '')[0];
  return first !== undefined && first !== first.toLowerCase();
};

/** A code that extends another: "5.1" extends "5", "5.1.2" extends "5.1". */
const extendsCode = (code: string, parent: string) => parent !== '' && code.startsWith(`${parent}.`);

interface Context {
  grid: Grid;
  header: HeaderFound;
  warnings: Warning[];
  letterParts: boolean;
}

/** Cells by role of a row of cleaned cells; the code normalised, the text without its bullet. */
function cellsOf(row: string[], header: HeaderFound): Cells {
  const cells: Cells = {};
  for (const [role, index] of Object.entries(header.columns) as Array<[ColumnRole, number]>) {
    const clean = row[index] ?? '';
    const value = role === 'code' ? codeOf(clean) : role === 'text' ? clean.replace(TEXT_BULLET, '') : clean;
    if (value) cells[role] = value;
  }
  return cells;
}

function targetCellsOf(row: string[], header: HeaderFound): string[] {
  return header.targetColumns.map((t) => row[t.col] ?? '');
}

/** True when a row has a cell that only an item (not a title) has. */
function hasContent(cells: Cells): boolean {
  return CONTENT_ROLES.some((role) => cells[role] !== undefined);
}

/** The title of a row that carries only a code and a title, wherever the title sits (03 puts it under Chủ trì). */
function titleOf(row: string[], header: HeaderFound): string {
  const text = textOf(cellAt(row, header.columns.text));
  if (text) return text;
  return (
    row.map((c, i) => (i === header.columns.code ? '' : cleanText(c))).find((c) => c && !/^[\d.,\s]+$/.test(c)) ?? ''
  );
}

/** The next row that holds an item (for deciding what a titled row heads). */
function nextItemRow(ctx: Context, from: number): string[] | null {
  for (let r = from; r < ctx.grid.length; r++) {
    const raw = ctx.grid[r] ?? [];
    if (isBlankRow(raw)) continue;
    const row = raw.map((c) => cleanText(c));
    if (repeatsHeader(row, ctx.header) || isColumnNumberRow(row, true)) continue;
    return row;
  }
  return null;
}

/** Lettered rows (A, B, C) with Roman sections under them: the letters are parts. */
function hasLetterParts(grid: Grid, start: number, header: HeaderFound): boolean {
  let letters = 0;
  let romans = 0;
  for (let r = start; r < grid.length; r++) {
    const code = codeOf(cellAt(grid[r] ?? [], header.columns.code));
    if (LETTER.test(code)) letters++;
    else if (ROMAN.test(code)) romans++;
  }
  return letters > 0 && romans > 0;
}

/** Vietnamese letter order, for the part that comes after another (A, B, C, D, Đ, E, G …). */
const LETTERS = 'A B C D Đ E G H I K L M N O P Q R S T U V X Y'.split(' ');
const nextLetter = (part: string) => (part ? (LETTERS[LETTERS.indexOf(part) + 1] ?? '') : 'A');

interface State {
  section: string;
  sectionCode: string;
  part: string;
  /** A titled row above the items ("3 Cơ cấu kinh tế", "5.1 Thương mại") and its code. */
  titleParent: string;
  titleCode: string;
  /** The last "-" row, parent of the "+" rows below it. */
  dashParent: string;
  /** The last numbered record: sub-rows share its agencies and time. */
  lastItem: RowRecord | null;
  /** The titled row came after lastItem: sub-rows belong to the title, not to that item. */
  titleAfterItem: boolean;
  sectionsSeen: number;
}

function enterSection(state: State, code: string, title: string, ctx: Context): void {
  // "C" after part B is part C; "I" or "V" there is a Roman section of part B.
  const isPart = ctx.letterParts && LETTER.test(code) && (code === nextLetter(state.part) || !ROMAN.test(code));
  const romanInPart = ctx.letterParts && !isPart && state.part;
  if (isPart) {
    // Items right under a part (no Roman section in it) belong to the part itself.
    state.part = code;
    state.section = title;
    state.sectionCode = code;
  } else {
    state.section = title;
    state.sectionCode = romanInPart ? `${state.part}.${code}` : code;
  }
  state.titleParent = '';
  state.titleCode = '';
  state.dashParent = '';
  state.lastItem = null;
  state.titleAfterItem = false;
  state.sectionsSeen++;
}

/** What a titled row without content heads: a section, a parent of the items below, or nothing. */
function titledRowKind(
  ctx: Context,
  state: State,
  code: string,
  title: string,
  r: number,
  hasTargets: boolean,
): 'section' | 'parent' | null {
  const next = nextItemRow(ctx, r + 1);
  if (!next) return null;
  const nextCode = codeOf(cellAt(next, ctx.header.columns.code));
  const nextBullet = bulletOf(next, ctx.header) !== '';
  // "5 Điểm cộng 15" over 5.1 … 5.3: a title with the total of its items.
  if (extendsCode(nextCode, code)) {
    // Under a Roman or lettered section it is a parent; beside a numbered section ("1 Về Hạ tầng số"
    // then "2 Về Chính quyền số"), another section.
    const numbered = /^\d+(\.\d+)*$/.test(state.sectionCode);
    const sibling = numbered && state.sectionCode.split('.').length >= code.split('.').length;
    return !state.section && !state.part ? 'section' : sibling ? 'section' : 'parent';
  }
  if (hasTargets) return null;
  if (nextBullet || (!nextCode && textOf(cellAt(next, ctx.header.columns.text)))) return 'parent';
  if (/^\d+$/.test(code) && /^\d+$/.test(nextCode) && looksLikeSectionTitle(title) && !state.section) return 'section';
  if (/^\d+$/.test(code) && nextCode === '1' && looksLikeSectionTitle(title)) return 'section';
  return null;
}

/**
 * Splits a row whose text, lead and cooperating cells list one task per line, in the same order.
 * An agency cell with fewer lines than the tasks may have lost a line break where a line was
 * full (a PDF shows a break there exactly as a wrap): where two names the table gives as
 * agencies elsewhere meet in it with no separator between them ("… đặc khu Sở Tài chính"), and
 * such places are exactly as many as the lines missing, the breaks were there.
 */
function parallelLines(
  row: string[],
  header: HeaderFound,
  known: () => Map<string, Set<number>>,
  r: number,
): string[][] | null {
  const lines = (index: number | undefined) =>
    (index === undefined ? '' : (row[index] ?? ''))
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
  const text = lines(header.columns.text);
  if (text.length < 2 || text.some((l) => TEXT_BULLET.test(l)) || !text.every(startsUpper)) return null;
  const lead = restoreBreaks(lines(header.columns.lead), text.length, known, r);
  if (lead.length !== text.length) return null;
  if (!lead.every((l) => splitAgencies(l).length >= 1 && startsUpper(l))) return null;
  const found = lines(header.columns.cooperating);
  const coop = found.length ? restoreBreaks(found, text.length, known, r) : found;
  if (coop.length !== 0 && coop.length !== text.length) return null;
  return text.map((t, i) => {
    const copy = [...row];
    copy[header.columns.text!] = t;
    copy[header.columns.lead!] = lead[i];
    if (header.columns.cooperating !== undefined && coop.length) copy[header.columns.cooperating] = coop[i];
    return copy;
  });
}

/** The lines of an agency cell with the breaks it lost restored (see parallelLines), or as they are. */
function restoreBreaks(lines: string[], want: number, known: () => Map<string, Set<number>>, r: number): string[] {
  const missing = want - lines.length;
  if (missing <= 0 || lines.length === 0) return lines;
  const agencies = known();
  // Named in another row: the row's own cells do not vouch for themselves.
  const isKnown = (name: string | undefined) =>
    name !== undefined && [...(agencies.get(matchKey(name)) ?? [])].some((at) => at !== r);
  const cuts = lines.map((line) => {
    const at: number[] = [];
    if (isKnown(line)) return at;
    // A place between two words, with no comma, semicolon or "và" before it, where a known name
    // ends and another begins.
    for (let i = line.indexOf(' '); i > 0; i = line.indexOf(' ', i + 1)) {
      const before = line.slice(0, i);
      const after = line.slice(i + 1);
      if (/[,;:.]$/.test(before) || /\svà$/.test(before) || !/^\p{Lu}/u.test(after)) continue;
      if (isKnown(splitAgencies(before).pop()) && isKnown(splitAgencies(after)[0])) at.push(i);
    }
    return at;
  });
  if (cuts.reduce((n, c) => n + c.length, 0) !== missing) return lines;
  return lines.flatMap((line, k) => {
    const bounds = [0, ...cuts[k].map((i) => i + 1)];
    return bounds.map((from, j) => line.slice(from, j + 1 < bounds.length ? bounds[j + 1] - 1 : undefined).trim());
  });
}

/** The agencies a table names, each as a name of its own (once split), in its agency columns, with their rows. */
function knownAgencies(grid: Grid, start: number, header: HeaderFound): Map<string, Set<number>> {
  const names = new Map<string, Set<number>>();
  for (let r = start; r < grid.length; r++) {
    for (const role of AGENCY_ROLES) {
      const index = header.columns[role];
      if (index === undefined) continue;
      for (const line of (grid[r]?.[index] ?? '').split(/\r?\n/))
        for (const name of splitAgencies(line)) {
          const key = matchKey(name);
          names.set(key, (names.get(key) ?? new Set()).add(r));
        }
    }
  }
  return names;
}

function join(a: string | undefined, b: string): string {
  return cleanText(`${a ?? ''} ${b}`);
}

/** A row that goes on with the record above after a page break: fragments, not a row of its own. */
function continues(cells: Cells, previous: RowRecord, rawText: string): boolean {
  if (cells.code !== undefined) return false;
  if (TEXT_BULLET.test(rawText)) return false;
  if (cells.text && startsLower(cells.text)) return true;
  const fragment = AGENCY_ROLES.some((role) => {
    const value = cells[role];
    return value !== undefined && previous.cells[role] !== undefined && (startsLower(value) || !isAgencyStart(value));
  });
  if (fragment) return true;
  const onlyText = Object.keys(cells).every((role) => role === 'text');
  return onlyText && !!previous.cells.text && !finished(previous.cells.text);
}

const AGENCY_START = new RegExp(
  '^(ủy ban|uỷ ban|ubnd|văn phòng|phòng|sở|bộ|ban|cục|chi cục|trung tâm|công an|các|doanh nghiệp|ngân hàng|' +
    'viện|trường|đài|hội|tổng|thanh tra|kho bạc|bảo hiểm|hđnd|mặt trận|đoàn|liên đoàn|bưu điện|cơ quan|đơn vị|' +
    'tỉnh|huyện|xã|thành phố|báo|thuế)',
);

function isAgencyStart(value: string): boolean {
  const parts = splitAgencies(value);
  return parts.length > 0 && AGENCY_START.test(matchKey(parts[0]));
}

/** Groups grid rows into records: sections set context, continuation rows extend the record above. */
export function collectRecords(grid: Grid, start: number, header: HeaderFound, warnings: Warning[]): RowRecord[] {
  const ctx: Context = { grid, header, warnings, letterParts: hasLetterParts(grid, start, header) };
  const records: RowRecord[] = [];
  const state: State = {
    section: '',
    sectionCode: '',
    part: '',
    titleParent: '',
    titleCode: '',
    dashParent: '',
    lastItem: null,
    titleAfterItem: false,
    sectionsSeen: 0,
  };
  const task = header.kind === 'task';
  let names: Map<string, Set<number>> | undefined;
  const known = () => {
    names ??= knownAgencies(grid, start, header);
    return names;
  };
  for (let r = start; r < grid.length; r++) {
    const raw = grid[r] ?? [];
    if (isBlankRow(raw)) continue;
    const clean = raw.map((c) => cleanText(c));
    if (repeatsHeader(clean, header) || isColumnNumberRow(clean, true)) continue;
    if (isGapRow(clean)) {
      warnings.push({ code: 'row-gap', row: r + 1, message: M.rowGap(r + 1) });
      state.section = '';
      state.sectionCode = '';
      state.titleParent = '';
      state.lastItem = null;
      continue;
    }
    const split = /\n/.test(raw[header.columns.text ?? -1] ?? '') ? parallelLines(raw, header, known, r) : null;
    if (split) warnings.push({ code: 'row-split', row: r + 1, message: M.rowSplit(r + 1, split.length) });
    for (const part of split ? split.map((p) => p.map((c) => cleanText(c))) : [clean]) {
      readRow(ctx, state, records, part, r, task);
    }
  }
  return records;
}

/** Reads one row of cleaned cells into the records, or into the state (sections, parents). */
function readRow(ctx: Context, state: State, records: RowRecord[], row: string[], r: number, task: boolean): void {
  const { header, warnings } = ctx;
  const cells = cellsOf(row, header);
  const targetCells = targetCellsOf(row, header);
  const hasTargets = targetCells.some(Boolean);
  const code = cells.code ?? '';
  const rawText = cellAt(row, header.columns.text);
  const content = hasContent(cells);
  const nonEmpty = row.filter(Boolean);

  // A section or part: Roman or capital-letter code with only a title (and maybe its totals);
  // the title may sit in another column ("A. | BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" under Cơ quan chủ trì).
  const titleOnly = !content || (!cells.text && nonEmpty.length === 2 && !hasTargets);
  if (titleOnly && (ROMAN.test(code) || LETTER.test(code))) {
    const title = titleOf(row, header);
    if (title) {
      enterSection(state, code, title, ctx);
      return;
    }
  }
  if (!content && !hasTargets && nonEmpty.length === 1 && header.columns.code !== undefined) {
    const match = SECTION_IN_ONE_CELL.exec(nonEmpty[0]);
    if (match && looksLikeSectionTitle(match[2])) {
      enterSection(state, match[1], match[2], ctx);
      return;
    }
  }
  const text = cells.text ?? '';
  if (text && !code && isTotalRow(text)) {
    warnings.push({ code: 'row-total', row: r + 1, message: M.rowTotal(r + 1, text) });
    return;
  }
  // A titled row: a code and a title, nothing else (totals aside).
  if (code && text && !content) {
    const kind = titledRowKind(ctx, state, code, text, r, hasTargets);
    if (kind === 'section') {
      enterSection(state, code, text, ctx);
      return;
    }
    if (kind === 'parent') {
      state.titleParent = text.replace(/:$/, '');
      state.titleCode = code;
      state.dashParent = '';
      state.titleAfterItem = true;
      return;
    }
  }
  // "- Số đối tượng mua BHYT" with no figures, "+" rows below: the parent of those rows.
  const bullet = bulletOf(row, header);
  if (!code && text && !content && !hasTargets) {
    if (bullet === '-') {
      state.dashParent = text.replace(/:$/, '');
      return;
    }
    if (/:$/.test(text)) return; // "Trong đó:" introduces the rows below.
    // "Nhiệm vụ giao Bộ trưởng … chỉ đạo": an unnumbered group row in a numbered table.
    const last = records[records.length - 1];
    const group =
      !bullet &&
      header.columns.code !== undefined &&
      startsUpper(text) &&
      !finished(text) &&
      text.split(' ').length <= 40 &&
      !(last && continuesText(last, text));
    if (group) {
      enterSection(state, '', text, ctx);
      return;
    }
  }
  const previous = records[records.length - 1];
  const sameSection = previous && previous.section === state.section && previous.sectionCode === state.sectionCode;
  if (!code && previous && sameSection && !state.titleAfterItem && continues(cells, previous, rawText)) {
    for (const role of Object.keys(cells) as ColumnRole[]) {
      if (role === 'code') continue;
      previous.cells[role] = join(previous.cells[role], cells[role]!);
    }
    targetCells.forEach((v, i) => {
      if (v) previous.targetCells[i] = join(previous.targetCells[i], v);
    });
    return;
  }
  // A second chủ trì / phối hợp pair of the item above (its text, code and time merged).
  if (!code && !text && (cells.lead || cells.cooperating) && previous) {
    warnings.push({ code: 'row-split', row: r + 1, message: M.rowSecondAssignment(r + 1) });
    records.push({
      ...previous,
      row: r + 1,
      cells: { ...previous.cells, lead: cells.lead, cooperating: cells.cooperating, ...pick(cells) },
      targetCells: [...previous.targetCells],
    });
    return;
  }
  if (!text) {
    if (Object.keys(cells).length > 0 || hasTargets) {
      warnings.push({ code: 'row-no-text', row: r + 1, message: M.rowNoText(r + 1), text: nonEmpty.join(' ') });
    }
    return;
  }
  const record: RowRecord = {
    row: r + 1,
    section: state.section,
    sectionCode: state.sectionCode,
    parent: '',
    cells,
    targetCells,
  };
  if (code) {
    if (!extendsCode(code, state.titleCode)) {
      state.titleParent = '';
      state.titleCode = '';
    }
    record.parent = cells.group ?? state.titleParent;
    state.lastItem = record;
    state.titleAfterItem = false;
    state.dashParent = bullet === '-' ? text : '';
  } else {
    const item = state.titleAfterItem ? null : state.lastItem;
    // A sub-row shares what its item leaves merged: agencies, time, group.
    if (item) {
      for (const role of ['lead', 'cooperating', 'monitor', 'deadline', 'group'] as ColumnRole[]) {
        if (cells[role] === undefined && item.cells[role] !== undefined) cells[role] = item.cells[role];
      }
    }
    // An unnumbered row with its own lead opens an item too (single-item sections leave STT empty).
    if (cells.lead && (!item || item.cells.lead !== cells.lead) && task) {
      state.lastItem = record;
      state.titleAfterItem = false;
    }
    if (bullet === '+') record.parent = state.dashParent;
    else if (cells.group) record.parent = cells.group;
    else if (task) record.parent = state.titleParent;
    else record.parent = state.titleParent || (item ? (item.cells.text ?? '') : '');
    if (bullet === '-') state.dashParent = text;
  }
  records.push(record);
}

/** The cells of a second-pair row that override the item's (its own time or product, if any). */
function pick(cells: Cells): Cells {
  const out: Cells = {};
  for (const key of ['deadline', 'product', 'note'] as ColumnRole[]) if (cells[key]) out[key] = cells[key];
  return out;
}

/** An unnumbered text-only row that reads on from the record above: it starts in lower case. */
function continuesText(_previous: RowRecord, text: string): boolean {
  return startsLower(text);
}
