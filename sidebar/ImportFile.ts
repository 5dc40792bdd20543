/**
 * The "Nhập bảng từ tệp Word" dialog. The .docx is unzipped (fflate) and its XML parsed
 * (DOMParser) here in the browser, so the add-on needs no Drive scope; the tables are found by
 * the same core code as the command line's, the best one is preselected, and only the chosen
 * table's cells go to the server: importPreview (indicators, agencies, warnings, changes), then
 * importApply once the person confirms. A saved web page is read the same way; a PDF or an old
 * .doc gets a message saying what to do instead.
 */
import { strFromU8, unzipSync } from 'fflate';
import { bestTable, joinTables, summarizeTables } from '../src/core/import/choose';
import { diffLines } from '../src/core/import/diff-text';
import { docxTables } from '../src/core/import/docx';
import type { ImportRequest } from '../src/core/import/exchange';
import { htmlTables } from '../src/core/import/html';
import { type DomLike, fromDom, type MarkupNode } from '../src/core/import/markup';
import { sniffDocument } from '../src/core/import/sniff';
import type { SourceTable } from '../src/core/import/types';
import { importMessages as T } from '../src/core/messages/import';
import { callServer, closeHost } from './rpc';

const byId = <E extends HTMLElement>(id: string) => document.getElementById(id) as E;
const fileInput = byId<HTMLInputElement>('file');
const status = byId<HTMLDivElement>('status');
const choose = byId<HTMLParagraphElement>('choose');
const select = byId<HTMLSelectElement>('table');
const preview = byId<HTMLDivElement>('preview');
const confirmButton = byId<HTMLButtonElement>('confirm');
const closeButton = byId<HTMLButtonElement>('close');

byId('intro').textContent = T.importIntro;
byId('pick').textContent = T.importPick;
byId('table-label').textContent = T.importTablesLabel;
byId('indicators-heading').textContent = T.importIndicatorsHeading;
byId('agencies-heading').textContent = T.importAgenciesHeading;
byId('warnings-heading').textContent = T.importWarningsHeading;
confirmButton.textContent = T.importConfirmButton;
closeButton.textContent = T.importCancel;

let tables: SourceTable[] = [];
let request: ImportRequest | null = null;

function say(text: string, kind: '' | 'error' | 'done' = ''): void {
  status.className = kind;
  status.textContent = text;
}

function list(id: string, items: string[]): void {
  const element = byId<HTMLElement>(id);
  element.textContent = '';
  for (const item of items) {
    const li = document.createElement('li');
    li.textContent = item;
    element.appendChild(li);
  }
}

function parseXml(xml: string): MarkupNode {
  return fromDom(new DOMParser().parseFromString(xml, 'application/xml') as unknown as DomLike);
}

function readDocx(bytes: Uint8Array): SourceTable[] {
  const files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' || f.name === 'word/numbering.xml' });
  const documentXml = files['word/document.xml'];
  if (!documentXml) throw new Error('word/document.xml');
  const numbering = files['word/numbering.xml'];
  return docxTables(parseXml(strFromU8(documentXml)), numbering ? parseXml(strFromU8(numbering)) : null);
}

function reset(): void {
  tables = [];
  request = null;
  choose.hidden = true;
  preview.hidden = true;
  confirmButton.hidden = true;
}

async function readFile(file: File): Promise<void> {
  reset();
  say(T.importReading);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = sniffDocument(bytes, file.name);
  if (kind === 'doc') return say(T.docLegacy(file.name), 'error');
  if (kind === 'pdf') return say(T.importPdfInDialog, 'error');
  try {
    if (kind === 'docx') tables = readDocx(bytes);
    else if (kind === 'html')
      tables = htmlTables(
        fromDom(new DOMParser().parseFromString(strFromU8(bytes), 'text/html') as unknown as DomLike),
      );
    else return say(T.fileUnsupportedImport(file.name), 'error');
  } catch {
    return say(T.docNotDocx(file.name), 'error');
  }
  if (tables.length === 0) return say(T.noTable(file.name), 'error');
  const summaries = summarizeTables(tables);
  select.textContent = '';
  for (const s of summaries) {
    const option = document.createElement('option');
    option.value = String(s.index);
    option.textContent = T.importTableOption(s.index, s.title, s.rows);
    select.appendChild(option);
  }
  select.value = String(bestTable(summaries) ?? 1);
  choose.hidden = summaries.length < 2;
  const date = new Date(file.lastModified || Date.now()).toISOString().slice(0, 10);
  previewTable(file.name, date);
}

function previewTable(fileName: string, date: string): void {
  const chosen = [Number(select.value)];
  request = { grid: joinTables(tables, chosen), file: fileName, date, tables: chosen };
  preview.hidden = true;
  confirmButton.hidden = true;
  say(T.importPreviewing);
  const sent = request;
  callServer('importPreview', request).then(
    (result) => {
      if (sent !== request) return;
      if (!result.ok) return say(result.message, 'error');
      say('');
      byId('summary').textContent = T.importSummary(result.indicators.length, result.agencies.length);
      const diff = byId<HTMLDivElement>('diff');
      diff.hidden = !result.diff;
      diff.textContent = result.diff ? diffLines(fileName, result.diff).join('\n') : '';
      list(
        'indicators',
        result.indicators.map((i) => `${i.code ? `${i.code}. ` : ''}${i.text}${i.target ? ` — ${i.target}` : ''}`),
      );
      list('agencies', result.agencies);
      list(
        'warnings',
        result.warnings.map((w) => w.message),
      );
      byId('warnings-box').hidden = result.warnings.length === 0;
      preview.hidden = false;
      confirmButton.hidden = false;
      confirmButton.disabled = false;
    },
    () => say(T.importTransportError, 'error'),
  );
}

fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void readFile(file).catch(() => say(T.docNotDocx(file.name), 'error'));
});

select.addEventListener('change', () => {
  if (request) previewTable(request.file, request.date);
});

confirmButton.addEventListener('click', () => {
  if (!request) return;
  confirmButton.disabled = true;
  say(T.importWriting);
  callServer('importApply', request).then(
    (result) => {
      say(result.message, result.ok ? 'done' : 'error');
      if (result.ok) confirmButton.hidden = true;
      else confirmButton.disabled = false;
    },
    () => {
      say(T.importTransportError, 'error');
      confirmButton.disabled = false;
    },
  );
});

closeButton.addEventListener('click', closeHost);
