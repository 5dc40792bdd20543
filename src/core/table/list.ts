/**
 * A paste without a header, one paragraph per row in one column: a bulleted or numbered list of
 * targets ("(1) Tốc độ tăng GDP … từ 10% trở lên") or of tasks ("a) Nhiệm vụ: …", "- Đơn vị chủ
 * trì: …", "c) Thời gian thực hiện: …"). Headings become sections ("1. Về dữ liệu") and parents
 * ("a) Đối với trẻ em", "1.1. Xây dựng …:"); a heading that names an agency ("1. Sở Y tế") leads
 * the tasks under it. Every other paragraph is one indicator or task.
 */
import { looksLikeAgency } from '../agencies/split';
import { cleanText, matchKey } from '../text/normalize';
import type { ColumnRole, Grid } from '../types';
import type { HeaderFound } from './header';
import type { RowRecord } from './records';

type Cells = Partial<Record<ColumnRole, string>>;

/** The one cell of each row, when every row has at most one and they share a column. */
export function listLines(grid: Grid): Array<{ row: number; text: string }> | null {
  const lines: Array<{ row: number; text: string }> = [];
  let column = -1;
  for (let r = 0; r < grid.length; r++) {
    const filled = (grid[r] ?? []).map((c, i) => [cleanText(c), i] as const).filter(([c]) => c);
    if (filled.length === 0) continue;
    if (filled.length > 1) return null;
    if (column >= 0 && filled[0][1] !== column) return null;
    column = filled[0][1];
    lines.push({ row: r + 1, text: filled[0][0] });
  }
  // A list numbers or bullets its paragraphs; two plain lines are no list.
  const marked = lines.filter((l) => /^(\(?\d+(\.\d+)*[.)]?|[a-zđ]\)|[IVX]+\.|[-+•*–])\s/.test(l.text)).length;
  return lines.length >= 2 && marked >= 2 ? lines : null;
}

interface Marker {
  kind: 'number' | 'letter' | 'paren' | 'bullet' | 'roman' | 'none';
  code: string;
  level: number;
  rest: string;
}

function markerOf(text: string): Marker {
  let m = /^([IVX]+)\.\s+(.*)$/.exec(text);
  if (m) return { kind: 'roman', code: m[1], level: 0, rest: m[2] };
  m = /^(\d+(?:\.\d+)*)\.?\s+(.*)$/.exec(text);
  if (m) return { kind: 'number', code: m[1], level: m[1].split('.').length, rest: m[2] };
  m = /^\((\d+)\)\s*(.*)$/.exec(text);
  if (m) return { kind: 'paren', code: m[1], level: 9, rest: m[2] };
  m = /^([a-zđ])\)\s*(.*)$/.exec(text);
  if (m) return { kind: 'letter', code: m[1], level: 9, rest: m[2] };
  m = /^[-+•*–]\s+(.*)$/.exec(text);
  if (m) return { kind: 'bullet', code: '', level: 10, rest: m[1] };
  return { kind: 'none', code: '', level: 10, rest: text };
}

/** A heading: a short title, no sentence inside, nothing after a colon. */
function isHeading(rest: string): boolean {
  const colon = rest.indexOf(':');
  if (colon >= 0 && colon < rest.length - 1 && rest.slice(colon + 1).trim()) return false;
  const title = rest.replace(/[:.]\s*$/, '');
  if (/[.!?]\s/.test(title) || /%/.test(title)) return false;
  return title.split(' ').length <= 16;
}

const FIELD = {
  task: /^nhiệm vụ\s*:\s*(.*)$/,
  agencies: /^(cơ quan|đơn vị) thực hiện\s*:\s*(.*)$/,
  lead: /^(đơn vị|cơ quan) chủ trì\s*:\s*(.*)$/,
  cooperating: /^(đơn vị|cơ quan) phối hợp\s*:\s*(.*)$/,
  deadline: /^(thời gian|thời hạn)( thực hiện| hoàn thành)?\s*:\s*(.*)$/,
};

/** The value after "Đơn vị chủ trì:", as written (the key is matched loosely). */
function fieldValue(rest: string, re: RegExp): string | null {
  const colon = rest.indexOf(':');
  if (colon < 0) return null;
  const key = matchKey(rest.slice(0, colon + 1));
  if (!re.test(`${key} `.replace(/ :/, ':'))) return null;
  return rest.slice(colon + 1).trim();
}

