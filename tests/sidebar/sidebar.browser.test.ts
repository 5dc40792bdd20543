/**
 * The sidebar in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core),
 * served from 127.0.0.1, with google.script.run bridged to the real server functions running
 * on the in-memory SpreadsheetApp. Clicks through the sample workbooks: the figures shown are
 * buildReport's, user text stays text, busy and error states speak Vietnamese, and the button
 * writes the summary sheet; a report too large for one payload loads an agency's lines when it
 * is opened and pages the unmet indicators. Leaves a screenshot in out/sidebar.png (`npm run
 * docs:sidebar` writes the README's docs/sidebar.png instead). One browser launch; skipped where
 * Chromium is missing (tests/support/tools.ts).
 */
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import * as clientApi from '../../src/appsscript/client-api';
import * as main from '../../src/appsscript/main';
import { seededRandom, syntheticBook } from '../../bench/synthetic';
import { TAB_MARKER, tabLayout } from '../../src/core/layout/columns';
import { readTab } from '../../src/core/layout/read-tab';

const serverFunctions = { ...clientApi } as unknown as Record<string, (...args: unknown[]) => unknown>;
import { M } from '../../src/core/messages';
import { buildReport, type Report } from '../../src/core/report/report';
import { collectResults } from '../../src/sheets/collect';
import { cycleOf } from '../../src/sheets/cycle-view';
import type { LocalPlatform } from '../../src/local/engine';
import { newBook, SECRETARIAT as SECRETARIAT_EMAIL, seedGrid } from '../support/book';
import { CHROMIUM, describeWith, hasTool } from '../support/tools';
import { generateTabs } from '../../src/sheets/generate';
import { jsonProblems } from './json-safe';
import { sidebarPage } from './page';
import { SAMPLE_002, SAMPLE_004, sampleBook, TRICKY_EXPLANATION, use } from './sample-book';
import { GAS_BRIDGE } from '../support/gas-bridge';

/** Exactly what the browser may call: the client API module's exports. */
const SERVER_FUNCTIONS = Object.keys(clientApi) as (keyof typeof clientApi)[];
const SCREENSHOT = resolve(process.env.SIDEBAR_SCREENSHOT ?? join(__dirname, '../../out/sidebar.png'));
const BROWSER = hasTool('chromium');

/** A page's link to one workbook: the calls made, a gate to hold answers back, a way to fail one. */
class Bridge {
  readonly calls: string[] = [];
  readonly problems: string[] = [];
  private held: Promise<void> | null = null;
  private release: () => void = () => undefined;
  failNext = false;

  constructor(readonly local: LocalPlatform) {}

  hold(): void {
    this.held = new Promise((resolve) => (this.release = resolve));
  }

  let(): void {
    this.held = null;
    this.release();
  }

  async call(name: string, argsJson: string): Promise<string> {
    this.calls.push(name);
    if (this.held) await this.held;
    if (this.failNext) {
      this.failNext = false;
      throw new Error('Lost connection');
    }
    if (!(SERVER_FUNCTIONS as readonly string[]).includes(name)) throw new Error(`not a server function: ${name}`);
    use(this.local);
    const fn = serverFunctions[name];
    const result = fn(...JSON.parse(argsJson));
    this.problems.push(...jsonProblems(result).map((p) => `${name} → ${p}`));
    return JSON.stringify(result);
  }
}

let browser: Browser;
let server: Server;
let origin: string;
const pages: Record<string, string> = { '/': sidebarPage(), '/progress': sidebarPage('Progress') };

