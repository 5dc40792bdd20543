/**
 * Rebuilding tables from a PDF's positioned text and drawn lines. A table in a plan is ruled:
 * its column edges are the vertical rules, its row edges the horizontal ones, and a rule
 * missing between two cells is a merge (the block's text goes in its top-left cell, as a paste
 * gives it). A table that goes on over the next page is joined to it: the header rows the page
 * repeats are dropped, and a row cut by the page break (no code in its first cell) is joined to
 * the row above. A page with text but no ruled table is read from its text alone: columns from
 * the header row's words, rows from the code column and the gaps between lines.
 * Coordinates are PDF points from the page's top-left corner (y grows downwards).
 */
import { roleOfHeader } from '../table/header';
import { dropRepeatedHeader, titleFrom } from './title';
import type { SourceTable } from './types';

export interface PdfTextItem {
  str: string;
  /** Left end of the baseline. */
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
}

/** A straight stroke or a thin filled rectangle, as drawn. */
export interface PdfSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfTextItem[];
  segments: PdfSegment[];
}

/** Rules closer than this are one rule (double borders, rounding). */
const SNAP = 2;
/** A segment thinner than this is a rule; longer than MIN_RULE to count at all. */
const THIN = 2.5;
const MIN_RULE = 4;

interface HRule {
  y: number;
  x1: number;
  x2: number;
}
interface VRule {
  x: number;
  y1: number;
  y2: number;
}

function rulesOf(segments: PdfSegment[]): { h: HRule[]; v: VRule[] } {
  const h: HRule[] = [];
  const v: VRule[] = [];
  for (const s of segments) {
    const x1 = Math.min(s.x1, s.x2);
    const x2 = Math.max(s.x1, s.x2);
    const y1 = Math.min(s.y1, s.y2);
    const y2 = Math.max(s.y1, s.y2);
    if (y2 - y1 <= THIN && x2 - x1 >= MIN_RULE) h.push({ y: (y1 + y2) / 2, x1, x2 });
    else if (x2 - x1 <= THIN && y2 - y1 >= MIN_RULE) v.push({ x: (x1 + x2) / 2, y1, y2 });
  }
  return { h, v };
}

/** Distinct values, those within SNAP of each other merged into their mean. */
function snap(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const value of sorted) {
    const group = groups[groups.length - 1];
    if (group && value - group[group.length - 1] <= SNAP) group.push(value);
    else groups.push([value]);
  }
  return groups.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

interface Region {
  cols: number[];
  rows: number[];
  /** The vertical rules go on above the first horizontal one: the row was cut by the page break above. */
  openTop: boolean;
  h: HRule[];
  v: VRule[];
  top: number;
  bottom: number;
}

