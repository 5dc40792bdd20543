// Makes a "PDF-viewer paste" of a table for the tests: prints a TSV table to PDF with
// LibreOffice (as a plan's appendix would be printed: a title, a bordered table, landscape A4)
// and reads the PDF's text back with poppler's pdftotext in content order (-raw, no -layout),
// the order a PDF viewer copies text in: one printed line per line, cells one after another.
//
//   node scripts/make-pdf-paste.mjs TABLE.tsv OUT.txt --widths 6,40,20,20,14 --title "PHỤ LỤC …"
//
// LibreOffice (soffice) and poppler-utils (pdftotext) come from Debian's packages.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** @param {string} text */
function parseTsv(text) {
  /** @type {string[][]} */
  const rows = [];
  /** @type {string[]} */
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (ch !== '\r') cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** @param {string} text */
const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');

const [input, output, ...rest] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node scripts/make-pdf-paste.mjs TABLE.tsv OUT.txt [--widths 6,40,…] [--title "…"]');
  process.exit(2);
}
const option = (/** @type {string} */ name) => {
  const at = rest.indexOf(`--${name}`);
  return at >= 0 ? rest[at + 1] : undefined;
};
const rows = parseTsv(readFileSync(input, 'utf8')).filter((r) => r.some((c) => c.trim() !== ''));
const widths = (option('widths') ?? '').split(',').filter(Boolean).map(Number);
const title = option('title') ?? 'PHỤ LỤC';
const cells = (/** @type {string[]} */ row, /** @type {number} */ r) =>
  row
    .map((c, j) => {
      const tag = r === 0 ? 'th' : 'td';
      const width = r === 0 && widths[j] ? ` width="${widths[j]}%"` : '';
      return `<${tag}${width} valign="top" style="vertical-align:top">${escapeHtml(c)}</${tag}>`;
    })
    .join('');
const html = [
  '<html><head><meta charset="utf-8"><style>@page{size:29.7cm 21cm;margin:2cm}',
  'body{font-family:"DejaVu Serif";font-size:11pt}</style></head><body>',
  // Plain paragraphs: the bold face LibreOffice picks for HTML has no text layer pdftotext reads.
  ...title.split(' / ').map((line) => `<p align="center">${escapeHtml(line)}</p>`),
  '<table border="1" cellspacing="0" cellpadding="4" width="100%">',
  ...rows.map((row, r) => `<tr>${cells(row, r)}</tr>`),
  '</table></body></html>',
].join('\n');

const dir = mkdtempSync(join(tmpdir(), 'pdf-paste-'));
try {
  const name = basename(output).replace(/\.txt$/, '');
  writeFileSync(join(dir, `${name}.html`), html);
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, `${name}.html`)], {
    stdio: 'ignore',
    env: { ...process.env, HOME: dir },
  });
  execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', join(dir, `${name}.pdf`), output]);
  console.log(`make-pdf-paste: ${output} (${rows.length} rows printed)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