beforeAll(async () => {
  if (!BROWSER) return;
  server = createServer((req, res) => {
    const page = pages[req.url ?? ''];
    res.writeHead(page ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(page ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  if (server) await new Promise((resolve) => server.close(resolve));
});

interface Opened {
  page: Page;
  bridge: Bridge;
  /** Dialogs, page errors and requests to anywhere but the local server: all should stay empty. */
  incidents: string[];
}

async function openSidebar(local: LocalPlatform, path = '/', failFirstCall = false): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 });
  const bridge = new Bridge(local);
  bridge.failNext = failFirstCall;
  const incidents: string[] = [];
  page.on('dialog', (d) => {
    incidents.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => incidents.push(`error: ${e.message}`));
  page.on('request', (r) => !r.url().startsWith(origin) && incidents.push(`request: ${r.url()}`));
  await page.exposeFunction('__gasCall', (name: string, args: string) => bridge.call(name, args));
  await page.addInitScript(GAS_BRIDGE);
  await page.goto(`${origin}${path}`);
  if (path === '/') await settled(page);
  return { page, bridge, incidents };
}

/** Waits until the sidebar is not busy. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    "!document.querySelector('#status .spinner') && !document.getElementById('period').disabled",
  );
}

function reportFor(local: LocalPlatform, period: string): Report {
  const c = collectResults(local.platform);
  return buildReport({ period, settings: c.settings, indicators: c.indicators, units: c.units });
}

const text = (page: Page, selector: string) => page.$eval(selector, (e) => e.textContent ?? '');

async function shownTotals(page: Page) {
  const value = (kind: string) => text(page, `[data-total="${kind}"] .value`).then(Number);
  return {
    indicators: await value('indicators'),
    met: await value('met'),
    unmet: await value('unmet'),
    missing: await value('missing'),
  };
}

const shownGroups = (page: Page) =>
  page.$$eval('.group', (rows) =>
    rows.map((row) => {
      const count = (key: string) => Number(row.querySelector(`[data-count="${key}"]`)!.textContent);
      const width = (key: string) =>
        Number(row.querySelector(`rect[data-segment="${key}"]`)?.getAttribute('width') ?? 0);
      return {
        label: row.getAttribute('data-group'),
        met: count('met'),
        unmet: count('unmet'),
        missing: count('missing'),
        widths: [width('met'), width('unmet'), width('missing')],
      };
    }),
  );

describeWith(['chromium'], 'the sidebar on seed 004 with sample figures', () => {
  const local = sampleBook(SAMPLE_004);
  let opened: Opened;
  beforeAll(async () => {
    opened = await openSidebar(local);
  });
  afterAll(() => opened.page.close());

  it('loads the report with one server call (who can edit the file with one more), closed periods marked', async () => {
    const { page, bridge } = opened;
    await page.waitForFunction("!document.getElementById('sharing').hidden");
    expect(bridge.calls).toEqual(['sidebarGetReport', 'sidebarGetSharing']);
    expect(await page.inputValue('#period')).toBe('Quý I');
    expect(await page.$$eval('#period option', (o) => o.map((x) => x.textContent))).toEqual([
      'Quý I (đã khóa)',
      'Quý II',
      'Quý III',
      'Quý IV',
    ]);
    expect(await page.isHidden('#notice')).toBe(true);
  });

  it("shows buildReport's totals and a bar per group", async () => {
    const { page } = opened;
    const report = reportFor(local, 'Quý I');
    expect(await shownTotals(page)).toEqual({
      indicators: report.totals.indicators,
      met: report.totals.met,
      unmet: report.totals.unmet,
      missing: report.totals.notReported,
    });
    expect(await text(page, '[data-total="met"] .sub')).toBe(M.sidebarMetOfWhichExceeded(report.totals.exceeded));
    const groups = await shownGroups(page);
    expect(groups.map(({ label, met, unmet, missing }) => ({ label, met, unmet, missing }))).toEqual(
      report.groups.map((g) => ({ label: g.section, met: g.met, unmet: g.unmet, missing: g.missing })),
    );
    groups.forEach((g, i) => {
      const total = report.groups[i].total;
      expect(g.widths.map((w) => Math.round(w))).toEqual(
        [g.met, g.unmet, g.missing].map((n) => Math.round((n / total) * 270)),
      );
    });
  });

  it('lists the agencies that have not reported with what is missing', async () => {
    const { page } = opened;
    const report = reportFor(local, 'Quý I');
    const shown = await page.$$eval('[data-section="late"] details', (d) =>
      d.map((x) => x.getAttribute('data-agency')),
    );
    expect(shown.sort()).toEqual(
      report.agencies
        .filter((a) => a.reported < a.assigned)
        .map((a) => a.name)
        .sort(),
    );
    const finance = '[data-section="late"] details[data-agency="Phòng Tài chính- Kế hoạch"]';
    await page.click(`${finance} summary`);
    const missing = report.agencies.find((a) => a.name === 'Phòng Tài chính- Kế hoạch')!.missing;
    expect(await page.$$eval(`${finance} li`, (l) => l.map((x) => x.textContent))).toEqual(
      missing.map((m) => `${m.code}. ${m.text}`),
    );
    expect(await text(page, `${finance} summary .count`)).toBe(`(${M.sidebarLateCount(2, 4)})`);
  });

  it('lists unmet indicators with their explanations, shown as text', async () => {
    const { page, incidents } = opened;
    const report = reportFor(local, 'Quý I');
    const unmet = report.indicators.filter((i) => i.status === 'unmet');
    expect(
      await page.$$eval('[data-section="unmet"] .card', (c) => c.map((x) => x.getAttribute('data-indicator'))),
    ).toEqual(unmet.map((i) => i.code));
    const explanations = await page.$$eval('[data-section="unmet"] .explanation', (e) => e.map((x) => x.textContent));
    expect(explanations).toEqual(
      unmet.flatMap((i) =>
        i.results
          .filter((r) => r.status === 'unmet')
          .map((r) => (r.explanation ? `${M.sidebarExplanation}: ${r.explanation}` : M.sidebarNoExplanation)),
      ),
    );
    expect(explanations).toContain(`${M.sidebarExplanation}: ${TRICKY_EXPLANATION}`);
    const evidence = unmet.flatMap((i) =>
      i.results.filter((r) => r.status === 'unmet' && r.evidence).map((r) => `${M.sidebarEvidence}: ${r.evidence}`),
    );
    expect(evidence).toHaveLength(1);
    expect(await page.$$eval('[data-section="unmet"] .evidence', (e) => e.map((x) => x.textContent))).toEqual(evidence);
    expect(await page.$$('img, #report b:not(.group b):not(li b)')).toHaveLength(0);
    expect(incidents).toEqual([]);
  });

  it('shows progress while computing, then says plainly that nobody reported in Quý II', async () => {
    const { page, bridge } = opened;
    bridge.hold();
    await page.selectOption('#period', 'Quý II');
    expect(await text(page, '#status')).toBe(M.sidebarLoading);
    expect(await page.isDisabled('#period')).toBe(true);
    expect(await page.isDisabled('#write')).toBe(true);
    bridge.let();
    await settled(page);
    expect(await text(page, '#notice')).toBe(M.reportPeriodEmpty('Quý II'));
    const totals = await shownTotals(page);
    expect(totals).toMatchObject({ met: 0, unmet: 0, missing: totals.indicators });
  });

  it('writes the summary sheet with the same figures, showing progress, and leaves a screenshot', async () => {
    const { page, bridge } = opened;
    await page.selectOption('#period', 'Quý I');
    await settled(page);
    mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: SCREENSHOT });
    bridge.hold();
    await page.click('#write');
    expect(await text(page, '#status')).toBe(M.sidebarWriting);
    bridge.let();
    await settled(page);
    const report = reportFor(local, 'Quý I');
    const name = M.summarySheetName('Quý I', report.year);
    expect(await page.$eval('#write-result', (e) => [e.className, e.textContent])).toEqual([
      'notice done',
      M.summaryWritten(name),
    ]);
    expect(bridge.calls.slice(-1)).toEqual(['sidebarWriteSummary']);
    const grid = local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)!.getDataRange().getValues();
    const totals = grid.find((r) => r[1] === M.summaryAllIndicators)!;
    expect(totals.slice(2, 6)).toEqual([
      report.totals.met,
      report.totals.unmet,
      report.totals.notReported,
      report.totals.indicators,
    ]);
    expect(grid.flat()).toContain(TRICKY_EXPLANATION);
  });

  it('offers a reminder for every agency still to chase, listing exactly its missing indicators', async () => {
    const { page } = opened;
    await page.selectOption('#period', 'Quý I');
    await settled(page);
    use(local);
    // The server's own reminders, built from the workbook: the page rebuilds them from the payload.
    const cycle = cycleOf(local.platform, collectResults(local.platform), 'Quý I', new Date());
    const response = { cycle };
    const chase = response.cycle.agencies.filter((a) => a.status !== 'on-time');
    expect(chase.length).toBeGreaterThan(0);
    expect(await text(page, '[data-section="reminders"] .muted')).toBe(
      M.sidebarDeadline(response.cycle.deadlineText, response.cycle.deadlinePassed),
    );
    const shown = await page.$$eval('[data-section="reminders"] details', (d) =>
      d.map((x) => x.getAttribute('data-reminder')),
    );
    expect(shown).toEqual(chase.map((a) => a.name));
    const finance = chase.find((a) => a.name === 'Phòng Tài chính- Kế hoạch')!;
    const box = '[data-section="reminders"] details[data-reminder="Phòng Tài chính- Kế hoạch"]';
    await page.click(`${box} summary`);
    const body = await page.$eval(`${box} textarea`, (t) => (t as unknown as { value: string }).value);
    for (const line of finance.missing) expect(body).toContain(line.code ? `${line.code}. ${line.text}` : line.text);
    const href = await page.$eval(`${box} a.mail`, (a) => a.getAttribute('href')).catch(() => null);
    expect(href).toBe(finance.mailto);
  });

  it(
    'closes a period after a second click and shows it closed (protections: ' + 'tests/sheets/periods.test.ts)',
    async () => {
      const { page, bridge } = opened;
      await page.selectOption('#period', 'Quý II');
      await settled(page);
      expect(await page.isVisible('#close')).toBe(true);
      expect(await text(page, '#close')).toBe(M.sidebarCloseButton('Quý II'));
      await page.click('#close');
      expect(await text(page, '#close')).toBe(M.sidebarCloseConfirm);
      expect(bridge.calls.slice(-1)).toEqual(['sidebarGetReport']);
      await page.click('#close');
      await page.waitForFunction("document.getElementById('write-result').className === 'notice done'");
      await settled(page);
      expect(await text(page, '#write-result')).toBe(M.periodClosed('Quý II'));
      expect(bridge.calls.slice(-2)).toEqual(['sidebarClosePeriod', 'sidebarGetReport']);
      expect(await page.$$eval('#period option', (o) => o.map((x) => x.textContent))).toContain('Quý II (đã khóa)');
      expect(await page.isHidden('#close')).toBe(true);
      const settings = local.platform.SpreadsheetApp.getActiveSpreadsheet()
        .getSheetByName('Cài đặt')!
        .getDataRange()
        .getValues();
      expect(String(settings.find((r) => r[0] === 'Kỳ đã khóa')![1])).toContain('Quý II');
    },
  );

  it('says in Vietnamese when the server cannot be reached', async () => {
    const { page, bridge, incidents } = opened;
    bridge.failNext = true;
    await page.click('#refresh');
    await settled(page);
    expect(await page.$eval('#notice', (e) => [e.className, e.textContent])).toEqual([
      'notice error',
      M.sidebarTransportError,
    ]);
    expect(bridge.problems).toEqual([]);
    expect(incidents).toEqual([]);
  });
});

describeWith(['chromium'], 'the sidebar on seed 002 with three communes', () => {
  it('ranks the communes with the tier verdicts of buildReport', async () => {
    const local = sampleBook(SAMPLE_002);
    const { page, incidents } = await openSidebar(local);
    const report = reportFor(local, 'Quý I');
    const shown = await page.$$eval('[data-section="tiers"] li', (l) =>
      l.map((x) => [Number(x.getAttribute('data-rank')), x.getAttribute('data-unit'), x.className, x.textContent]),
    );
    expect(shown).toEqual(
      report.tiers!.map((t) => [
        t.rank,
        t.unit,
        t.passed ? 'passed' : t.reported ? 'failed' : 'absent',
        `${t.unit} — ${t.verdict}`,
      ]),
    );
    expect(shown.slice(0, 3).map((s) => s[3])).toEqual([
      'UBND xã Tân Bình — 33/33 bắt buộc, 12/21 mở rộng → Đạt mức toàn diện',
      'UBND xã Long Thủy — 33/33 bắt buộc, 10/21 mở rộng → Chưa đạt mức toàn diện',
      'UBND xã Tân Phú — 32/33 bắt buộc, 21/21 mở rộng → Chưa đạt mức toàn diện',
    ]);
    expect(incidents).toEqual([]);
    await page.close();
  });
});

describeWith(['chromium'], "the sidebar's sharing section", () => {
  it('shows who cannot edit the file yet, and shares with exactly them after a second click', async () => {
    const local = sampleBook(SAMPLE_004);
    const agencies = local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Cơ quan')!;
    const rows = agencies.getDataRange().getValues();
    const emails: Record<string, string> = { 'Phòng Y tế': 'yte@huyen.gov.vn', 'UBND huyện': 'vp.ubnd@gmail.com' };
    rows.forEach((r, i) => {
      if (emails[String(r[1])]) agencies.getRange(i + 1, 4).setValue(emails[String(r[1])]);
    });
    const { page, bridge, incidents } = await openSidebar(local);
    await page.waitForFunction("!document.getElementById('sharing').hidden");
    const shown = () =>
      page.$$eval('#sharing li[data-account]', (l) =>
        l.map((x) => [x.getAttribute('data-account'), x.getAttribute('data-access')]),
      );
    // In the order of the Agencies sheet, the secretariat last.
    const order = rows.map((r) => emails[String(r[1])]).filter(Boolean);
    expect(await shown()).toEqual([...order.map((e) => [e, 'no']), [SECRETARIAT_EMAIL, 'yes']]);
    const missing = order;
    expect(await text(page, '#sharing-by-hand')).toBe(M.shareByHand(missing));
    expect(await text(page, '#share')).toBe(M.sidebarShareButton(2));
    await page.click('#share');
    expect(await text(page, '#share')).toBe(M.sidebarShareConfirm(missing));
    expect(bridge.calls).not.toContain('sidebarShareFile');
    await page.click('#share');
    await page.waitForFunction("document.getElementById('sharing-result').className === 'notice done'");
    expect(await text(page, '#sharing-result')).toBe(M.shareDone(missing));
    await page.waitForFunction('document.querySelectorAll(\'#sharing li[data-access="no"]\').length === 0');
    expect(local.workbook.editors.sort()).toEqual([...missing].sort());
    expect(await page.isHidden('#share')).toBe(true);
    expect(bridge.problems).toEqual([]);
    expect(incidents).toEqual([]);
    await page.close();
  });
});

describeWith(['chromium'], 'the sidebar on a workbook without tabs', () => {
  it('says so plainly and offers nothing to write', async () => {
    const local = newBook();
    main.menuSetup();
    const { page, incidents } = await openSidebar(local);
    expect(await text(page, '#notice')).toBe(M.reportNoTable);
    expect(await page.isDisabled('#write')).toBe(true);
    expect(await page.$$('[data-section]')).toHaveLength(0);
    expect(incidents).toEqual([]);
    await page.close();
  });
});

describeWith(['chromium'], 'the progress dialog of a long generation', () => {
  it(
    'calls the server once per execution until every tab is done, and can continue after an ' + 'interruption',
    async () => {
      const local = newBook();
      main.menuSetup();
      const sheet = local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Chỉ tiêu')!;
      const table = seedGrid('004-chi-tieu-2024.tsv');
      const width = Math.max(...table.map((r) => r.length));
      sheet
        .getRange(1, 1, table.length, width)
        .setValues(table.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? '')));
      // A first execution that ran out of time after a few tabs (its clock moves 400 ms a call).
      const first = generateTabs(local.platform, { now: () => local.calls.total() * 400 });
      expect(first.remaining).toBeGreaterThan(0);

      const opened = await openSidebar(local, '/progress', true);
      const { page, bridge } = opened;
      await page.waitForSelector('#continue:not([hidden])');
      expect(await text(page, '#text')).toBe(M.progressFailed);
      await page.click('#continue');
      await page.waitForSelector('#close:not([hidden])');
      expect(await text(page, '#text')).toMatch(/^Đã tạo \d+ trang mới/);
      expect(await page.$eval('#fill', (e) => (e as unknown as { style: { width: string } }).style.width)).toBe('100%');
      expect(bridge.calls.every((c) => c === 'generateContinue')).toBe(true);
      expect(first.total).toBe(15);
      const marker = tabLayout(['Quý I', 'Quý II', 'Quý III', 'Quý IV']).marker;
      expect(local.workbook.sheets.filter((s) => s.rows.get(1)?.get(marker)?.value === TAB_MARKER)).toHaveLength(15);
      expect(opened.incidents).toEqual([]);
      await page.close();
    },
  );
});

/** A lead table of 30 agencies × 60 indicators, half of Quý I entered: more than one payload holds. */
function largeBook(): LocalPlatform {
  const local = newBook();
  main.menuSetup();
  const synthetic = syntheticBook({ layout: 'lead', units: 30, perUnit: 60 });
  const sheet = local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Chỉ tiêu')!;
  const width = Math.max(...synthetic.table.map((r) => r.length));
  sheet.insertRowsAfter(sheet.getMaxRows(), synthetic.table.length);
  sheet
    .getRange(1, 1, synthetic.table.length, width)
    .setValues(synthetic.table.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? '')));
  generateTabs(local.platform);
  const random = seededRandom(3);
  for (const s of local.workbook.sheets) {
    const tab = local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(s.name)!;
    const read = readTab(tab.getDataRange().getValues());
    if (!read) continue;
    const columns = read.layout.period[0];
    for (const row of read.rows.values()) {
      if (random() < 0.5) continue;
      tab.getRange(row, columns.value, 1, 3).setValues([[random() < 0.5 ? 1 : 0, '', 'Chưa đạt vì thiếu kinh phí']]);
    }
  }
  return local;
}

