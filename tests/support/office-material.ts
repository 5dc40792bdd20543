/**
 * Test material made by a real office suite: every seed and corpus table as a Word file and as
 * a PDF, written by LibreOffice from an HTML rendering of its TSV (one soffice run per format,
 * all files at once), plus the bad inputs: an old binary .doc, a scanned PDF without text, an
 * encrypted PDF and a Word file without a table. Cached under out/office/ by content hash, so
 * only new or changed tables are converted; a lock keeps parallel jest workers from running
 * two soffice processes on one profile.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDelimited } from '../../src/core/table/delimited';
import type { Grid } from '../../src/core/types';

const ROOT = join(__dirname, '../..');
/** The repository's copy of the corpus (../shared/corpus, verbatim), so a clean clone has it. */
export const CORPUS_DIR = join(ROOT, 'corpus');
export const SEEDS_DIR = join(ROOT, 'seeds');
const OUT = join(ROOT, 'out/office');
/** Bump when the HTML rendering changes, so cached files are made again. */
const RENDERING = 'v3';

export interface TableSource {
  /** File name without extension ("004-chi-tieu-2024", "corpus-03-qd2530-…"). */
  name: string;
  tsvPath: string;
  grid: Grid;
}

/** The seed tables (the communes list is not an assignment table) and corpus tables 01–17. */
export function tableSources(): TableSource[] {
  const seeds = readdirSync(SEEDS_DIR)
    .filter((f) => /^\d{3}[a-z]?-.*\.tsv$/.test(f))
    .map((f) => ({ name: f.replace(/\.tsv$/, ''), tsvPath: join(SEEDS_DIR, f) }));
  const corpus = existsSync(CORPUS_DIR)
    ? readdirSync(CORPUS_DIR)
        .filter((f) => /^(0\d|1[0-7])-.*\.tsv$/.test(f))
        .map((f) => ({ name: `corpus-${f.replace(/\.tsv$/, '')}`, tsvPath: join(CORPUS_DIR, f) }))
    : [];
  return [...seeds, ...corpus].map((s) => ({ ...s, grid: parseDelimited(readFileSync(s.tsvPath, 'utf8')) }));
}

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // The seeds keep the source's bold and italic as <b>/<i>: they become real formatting.
    .replace(/&lt;(\/?(?:b|i|u|strong|em|sup|sub))&gt;/gi, '<$1>');

const cellHtml = (text: string) => escapeHtml(text).replace(/\r?\n/g, '<br>');

/**
 * The table as HTML with real merges where the TSV shows them as a spreadsheet paste does:
 * a code cell left empty under a numbered row that goes on (a row-span of the STT cell), and a
 * title row whose text stops in the first two columns (a column-span to the table's end).
 */
export function tableHtml(grid: Grid, title: string): string {
  const width = Math.max(...grid.map((r) => r.length));
  const rows = grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
  const covered = rows.map(() => new Array<boolean>(width).fill(false));
  const rowSpan = rows.map(() => new Array<number>(width).fill(1));
  const colSpan = rows.map(() => new Array<number>(width).fill(1));
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    const hasContent = row.slice(1).some((c) => c.trim() !== '');
    if (row[0].trim() !== '' || !hasContent) continue;
    let top = r - 1;
    while (top > 0 && covered[top][0]) top--;
    if (rows[top][0].trim() === '' || !/^\d/.test(rows[top][0].trim())) continue;
    rowSpan[top][0]++;
    covered[r][0] = true;
  }
  rows.forEach((row, r) => {
    const last = row.reduce((at, c, i) => (c.trim() !== '' ? i : at), -1);
    if (last < 0 || last > 1 || width - last < 3 || covered[r].some(Boolean)) return;
    colSpan[r][last] = width - last;
    for (let c = last + 1; c < width; c++) covered[r][c] = true;
  });
  const body = rows
    .map((row, r) => {
      const cells = row
        .map((cell, c) => {
          if (covered[r][c]) return '';
          const spans =
            (rowSpan[r][c] > 1 ? ` rowspan="${rowSpan[r][c]}"` : '') +
            (colSpan[r][c] > 1 ? ` colspan="${colSpan[r][c]}"` : '');
          return `<td${spans}>${cellHtml(cell)}</td>`;
        })
        .join('');
      return `<tr>${cells}</tr>`;
    })
    .join('\n');
  return (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><style>' +
    'body{font-family:"Liberation Serif";font-size:10pt}' +
    'td{vertical-align:top}' +
    `</style></head><body><p>Kèm theo kế hoạch</p><h2>${escapeHtml(title)}</h2>` +
    `<table width="100%" border="1" cellspacing="0" cellpadding="3">\n${body}\n</table><p>Nơi nhận: các cơ quan.</p>` +
    '</body></html>'
  );
}

