/**
 * How well a piece of pasted text fits a column, and how well two pieces join inside one cell:
 * the evidence a person uses to put a PDF table back together.
 * - agency cells begin with the words agency names begin with ("Sở", "Phòng", "UBND", "Các…");
 * - a target cell reads as a target ("60%", "Có hệ thống"), a tier cell is "Bắt buộc"/"Mở rộng",
 *   a unit cell is a short noun ("%", "Hệ thống") that the target counts;
 * - a line that ends with "và", ",", "-" or an open parenthesis goes on in the same cell, and so
 *   does a line that begins in lower case;
 * - each column wraps at its own width: a line wider than its column's lines is not from that
 *   column, and a line whose next word would still have fitted ended its cell;
 * - agency cells repeat across rows: a cell that other rows spell the same way is a cell.
 */
import { agencyHeadOf } from '../../agencies/split';
import { parseTargets } from '../../targets';
import { matchKey } from '../../text/normalize';
import type { ColumnKind } from './header';

/** A part of one source line placed in one cell. */
export interface Piece {
  text: string;
  /** True when the piece is a whole source line (width evidence applies). */
  whole: boolean;
}

export interface TableContext {
  kinds: ColumnKind[];
  /** Typical width in characters of each column's lines, once known. */
  widths: Array<number | undefined>;
  /** Keys of agency cells seen in at least two rows. */
  known: Set<string>;
  /** Prefixes (whole words) of the known cells. */
  knownPrefixes: Set<string>;
  /** Pairs of words that stand side by side on some line of the paste ("hạ tầng"), lower case. */
  pairs: Set<string>;
  /** The table has no target column: targets are in the text. */
  embeddedTargets: boolean;
  hasTier: boolean;
  /** How many readings the search keeps per line (a first, measuring reading needs fewer). */
  beam: number;
}

/**
 * Heads of agency names beyond those the agency splitter knows: ministries and national bodies,
 * common in the tables of ministries and the Government ("Bộ Xây dựng", "Tổng cục Thuế").
 */
const MORE_HEADS = [
  'bộ',
  'tổng cục',
  'cục',
  'viện',
  'đại học',
  'học viện',
  'tập đoàn',
  'tổng công ty',
  'công ty',
  'quỹ',
  'thanh tra',
  'kiểm toán',
  'ủy ban',
  'uỷ ban',
  'đài',
  'thông tấn xã',
  'hội đồng',
].map((w) => matchKey(w));

/** True when the text begins like an agency name ("Sở …", "Phòng …", "UBND …", "Bộ …", "Các …"). */
export function startsAgency(text: string): boolean {
  if (agencyHeadOf(text)) return true;
  const key = matchKey(text.split(/\s+/, 3).join(' '));
  return MORE_HEADS.some((h) => key === h || key.startsWith(`${h} `));
}

/**
 * The names of an agency cell, for scoring only: split at ";" and at a comma where an agency name
 * begins. Deliberately simpler than the reader's splitter (agencies/split.ts): what matters here is
 * whether each part begins like a name, and the reader splits the rebuilt cell its own way.
 */
export function namesOf(text: string): string[] {
  return text
    .split(';')
    .flatMap((part) =>
      part.split(/,\s+(?=\S)/).reduce<string[]>((names, piece) => {
        if (names.length === 0 || startsAgency(piece)) names.push(piece);
        else names[names.length - 1] += `, ${piece}`;
        return names;
      }, []),
    )
    .map((n) => n.trim())
    .filter(Boolean);
}

/** Words after which a printed line cannot end its cell. */
const CONNECTORS = new Set(
  (
    'và của các cho theo trên đạt với từ đến trong được có hoặc về tại thuộc để là những một khi nhằm bằng qua do ' +
    'giữa sau trước cùng như gồm'
  ).split(' '),
);
const TIER_WORDS = new Set(['bắt', 'buộc', 'mở', 'rộng', '/']);
/** How a time cell begins: "Quý III/2025", "Tháng 6", "2025-2026", "Thường xuyên", "Hằng năm", "Trước 30/6". */
const TIME_START = new RegExp(
  '^(quý|tháng|năm|ngày|\\d|thường xuyên|hằng|hàng|định kỳ|trước|sau|giai đoạn|từ|đến|trong|kịp thời|hoàn thành|' +
    'liên tục)',
  'i',
);
/** The words a time cell is made of. */
const TIME_WORDS = new RegExp(
  '^(quý|tháng|năm|ngày|[ivx\\d/.,–-]+|và|đến|từ|trước|sau|hằng|hàng|thường|xuyên|định|kỳ|giai|' +
    'đoạn|hoàn|thành|liên|tục|kịp|thời|trong|cuối|đầu|giữa)[.,;:-]*$',
  'i',
);

