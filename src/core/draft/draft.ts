/**
 * A draft assignment table from a plan written in prose, for the secretariat to review before
 * any tab is made. Two tables, as a secretariat would make them by pasting sentences:
 * - targets: the bullets of the "Mục tiêu" section that state a target, under the headings
 *   they sit in ("1. Hạ tầng số"), numbered again in each section;
 * - tasks: each department of the "Phân công nhiệm vụ" section (its numbered headings are
 *   agencies: "4. Sở Y tế") with the sentences of its tasks that state a measurable target,
 *   the department as lead.
 * Only what the text says is taken; what is left out is said in the warnings.
 */
import { canonicalAgencyName } from '../agencies/identity';
import { agencyHeadOf } from '../agencies/split';
import { M } from '../messages';
import { parseTargets } from '../targets';
import { matchKey } from '../text/normalize';
import type { Grid } from '../types';
import { type Block, descendants, outline } from './outline';

export interface DraftTable {
  /** "TT | Chỉ tiêu": section rows and target rows; only the header when none was found. */
  targets: Grid;
  /** "STT | Cơ quan chủ trì | Nhiệm vụ, chỉ tiêu"; only the header when none was found. */
  tasks: Grid;
  /** What the secretariat should know or check (Vietnamese). */
  notes: string[];
}

export const TARGET_HEADER = ['TT', 'Chỉ tiêu'];
export const TASK_HEADER = ['STT', 'Cơ quan chủ trì', 'Nhiệm vụ, chỉ tiêu'];

/** A text that states something a figure can check: a target the target reader reads. */
function statesTarget(text: string): boolean {
  const parsed = parseTargets(text, { embedded: true });
  return parsed.targets.length > 0 && !parsed.warnings.some((w) => w.code === 'target-unreadable');
}

const HEADING_KINDS = new Set(['roman', 'number', 'letter', 'paren']);

function isMucTieu(block: Block): boolean {
  return HEADING_KINDS.has(block.kind) && /^(mục tiêu|các chỉ tiêu|chỉ tiêu)/.test(matchKey(block.text));
}

/** A heading that names an agency ("Sở Y tế", "Đề nghị Ủy ban Mặt trận…"), or null. */
function agencyOfHeading(block: Block): string | null {
  if (block.kind !== 'number' && block.kind !== 'letter') return null;
  const name = canonicalAgencyName(block.text.replace(/[:.]$/, ''));
  return agencyHeadOf(name) && name.split(' ').length <= 24 ? name : null;
}

/** Sentences of a paragraph: a full stop before a capital or a figure ends one (not "8.5%", not "TP.HCM"). */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === '.' && depth === 0 && text[i + 1] === ' ' && /[\p{Lu}\d]/u.test(text[i + 2] ?? '')) {
      out.push(text.slice(start, i + 1).trim());
      start = i + 2;
    }
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** The title of a heading block, without a trailing colon: "Hạ tầng số", "Đối với trẻ em". */
function titleOf(text: string): string {
  return text.replace(/[:.]\s*$/, '').trim();
}

interface Group {
  code: string;
  title: string;
  rows: string[];
}

