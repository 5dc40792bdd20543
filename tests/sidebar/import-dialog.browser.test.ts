/**
 * The "Nhập bảng từ tệp Word" dialog in headless Chromium (Debian's /usr/bin/chromium through
 * playwright-core), served from 127.0.0.1 with google.script.run bridged to the real server
 * functions on the in-memory SpreadsheetApp. A real .docx is picked: the browser unzips and
 * parses it, the preview shows what the reader finds, and confirming fills "Chỉ tiêu". The
 * grid the browser sends must equal the one the command line reads from the same file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import * as main from '../../src/appsscript/main';
import { bestTable, joinTables, summarizeTables } from '../../src/core/import/choose';
import { M } from '../../src/core/messages';
import { readAssignmentTable } from '../../src/core/table/read';
import type { LocalPlatform } from '../../src/local/engine';
import { docxTablesOf } from '../../src/local/import/read-document';
import { previewImport } from '../../src/sheets/import-table';
import { newBook } from '../support/book';
import { CORPUS_DIR, officeMaterial } from '../support/office-material';
import { jsonProblems } from './json-safe';
import { sidebarPage } from './page';
import { GAS_BRIDGE } from '../support/gas-bridge';

const CHROMIUM = '/usr/bin/chromium';
const SERVER_FUNCTIONS = ['importPreview', 'importApply'];
const serverFunctions = { ...main } as unknown as Record<string, (...args: unknown[]) => unknown>;
const material = officeMaterial();
const REAL_DOCX = join(CORPUS_DIR, 'files/docx-01-lamdong-kh-cchc-2026-phan-cong.docx');

let browser: Browser;
let server: Server;
let origin: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: run "node scripts/ensure-chromium.mjs" (npm test does it first).`);
  const html = sidebarPage('ImportFile');
  server = createServer((req, res) => {
    res.writeHead(req.url === '/' ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(req.url === '/' ? html : '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

interface Opened {
  page: Page;
  calls: Array<{ name: string; args: unknown[] }>;
  incidents: string[];
}

async function openDialog(local: LocalPlatform): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 720, height: 560 } });
  const calls: Opened['calls'] = [];
  const incidents: string[] = [];
  page.on('pageerror', (e) => incidents.push(`error: ${e.message}`));
  page.on('request', (r) => !r.url().startsWith(origin) && incidents.push(`request: ${r.url()}`));
  await page.exposeFunction('__gasCall', (name: string, argsJson: string) => {
    const args = JSON.parse(argsJson) as unknown[];
    calls.push({ name, args });
    if (!SERVER_FUNCTIONS.includes(name)) throw new Error(`not a server function: ${name}`);
    Object.assign(globalThis, local.platform);
    const result = serverFunctions[name](...args);
    const problems = jsonProblems(result);
    if (problems.length) incidents.push(`${name} → ${problems.join(', ')}`);
    return JSON.stringify(result);
  });
  await page.addInitScript(GAS_BRIDGE);
  await page.goto(origin);
  return { page, calls, incidents };
}

const text = (page: Page, selector: string) => page.$eval(selector, (e) => e.textContent ?? '');
const sheetValues = (local: LocalPlatform, name: string) =>
  local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)!.getDataRange().getDisplayValues();

describe('the import dialog with a real Word plan (docx-01 of the corpus)', () => {
  const local = newBook();
  const tables = docxTablesOf(new Uint8Array(readFileSync(REAL_DOCX)));
  const best = bestTable(summarizeTables(tables))!;
  const grid = joinTables(tables, [best]);
  let opened: Opened;

  beforeAll(async () => {
    opened = await openDialog(local);
    await opened.page.setInputFiles('#file', REAL_DOCX);
    await opened.page.waitForSelector('#preview:not([hidden])');
  });
  afterAll(() => opened.page.close());

  it('reads the file in the browser and sends the table the command line reads, nothing else', async () => {
    const { page, calls, incidents } = opened;
    expect(await page.$$eval('#table option', (o) => o.map((x) => x.textContent))).toHaveLength(tables.length);
    expect(await page.inputValue('#table')).toBe(String(best));
    expect(calls.map((c) => c.name)).toEqual(['importPreview']);
    const sent = calls[0].args[0] as { grid: string[][]; file: string; tables: number[] };
    expect(sent.grid).toEqual(grid);
    expect(sent.file).toBe(basename(REAL_DOCX));
    expect(sent.tables).toEqual([best]);
    expect(incidents).toEqual([]);
  });

  it('previews the indicators, agencies and warnings the reader finds', async () => {
    const { page } = opened;
    const expected = previewImport(local.platform, grid);
    expect(expected.indicators.length).toBe(readAssignmentTable(grid).indicators.length);
    expect(await text(page, '#summary')).toBe(M.importSummary(expected.indicators.length, expected.agencies.length));
    expect(await page.$$eval('#indicators li', (l) => l.length)).toBe(expected.indicators.length);
    expect(await page.$$eval('#agencies li', (l) => l.map((x) => x.textContent))).toEqual(expected.agencies);
    expect(await page.$$eval('#warnings li', (l) => l.map((x) => x.textContent))).toEqual(
      expected.warnings.map((w) => w.message),
    );
    expect(await page.isVisible('#confirm')).toBe(true);
    expect(local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Chỉ tiêu')).toBeNull();
  });

  it('fills "Chỉ tiêu" after the person confirms, and records the file in "Cài đặt"', async () => {
    const { page, incidents } = opened;
    await page.click('#confirm');
    await page.waitForSelector('#status.done');
    const indicators = readAssignmentTable(grid).indicators.length;
    expect(await text(page, '#status')).toBe(M.importDoneDialog(indicators));
    const table = sheetValues(local, 'Chỉ tiêu');
    expect(table.slice(0, grid.length).map((r) => r.slice(0, grid[0].length))).toEqual(grid);
    const settings = sheetValues(local, 'Cài đặt');
    expect(settings.find((r) => r[0] === 'Tệp nguồn của bảng')![1]).toBe(basename(REAL_DOCX));
    expect(settings.find((r) => r[0] === 'Bảng đã chọn trong tệp')![1]).toBe(String(best));
    expect(incidents).toEqual([]);
  });
});

describe('the import dialog on a workbook that already has a table', () => {
  it('shows what a revised plan changes before writing it', async () => {
    const local = newBook();
    const seed = material.tables.find((t) => t.name.startsWith('004'))!;
    const { page, incidents } = await openDialog(local);
    await page.setInputFiles('#file', seed.docx);
    await page.waitForSelector('#confirm:not([hidden])');
    await page.click('#confirm');
    await page.waitForSelector('#status.done');
    await page.setInputFiles('#file', material.revised004Docx);
    await page.waitForSelector('#preview:not([hidden])');
    const diff = await text(page, '#diff');
    expect(diff).toContain(M.diffAdded(1));
    expect(diff).toContain(M.diffRemoved(1));
    expect(diff).toContain(M.diffReworded(1));
    expect(sheetValues(local, 'Chỉ tiêu').some((r) => String(r[1]).startsWith('Cung cấp dữ liệu mở'))).toBe(true);
    expect(incidents).toEqual([]);
    await page.close();
  });
});

describe('the import dialog page', () => {
  it('builds the DOM with textContent only and fetches nothing from outside', () => {
    const source = readFileSync(join(__dirname, '../../sidebar/ImportFile.ts'), 'utf8');
    expect(source).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    expect(sidebarPage('ImportFile')).not.toMatch(/<script[^>]+src=|<link\b|@import|url\(|<img\b/i);
  });
});

describe('the import dialog on files it cannot read', () => {
  it.each([
    ['an old .doc', () => material.doc, (name: string) => M.docLegacy(name)],
    ['a PDF', () => material.tables[0].pdf, () => M.importPdfInDialog],
    ['a Word file without a table', () => material.noTableDocx, (name: string) => M.noTable(name)],
  ])('%s: says what to do, calls no server function', async (_what, path, message) => {
    const local = newBook();
    const { page, calls, incidents } = await openDialog(local);
    await page.setInputFiles('#file', path());
    await page.waitForSelector('#status.error');
    expect(await text(page, '#status')).toBe(message(basename(path())));
    expect(calls).toEqual([]);
    expect(await page.isHidden('#confirm')).toBe(true);
    expect(incidents).toEqual([]);
    await page.close();
  });
});
