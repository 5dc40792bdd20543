/**
 * Rebuilding the cells of one table row from its pasted lines. A PDF viewer gives a row's cells
 * one after another, left to right, each over several lines; sometimes it joins the lines of
 * neighbouring cells printed at the same height ("3.1 Tỷ trọng … 20% Phòng Kinh tế…"), or gives
 * the first printed line of every cell and then the second ("… giải quyết Văn phòng HĐND & UBND
 * Các phòng, ban, ngành; UBND" / "TTHC huyện xã, thị trấn"), and a page break restarts the cells.
 *
 * The row is read line by line with a beam search: each line goes whole into a cell, or is cut
 * into pieces for consecutive cells; the reading may go back to an earlier column (a page break
 * for free, otherwise at a cost); a line may also start a row that lost its number. Every
 * reading is scored with the evidence of score.ts and the best one is kept; a close second best
 * that differs is reported, so the row gets a warning.
 */
import { cleanText } from '../../text/normalize';
import {
  CellScorer,
  finalCellScore,
  isLowerStart,
  isOpenEnd,
  isTierText,
  isUpperStart,
  type Piece,
  startsAgency,
  type TableContext,
  tooWideFor,
  unitAgreement,
} from './score';

/** One source line of a row. */
export interface RowLine {
  text: string;
  /** 0-based index of the line in the paste. */
  line: number;
  /** A page break (a repeated header) comes just before this line. */
  breakBefore: boolean;
}

/** A rebuilt row: its cells, and the line it starts at. */
export interface BuiltRow {
  cells: string[];
  line: number;
  /** The row had no number of its own (split off the row above). */
  uncoded: boolean;
  /**
   * Length of each cell's first line when it is a whole source line: it wrapped at the column's
   * width (or is all of the cell), and no misplaced line appended below can change it.
   */
  lineLengths: number[][];
}

export interface RowReading {
  rows: BuiltRow[];
  score: number;
  /** Lines read back into an earlier column without a page break. */
  resets: number;
  /** Rows started without a number. */
  rowBreaks: number;
  /** Columns (indexes) in which the second-best reading differs, when it is close. */
  doubtful: number[];
}

interface Cells {
  /** Interned cell per column (see CellScorer); 0 is empty. */
  nodes: number[];
  scores: number[];
  line: number;
}

interface State {
  done: Cells[];
  cur: Cells;
  ptr: number;
  /** After a reset or a page break lines may be cut anywhere: they continue cells. */
  cont: boolean;
  /** How many cells the last line was cut into. */
  span: number;
  moves: number;
  resets: number;
  rowBreaks: number;
  total: number;
}

const RESET_COST = 3;
const ROW_BREAK_COST = 4;
/** At most this many cells share one printed line. */
const MAX_PIECES = 6;
/** Going back to the first columns after a line that ran across several cells: reading by printed lines. */
const NEXT_LINE_COST = 0.5;

function emptyCells(k: number, line: number): Cells {
  return { nodes: new Array(k).fill(0), scores: new Array(k).fill(0), line };
}