/**
 * Seed 004 as a revised plan: I.2 reworded, the target of II.1 changed, II.2 removed, a new
 * indicator 27 added at the end. What a re-import must report, and what it must keep.
 */
export function revisedPlan(grid: Grid): Grid {
  const rows = grid.map((r) => [...r]);
  const find = (section: string, code: string) => {
    let current = '';
    return rows.findIndex((r) => {
      const first = r[0].replace(/<[^>]+>/g, '').trim();
      if (/^[IVX]+$/.test(first)) current = first;
      return current === section && first === code;
    });
  };
  rows[find('I', '2')][1] = 'Tỷ lệ thôn, ấp được phủ sóng băng rộng di động 4G/5G';
  rows[find('II', '1')][2] = '95%';
  // After the last numbered row and the line it goes on over, before the closing separator.
  let after = rows.map((r) => /^\d+$/.test(r[0].trim())).lastIndexOf(true);
  for (let j = after + 1; j < rows.length && rows[j][0].trim() === ''; j++) {
    const text = rows[j].join('').trim();
    if (/^[-–—=_.]+$/.test(text)) break;
    if (text) after = j;
  }
  rows.splice(after + 1, 0, [
    '27',
    'Tỷ lệ hồ sơ thủ tục hành chính được số hóa kết quả giải quyết',
    '80%',
    'Văn phòng HĐND và UBND huyện',
    'UBND các xã, thị trấn',
    '',
  ]);
  rows.splice(find('II', '2'), 1);
  return rows;
}

const NO_TABLE_HTML =
  '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><h1>KẾ HOẠCH</h1>' +
  '<p>Thực hiện chuyển đổi số năm 2025 trên địa bàn huyện.</p><p>1. Mục tiêu: 100% hồ sơ được số hóa.</p>' +
  '<p>2. Phòng Văn hóa và Thông tin chủ trì thực hiện.</p></body></html>';

/** A flat OpenDocument text whose only content is one embedded picture (base64 PNG). */
function imageOnlyDocument(png: string): string {
  const ns =
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" ' +
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"';
  return (
    `<?xml version="1.0" encoding="UTF-8"?><office:document ${ns} office:version="1.2" ` +
    'office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text><text:p>' +
    '<draw:frame svg:width="17cm" svg:height="24cm" text:anchor-type="as-char"><draw:image><office:binary-data>' +
    `${png}</office:binary-data></draw:image></draw:frame></text:p></office:text></office:body></office:document>`
  );
}

function hash(...parts: string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex').slice(0, 16);
}

/** Runs soffice once on all the inputs, each written to outDir under its own base name. */
function soffice(convertTo: string, inputs: string[], outDir: string): void {
  if (inputs.length === 0) return;
  const profile = join(OUT, '.profile');
  const result = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      convertTo,
      '--outdir',
      outDir,
      ...inputs,
    ],
    { encoding: 'utf8', timeout: 300_000 },
  );
  if (result.error)
    throw new Error(`soffice could not run: ${result.error.message} (run scripts/ensure-libreoffice.mjs)`);
  if (result.status !== 0) throw new Error(`soffice --convert-to ${convertTo} failed: ${result.stderr}`);
}

