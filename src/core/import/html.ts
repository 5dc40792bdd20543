/**
 * The tables of a saved web page as grids of cell strings, as a browser's copy gives them:
 * rowspan/colspan become merged blocks (text in the top-left cell, covered cells empty), <br>
 * and block elements (<p>, <div>, <li>) become line breaks inside a cell, other white space
 * collapses as HTML renders it. A table inside a cell becomes lines of that cell.
 */
import { type MarkupNode, TEXT } from './markup';
import { titleFrom } from './title';
import type { SourceTable } from './types';

const BLOCK = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'tr',
  'section',
  'article',
  'blockquote',
  'pre',
  'dd',
  'dt',
  'header',
  'footer',
  'caption',
]);
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);

/** Renders inline content: collapses white space, breaks lines at <br> and around blocks. */
class LineWriter {
  private lines: string[] = [''];

  text(value: string): void {
    const collapsed = value.replace(/[ \t\r\n\f]+/g, ' ');
    const current = this.lines[this.lines.length - 1];
    this.lines[this.lines.length - 1] =
      current + (current === '' || current.endsWith(' ') ? collapsed.replace(/^ /, '') : collapsed);
  }

  break(): void {
    this.lines[this.lines.length - 1] = this.lines[this.lines.length - 1].trimEnd();
    this.lines.push('');
  }

  /** A line break unless the current line is still empty (blocks do not make empty lines). */
  block(): void {
    if (this.lines[this.lines.length - 1].trim() !== '') this.break();
  }

  result(): string {
    return this.lines
      .map((l) => l.trim())
      .join('\n')
      .replace(/^\n+|\n+$/g, '');
  }
}

function writeInline(node: MarkupNode, out: LineWriter): void {
  for (const child of node.children) {
    if (child.name === TEXT) out.text(child.text ?? '');
    else if (HIDDEN.has(child.name)) continue;
    else if (child.name === 'br') out.break();
    else if (child.name === 'table') {
      out.block();
      for (const row of tableGrid(child)) {
        const line = row.filter((c) => c.trim() !== '').join(' ');
        if (line) {
          out.text(line.replace(/\n/g, ' '));
          out.break();
        }
      }
    } else if (BLOCK.has(child.name)) {
      out.block();
      if (child.name === 'li')
        out.text(node.name === 'ol' ? `${node.children.filter((c) => c.name === 'li').indexOf(child) + 1}. ` : '• ');
      writeInline(child, out);
      out.block();
    } else writeInline(child, out);
  }
}

function cellText(cell: MarkupNode): string {
  const out = new LineWriter();
  writeInline(cell, out);
  return out.result();
}

/** The rows of a table element: its own <tr>s, directly or in <thead>/<tbody>/<tfoot>. */
function rowsOf(table: MarkupNode): MarkupNode[] {
  const rows: MarkupNode[] = [];
  for (const child of table.children) {
    if (child.name === 'tr') rows.push(child);
    else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') rows.push(...rowsOf(child));
  }
  return rows;
}

const span = (value: string | undefined) => {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, 1000) : 1;
};

/** The HTML table model: each cell takes the first free slot of its row, spans reserve the slots below. */
function tableGrid(table: MarkupNode): string[][] {
  const grid: string[][] = [];
  const taken: boolean[][] = [];
  rowsOf(table).forEach((tr, r) => {
    grid[r] ??= [];
    taken[r] ??= [];
    let c = 0;
    for (const cell of tr.children.filter((x) => x.name === 'td' || x.name === 'th')) {
      while (taken[r][c]) c++;
      const rows = span(cell.attrs.rowspan);
      const cols = span(cell.attrs.colspan);
      for (let dr = 0; dr < rows; dr++) {
        grid[r + dr] ??= [];
        taken[r + dr] ??= [];
        for (let dc = 0; dc < cols; dc++) {
          taken[r + dr][c + dc] = true;
          grid[r + dr][c + dc] = dr === 0 && dc === 0 ? cellText(cell) : '';
        }
      }
      c += cols;
    }
  });
  const rows = grid.slice(0, rowsOf(table).length);
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
}

/** Every table of the page that is not inside another table, named by the text just above it. */
export function htmlTables(document: MarkupNode): SourceTable[] {
  const tables: SourceTable[] = [];
  let lines: string[] = [];
  const visit = (node: MarkupNode) => {
    for (const child of node.children) {
      if (child.name === TEXT || HIDDEN.has(child.name)) continue;
      if (child.name === 'table') {
        const caption = child.children.find((c) => c.name === 'caption');
        const grid = tableGrid(child);
        if (grid.length > 0) {
          const title = titleFrom(caption ? [...lines, cellText(caption)] : lines);
          tables.push({ index: tables.length + 1, title, grid });
        }
        lines = [];
      } else if (BLOCK.has(child.name) && !child.children.some((c) => BLOCK.has(c.name) && c.name !== 'br')) {
        const text = cellText(child);
        if (text) lines.push(...text.split('\n'));
      } else visit(child);
    }
  };
  visit(document);
  return tables;
}
