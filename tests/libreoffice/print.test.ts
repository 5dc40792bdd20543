/**
 * The demo printed as an office prints it: the workbook `npm run demo` builds, with long evidence
 * and explanations brought by import-results and typed on a tab, regenerated and summarised
 * again, is converted to PDF by LibreOffice (headless, A4 as the file's page setup says). Every
 * text item of the PDF is read with pdfjs-dist: its font size must be at least 9 pt, its font a
 * sans-serif one, and no two text boxes of a page may overlap — which is what a row too low for
 * its wrapped text prints (the lines run into the next row) and what a text cut by its neighbour
 * prints (the glyphs are drawn under the next cell's).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { readTab } from '../../src/core/layout/read-tab';
import { withWorkbookFile } from '../../src/local/workbook-file';
import { tabCell } from '../support/book';
import { succeed, tempDir } from '../cli/run';
import { libreOfficeProfile, sofficeConvert } from '../support/libreoffice';
import { describeWith } from '../support/tools';

const ROOT = resolve(__dirname, '../..');
const LEGIBLE_POINTS = 9;
/** Points two boxes may share (glyph boxes are estimates: ascent and descent of the font). */
const TOLERANCE = 0.5;

interface PrintedItem {
  str: string;
  page: number;
  x: number;
  top: number;
  right: number;
  bottom: number;
  size: number;
  family: string;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
const importModule = require('../../src/local/import/load-esm.cjs') as (specifier: string) => Promise<unknown>;

/** Every non-blank text item of the PDF, with its box on the page (points, y downwards). */
async function printedItems(path: string): Promise<{ pages: number; items: PrintedItem[] }> {
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await importModule('pdfjs-dist/legacy/build/pdf.worker.mjs');
  const lib = (await importModule('pdfjs-dist/legacy/build/pdf.mjs')) as PdfJs;
  const doc = await lib.getDocument({ data: new Uint8Array(readFileSync(path)), verbosity: 0 }).promise;
  const items: PrintedItem[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const height = page.getViewport({ scale: 1 }).height;
    const content = await page.getTextContent();
    for (const raw of content.items) {
      if (!('str' in raw) || raw.str.trim() === '') continue;
      const [a, b, , d, e, f] = raw.transform as number[];
      const size = Math.hypot(a, b) || Math.abs(d);
      const style = content.styles[raw.fontName];
      // Glyphs rise about 0.75 em above the baseline and fall 0.2 em below it.
      const baseline = height - f;
      items.push({
        str: raw.str,
        page: n,
        x: e,
        right: e + raw.width,
        top: baseline - 0.75 * size,
        bottom: baseline + 0.2 * size,
        size,
        family: style?.fontFamily ?? '',
      });
    }
  }
  await doc.destroy();
  return { pages: doc.numPages, items };
}

function overlaps(items: PrintedItem[]): string[] {
  const found: string[] = [];
  const byPage = new Map<number, PrintedItem[]>();
  for (const item of items) byPage.set(item.page, [...(byPage.get(item.page) ?? []), item]);
  for (const [page, list] of byPage)
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [p, q] = [list[i], list[j]];
        const across = Math.min(p.right, q.right) - Math.max(p.x, q.x);
        const down = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
        if (across > TOLERANCE && down > TOLERANCE) found.push(`page ${page}: "${p.str}" / "${q.str}"`);
      }
  return found;
}

const LONG_EVIDENCE =
  'Báo cáo số 25/BC-UBND ngày 28/03/2024 của Ủy ban nhân dân huyện về kết quả thực hiện chuyển đổi số; ' +
  'Kế hoạch số 112/KH-UBND ngày 15/01/2024; biên bản kiểm tra liên ngành ngày 20/03/2024 tại các xã, thị trấn; ' +
  'danh sách kèm theo tại https://dichvucong.example.gov.vn/bao-cao/chuyen-doi-so/quy-1-2024/tong-hop-chi-tiet';
const LONG_EXPLANATION =
  'Chưa đạt do hạ tầng viễn thông ở các thôn vùng sâu, vùng xa chưa được đầu tư đồng bộ; doanh nghiệp viễn ' +
  'thông chậm lắp đặt trạm phát sóng; kinh phí năm 2024 được giao muộn. Giải pháp: đề nghị Sở Thông tin và ' +
  'Truyền thông đôn đốc doanh nghiệp, ưu tiên các thôn biên giới, hoàn thành trong quý tiếp theo.';

describeWith(['libreoffice'], 'the demo printed to PDF by LibreOffice', () => {
  const { dir } = tempDir();
  const book = join(dir, 'so-chi-tieu-demo.xlsx');
  let printed: Awaited<ReturnType<typeof printedItems>>;

  beforeAll(async () => {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/demo.ts', dir], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    // Long texts through import-results (the demo's own sample file, its texts made long)…
    const sample = Papa.parse<string[]>(readFileSync(join(dir, 'ket-qua-mau.csv'), 'utf8').replace(/^\uFEFF/, ''), {
      delimiter: ';',
      skipEmptyLines: true,
    }).data;
    const long = sample.map((row, i) =>
      i > 0 && i % 3 === 0 ? [...row.slice(0, 4), LONG_EVIDENCE, LONG_EXPLANATION] : row,
    );
    writeFileSync(join(dir, 'dai.csv'), Papa.unparse(long, { delimiter: ';' }));
    await succeed('import-results', book, join(dir, 'dai.csv'));
    // …and typed on a tab, as the secretariat does in the file.
    await withWorkbookFile(book, (local) => {
      const sheet = local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('P. VH&TT')!;
      const tab = readTab(sheet.getDataRange().getValues())!;
      const row = Math.min(...tab.rows.values());
      for (const period of tab.layout.periods.slice(0, 2)) {
        sheet.getRange(tabCell(row, period, 'evidence', tab.layout.periods)).setValue(LONG_EVIDENCE);
        sheet.getRange(tabCell(row, period, 'explanation', tab.layout.periods)).setValue(LONG_EXPLANATION);
      }
    });
    await succeed('generate', book);
    await succeed('report', book, '--period', 'Quý I', '--write-summary');
    const profile = libreOfficeProfile();
    try {
      const [pdf] = sofficeConvert(profile.url, [book], 'pdf', join(dir, 'pdf'));
      printed = await printedItems(pdf);
    } finally {
      profile.dispose();
    }
  }, 300_000);

  it('prints every sheet: the table, the tabs with their long texts, the summary', () => {
    const text = printed.items.map((i) => i.str).join(' ');
    expect(text).toContain('Mã định danh');
    expect(text).toContain('BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU');
    expect(text).toContain('BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU');
    expect(text).toContain('hoàn thành trong quý tiếp theo.');
    expect(printed.pages).toBeGreaterThan(10);
  });

  it('prints body text at 9 pt or more, in a sans-serif font', () => {
    const sizes = printed.items.map((i) => i.size).sort((a, b) => a - b);
    const small = printed.items.filter((i) => i.size < LEGIBLE_POINTS - 0.01);
    expect(small.slice(0, 5).map((i) => `page ${i.page}: ${i.size.toFixed(1)} pt "${i.str}"`)).toEqual([]);
    expect(sizes[Math.floor(sizes.length / 2)]).toBeGreaterThanOrEqual(LEGIBLE_POINTS);
    const serif = printed.items.filter((i) => i.family !== 'sans-serif');
    expect(serif.slice(0, 5).map((i) => `page ${i.page}: ${i.family} "${i.str}"`)).toEqual([]);
  });

  it('prints no text over another', () => {
    expect(overlaps(printed.items).slice(0, 10)).toEqual([]);
  });
});