interface Block {
  code: string;
  parent: string;
  section: string;
  sectionCode: string;
  items: RowRecord[];
  lead?: string;
  cooperating?: string;
  deadline?: string;
  inTask: boolean;
}

export interface ListRead {
  records: RowRecord[];
  header: HeaderFound;
}

/** Reads a list; the header it returns says which fields the records carry. */
export function readList(lines: Array<{ row: number; text: string }>): ListRead {
  const first = lines[0];
  const firstMarker = markerOf(first.text);
  const titled = firstMarker.kind === 'roman' || (firstMarker.kind === 'none' && /:\s*$/.test(first.text));
  const title = titled ? matchKey(first.text) : '';
  const task = /nhiệm vụ|nội dung thực hiện|giải pháp|phân công/.test(title);
  const body = titled ? lines.slice(1) : lines;
  const records: RowRecord[] = [];
  let section = '';
  let sectionCode = '';
  let parent = '';
  let lead: string | undefined;
  let block: Block | null = null;
  let anyLead = false;
  const closeBlock = () => {
    if (!block) return;
    block.items.forEach((item, i) => {
      if (i === 0) item.cells.code = block!.code || undefined;
      if (block!.lead) item.cells.lead = block!.lead;
      if (block!.cooperating) item.cells.cooperating = block!.cooperating;
      if (block!.deadline) item.cells.deadline = block!.deadline;
    });
    if (block.lead) anyLead = true;
    block = null;
  };
  const push = (row: number, code: string, text: string) => {
    const cells: Cells = { text };
    if (code) cells.code = code;
    if (lead) cells.lead = lead;
    const record: RowRecord = { row, section, sectionCode, parent, cells, targetCells: [] };
    records.push(record);
    return record;
  };
  for (const { row, text } of body) {
    const m = markerOf(text);
    const key = matchKey(m.rest);
    // The fields of a task block: "a) Nhiệm vụ: …", "- Đơn vị chủ trì: …", "c) Thời gian thực hiện: …".
    if (block) {
      const taskText = fieldValue(m.rest, FIELD.task);
      if (taskText !== null) {
        block.inTask = true;
        if (taskText) block.items.push(push(row, '', taskText));
        continue;
      }
      if (fieldValue(m.rest, FIELD.agencies) !== null) {
        block.inTask = false;
        continue;
      }
      const leadText = fieldValue(m.rest, FIELD.lead);
      if (leadText !== null) {
        block.lead = leadText;
        block.inTask = false;
        continue;
      }
      const coopText = fieldValue(m.rest, FIELD.cooperating);
      if (coopText !== null) {
        block.cooperating = coopText;
        continue;
      }
      const time = fieldValue(m.rest, FIELD.deadline);
      if (time !== null) {
        block.deadline = time;
        block.inTask = false;
        continue;
      }
      if (block.inTask && m.kind === 'bullet') {
        block.items.push(push(row, '', m.rest));
        continue;
      }
    }
    const heading = m.kind !== 'bullet' && m.kind !== 'none' && m.kind !== 'paren' && isHeading(m.rest);
    if (heading) {
      closeBlock();
      const name = m.rest.replace(/[:.]\s*$/, '');
      if (m.kind === 'number' && m.level === 1) {
        section = name;
        sectionCode = m.code;
        parent = '';
        lead = task && looksLikeAgency(name) ? name : undefined;
        if (lead) anyLead = true;
      } else {
        parent = name;
      }
      if (task && !lead) {
        block = {
          code: m.code,
          parent,
          section,
          sectionCode,
          items: [],
          inTask: false,
        };
      }
      continue;
    }
    if (key === '') continue;
    closeBlock();
    const code = m.kind === 'number' || m.kind === 'paren' || m.kind === 'letter' ? m.code : '';
    if (m.kind === 'letter' || (m.kind === 'number' && m.level === 1)) parent = m.kind === 'letter' ? '' : parent;
    push(row, code, m.rest);
  }
  closeBlock();
  const header: HeaderFound = {
    index: -1,
    height: 1,
    kind: task ? 'task' : 'indicator',
    list: true,
    columns: anyLead ? { text: 0, code: 1, lead: 2, cooperating: 3 } : { text: 0, code: 1 },
    targetColumns: [],
    byYear: false,
    labels: [],
    notes: [],
  };
  return { records, header };
}
