/**
 * A bounded slice of the benchmark's checks (issue 15), on numbers that cannot vary between
 * runs: server calls per tab of a first generation, no write when nothing changed, the same
 * split into executions on two runs (the simulated clock counts calls, not time), and the
 * sidebar's payload at a province's size and at 300 × 120 × 12, built by the core alone. The
 * full bench, at full size and with timings, is `npm run bench`.
 */
import { AppsScriptClock } from '../../bench/cost-model';
import { seededRandom, syntheticBook } from '../../bench/synthetic';
import { buildCycle } from '../../src/core/cycle/cycle';
import type { LineValues } from '../../src/core/layout/tab';
import { packDetails, packSidebar, unpackSidebar } from '../../src/core/report/sidebar-pack';
import { type ReportSource, type SidebarReport, sidebarPayload } from '../../src/core/report/sidebar-payload';
import { readAssignmentTable } from '../../src/core/table/read';
import { readAgencyRows } from '../../src/core/workbook/agencies-sheet';
import { planTabs } from '../../src/core/workbook/plan';
import { defaultSettings } from '../../src/core/workbook/settings';
import { syncAgencyRows } from '../../src/core/workbook/sync-agencies';
import { isWrite, type LocalPlatform } from '../../src/local/engine';
import { generateTabs } from '../../src/sheets/generate';
import { setupWorkbook } from '../../src/sheets/setup';
import { cloneBook } from '../support/faults';
import { newBook, paste, shareFile } from '../support/book';

const KB = 1024;

/** A first generation run as the progress dialog runs it, each execution on the simulated clock. */
function generation(book: LocalPlatform, budgetMs: number) {
  const executions: Array<{ tabs: number; serverCalls: number }> = [];
  let local = book;
  for (let n = 0; n < 20; n++) {
    const clock = new AppsScriptClock();
    local.calls.listen((key, cells) => clock.call(key, cells));
    const result = generateTabs(local.platform, { budgetMs, now: () => clock.now() });
    local.calls.listen(null);
    executions.push({ tabs: result.created.length + result.updated.length, serverCalls: clock.end().serverCalls });
    if (result.remaining === 0) break;
    local.engine.endExecution();
    local = cloneBook(local);
  }
  return { executions, book: local };
}

function syntheticWorkbook(layout: 'criteria' | 'lead', units: number, perUnit: number): LocalPlatform {
  const local = newBook();
  setupWorkbook(local.platform);
  const synthetic = syntheticBook({ layout, units, perUnit });
  paste(local, 'Chỉ tiêu', synthetic.table);
  if (synthetic.agencies.length > 0) paste(local, 'Cơ quan', synthetic.agencies);
  shareFile(local, synthetic.editors);
  local.calls.reset();
  return local;
}

describe('a first generation, by its calls', () => {
  // At a province's number of tabs (fewer lines a tab): a first complete run also pays once for
  // what is not a tab (the secretariat's sheets secured, the access column, the state sheet, the
  // template), which a handful of tabs would not amortise as a province does.
  it('criteria layout: at most 15 server calls per tab', () => {
    const { executions } = generation(syntheticWorkbook('criteria', 150, 20), Number.POSITIVE_INFINITY);
    expect(executions).toEqual([{ tabs: 150, serverCalls: expect.any(Number) }]);
    expect(executions[0].serverCalls / 150).toBeLessThanOrEqual(15);
  });

  it('splits alike into executions on two runs: the clock counts calls, not time', () => {
    const book = syntheticWorkbook('criteria', 16, 10);
    const twin = cloneBook(book);
    const first = generation(book, 6_000);
    const again = generation(twin, 6_000);
    expect(first.executions.reduce((n, e) => n + e.tabs, 0)).toBe(16);
    expect(first.executions.length).toBeGreaterThan(1);
    expect(again.executions).toEqual(first.executions);
  });

  it('lead layout: at most 30 server calls per tab', () => {
    const book = syntheticWorkbook('lead', 60, 12);
    const { executions } = generation(book, Number.POSITIVE_INFINITY);
    expect(executions).toHaveLength(1);
    expect(executions[0].tabs).toBe(60);
    expect(executions[0].serverCalls / 60).toBeLessThanOrEqual(30);
  });

  it('a regeneration with nothing changed writes nothing and reads no tab', () => {
    const { book } = generation(syntheticWorkbook('criteria', 12, 10), Number.POSITIVE_INFINITY);
    const again = cloneBook(book);
    const writes: string[] = [];
    again.calls.listen((key) => {
      const dot = key.indexOf('.');
      if (isWrite(key.slice(0, dot), key.slice(dot + 1))) writes.push(key);
    });
    const result = generateTabs(again.platform);
    expect(result.unchanged).toHaveLength(12);
    expect(writes).toEqual([]);
    expect(again.calls.byMethod()['Range.getValues']).toBeLessThanOrEqual(4);
  });
});

