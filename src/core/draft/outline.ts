/**
 * The outline of a plan written in prose: its headings ("II. MỤC TIÊU", "1. Hạ tầng số",
 * "a) Đối với trẻ em") and the paragraphs and bullets under them ("- Tỷ lệ … đạt 70%."), from
 * text as a PDF or a web page gives it: lines wrapped anywhere, page numbers between lines.
 */
import { cleanText } from '../text/normalize';

export type BlockKind = 'roman' | 'number' | 'letter' | 'paren' | 'bullet' | 'paragraph';

export interface Block {
  kind: BlockKind;
  /** The marker as printed, without its punctuation: "II", "1", "a", "-" (bullets), "" (paragraphs). */
  code: string;
  /** The text after the marker, lines joined. */
  text: string;
  /** 0-based line where the block starts. */
  line: number;
  children: Block[];
}

const LEVEL: Record<BlockKind, number> = { roman: 1, number: 2, letter: 3, paren: 4, bullet: 5, paragraph: 6 };

const MARKERS: Array<[BlockKind, RegExp]> = [
  ['roman', /^([IVX]{1,5})\.\s+(.*)$/],
  ['number', /^(\d{1,2})\.\s+(\S.*)$/],
  ['letter', /^([a-zđ])\)\s+(.*)$/],
  ['paren', /^\((\d{1,2})\)\s+(.*)$/],
  ['bullet', /^([-–+•*])\s*(\S.*)$/],
];

/** Web-page and PDF leftovers around the text: bold markers, footnote marks. */
function normaliseLine(line: string): string {
  return cleanText(line.replace(/\*\*/g, ''));
}

function markerOf(line: string): { kind: BlockKind; code: string; text: string } | null {
  for (const [kind, pattern] of MARKERS) {
    const match = pattern.exec(line);
    if (match) return { kind, code: kind === 'bullet' ? '-' : match[1], text: match[2] };
  }
  return null;
}

/** A heading so far: short, no sentence in it yet. */
function isHeadingSoFar(block: Block): boolean {
  return (
    block.kind !== 'bullet' &&
    block.kind !== 'paragraph' &&
    !/[.;:]$/.test(block.text) &&
    block.text.split(' ').length <= 24
  );
}

/** Splits plan text into blocks and nests them by level (Roman > 1. > a) > (1) > - > paragraph). */
export function outline(text: string): Block[] {
  const lines = text.split(/\r?\n/).map(normaliseLine);
  const flat: Block[] = [];
  lines.forEach((line, index) => {
    if (!line) return;
    // A page number printed between two lines of a paragraph.
    if (/^\d{1,3}$/.test(line)) return;
    const marker = markerOf(line);
    const last = flat[flat.length - 1];
    if (marker) {
      flat.push({ kind: marker.kind, code: marker.code, text: marker.text, line: index, children: [] });
      return;
    }
    // A line goes on with the block above unless that block is a finished sentence, or a heading
    // ("7. Sở Tài chính") and this line begins a paragraph of its own.
    // A colon ends only a plain paragraph: "- Tại địa bàn có khu công nghiệp:" goes on below.
    const ended = /\.$/.test(last?.text ?? '') || (last?.kind === 'paragraph' && /:$/.test(last.text));
    const continues =
      last &&
      !(ended && /^\p{Lu}/u.test(line)) &&
      !(isHeadingSoFar(last) && /^\p{Lu}/u.test(line) && !/[,-]$/.test(last.text));
    if (continues) last.text = `${last.text} ${line}`;
    else flat.push({ kind: 'paragraph', code: '', text: line, line: index, children: [] });
  });
  const roots: Block[] = [];
  const stack: Block[] = [];
  for (const block of flat) {
    while (stack.length > 0 && LEVEL[stack[stack.length - 1].kind] >= LEVEL[block.kind]) stack.pop();
    if (stack.length === 0) roots.push(block);
    else stack[stack.length - 1].children.push(block);
    stack.push(block);
  }
  return roots;
}

/** Every block under `block`, depth first. */
export function descendants(block: Block): Block[] {
  return block.children.flatMap((child) => [child, ...descendants(child)]);
}

/** Every block of the outline, depth first. */
export function allBlocks(roots: Block[]): Block[] {
  return roots.flatMap((root) => [root, ...descendants(root)]);
}