export function isUpperStart(text: string): boolean {
  const ch = text[0];
  return ch !== undefined && ch !== ch.toLowerCase();
}

export function isLowerStart(text: string): boolean {
  const ch = text[0];
  return ch !== undefined && ch !== ch.toUpperCase();
}

function lastWord(text: string): string {
  const words = text.trim().split(/\s+/);
  return (words[words.length - 1] ?? '').toLowerCase();
}

function firstWord(text: string): string {
  return text.trim().split(/\s+/)[0] ?? '';
}

function unbalanced(text: string): boolean {
  return (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0);
}

/** The line cannot end a cell here: a connector, a comma, a dash, an open parenthesis. */
export function isOpenEnd(text: string): boolean {
  return /[,\-–&/(+]$/.test(text.trim()) || CONNECTORS.has(lastWord(text)) || unbalanced(text);
}

export function isTierText(text: string): boolean {
  const key = matchKey(text);
  return /^(bắt buộc|mở rộng)$/.test(key);
}

function hasTierWords(text: string): boolean {
  return /(^|\s)(bắt buộc|mở rộng)(\s|$)/.test(matchKey(text));
}

const targetCache = new Map<string, boolean>();
function readsAsTarget(text: string, embedded: boolean): boolean {
  const key = `${embedded ? 'e' : 't'}${text}`;
  let ok = targetCache.get(key);
  if (ok === undefined) {
    const parsed = parseTargets(text, { embedded });
    ok = parsed.targets.length > 0 && !parsed.warnings.some((w) => w.code === 'target-unreadable');
    if (targetCache.size > 20_000) targetCache.clear();
    targetCache.set(key, ok);
  }
  return ok;
}

/** The noun a target counts ("hệ thống" in "Có hệ thống"), '%' for a percentage, or null. */
const unitCache = new Map<string, string | null>();
export function targetUnit(text: string): string | null {
  let unit = unitCache.get(text);
  if (unit === undefined) {
    unit = parseTargets(text, {}).targets[0]?.unit ?? null;
    if (unitCache.size > 20_000) unitCache.clear();
    unitCache.set(text, unit);
  }
  return unit;
}

/** Pairs of words side by side on the lines (lower case), the document's own evidence of what reads on. */
export function wordPairs(lines: string[]): Set<string> {
  const pairs = new Set<string>();
  for (const line of lines) {
    const words = line.toLowerCase().split(' ');
    for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]} ${words[i]}`);
  }
  return pairs;
}

/**
 * Score of the join between two consecutive pieces of one cell: 0 where the text reads on,
 * negative where the evidence says a new cell began. Never positive, so that cutting text into
 * more pieces earns nothing.
 */
function junction(prev: Piece, next: Piece, kind: ColumnKind, ctx: TableContext, col: number): number {
  const before = prev.text;
  const after = next.text;
  const width = ctx.widths[col];
  // "… kết cấu hạ" + "tầng …": words the document writes side by side elsewhere read on here;
  // "hạ" + "xây dựng" is a pair it never writes.
  const pair = `${lastWord(before)} ${firstWord(after).toLowerCase()}`;
  const unheard = isLowerStart(after) && /\p{L}$/u.test(before) && !ctx.pairs.has(pair) ? -0.6 : 0;
  if (isOpenEnd(before)) return unheard;
  let score = unheard;
  if (isUpperStart(after)) {
    if (kind === 'agency') {
      if (!/[;,]$/.test(before)) score -= startsAgency(after) ? 2 : 0.5;
    } else score -= /[.;:]$/.test(before) ? 0.3 : 0.7;
  } else if (isLowerStart(after) && /[.:]$/.test(before) && kind !== 'agency') score -= 1;
  // The next word would have fitted on this line: the line ended its cell (or a paragraph).
  if (width && prev.whole && before.length + 1 + firstWord(after).length <= 0.85 * width) score -= 1.5;
  return score;
}

function startScore(text: string): number {
  return isUpperStart(text) || /^[\d("“%+-]/.test(text) ? 0.5 : -0.5;
}

/**
 * Cells as they grow piece by piece, interned: a cell is its previous value plus one piece, so
 * readings that share a prefix share its score, and no long text is hashed again and again.
 */
export class CellScorer {
  private readonly keys = new Map<number, number>();
  /** Piece texts by number, so that a cell's key is a number, not a long string. */
  private readonly pieceIds = new Map<string, number>();
  private readonly parents: number[] = [0];
  private readonly pieces: Array<Piece | null> = [null];
  private readonly scores: Array<number | undefined> = [0];

  constructor(private readonly ctx: TableContext) {}

  /** The cell `node` of column `col` with `piece` appended (node 0 is the empty cell). */
  extend(node: number, col: number, piece: Piece): number {
    const text = `${piece.whole ? 1 : 0}${piece.text}`;
    let pieceId = this.pieceIds.get(text);
    if (pieceId === undefined) {
      pieceId = this.pieceIds.size;
      this.pieceIds.set(text, pieceId);
    }
    // Unique while there are fewer than 2^20 distinct pieces and 2^25 cells (far beyond a table).
    const key = (node * 16 + col) * 1_048_576 + pieceId;
    let id = this.keys.get(key);
    if (id === undefined) {
      id = this.parents.length;
      this.parents.push(node);
      this.pieces.push(piece);
      this.scores.push(undefined);
      this.keys.set(key, id);
    }
    return id;
  }

  piecesOf(node: number): Piece[] {
    const out: Piece[] = [];
    for (let n = node; n !== 0; n = this.parents[n]) out.push(this.pieces[n] as Piece);
    return out.reverse();
  }

  score(node: number, col: number): number {
    let score = this.scores[node];
    if (score === undefined) {
      const parent = this.parents[node];
      // Free text grows long: its score is its parent's plus what the new piece brings.
      score =
        parent !== 0 && OPEN_KINDS.has(this.ctx.kinds[col])
          ? this.score(parent, col) +
            pieceDelta(this.pieces[parent] as Piece, this.pieces[node] as Piece, col, this.ctx)
          : computeCellScore(this.piecesOf(node), col, this.ctx);
      this.scores[node] = score;
    }
    return score;
  }
}

/** Kinds whose score adds up piece by piece (see pieceDelta). */
const OPEN_KINDS = new Set<ColumnKind>(['text', 'free', 'time']);

function tooWide(piece: Piece, width: number | undefined): boolean {
  return width !== undefined && piece.whole && piece.text.length > 1.12 * width + 2;
}

/** Far wider than the column: no reading puts it there (moves are not even tried). */
export function tooWideFor(piece: Piece, width: number | undefined): boolean {
  return width !== undefined && piece.whole && piece.text.length > 1.5 * width + 4;
}

/**
 * "cấu hạ tầng xây dựng tầng xây dựng": a printed line holding the end of one cell and the end of
 * the next, which happen to share words. Words of a sentence do not repeat back to back.
 */
export function repeatsItself(text: string): boolean {
  const words = text.split(' ');
  for (let n = 2; n <= 4; n++) {
    for (let i = 0; i + 2 * n <= words.length; i++) {
      let same = true;
      for (let j = 0; j < n && same; j++) same = words[i + j] === words[i + n + j];
      if (same) return true;
    }
  }
  return false;
}

/** What appending `piece` after `prev` adds to the score of a text, free or time cell. */
function pieceDelta(prev: Piece, piece: Piece, col: number, ctx: TableContext): number {
  const kind = ctx.kinds[col];
  let score = junction(prev, piece, kind, ctx, col);
  if (tooWide(piece, ctx.widths[col])) score -= 3;
  if (repeatsItself(piece.text)) score -= 2;
  if (kind === 'text' && ctx.hasTier && hasTierWords(piece.text)) score -= 3;
  if (kind === 'time') score -= oddTimeWords(piece.text);
  return score;
}

/** "2026-2027 quốc gia": words no deadline is written with belong to another cell. */
function oddTimeWords(text: string): number {
  return Math.min(3, text.split(' ').filter((w) => !TIME_WORDS.test(w)).length);
}

function computeCellScore(pieces: Piece[], col: number, ctx: TableContext): number {
  const kind = ctx.kinds[col];
  const width = ctx.widths[col];
  let score = 0;
  for (let i = 1; i < pieces.length; i++) score += junction(pieces[i - 1], pieces[i], kind, ctx, col);
  for (const p of pieces) {
    if (tooWide(p, width)) score -= 3;
    if (repeatsItself(p.text)) score -= 2;
  }
  // Pieces are normalised lines cut at spaces: joining them gives the clean text.
  const text = pieces.map((p) => p.text).join(' ');
  switch (kind) {
    case 'code':
      return -5;
    case 'text':
      score += startScore(text);
      if (ctx.hasTier && hasTierWords(text)) score -= 3;
      break;
    case 'agency': {
      const names = namesOf(text);
      for (const name of names) score += startsAgency(name) ? 0.8 : -1.2;
      // Figures and dates are not part of agency names ("… viễn thông Quý IV/2025").
      if (/\d+([.,]\d+)?\s?%/.test(text) || /(^|\s)((19|20)\d\d|\S*\d\/\d)/.test(text)) score -= 2;
      if (names.length > 6 || text.split(' ').length > 30) score -= 2;
      // On the way to a cell other rows spell the same, or to a list that begins with one.
      const first = names[0] ? matchKey(names[0]) : '';
      if (ctx.knownPrefixes.has(matchKey(text)) || (names.length > 1 && ctx.known.has(first))) score += 1;
      break;
    }
    case 'tier':
      if (
        !matchKey(text)
          .split(' ')
          .every((w) => TIER_WORDS.has(w))
      )
        score -= 4;
      break;
    case 'target':
      if (hasTierWords(text)) score -= 4;
      if (isLowerStart(text)) score -= 1;
      break;
    case 'unit':
      if (text.split(' ').length > 5) score -= 2;
      // A unit is a noun, never the end of a sentence ("Y tế." belongs to the text above).
      if (/[.;:](\s|$)/.test(text)) score -= 2;
      break;
    case 'time':
      for (const p of pieces) score -= oddTimeWords(p.text);
      break;
    default:
      score += isUpperStart(text) || /^[\d(]/.test(text) ? 0.3 : 0;
  }
  return score;
}

/** What only a finished cell can show: a target that reads, a known agency cell, a proper end. */
export function finalCellScore(pieces: Piece[], col: number, ctx: TableContext): number {
  const kind = ctx.kinds[col];
  if (kind === 'code') return 0;
  if (pieces.length === 0) return kind === 'text' ? -8 : -1.2;
  const text = pieces.map((p) => p.text).join(' ');
  let score = 0;
  if (kind !== 'unit' && kind !== 'tier' && isOpenEnd(text) && !/[/)]$/.test(text)) score -= 1.5;
  switch (kind) {
    case 'text':
      if (ctx.embeddedTargets && readsAsTarget(text, true)) score += 1;
      break;
    case 'agency': {
      // The growing cell earned a point for being the start of a known cell; a finished cell
      // that only starts like one ("Sở" of "Sở Khoa học…") does not keep it.
      const key = matchKey(text);
      const names = namesOf(text);
      if (ctx.known.has(key)) score += 2;
      else if (ctx.knownPrefixes.has(key)) score -= 1;
      // A list of names each of which other rows give as a cell ("Bộ A; Các bộ, ngành liên quan").
      else if (names.length > 1) score += names.filter((n) => ctx.known.has(matchKey(n))).length;
      // "Sở", "Bộ": a head word alone is a name cut short (acronyms such as "UBND" stand alone).
      if (names.some((n) => !n.includes(' ') && n !== n.toUpperCase())) score -= 1.5;
      break;
    }
    case 'target':
      score += readsAsTarget(text, false) ? 3 : -2.5;
      break;
    case 'unit':
      if (text === '%') score += 2.5;
      else score += text.split(' ').length <= 4 && !/\d/.test(text) ? 1 : -2.5;
      break;
    case 'tier':
      score += isTierText(text) ? 4 : -4;
      break;
    case 'time':
      score += TIME_START.test(text) ? 1 : -0.5;
      break;
    default:
  }
  return score;
}

/** The unit column names what the target counts: "Hệ thống" / "Có hệ thống", "%" / "60%". */
export function unitAgreement(unit: string, target: string): number {
  if (!unit || !target) return 0;
  const counted = targetUnit(target);
  if (!counted) return 0;
  const key = matchKey(unit);
  if (counted === '%') return key === '%' ? 2 : -1;
  return key.includes(matchKey(counted)) || matchKey(counted).includes(key) ? 2 : 0;
}