/** Groups of rules that touch one another; each with two or more of each kind is a table. */
function regionsOf(h: HRule[], v: VRule[]): Region[] {
  const uf = new UnionFind(h.length + v.length);
  h.forEach((a, i) => {
    h.forEach((b, j) => {
      if (j > i && Math.abs(a.y - b.y) <= SNAP && a.x1 <= b.x2 + SNAP && b.x1 <= a.x2 + SNAP) uf.union(i, j);
    });
    v.forEach((b, j) => {
      if (b.x >= a.x1 - SNAP && b.x <= a.x2 + SNAP && a.y >= b.y1 - SNAP && a.y <= b.y2 + SNAP)
        uf.union(i, h.length + j);
    });
  });
  v.forEach((a, i) => {
    v.forEach((b, j) => {
      if (j > i && Math.abs(a.x - b.x) <= SNAP && a.y1 <= b.y2 + 2 * SNAP && b.y1 <= a.y2 + 2 * SNAP) {
        uf.union(h.length + i, h.length + j);
      }
    });
  });
  const groups = new Map<number, { h: HRule[]; v: VRule[] }>();
  h.forEach((rule, i) => {
    const g = groups.get(uf.find(i)) ?? { h: [], v: [] };
    g.h.push(rule);
    groups.set(uf.find(i), g);
  });
  v.forEach((rule, i) => {
    const g = groups.get(uf.find(h.length + i)) ?? { h: [], v: [] };
    g.v.push(rule);
    groups.set(uf.find(h.length + i), g);
  });
  // A header drawn as a box of its own just above the body (a gap of a double rule) is one table with it.
  const boxes = [...groups.values()]
    .filter((g) => g.v.length > 0 && g.h.length > 0)
    .map((g) => ({
      ...g,
      left: Math.min(...g.h.map((r) => r.x1)),
      right: Math.max(...g.h.map((r) => r.x2)),
      top: Math.min(...g.h.map((r) => r.y), ...g.v.map((r) => r.y1)),
      bottom: Math.max(...g.h.map((r) => r.y), ...g.v.map((r) => r.y2)),
    }))
    .sort((a, b) => a.top - b.top);
  const joined: typeof boxes = [];
  for (const box of boxes) {
    const above = joined.find(
      (b) =>
        Math.abs(b.left - box.left) <= 3 * SNAP &&
        Math.abs(b.right - box.right) <= 3 * SNAP &&
        box.top - b.bottom <= 3 * SNAP &&
        box.top >= b.bottom - SNAP,
    );
    if (above) {
      above.h.push(...box.h);
      above.v.push(...box.v);
      above.bottom = Math.max(above.bottom, box.bottom);
    } else joined.push(box);
  }
  const regions: Region[] = [];
  for (const g of joined) {
    const cols = snap(g.v.map((r) => r.x));
    const rows = snap(g.h.map((r) => r.y));
    if (cols.length < 2 || rows.length < 2) continue;
    // A row cut by a page break has no rule at the cut: the vertical rules run past the last one.
    const top = Math.min(...g.v.map((r) => r.y1));
    const bottom = Math.max(...g.v.map((r) => r.y2));
    const openTop = top < rows[0] - 2 * SNAP;
    if (openTop) rows.unshift(top);
    if (bottom > rows[rows.length - 1] + 2 * SNAP) rows.push(bottom);
    regions.push({ cols, rows, h: g.h, v: g.v, top: rows[0], bottom: rows[rows.length - 1], openTop });
  }
  return regions.sort((a, b) => a.top - b.top);
}

/** Share of [from, to] that rules along one line cover. */
function coverage(spans: Array<[number, number]>, from: number, to: number): number {
  const length = to - from;
  if (length <= 0) return 1;
  const parts = spans
    .map(([a, b]) => [Math.max(a, from), Math.min(b, to)] as [number, number])
    .filter(([a, b]) => b > a)
    .sort((p, q) => p[0] - q[0]);
  let covered = 0;
  let end = from;
  for (const [a, b] of parts) {
    if (b <= end) continue;
    covered += b - Math.max(a, end);
    end = b;
  }
  return covered / length;
}

interface Line {
  text: string;
  left: number;
  right: number;
  size: number;
}

/** Text items laid out as lines: sorted by baseline, then by x, with spaces where there is a gap. */
function layoutLines(items: PdfTextItem[]): Line[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: PdfTextItem[][] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    const base = line?.[0];
    const same = base && Math.abs(item.y - base.y) <= Math.max(1.5, 0.4 * Math.min(item.size, base.size));
    // A superscript or subscript (smaller, off the baseline but inside the line's height): "mm²".
    const within = (small: PdfTextItem, big: PdfTextItem) =>
      small.size < 0.8 * big.size && small.y <= big.y + 0.3 * big.size && small.y >= big.y - big.size;
    const script = base && (within(item, base) || within(base, item));
    if (same || script) line.push(item);
    else lines.push([item]);
  }
  return lines.map((line) => {
    line.sort((a, b) => a.x - b.x);
    let text = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const item of line) {
      const gap = item.x - end;
      if (text && gap > 0.15 * item.size && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
      text += item.str;
      end = Math.max(end, item.x + item.width);
    }
    const words = line.filter((i) => !isBlank(i));
    return {
      text: text.replace(/\s+/g, ' ').trim(),
      left: words.length ? words[0].x : line[0].x,
      right: words.length ? Math.max(...words.map((w) => w.x + w.width)) : end,
      size: line[0].size,
    };
  });
}

function linesOf(items: PdfTextItem[]): string[] {
  return layoutLines(items).map((l) => l.text);
}