/** Positions where a line may be cut between two cells. */
function cutPoints(words: string[], anywhere: boolean): number[] {
  const points: number[] = [];
  for (let j = 1; j < words.length; j++) {
    const w = words[j];
    const prev = words[j - 1];
    if (anywhere || isUpperStart(w) || /^[\d%("“]/.test(w) || /%[.;,]?$/.test(prev) || (prev === '%' && j === 1))
      points.push(j);
  }
  return points;
}

/** Cost of cutting a line before word j: cheap where a new cell clearly begins. */
function cutCost(words: string[], j: number): number {
  const rest = words.slice(j).join(' ');
  // "Văn phòng HĐND &" | "UBND": a piece that cannot end a cell is no cell.
  if (isOpenEnd(words.slice(0, j).join(' '))) return 0.8;
  if (startsAgency(rest) && isUpperStart(rest)) return 0.1;
  if (isTierText(words.slice(j, j + 2).join(' '))) return 0;
  if (/%[.;,]?$/.test(words[j - 1]) || words[j - 1] === '%') return 0.1;
  return 0.4;
}

function* combinations(points: number[], size: number, from = 0): Generator<number[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= points.length - size; i++) {
    for (const rest of combinations(points, size - 1, i + 1)) yield [points[i], ...rest];
  }
}

const increasingCache = new Map<string, number[][]>();

/** Increasing column lists of `count` columns from `first` up to `max`, memoised. */
function increasing(first: number, count: number, max: number): number[][] {
  const key = `${first},${count},${max}`;
  let lists = increasingCache.get(key);
  if (!lists) {
    lists = [];
    if (count === 1) lists.push([first]);
    else
      for (let next = first + 1; next <= max - count + 2; next++)
        for (const rest of increasing(next, count - 1, max)) lists.push([first, ...rest]);
    increasingCache.set(key, lists);
  }
  return lists;
}

function hasContent(cells: Cells, ctx: TableContext): boolean {
  const text = ctx.kinds.indexOf('text');
  const filled = cells.nodes.filter((n, i) => i > 0 && n !== 0).length;
  return text >= 0 && cells.nodes[text] !== 0 && filled >= 2;
}

interface Split {
  parts: Piece[];
  cost: number;
  /** The pieces after the first continue cells already begun. */
  continuing?: boolean;
}

/** The ways to cut one line into pieces: with cuts only where a cell clearly begins, and anywhere. */
function splitsOf(text: string, maxPieces: number): { strict: Split[]; loose: Split[] } {
  const words = text.split(/\s+/).filter(Boolean);
  const make = (points: number[], maxCuts: number): Split[] => {
    const out: Split[] = [];
    for (let cuts = 0; cuts <= Math.min(maxCuts, points.length); cuts++) {
      for (const at of combinations(points, cuts)) {
        const bounds = [0, ...at, words.length];
        const parts: Piece[] = [];
        let cost = 0;
        for (let i = 0; i < bounds.length - 1; i++) {
          parts.push({ text: words.slice(bounds[i], bounds[i + 1]).join(' '), whole: true });
          if (i > 0) cost += cutCost(words, bounds[i]);
        }
        out.push({ parts, cost });
      }
    }
    return out;
  };
  const strict = make(cutPoints(words, false), maxPieces - 1);
  // Cutting before a lower-case word is for the short lines that finish several cells at once
  // after a page break or a reset ("Đào tạo thông": "… và" + "Đào tạo", "… viễn" + "thông").
  const continuations =
    words.length <= 8
      ? make(cutPoints(words, true), Math.min(2, maxPieces - 1)).filter(
          (split) => split.parts.length > 1 && split.parts.slice(1).every((p) => !isUpperStart(p.text)),
        )
      : [];
  return { strict, loose: [...strict, ...continuations.map((split) => ({ ...split, continuing: true }))] };
}

/** A way to put one line into a reading, scored before it is built (most never are). */
interface Move {
  base: State;
  nodes: number[];
  scores: number[];
  total: number;
  ptr: number;
  cont: boolean;
  reset: boolean;
  span: number;
}

function build(move: Move): State {
  const { base } = move;
  return {
    ...base,
    cur: { ...base.cur, nodes: move.nodes, scores: move.scores },
    ptr: move.ptr,
    cont: move.cont,
    span: move.span,
    total: move.total,
    resets: base.resets + (move.reset ? 1 : 0),
  };
}

function moveSignature(move: Move): string {
  return `${move.base.done.map((c) => c.nodes.join(',')).join(';')}|${move.nodes.join(',')}|${move.ptr}`;
}

/** Every way to put one line into the row read so far. */
function expand(
  state: State,
  line: RowLine,
  splits: { strict: Split[]; loose: Split[] },
  ctx: TableContext,
  scorer: CellScorer,
  out: Move[],
): void {
  const k = ctx.kinds.length;
  const starts: Array<{ base: State; start: number; cost: number; reset: boolean }> = [];
  for (let c = 1; c < k; c++) {
    if (c >= state.ptr) starts.push({ base: state, start: c, cost: 0, reset: false });
    else {
      const cost = line.breakBefore ? 0 : state.span > 1 ? NEXT_LINE_COST : RESET_COST;
      starts.push({ base: state, start: c, cost, reset: !line.breakBefore });
    }
  }
  // A row that lost its number: the line starts a new row.
  if (hasContent(state.cur, ctx) && isUpperStart(line.text) && !line.breakBefore) {
    const base: State = {
      ...state,
      done: [...state.done, state.cur],
      cur: emptyCells(k, line.line),
      ptr: 1,
      cont: false,
      moves: state.moves - ROW_BREAK_COST,
      total: state.total - ROW_BREAK_COST,
      rowBreaks: state.rowBreaks + 1,
    };
    starts.push({ base, start: 1, cost: 0, reset: false });
  }
  for (const { base, start, cost, reset } of starts) {
    const cont = base.cont || reset || line.breakBefore;
    const current = base.cur;
    const started = current.nodes.some((n, col) => col > 0 && n !== 0);
    for (const split of cont ? splits.loose : splits.strict) {
      if (split.parts.length > k - start) continue;
      const lowerParts = split.parts.map((p) => isLowerStart(p.text));
      for (const cols of increasing(start, split.parts.length, k - 1)) {
        if (split.continuing && cols.some((col) => current.nodes[col] === 0)) continue;
        // A printed line wider than a column's widest line is not that column's.
        if (cols.some((col, i) => tooWideFor(split.parts[i], ctx.widths[col]))) continue;
        // A table cell never begins in lower case: such a piece continues a cell.
        if (started && cols.some((col, i) => current.nodes[col] === 0 && lowerParts[i])) continue;
        const skipped = cols[cols.length - 1] - cols[0] - (cols.length - 1);
        let total = base.total - (cost + split.cost + 0.3 * skipped);
        const nodes = current.nodes.slice();
        const scores = current.scores.slice();
        for (let i = 0; i < cols.length; i++) {
          const col = cols[i];
          nodes[col] = scorer.extend(nodes[col], col, split.parts[i]);
          const score = scorer.score(nodes[col], col);
          total += score - scores[col];
          scores[col] = score;
        }
        out.push({ base, nodes, scores, total, ptr: cols[cols.length - 1], cont, reset, span: cols.length });
      }
    }
  }
}

function finalScore(state: State, ctx: TableContext, scorer: CellScorer): number {
  let total = state.total;
  const target = ctx.kinds.indexOf('target');
  const unit = ctx.kinds.indexOf('unit');
  for (const cells of [...state.done, state.cur]) {
    const pieces = cells.nodes.map((n) => scorer.piecesOf(n));
    pieces.forEach((ps, col) => {
      total += finalCellScore(ps, col, ctx);
    });
    if (target >= 0 && unit >= 0) {
      const text = (col: number) => pieces[col].map((p) => p.text).join(' ');
      total += unitAgreement(text(unit), text(target));
    }
  }
  return total;
}

function cellTexts(cells: Cells, scorer: CellScorer): string[] {
  return cells.nodes.map((n) =>
    scorer
      .piecesOf(n)
      .map((p) => p.text)
      .join('\n'),
  );
}

/**
 * Reads one row: `code` goes to the code column, the lines are shared out among the others.
 * Returns the best reading (possibly several rows, when a row without a number was split off).
 */
const scorers = new WeakMap<TableContext, CellScorer>();

function scorerOf(ctx: TableContext): CellScorer {
  let scorer = scorers.get(ctx);
  if (!scorer) {
    scorer = new CellScorer(ctx);
    scorers.set(ctx, scorer);
  }
  return scorer;
}

export function readRow(code: string, codeLine: number, lines: RowLine[], ctx: TableContext): RowReading {
  const k = ctx.kinds.length;
  const scorer = scorerOf(ctx);
  const first = emptyCells(k, codeLine);
  if (code) first.nodes[0] = scorer.extend(0, 0, { text: code, whole: false });
  let beam: State[] = [
    { done: [], cur: first, ptr: 1, cont: false, span: 1, moves: 0, resets: 0, rowBreaks: 0, total: 0 },
  ];
  const content = lines.filter((l) => l.text);
  content.forEach((line, index) => {
    const splits = splitsOf(line.text, Math.min(MAX_PIECES, k - 1));
    const moves: Move[] = [];
    for (const state of beam) expand(state, line, splits, ctx, scorer, moves);
    moves.sort((a, b) => b.total - a.total);
    // After the last line every reading is scored whole: what only a finished cell shows
    // (a known agency cell, a target that reads) must not be cut off by the beam.
    const limit = index === content.length - 1 ? ctx.beam * 8 : ctx.beam;
    const seen = new Set<string>();
    const kept: State[] = [];
    for (const move of moves) {
      if (kept.length >= limit) break;
      const key = moveSignature(move);
      if (seen.has(key)) continue;
      seen.add(key);
      kept.push(build(move));
    }
    beam = kept;
  });
  const ranked = beam
    .map((state) => ({ state, score: finalScore(state, ctx, scorer) }))
    .sort((a, b) => b.score - a.score);
  const best = ranked[0];
  const rows = [...best.state.done, best.state.cur].map((cells, i) => ({
    cells: cellTexts(cells, scorer),
    line: cells.line,
    uncoded: i > 0,
    lineLengths: cells.nodes.map((n) => {
      const first = scorer.piecesOf(n)[0];
      return first?.whole ? [first.text.length] : [];
    }),
  }));
  const doubtful = new Set<number>();
  const bestCells = rows.map((r) => r.cells);
  for (const other of ranked.slice(1)) {
    if (best.score - other.score > 1) break;
    const otherRows = [...other.state.done, other.state.cur].map((c) => cellTexts(c, scorer));
    if (otherRows.length !== bestCells.length) continue;
    otherRows.forEach((cells, r) => {
      cells.forEach((cell, col) => {
        if (cleanText(cell) !== cleanText(bestCells[r][col])) doubtful.add(col);
      });
    });
  }
  return {
    rows,
    score: best.score,
    resets: best.state.resets,
    rowBreaks: best.state.rowBreaks,
    doubtful: [...doubtful].sort((a, b) => a - b),
  };
}