/** Whether the process that took a lock is gone (a killed run): its lock can be taken over. */
function holderGone(lock: string): boolean {
  try {
    process.kill(Number(readFileSync(join(lock, 'pid'), 'utf8')), 0);
    return false;
  } catch (error) {
    // ESRCH: no such process. A lock without its pid file yet is being taken: not gone.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Waits for, then takes, the material lock; a killed run's lock, or one older than ten minutes, is taken over. */
function withLock<T>(action: () => T): T {
  const lock = join(OUT, '.lock');
  mkdirSync(OUT, { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      const stale = existsSync(lock) && (holderGone(lock) || Date.now() - statSync(lock).mtimeMs > 600_000);
      if (stale) rmSync(lock, { recursive: true, force: true });
      if (Date.now() - started > 600_000) throw new Error('office material: lock not released');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    return action();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface MaterialFile extends TableSource {
  docx: string;
  pdf: string;
}

export interface OfficeMaterial {
  tables: MaterialFile[];
  /** Old binary Word 97–2003 file (OLE compound document) of seed 004. */
  doc: string;
  /** A PDF page as an image only: no text layer. */
  scannedPdf: string;
  /** A PDF that opens only with a password. */
  encryptedPdf: string;
  /** A Word file with paragraphs and no table. */
  noTableDocx: string;
  /** Seed 004 revised (see revisedPlan), as a Word file. */
  revised004Docx: string;
  /** Milliseconds spent in soffice by this call (0 when everything came from the cache). */
  convertMs: number;
}

/** Makes (or finds in the cache) every file the import tests read. */
export function officeMaterial(): OfficeMaterial {
  return withLock(() => {
    const started = Date.now();
    let converted = false;
    const work = join(OUT, 'work');
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    const sources = tableSources();
    const entries = sources.map((s) => {
      const html = tableHtml(s.grid, `Phụ lục: ${s.name}`);
      return { source: s, html, key: `${s.name}-${hash(RENDERING, html)}` };
    });
    const noTable = { html: NO_TABLE_HTML, key: `no-table-${hash(RENDERING, NO_TABLE_HTML)}` };
    const revisedGrid = revisedPlan(sources.find((s) => s.name.startsWith('004'))!.grid);
    const revisedHtml = tableHtml(revisedGrid, 'Phụ lục: 004-chi-tieu-2024 (sửa đổi)');
    const revised = { html: revisedHtml, key: `revised-004-${hash(RENDERING, revisedHtml)}` };
    const file = (key: string, ext: string) => join(OUT, `${key}.${ext}`);

    const needDocx = [...entries, noTable, revised].filter((e) => !existsSync(file(e.key, 'docx')));
    for (const e of needDocx) writeFileSync(join(work, `${e.key}.html`), e.html);
    if (needDocx.length) {
      // "MS Word 2007 XML" writes .docx from Writer; the HTML opens in Writer/Web otherwise.
      soffice(
        'docx:MS Word 2007 XML',
        needDocx.map((e) => join(work, `${e.key}.html`)),
        OUT,
      );
      converted = true;
    }
    const needPdf = entries.filter((e) => !existsSync(file(e.key, 'pdf')));
    if (needPdf.length) {
      soffice(
        'pdf',
        needPdf.map((e) => file(e.key, 'docx')),
        OUT,
      );
      converted = true;
    }
    const seed004 = entries.find((e) => e.source.name.startsWith('004'))!;
    const scanKey = `scanned-${seed004.key}`;
    if (!existsSync(file(scanKey, 'pdf'))) {
      // A page of a PDF rendered to a picture, and the picture alone made a PDF: what a scanner gives.
      const png = join(work, 'page');
      const r = spawnSync('pdftoppm', [
        '-png',
        '-r',
        '100',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        file(seed004.key, 'pdf'),
        png,
      ]);
      if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr}`);
      writeFileSync(join(work, `${scanKey}.fodt`), imageOnlyDocument(readFileSync(`${png}.png`).toString('base64')));
      soffice('pdf', [join(work, `${scanKey}.fodt`)], OUT);
      converted = true;
    }
    const docKey = `binary-${seed004.key}`;
    if (!existsSync(file(docKey, 'doc'))) {
      soffice('doc:MS Word 97', [file(seed004.key, 'docx')], work);
      renameSync(join(work, `${seed004.key}.doc`), file(docKey, 'doc'));
      converted = true;
    }
    const lockedKey = `encrypted-${seed004.key}`;
    if (!existsSync(file(lockedKey, 'pdf'))) {
      const options = JSON.stringify({
        EncryptFile: { type: 'boolean', value: 'true' },
        DocumentOpenPassword: { type: 'string', value: 'matkhau' },
      });
      soffice(`pdf:writer_pdf_Export:${options}`, [file(seed004.key, 'docx')], work);
      renameSync(join(work, `${seed004.key}.pdf`), file(lockedKey, 'pdf'));
      converted = true;
    }
    rmSync(work, { recursive: true, force: true });
    return {
      tables: entries.map((e) => ({ ...e.source, docx: file(e.key, 'docx'), pdf: file(e.key, 'pdf') })),
      doc: file(docKey, 'doc'),
      scannedPdf: file(scanKey, 'pdf'),
      encryptedPdf: file(lockedKey, 'pdf'),
      noTableDocx: file(noTable.key, 'docx'),
      revised004Docx: file(revised.key, 'docx'),
      convertMs: converted ? Date.now() - started : 0,
    };
  });
}