/**
 * Classes of characters by their advance: "m" and capitals are wide, "i", "l" and punctuation
 * narrow. The text layer gives a width per run of text, not per glyph, so a word's width on its
 * line is estimated from the advances of its characters and the line's measured width.
 */
const CLASSES: Array<[RegExp, number]> = [
  [/ /, 0.28],
  [/[ijlft]/, 0.3],
  [/r/, 0.38],
  [/[mw]/, 0.76],
  [/\p{Ll}/u, 0.5],
  [/[IJ]/, 0.36],
  [/[MW]/, 0.92],
  [/\p{Lu}/u, 0.7],
  [/\p{N}/u, 0.55],
  [/[.,;:'!|]/, 0.28],
  [/[()[\]\-/]/, 0.36],
  [/./u, 0.6],
];
const baseOf = (ch: string): string => ch.normalize('NFD')[0] ?? ch;
const commonAdvance = (base: string): number => CLASSES.find(([re]) => re.test(base))?.[1] ?? 0.6;

/** The advance in em of a character (by its letter without diacritics): the document's own, or the common one. */
export type Advances = (ch: string) => number;

/**
 * The document's own advances, fitted to its text runs (a run's width in em is the sum of its
 * characters' advances): least squares drawn towards the common figures (CLASSES), so a letter
 * the document hardly uses keeps its common figure. Fonts differ most in how wide a space is
 * against a letter, which decides whether a word would have fitted at the end of a line.
 */
export function fitAdvances(items: PdfTextItem[]): Advances {
  const runs = items.filter((i) => i.size > 0 && i.width > 0 && i.str.trim().length >= 2).slice(0, 4000);
  // A page or two of text tells a font's letters apart; a few runs would only mislead.
  if (runs.length < 100) return (ch) => commonAdvance(baseOf(ch));
  const letters = [...new Set(runs.flatMap((i) => [...i.str].map(baseOf)))];
  const at = new Map(letters.map((l, i) => [l, i]));
  const k = letters.length;
  const prior = 1;
  const a = letters.map((_, i) => letters.map((_, j) => (i === j ? prior : 0)));
  const b = letters.map((l) => prior * commonAdvance(l));
  for (const item of runs) {
    const counts = new Map<number, number>();
    for (const ch of item.str) {
      const i = at.get(baseOf(ch)) ?? 0;
      counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    const em = item.width / item.size;
    for (const [i, ni] of counts) {
      b[i] += ni * em;
      for (const [j, nj] of counts) a[i][j] += ni * nj;
    }
  }
  // Gaussian elimination; the prior keeps the matrix positive definite, so no pivot is zero.
  for (let c = 0; c < k; c++) {
    for (let r = c + 1; r < k; r++) {
      if (a[r][c] === 0) continue;
      const f = a[r][c] / a[c][c];
      for (let j = c; j < k; j++) a[r][j] -= f * a[c][j];
      b[r] -= f * b[c];
    }
  }
  const x = new Array<number>(k).fill(0);
  for (let r = k - 1; r >= 0; r--) {
    let sum = b[r];
    for (let j = r + 1; j < k; j++) sum -= a[r][j] * x[j];
    x[r] = sum / a[r][r];
  }
  // A figure gone astray (a font with odd metrics) falls back on the common one.
  const fitted = new Map(letters.map((l, i) => [l, x[i]]));
  return (ch) => {
    const base = baseOf(ch);
    const em = fitted.get(base);
    return em !== undefined && Number.isFinite(em) && em > 0.1 && em < 1.6 ? em : commonAdvance(base);
  };
}

const advanceOf = (text: string, advances: Advances) => [...text].reduce((sum, ch) => sum + advances(ch), 0);

/** Width of a line's first or last word: its share of the line's width, by the characters' advances. */
function wordWidth(line: Line, which: 'first' | 'last', advances: Advances): number {
  const words = line.text.split(' ');
  const word = which === 'first' ? words[0] : words[words.length - 1];
  return ((line.right - line.left) * advanceOf(word, advances)) / Math.max(0.1, advanceOf(line.text, advances));
}

/** Codes, numbers and abbreviations ("STT", "2.10", "30/11/2025", "QĐ-UBND", ">100%"): no lower-case letter. */
const isCode = (word: string) =>
  /^[\p{N}.,/%()\-–]+$/u.test(word) || /^[IVXLC]+$/.test(word) || (/\p{N}/u.test(word) && !/\p{Ll}/u.test(word));
/** Every Vietnamese syllable has a vowel: letters without one ("g" of "trạn|g") are not a word of their own. */
const noVowel = (word: string) =>
  /^\p{L}+$/u.test(word) && !/[aeiouy]/i.test(word.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));

/** Where a cell sits and the lines it begins and ends with: a cell cut by a page break goes on as its lines do. */
interface CellFrame {
  left: number;
  right: number;
  padding: number;
  first: Line;
  last: Line;
}

/** What goes between two lines of a cell: nothing (a word cut), a space (a soft wrap) or a line break. */
function lineJoint(before: Line, line: Line, frame: Omit<CellFrame, 'first' | 'last'>, advances: Advances): string {
  const { left, right, padding } = frame;
  const available = right - left - 2 * padding;
  const continues = /^[\p{L}\p{N}]/u.test(line.text);
  // The next glyph did not fit: the line is full to less than one character of that line.
  const charWidth = (line.right - line.left) / Math.max(1, line.text.length);
  const full = before.right >= right - padding - 1.2 * charWidth;
  const next = line.text.split(' ')[0];
  const last = before.text.split(' ').pop() ?? '';
  const tooLong = wordWidth(before, 'last', advances) + wordWidth(line, 'first', advances) > available;
  const cutWord =
    continues &&
    full &&
    ((tooLong && (isCode(last + next) || noVowel(next) || noVowel(last))) ||
      (/^\p{Ll}+$/u.test(next) && noVowel(next)));
  const hyphen = continues && /[\p{L}\p{N}]-$/u.test(before.text);
  if (cutWord || hyphen) return '';
  // A soft wrap: the next line's first word would not have fitted at the end of this one.
  // A line that stops short, or a new bullet, is a line break the document has.
  const bullet = /^[-+•–*]\s/.test(line.text) || /^\(?\d+[.)]\s/.test(line.text);
  const space = advances(' ') * before.size;
  const wrapped = !bullet && before.right + space + wordWidth(line, 'first', advances) > right - padding;
  return wrapped ? ' ' : '\n';
}

/**
 * A cell's lines as its text, and its frame. A word longer than the cell is wide is cut where
 * the line is full ("ST|T", "2.1|0", "trạn|g"): when the line is full, its last piece and the
 * next line's first would not fit on one line, and the joined word is a code or one piece has
 * no vowel (a Vietnamese word is one syllable, so two syllables on two lines are two words),
 * they are one. A line ending in a hyphen after a letter ("QĐ-|UBND") goes on without a space
 * too. A line the next word would not fit on is a soft wrap (a space); one that stops short is
 * a line break.
 */
function cellTextOf(
  items: PdfTextItem[],
  left: number,
  right: number,
  padding: number,
  advances: Advances,
): { text: string; frame: CellFrame | undefined } {
  const lines = layoutLines(items);
  let text = '';
  lines.forEach((line, i) => {
    text += i === 0 ? line.text : lineJoint(lines[i - 1], line, { left, right, padding }, advances) + line.text;
  });
  const frame = lines.length ? { left, right, padding, first: lines[0], last: lines[lines.length - 1] } : undefined;
  return { text, frame };
}

/**
 * The frames of a table's cells, by the row array that holds them: a table's rows are joined
 * over pages as arrays of text, and the frames follow the arrays they belong to.
 */
const framesOf = new WeakMap<string[], Array<CellFrame | undefined>>();

const isBlank = (item: PdfTextItem) => item.str.trim() === '';

interface Cut {
  grid: string[][];
  columns: number[];
  openTop?: boolean;
  top: number;
  bottom: number;
}

/**
 * A text item that runs over a column rule (two cells' words drawn as one run: "IV Kinh tế số")
 * is cut at the space nearest each rule it crosses, its width shared in proportion to the characters.
 */
function splitAtRules(item: PdfTextItem, cols: number[]): PdfTextItem[] {
  const inner = cols.slice(1, -1).filter((x) => x > item.x + 1 && x < item.x + item.width - 1);
  if (inner.length === 0 || item.str.length < 2) return [item];
  const perChar = item.width / item.str.length;
  const pieces: PdfTextItem[] = [];
  let start = 0;
  for (const edge of inner) {
    const at = Math.round((edge - item.x) / perChar);
    // The nearest space within two characters of the rule; no space there, no cut.
    let cut = -1;
    for (let d = 0; d <= 2 && cut < 0; d++) {
      if (item.str[at - d] === ' ') cut = at - d;
      else if (item.str[at + d] === ' ') cut = at + d;
    }
    if (cut <= start) continue;
    pieces.push({
      ...item,
      str: item.str.slice(start, cut),
      x: item.x + start * perChar,
      width: (cut - start) * perChar,
    });
    start = cut + 1;
  }
  if (pieces.length === 0) return [item];
  pieces.push({
    ...item,
    str: item.str.slice(start),
    x: item.x + start * perChar,
    width: (item.str.length - start) * perChar,
  });
  return pieces;
}

/**
 * The cells' padding: how far a line starts from its cell's left rule, the least that several
 * lines share (a line that starts nearer, a word run over from the cell beside it or a stray
 * mark, is not the table's padding). Centred lines start farther in and do not lower it.
 */
function paddingOf(lefts: number[]): number {
  const gaps = lefts.filter((d) => d >= 0).sort((a, b) => a - b);
  const shared = gaps.find((d, i) => i + 2 < gaps.length && gaps[i + 2] - d <= 0.3);
  return Math.min(shared ?? gaps[0] ?? 0, 6);
}

/** The grid of one ruled region, with the page's text items placed in its cells. */
function regionGrid(region: Region, items: PdfTextItem[], advances: Advances): { cut: Cut; used: Set<PdfTextItem> } {
  const { cols, rows } = region;
  const nr = rows.length - 1;
  const nc = cols.length - 1;
  const vAt = (x: number) =>
    region.v.filter((r) => Math.abs(r.x - x) <= SNAP).map((r) => [r.y1, r.y2] as [number, number]);
  const hAt = (y: number) =>
    region.h.filter((r) => Math.abs(r.y - y) <= SNAP).map((r) => [r.x1, r.x2] as [number, number]);
  const uf = new UnionFind(nr * nc);
  for (let c = 1; c < nc; c++) {
    const spans = vAt(cols[c]);
    for (let r = 0; r < nr; r++) if (coverage(spans, rows[r], rows[r + 1]) < 0.5) uf.union(r * nc + c - 1, r * nc + c);
  }
  for (let r = 1; r < nr; r++) {
    const spans = hAt(rows[r]);
    for (let c = 0; c < nc; c++)
      if (coverage(spans, cols[c], cols[c + 1]) < 0.5) uf.union((r - 1) * nc + c, r * nc + c);
  }
  const contents = new Map<number, PdfTextItem[]>();
  const used = new Set<PdfTextItem>();
  for (const whole of items) {
    const cy = whole.y - whole.size * 0.3;
    const inside = whole.x + whole.width / 2 >= cols[0] && whole.x + whole.width / 2 <= cols[nc];
    if (!inside || cy < rows[0] || cy > rows[nr]) continue;
    used.add(whole);
    for (const item of splitAtRules(whole, cols)) {
      const cx = item.x + item.width / 2;
      if (isBlank(item)) continue;
      const c = Math.min(
        nc - 1,
        Math.max(
          0,
          cols.findIndex((x, i) => i < nc && cx >= x && cx < cols[i + 1]),
        ),
      );
      const r = Math.min(
        nr - 1,
        Math.max(
          0,
          rows.findIndex((y, i) => i < nr && cy >= y && cy < rows[i + 1]),
        ),
      );
      const anchor = uf.find(r * nc + c);
      const list = contents.get(anchor) ?? [];
      list.push(item);
      contents.set(anchor, list);
    }
  }
  // The right edge of each merged block, and the table's cell padding (text starts that far from the rule).
  const rightCol = new Map<number, number>();
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      const a = uf.find(r * nc + c);
      rightCol.set(a, Math.max(rightCol.get(a) ?? 0, c));
    }
  }
  const lefts: number[] = [];
  for (const [anchor, list] of contents) {
    const c = anchor % nc;
    for (const line of layoutLines(list)) lefts.push(line.left - cols[c]);
  }
  const padding = paddingOf(lefts);
  const cells = Array.from({ length: nr }, (_, r) =>
    Array.from({ length: nc }, (_, c) => {
      const anchor = r * nc + c;
      const list = contents.get(anchor);
      return list ? cellTextOf(list, cols[c], cols[(rightCol.get(anchor) ?? c) + 1], padding, advances) : null;
    }),
  );
  const grid = cells.map((row) => row.map((cell) => cell?.text ?? ''));
  // Rows and columns with no cell of their own (a rule drawn in one place only) add nothing.
  const keepRow = grid.map((_, r) =>
    Array.from({ length: nc }, (_, c) => uf.find(r * nc + c)).some((a, c) => a === r * nc + c),
  );
  const keepCol = Array.from({ length: nc }, (_, c) => grid.some((_, r) => uf.find(r * nc + c) === r * nc + c));
  const kept = grid.filter((_, r) => keepRow[r]).map((row) => row.filter((_, c) => keepCol[c]));
  cells
    .filter((_, r) => keepRow[r])
    .forEach((row, r) => {
      framesOf.set(
        kept[r],
        row.filter((_, c) => keepCol[c]).map((cell) => cell?.frame),
      );
    });
  return {
    cut: {
      grid: kept,
      columns: cols.filter((_, i) => i === 0 || keepCol[i - 1]),
      top: region.top,
      bottom: region.bottom,
      openTop: region.openTop,
    },
    used,
  };
}

