/**
 * The tables of a Word document (WordprocessingML, word/document.xml) as grids of cell strings,
 * as a paste from Word gives them: a merged block's text in its top-left cell and the covered
 * cells empty (w:gridSpan, w:vMerge, w:hMerge, w:gridBefore/After), line breaks and paragraphs
 * inside a cell kept as "\n", bullets and automatic numbers written out ("- ", "1. "), a nested
 * table's rows as lines of its cell. A table that goes on after a page break as a new w:tbl
 * with the same columns is joined to the one before, without the header rows it restates.
 */
import { childNamed, childrenNamed, type MarkupNode, TEXT } from './markup';
import { dropRestatedHeader, titleFrom } from './title';
import type { SourceTable } from './types';

/** Wrappers whose content counts as if it stood in their place. */
const TRANSPARENT = new Set(['sdt', 'sdtcontent', 'customxml', 'smarttag', 'hyperlink', 'ins', 'moveto', 'fldsimple']);
/** Content that is not the document's visible text here: deletions, field codes, drawings, text boxes. */
const SKIPPED = new Set([
  'del',
  'movefrom',
  'instrtext',
  'deltext',
  'drawing',
  'pict',
  'object',
  'alternatecontent',
  'rpr',
  'ppr',
  'footnotereference',
  'endnotereference',
  'commentreference',
]);

interface Level {
  format: string;
  text: string;
  start: number;
}

/** Numbering definitions (word/numbering.xml): numId → levels. */
export class Numbering {
  private readonly levels = new Map<string, Level[]>();
  private readonly counters = new Map<string, number[]>();

  constructor(numbering?: MarkupNode | null) {
    const root = numbering && (numbering.name === 'numbering' ? numbering : childNamed(numbering, 'numbering'));
    if (!root) return;
    const abstract = new Map<string, Level[]>();
    for (const a of childrenNamed(root, 'abstractnum')) {
      const levels: Level[] = [];
      for (const lvl of childrenNamed(a, 'lvl')) {
        levels[Number(lvl.attrs.ilvl ?? 0)] = {
          format: childNamed(lvl, 'numfmt')?.attrs.val ?? 'decimal',
          text: childNamed(lvl, 'lvltext')?.attrs.val ?? '',
          start: Number(childNamed(lvl, 'start')?.attrs.val ?? 1),
        };
      }
      abstract.set(a.attrs.abstractnumid ?? '', levels);
    }
    for (const num of childrenNamed(root, 'num')) {
      const levels = abstract.get(childNamed(num, 'abstractnumid')?.attrs.val ?? '');
      if (levels) this.levels.set(num.attrs.numid ?? '', levels);
    }
  }

  /** The marker Word shows before a numbered or bulleted paragraph ("- ", "• ", "2. ", "a) "). */
  marker(numId: string, ilvl: number): string {
    const levels = this.levels.get(numId);
    const level = levels?.[ilvl];
    if (!levels || !level || level.format === 'none') return '';
    if (level.format === 'bullet') {
      const ch = level.text.trim();
      // Symbol and Wingdings bullets are private-use code points: show a plain bullet.
      return `${!ch || /[\uf000-\uf0ff]/.test(ch) ? '•' : ch} `;
    }
    const counts = this.counters.get(numId) ?? [];
    counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl] + 1;
    counts.length = ilvl + 1;
    this.counters.set(numId, counts);
    const text = level.text.replace(/%(\d)/g, (_, n) => {
      const l = Number(n) - 1;
      return formatNumber(counts[l] ?? levels[l]?.start ?? 1, levels[l]?.format ?? 'decimal');
    });
    return text ? `${text} ` : '';
  }
}

function roman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, letters] of table) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case 'decimalZero':
      return String(n).padStart(2, '0');
    default:
      return String(n);
  }
}

/** The text of a run container (paragraph, run, wrapper), in reading order. */
function inlineText(node: MarkupNode, out: string[]): void {
  for (const child of node.children) {
    if (child.name === TEXT || SKIPPED.has(child.name)) continue;
    switch (child.name) {
      case 't':
        out.push(child.children.map((c) => c.text ?? '').join(''));
        break;
      case 'tab':
      case 'ptab':
        out.push(' ');
        break;
      case 'br':
        // A page or column break inside a cell is not a line of the cell's text.
        if (child.attrs.type !== 'page' && child.attrs.type !== 'column') out.push('\n');
        break;
      case 'cr':
        out.push('\n');
        break;
      case 'nobreakhyphen':
        out.push('-');
        break;
      default:
        inlineText(child, out);
    }
  }
}

