/**
 * A PDF's pages as positioned text and drawn rules, read with pdfjs-dist (Mozilla's PDF.js,
 * legacy build for Node): the text items with their transforms, and the paths of the operator
 * list (strokes, and thin filled rectangles as Word draws borders) with the current matrix.
 * Nothing is rendered and no font is fetched: the text layer is all a table needs.
 */
import type { PdfPage, PdfSegment, PdfTextItem } from '../../core/import/pdf';

type Matrix = [number, number, number, number, number, number];
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** pdfjs-dist is an ES module; a CommonJS caller must load it with a real import() (load-esm.cjs). */
const importModule = require('./load-esm.cjs') as (specifier: string) => Promise<PdfJs>;

let loaded: Promise<PdfJs> | null = null;
/**
 * PDF.js runs its worker in this thread when `globalThis.pdfjsWorker` holds the worker module:
 * loading it here, with the library, keeps both in the caller's module graph (jest gives each
 * test file its own) instead of a worker PDF.js would import on its own.
 */
function pdfjs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const worker = await (importModule('pdfjs-dist/legacy/build/pdf.worker.mjs') as Promise<unknown>);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return importModule('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loaded;
}

export class PdfPasswordError extends Error {}
export class PdfInvalidError extends Error {}

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

/** Path data of a constructPath operation, in pdfjs DrawOPS: moveTo 0, lineTo 1, curveTo 2, quadratic 3, close 4. */
function pathSegments(data: ArrayLike<number>, m: Matrix, out: PdfSegment[]): void {
  let start: [number, number] | null = null;
  let at: [number, number] | null = null;
  for (let i = 0; i < data.length; ) {
    const op = data[i++];
    if (op === 0) {
      at = start = apply(m, data[i], data[i + 1]);
      i += 2;
    } else if (op === 1) {
      const next = apply(m, data[i], data[i + 1]);
      if (at) out.push({ x1: at[0], y1: at[1], x2: next[0], y2: next[1] });
      at = next;
      i += 2;
    } else if (op === 2) {
      at = apply(m, data[i + 4], data[i + 5]);
      i += 6;
    } else if (op === 3) {
      at = apply(m, data[i + 2], data[i + 3]);
      i += 4;
    } else if (op === 4) {
      if (at && start) out.push({ x1: at[0], y1: at[1], x2: start[0], y2: start[1] });
      at = start;
    } else break;
  }
}

async function readPage(
  lib: PdfJs,
  page: Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>,
): Promise<PdfPage> {
  const viewport = page.getViewport({ scale: 1 });
  const view = viewport.transform as Matrix;
  const content = await page.getTextContent();
  const items: PdfTextItem[] = [];
  for (const raw of content.items) {
    if (!('str' in raw) || raw.str === '') continue;
    const t = multiply(view, raw.transform as Matrix);
    // Rotated or vertical text (stamps, watermarks) is not table text.
    if (Math.abs(t[1]) > 0.01 * Math.abs(t[0]) || Math.abs(t[2]) > 0.01 * Math.abs(t[3])) continue;
    const scale = Math.hypot(view[0], view[1]) || 1;
    items.push({ str: raw.str, x: t[4], y: t[5], width: raw.width * scale, size: Math.abs(t[3]) });
  }
  const ops = await page.getOperatorList();
  const { OPS } = lib;
  const segments: PdfSegment[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = view;
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? view;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.constructPath) {
      const [paint, paths, minMax] = args as [number, Array<ArrayLike<number> | null>, ArrayLike<number> | null];
      const stroked = paint === OPS.stroke || paint === OPS.closeStroke;
      const filled = paint === OPS.fill || paint === OPS.eoFill;
      const filledStroked = paint === OPS.fillStroke || paint === OPS.eoFillStroke;
      if ((stroked || filledStroked) && paths[0]) pathSegments(paths[0], ctm, segments);
      else if (filled && minMax) {
        // A thin filled rectangle is a rule (Word draws borders so); a big one is shading, not a rule.
        const [a, b] = [apply(ctm, minMax[0], minMax[1]), apply(ctm, minMax[2], minMax[3])];
        const w = Math.abs(a[0] - b[0]);
        const h = Math.abs(a[1] - b[1]);
        if (Math.min(w, h) <= 2.5) {
          if (w <= h) segments.push({ x1: (a[0] + b[0]) / 2, y1: a[1], x2: (a[0] + b[0]) / 2, y2: b[1] });
          else segments.push({ x1: a[0], y1: (a[1] + b[1]) / 2, x2: b[0], y2: (a[1] + b[1]) / 2 });
        }
      }
    }
  }
  return { width: viewport.width, height: viewport.height, items, segments };
}

/** Every page of the PDF. Throws PdfPasswordError for an encrypted file, PdfInvalidError for a broken one. */
export async function readPdfPages(data: Uint8Array): Promise<PdfPage[]> {
  const lib = await pdfjs();
  const task = lib.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw new PdfPasswordError(String((error as Error).message));
    throw new PdfInvalidError(String((error as Error).message));
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(await readPage(lib, await doc.getPage(n)));
    return pages;
  } finally {
    await doc.destroy();
  }
}