/** The report's input for a synthetic table with a share of each unit's lines filled in. */
function reportSource(units: number, perUnit: number, periods: string[], share: number): ReportSource {
  const synthetic = syntheticBook({ layout: 'criteria', units, perUnit });
  const settings = { ...defaultSettings(2025), periods };
  const indicators = readAssignmentTable(synthetic.table).indicators;
  const rows = syncAgencyRows(readAgencyRows(synthetic.agencies).rows, indicators, settings).rows;
  const plan = planTabs(indicators, rows, settings);
  return {
    settings,
    indicators,
    units: plan.tabs.map((tab) => {
      const random = seededRandom(7);
      return {
        unit: { key: tab.unit.key, name: tab.unit.name, sheetName: tab.sheetName, editors: tab.unit.editors },
        hasTab: true,
        lines: tab.lines.map((line) => {
          const r = random();
          const x = random();
          const figure = line.kind === 'percent' ? 0.4 + x * 0.6 : line.kind === 'yesno' ? 'Có' : Math.floor(x * 25);
          const values: LineValues = {
            periods: r < share ? { [periods[0]]: figure } : {},
            evidence: {},
            explanation: {},
          };
          return { line, values };
        }),
      };
    }),
  };
}

function payload(source: ReportSource): { response: SidebarReport; bytes: number; json: string } {
  const response = sidebarPayload(source, source.settings.periods[0]) as SidebarReport;
  response.cycle = buildCycle({
    period: response.period,
    settings: source.settings,
    units: source.units,
    entries: [],
    timeZone: 'Asia/Ho_Chi_Minh',
    now: new Date('2025-04-10T03:00:00Z'),
  });
  const json = JSON.stringify(packSidebar(source, response));
  return { response, bytes: Buffer.byteLength(json, 'utf8'), json };
}

const QUARTERS = ['Quý I', 'Quý II', 'Quý III', 'Quý IV'];
const MONTHS = Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`);

describe("the sidebar's payload", () => {
  it.each([0, 0.5, 1])('is under 150 kB at a province (150 × 60 × 4) with %p of the figures in', (share) => {
    expect(payload(reportSource(150, 60, QUARTERS, share)).bytes).toBeLessThanOrEqual(150 * KB);
  });

  it('is under 1 MB at 300 × 120 × 12, and leaves what does not fit to be asked for', () => {
    const { bytes, json } = payload(reportSource(300, 120, MONTHS, 0.5));
    expect(bytes).toBeLessThanOrEqual(1024 * KB);
    const unpacked = unpackSidebar(JSON.parse(json));
    expect(unpacked.pending.size + unpacked.unmetLeft).toBeGreaterThan(0);
  });

  it('unpacks, with the details asked for, to exactly the report and reminders the server computed', () => {
    for (const share of [0, 0.5]) {
      const source = reportSource(40, 30, QUARTERS, share);
      const { response, json } = payload(source);
      const packed = JSON.parse(json);
      const first = unpackSidebar(packed);
      const details = [];
      let more = { sheets: [...first.pending], unmetFrom: first.response.report!.unmet.length };
      for (let i = 0; i < 50 && (more.sheets.length > 0 || unpackSidebar(packed, details).unmetLeft > 0); i++) {
        const d = JSON.parse(JSON.stringify(packDetails(source, response, more)));
        details.push(d);
        const now = unpackSidebar(packed, details);
        more = { sheets: [], unmetFrom: now.response.report!.unmet.length };
      }
      const full = unpackSidebar(packed, details);
      expect(full.pending.size).toBe(0);
      expect(full.unmetLeft).toBe(0);
      // Editors are not shown by the sidebar and do not travel.
      const expected = {
        ...response,
        report: {
          ...response.report!,
          agencies: response.report!.agencies.map((a) => ({ ...a, editors: [] })),
          late: response.report!.late.map((a) => ({ ...a, editors: [] })),
        },
      };
      expect(full.response).toEqual(expected);
    }
  });
});