function paragraphText(p: MarkupNode, numbering: Numbering): string {
  const parts: string[] = [];
  const numPr = childNamed(childNamed(p, 'ppr'), 'numpr');
  const numId = childNamed(numPr, 'numid')?.attrs.val;
  if (numId && numId !== '0') parts.push(numbering.marker(numId, Number(childNamed(numPr, 'ilvl')?.attrs.val ?? 0)));
  inlineText(p, parts);
  return parts.join('');
}

/** Children of a container with the transparent wrappers (w:sdt, w:customXml) opened. */
function blocks(node: MarkupNode): MarkupNode[] {
  const out: MarkupNode[] = [];
  for (const child of node.children) {
    if (TRANSPARENT.has(child.name)) out.push(...blocks(child));
    else if (child.name !== TEXT) out.push(child);
  }
  return out;
}

/** A cell's text: paragraphs as lines, a nested table's rows as lines (its cells joined by spaces). */
function cellText(tc: MarkupNode, numbering: Numbering): string {
  const lines: string[] = [];
  for (const block of blocks(tc)) {
    if (block.name === 'p') lines.push(paragraphText(block, numbering));
    else if (block.name === 'tbl') {
      for (const row of tableGrid(block, numbering).grid) {
        const line = row.filter((c) => c.trim() !== '').join(' ');
        if (line) lines.push(line.replace(/\n/g, ' '));
      }
    }
  }
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  while (lines.length > 0 && lines[0].trim() === '') lines.shift();
  return lines.join('\n');
}

const intAttr = (node: MarkupNode | undefined, fallback: number) => {
  const n = Number(node?.attrs.val);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback;
};

interface TableGrid {
  grid: string[][];
  columns: number;
}

/** One w:tbl as a grid: every grid column a cell, merged cells empty but the top-left one. */
function tableGrid(tbl: MarkupNode, numbering: Numbering): TableGrid {
  const declared = childrenNamed(childNamed(tbl, 'tblgrid') ?? { name: '', attrs: {}, children: [] }, 'gridcol').length;
  const grid: string[][] = [];
  for (const tr of blocks(tbl).filter((b) => b.name === 'tr')) {
    const trPr = childNamed(tr, 'trpr');
    const row: string[] = [];
    for (let i = 0; i < intAttr(childNamed(trPr, 'gridbefore'), 0); i++) row.push('');
    for (const tc of blocks(tr).filter((b) => b.name === 'tc')) {
      const tcPr = childNamed(tc, 'tcpr');
      const span = intAttr(childNamed(tcPr, 'gridspan'), 1);
      const vMerge = childNamed(tcPr, 'vmerge');
      const hMerge = childNamed(tcPr, 'hmerge');
      // A vMerge without val="restart" (or an hMerge continuation) is covered by the cell before it.
      const covered = (vMerge && vMerge.attrs.val !== 'restart') || (hMerge && hMerge.attrs.val !== 'restart');
      row.push(covered ? '' : cellText(tc, numbering));
      for (let i = 1; i < span; i++) row.push('');
    }
    for (let i = 0; i < intAttr(childNamed(trPr, 'gridafter'), 0); i++) row.push('');
    grid.push(row);
  }
  const columns = Math.max(declared, ...grid.map((r) => r.length), 0);
  return { grid: grid.map((r) => Array.from({ length: columns }, (_, i) => r[i] ?? '')), columns };
}

/**
 * The tables of a document, each named by the text above it. `document` is word/document.xml,
 * `numbering` word/numbering.xml (or null), both parsed.
 */
export function docxTables(document: MarkupNode, numbering?: MarkupNode | null): SourceTable[] {
  const root = document.name === 'document' ? document : (childNamed(document, 'document') ?? document);
  const body = childNamed(root, 'body') ?? root;
  const numbers = new Numbering(numbering);
  const tables: SourceTable[] = [];
  let lines: string[] = [];
  let last: { table: SourceTable; columns: number } | null = null;
  for (const block of blocks(body)) {
    if (block.name === 'p') {
      const text = paragraphText(block, numbers);
      if (text.trim()) {
        lines.push(...text.split('\n'));
        last = null;
      }
    } else if (block.name === 'tbl') {
      const { grid, columns } = tableGrid(block, numbers);
      if (grid.length === 0) continue;
      if (last && last.columns === columns) {
        // Nothing but empty paragraphs (a page or section break) since the last table: it goes on.
        last.table.grid.push(...dropRestatedHeader(last.table.grid, grid));
        continue;
      }
      const table: SourceTable = { index: tables.length + 1, title: titleFrom(lines), grid };
      tables.push(table);
      last = { table, columns };
      lines = [];
    }
  }
  return tables;
}