describeWith(['chromium'], 'the sidebar on a report larger than one payload', () => {
  const local = largeBook();
  let opened: Opened;
  beforeAll(async () => {
    opened = await openSidebar(local);
  });
  afterAll(() => opened.page.close());

  it('loads an agency’s missing lines when it is opened, and shows exactly them', async () => {
    const { page, bridge } = opened;
    // On opening: the report and who can edit the file (sharing.ts); no details yet.
    expect(bridge.calls.filter((c) => c !== 'sidebarGetSharing')).toEqual(['sidebarGetReport']);
    const report = reportFor(local, 'Quý I');
    const late = await page.$$eval('[data-section="late"] details', (d) => d.map((x) => x.getAttribute('data-agency')));
    const last = late[late.length - 1]!;
    const box = `[data-section="late"] details[data-agency="${last}"]`;
    expect(await page.$$(`${box} li`)).toHaveLength(0);
    await page.click(`${box} summary`);
    await page.waitForSelector(`${box} li`);
    expect(bridge.calls).toContain('sidebarGetDetails');
    const missing = report.agencies.find((a) => a.name === last)!.missing;
    expect(await page.$$eval(`${box} li`, (l) => l.map((x) => x.textContent))).toEqual(
      missing.map((m) => (m.code ? `${m.code}. ${m.text}` : m.text)),
    );
  });

  it('pages the unmet indicators with a button until every one is shown', async () => {
    const { page, bridge, incidents } = opened;
    const unmet = reportFor(local, 'Quý I').indicators.filter((i) => i.status === 'unmet');
    const shown = () => page.$$eval('[data-section="unmet"] .card', (c) => c.length);
    expect(await shown()).toBeLessThan(unmet.length);
    for (let i = 0; i < 20 && (await page.$('[data-section="unmet"] button.more')); i++) {
      const before = await shown();
      await page.click('[data-section="unmet"] button.more');
      await page.waitForFunction(`document.querySelectorAll('[data-section="unmet"] .card').length > ${before}`);
    }
    expect(
      await page.$$eval('[data-section="unmet"] .card', (c) => c.map((x) => x.getAttribute('data-indicator'))),
    ).toEqual(unmet.map((i) => i.code));
    expect(bridge.problems).toEqual([]);
    expect(incidents).toEqual([]);
  });
});