/** Two tables have the same columns when their edges line up (a table going on over a page). */
function sameColumns(a: number[], b: number[]): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  if (a.every((x, i) => Math.abs(x - b[i]) <= 3 * SNAP)) return true;
  // The same table on a page of another size is scaled: compare the columns' shares of its width.
  const share = (cols: number[]) => cols.map((x) => (x - cols[0]) / (cols[cols.length - 1] - cols[0]));
  const sa = share(a);
  const sb = share(b);
  return sa.every((x, i) => Math.abs(x - sb[i]) <= 0.02);
}

const CODE = /^\s*([IVXLC]+|\d+([.,]\d+)*|[a-zđ])\s*[.)]?\s*$/i;

/**
 * A page without rules: columns start where the header row's words start (the row with the
 * most column names, "STT", "Nội dung", "Chủ trì"…), rows start where the first column holds a
 * code or the gap to the line above is wider than a line of text.
 */
function unruledTable(page: PdfPage): Cut | null {
  const words = page.items.filter((i) => !isBlank(i));
  if (words.length === 0) return null;
  const byLine: PdfTextItem[][] = [];
  for (const item of [...words].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const line = byLine[byLine.length - 1];
    if (line && Math.abs(item.y - line[0].y) <= 0.4 * item.size) line.push(item);
    else byLine.push([item]);
  }
  // Phrases: items of a line closer than one em belong to one cell.
  const phrases = byLine.map((line) => {
    const out: Array<{ x: number; end: number; text: string }> = [];
    for (const item of line.sort((a, b) => a.x - b.x)) {
      const last = out[out.length - 1];
      if (last && item.x - last.end < item.size) {
        last.text += (item.x - last.end > 0.15 * item.size ? ' ' : '') + item.str;
        last.end = item.x + item.width;
      } else out.push({ x: item.x, end: item.x + item.width, text: item.str });
    }
    return out;
  });
  let headerLine = -1;
  let best = 1;
  phrases.forEach((line, i) => {
    const named = line.filter((p) => roleOfHeader(p.text.trim()) !== null).length;
    if (named > best) {
      best = named;
      headerLine = i;
    }
  });
  if (headerLine < 0) return null;
  const starts = phrases[headerLine].map((p) => p.x).sort((a, b) => a - b);
  const edges = [Math.min(...words.map((w) => w.x)) - 1, ...starts.slice(1).map((x) => x - 1), page.width];
  const colOf = (x: number) =>
    Math.max(
      0,
      edges.findIndex((e, i) => i < edges.length - 1 && x >= e && x < edges[i + 1]),
    );
  const pitch =
    median(
      byLine
        .slice(1)
        .map((l, i) => l[0].y - byLine[i][0].y)
        .filter((d) => d > 0),
    ) ?? 12;
  const grid: string[][] = [];
  let previousY = Number.NEGATIVE_INFINITY;
  for (let i = headerLine; i < byLine.length; i++) {
    const cells: string[][] = edges.slice(1).map(() => []);
    for (const p of phrases[i]) cells[colOf(p.x)].push(p.text.trim());
    const y = byLine[i][0].y;
    const newRow = grid.length === 0 || CODE.test(cells[0].join(' ')) || y - previousY > pitch * 1.4;
    if (newRow) grid.push(cells.map((c) => c.join(' ')));
    else {
      const row = grid[grid.length - 1];
      cells.forEach((c, k) => {
        if (c.length) row[k] = row[k] ? `${row[k]}\n${c.join(' ')}` : c.join(' ');
      });
    }
    previousY = y;
  }
  return { grid, columns: edges.slice(0, -1), top: byLine[headerLine][0].y - pitch, bottom: page.height };
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** "28" → "29", "2.9" → "2.10", "II" → "III": b is the code printed after a. */
function isNextCode(a: string, b: string): boolean {
  const pa = /^(.*?)(\d+)\.?$/.exec(a);
  const pb = /^(.*?)(\d+)\.?$/.exec(b);
  return !!pa && !!pb && pa[1] === pb[1] && Number(pb[2]) === Number(pa[2]) + 1;
}

/**
 * Joins a page's first row to the row above when the page break cut it: the rules show it (no
 * rule at the top of the page's table), or, where the header is repeated above it, its first
 * cell is empty, it has text only where the row above has, and that text goes on mid-sentence.
 */
function appendContinuation(
  grid: string[][],
  rows: string[][],
  openTop: boolean,
  pageStarts: Set<number>,
  advances: Advances,
): void {
  const first = rows[0];
  const last = grid[grid.length - 1];
  const within = first?.every((c, i) => c.trim() === '' || (last?.[i] ?? '').trim() !== '');
  const filled = first?.filter((c) => c.trim() !== '') ?? [];
  // Mid-sentence: a cell goes on in lower case where the row above has text, or every cell is a
  // tail (lower case or digits: "141.84|8").
  // The cell a column's text goes on in: the last row's, or the merged block's above it (its top-left cell).
  const holder = (col: number): number => {
    for (let r = grid.length - 1; r >= Math.max(0, grid.length - 10); r--) if (grid[r][col]?.trim()) return r;
    return grid.length - 1;
  };
  const lowerGoesOn = !!first?.some((c, i) => /^\p{Ll}/u.test(c.trim()) && (grid[holder(i)]?.[i] ?? '').trim() !== '');
  const tails = filled.length > 0 && filled.every((c) => /^[\p{Ll}\p{N}]/u.test(c.trim()));
  // Unless the table has rows without a code of their own (sub-rows of a merged item) other than
  // at the top of a page, an unnumbered row at the top of a page is the rest of the row above.
  const subRows = grid
    .slice(3)
    .some((r, i) => !pageStarts.has(i + 3) && r[0].trim() === '' && r.filter((c) => c.trim() !== '').length >= 2);
  // A code cut over the break ("2" | "9"): joined, it is the number after the row above ("28" → "29").
  const before = grid[grid.length - 2]?.[0].trim() ?? '';
  const codeCut =
    !!first?.[0].trim() &&
    !!last?.[0].trim() &&
    isNextCode(before, last[0].trim() + first[0].trim()) &&
    !isNextCode(before, last[0].trim());
  // A row holding text in one column only, where no row of the table above is like it, is the rest of a cut row.
  const lone = filled.length === 1 ? first!.findIndex((c) => c.trim() !== '') : -1;
  const unlike =
    lone > 0 &&
    !grid.slice(3).some((r) => r[0].trim() === '' && r[lone].trim() !== '' && r.filter((c) => c.trim()).length === 1);
  const cut =
    openTop ||
    codeCut ||
    (first?.[0].trim() === '' &&
      (lowerGoesOn || (within && (tails || unlike || (!subRows && last?.[0].trim() !== '')))));
  if (first && last && cut && first.some((c) => c.trim() !== '')) {
    const nextFrames = framesOf.get(first);
    first.forEach((cell, c) => {
      if (!cell.trim()) return;
      const row = grid[last[c]?.trim() ? grid.length - 1 : holder(c)];
      // The cell's last line on the page before and its first on this one are joined as two lines of one cell.
      const frames = framesOf.get(row);
      const above = frames?.[c];
      const below = nextFrames?.[c];
      const joint =
        codeCut && c === 0 ? '' : above && below ? lineJoint(above.last, below.first, above, advances) : '\n';
      row[c] = row[c]?.trim() ? `${row[c]}${joint}${cell}` : cell;
      if (frames) frames[c] = above && below ? { ...above, last: below.last } : row[c] === cell ? below : undefined;
    });
    rows = rows.slice(1);
  }
  if (rows.length > 0) pageStarts.add(grid.length);
  grid.push(...rows);
}

/** Total characters of text on the pages: a scanned document has none (or only a stamp). */
export function pdfTextLength(pages: PdfPage[]): number {
  return pages.reduce((n, p) => n + p.items.reduce((m, i) => m + i.str.trim().length, 0), 0);
}

/** A table being read, with the rows that began a page (a page's first row may be the rest of a cut one). */
type OpenTable = SourceTable & { columns: number[]; pageStarts: Set<number> };

/**
 * The tables of a PDF, joined over pages, each named by the lines above it. A table on a page
 * goes on from a table of the page before with the same columns (the page's running header box,
 * a table of its own, is passed over), unless a heading ("Phụ lục", "Biểu", "Bảng") stands above it.
 */
export function pdfTables(pages: PdfPage[]): SourceTable[] {
  const tables: OpenTable[] = [];
  let lines: string[] = [];
  let open: OpenTable[] = [];
  const advances = fitAdvances(pages.flatMap((page) => page.items));
  pages.forEach((page, p) => {
    const { h, v } = rulesOf(page.segments);
    const regions = regionsOf(h, v);
    const used = new Set<PdfTextItem>();
    const cuts: Cut[] = [];
    for (const region of regions) {
      const { cut, used: u } = regionGrid(region, page.items, advances);
      if (cut.grid.length === 0 || cut.grid.every((r) => r.every((c) => c === ''))) continue;
      for (const item of u) used.add(item);
      cuts.push(cut);
    }
    if (cuts.length === 0) {
      const cut = unruledTable(page);
      if (cut && cut.grid.length > 1) {
        for (const item of page.items) if (item.y >= cut.top) used.add(item);
        cuts.push(cut);
      }
    }
    const prose = page.items.filter((i) => !used.has(i) && !isBlank(i));
    const onPage: OpenTable[] = [];
    cuts.forEach((cut, k) => {
      const above = linesOf(prose.filter((i) => i.y < cut.top && (k === 0 || i.y > cuts[k - 1].bottom)));
      const headingAbove = above.some((l) => /^(phụ\s*lục|biểu|bảng)/iu.test(l));
      const from = headingAbove
        ? undefined
        : open.find((t) => !onPage.includes(t) && sameColumns(t.columns, cut.columns));
      if (from) {
        const rest = dropRepeatedHeader(from.grid, cut.grid);
        appendContinuation(
          from.grid,
          rest,
          cut.openTop === true && rest.length === cut.grid.length,
          from.pageStarts,
          advances,
        );
        onPage.push(from);
        lines = [];
        return;
      }
      const table: OpenTable = {
        index: tables.length + 1,
        title: titleFrom([...lines, ...above]),
        grid: cut.grid,
        page: p + 1,
        columns: cut.columns,
        pageStarts: new Set(),
      };
      tables.push(table);
      onPage.push(table);
      lines = [];
    });
    const last = cuts[cuts.length - 1];
    const below = linesOf(prose.filter((i) => !last || i.y > last.bottom));
    // Text after the last table of a page ends it, unless it is only a page number or a footer line.
    open = below.some((l) => l.length > 40) ? onPage.slice(0, -1) : onPage;
    lines = below;
  });
  return tables.map(({ columns: _columns, pageStarts: _starts, ...table }) => table);
}