/** Target rows of the "Mục tiêu" section, grouped by the heading above them. */
function targetGroups(section: Block, notes: string[]): Group[] {
  const groups: Group[] = [];
  const loose: Group = { code: '', title: '', rows: [] };
  let skipped = 0;
  const visit = (block: Block, group: Group) => {
    const leaf = block.children.length === 0;
    if (!leaf) {
      const title = titleOf(block.text);
      const own = statesTarget(title) ? group : { code: block.code, title, rows: [] };
      if (own !== group) groups.push(own);
      for (const child of block.children) visit(child, own);
      return;
    }
    // "d) Đối với cha mẹ trẻ em: Phấn đấu 100% …": a heading and its one target.
    const colon = /^([^:]{3,60}):\s+(\S.*)$/.exec(block.text);
    if (HEADING_KINDS.has(block.kind) && colon && !statesTarget(colon[1]) && statesTarget(colon[2])) {
      groups.push({ code: block.code, title: colon[1].trim(), rows: [colon[2].trim()] });
      return;
    }
    if (statesTarget(block.text)) group.rows.push(block.text.trim());
    else skipped++;
  };
  for (const child of section.children) visit(child, loose);
  if (skipped > 0) notes.push(M.draftTargetsSkipped(skipped));
  return [loose, ...groups].filter((g) => g.rows.length > 0);
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

/**
 * The code of a section row: the heading's own number when the table reader takes "N | title" for
 * a section (a short title without figures), else a Roman numeral by position, which it always does.
 */
function sectionCode(group: Group, index: number): string {
  const short = group.title.split(' ').length <= 8 && !/\d/.test(group.title);
  if ((/^\d+$/.test(group.code) && short) || /^[IVX]+$/.test(group.code)) return group.code;
  return ROMAN[index] ?? String(index + 1);
}

function targetGrid(groups: Group[]): Grid {
  const grid: Grid = [TARGET_HEADER.slice()];
  const titled = groups.filter((g) => g.title);
  groups.forEach((group) => {
    if (group.title) grid.push([sectionCode(group, titled.indexOf(group)), group.title]);
    group.rows.forEach((row, i) => {
      grid.push([String(i + 1), row]);
    });
  });
  return grid;
}

/** The section whose headings are the departments: "Phân công nhiệm vụ" first, else the one with most. */
function taskSection(roots: Block[]): Block | null {
  const candidates = [...roots, ...roots.flatMap(descendants)].filter(
    (b) => HEADING_KINDS.has(b.kind) && b.children.filter((c) => agencyOfHeading(c)).length >= 2,
  );
  const named = candidates.find((b) => /phân công/.test(matchKey(b.text)));
  if (named) return named;
  return candidates.sort((a, b) => b.children.length - a.children.length)[0] ?? null;
}

function taskGrid(section: Block, notes: string[]): Grid {
  const grid: Grid = [TASK_HEADER.slice()];
  const without: string[] = [];
  for (const heading of section.children) {
    const agency = agencyOfHeading(heading);
    if (!agency) continue;
    const paragraphs = descendants(heading).filter((b) => b.kind !== 'roman');
    const found = paragraphs.flatMap((p) => sentences(p.text)).filter(statesTarget);
    for (const sentence of found) grid.push([String(grid.length), agency, sentence]);
    if (found.length === 0) without.push(agency);
  }
  if (without.length > 0) notes.push(M.draftAgenciesWithoutTarget(without));
  return grid;
}

/** Proposes the draft tables of a plan in prose. Never throws: what it cannot find is in the notes. */
export function draftTable(text: string): DraftTable {
  const roots = outline(text ?? '');
  const notes: string[] = [];
  const blocks = [...roots, ...roots.flatMap(descendants)];
  const targetSection = blocks.find(isMucTieu);
  const groups = targetSection ? targetGroups(targetSection, notes) : [];
  if (!targetSection) notes.push(M.draftNoTargetSection());
  else if (groups.length === 0) notes.push(M.draftNoTargets());
  const section = taskSection(roots);
  const tasks = section ? taskGrid(section, notes) : [TASK_HEADER.slice()];
  if (!section) notes.push(M.draftNoTaskSection());
  const targetCount = groups.reduce((n, g) => n + g.rows.length, 0);
  notes.unshift(M.draftReview(targetCount, tasks.length - 1));
  return { targets: targetGrid(groups), tasks, notes };
}

/** The draft as one sheet for review: each table under its title, then the notes. */
export function draftSheetGrid(draft: DraftTable): Grid {
  const rows: Grid = [
    [M.draftTargetsTitle],
    ...draft.targets,
    [],
    [M.draftTasksTitle],
    ...draft.tasks,
    [],
    ...draft.notes.map((note) => [note]),
  ];
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
}
