/**
 * The live check runs end to end on the in-memory engine before anyone runs it for real: every
 * step of the scenario passes, every probe that checks an assumption agrees with the engine (the
 * engine's rules are the assumptions), the measured keys are keys the engine counts, and the
 * report sheet carries the same JSON the run returns. Split over several executions it resumes
 * where it stopped; in a spreadsheet that holds anything it refuses and changes nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { liveCheckTexts as T } from '../../src/core/messages/live-check';
import { createPlatform } from '../../src/local/engine';
import { type LiveCheckResult, runLiveCheck, STEP_ORDER } from '../../src/live-check/run';
import { parseLiveCosts } from '../../bench/live-costs';
import { seedGrid } from '../support/book';

const ME = 'kiemtra@gmail.com';
const SEED = seedGrid('003b-phan-cong-2023.tsv');

/** A clock each call of which moves 1 ms: the run's budget is spent by calls, as in Apps Script. */
function ticking(start = Date.UTC(2026, 2, 1)): () => number {
  let t = start;
  return () => (t += 1);
}

function reportJson(local: ReturnType<typeof createPlatform>): LiveCheckResult {
  const sheet = local.workbook.sheets.find((s) => s.name === T.sheetName)!;
  const rows = [...sheet.rows.entries()].sort((a, b) => a[0] - b[0]).map(([, cols]) => cols.get(1)?.value ?? '');
  const start = rows.indexOf(T.jsonHeader);
  return JSON.parse(rows.slice(start + 1).join(''));
}

describe('the live check on the engine', () => {
  const local = createPlatform(undefined, { owner: ME, user: ME, locale: 'vi_VN' });
  const runs: ReturnType<typeof runLiveCheck>[] = [];
  const now = ticking();
  // One step per run, and generation cut short: the check stops and resumes, as across executions.
  for (let i = 0; i < 60 && !runs.at(-1)?.done; i++) {
    runs.push(runLiveCheck(local.platform, { seed: SEED, budgetMs: 1, stepBudgetMs: 30, now }));
  }
  const last = runs.at(-1)!;
  const result = last.result!;

  it('takes several executions and finishes', () => {
    expect(runs.length).toBeGreaterThan(STEP_ORDER.length);
    for (const r of runs.slice(0, -1)) expect([r.done, r.message]).toEqual([false, expect.stringMatching(/\/11 bước/)]);
    expect(last.done).toBe(true);
    expect(result.finished).toBe(true);
    expect(result.steps.map((s) => s.id)).toEqual(STEP_ORDER);
  });

  it('passes every step of the scenario', () => {
    const failed = result.steps.filter((s) => !s.ok).map((s) => `${s.id}: ${s.detail}`);
    expect(failed).toEqual([]);
    const step = (id: string) => result.steps.find((s) => s.id === id)!;
    expect(step('generate').detail).toBe(T.checks.tabs(6));
    // Seed 003b: 8 rows, 10 reporting lines (row 4 holds three targets), 6 agencies. Two figures a line.
    expect(step('type').detail).toBe(T.checks.typed(20, 20));
    // Row 2 deleted (its two figures archived) and Quý IV gone (9 figures archived); 9 lines stay.
    expect(step('regenerate').detail).toBe(`${T.checks.kept(9, 9)}; ${T.checks.archived(11)}`);
    expect(step('close').detail).toBe(T.checks.closed('Quý I', 6, 6));
    expect(step('generate').calls['Spreadsheet.insertSheet']).toBeGreaterThanOrEqual(6);
    expect(result.timedSteps).toBe(true);
  });

  it('agrees with the engine on every assumption it checks', () => {
    const disagree = result.probes.filter((p) => p.agrees === false);
    expect(disagree).toEqual([]);
    expect(result.probes.filter((p) => p.agrees === true).length).toBeGreaterThanOrEqual(14);
    // Only what the spreadsheet says: recorded without a verdict.
    for (const p of result.probes.filter((x) => x.assumed === null)) expect(p.observed).not.toBe('');
  });

  it('measures each kind of call under a key the engine counts and the cost model prices', () => {
    const counted = local.calls.byMethod();
    const keys = Object.keys(result.costs);
    for (const kind of [
      'Spreadsheet.insertSheet',
      'Range.setValues',
      'Range.setNumberFormats',
      'Range.setDataValidations',
      'Sheet.setConditionalFormatRules',
      'Sheet.protect',
      'Protection.addEditors',
      'Protection.setUnprotectedRanges',
      'Spreadsheet.getEditors',
    ]) {
      expect(keys).toContain(kind);
    }
    for (const key of keys) expect([key, counted[key] > 0]).toEqual([key, true]);
    const live = parseLiveCosts(JSON.stringify(result));
    // An empty flush() is the flush's base; every other key is a call's own cost.
    expect(Object.keys(live.methods ?? {}).sort()).toEqual(keys.filter((k) => k !== 'SpreadsheetApp.flush').sort());
    expect(live.flush?.baseMs).toBe(result.costs['SpreadsheetApp.flush']?.medianMs);
  });

  it('leaves the report sheet with the JSON of the run, and no scratch sheet', () => {
    expect(reportJson(local)).toEqual(result);
    const names = local.workbook.sheets.map((s) => s.name);
    expect(names).toContain(T.sheetName);
    expect(names.filter((n) => n.startsWith('_probe_') || n.startsWith('_micro_'))).toEqual([]);
    expect(local.workbook.locale).toBe('vi_VN');
  });
});

describe('the live check in a spreadsheet that holds something', () => {
  it('refuses, and changes nothing', () => {
    const local = createPlatform(undefined, { owner: ME, user: ME });
    local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(1, 1).setValue('số liệu thật');
    const before = JSON.stringify(local.snapshot());
    const run = runLiveCheck(local.platform, { seed: SEED });
    expect(run.done).toBe(false);
    expect(run.message).toBe(T.notEmpty(['Sheet1']));
    expect(JSON.stringify(local.snapshot())).toBe(before);
  });
});

describe('npm run build:live-check', () => {
  const out = mkdtempSync(join(tmpdir(), 'live-check-'));
  execFileSync(process.execPath, [join(__dirname, '../../scripts/build.mjs'), '--live-check', '--out', out], {
    stdio: 'pipe',
  });
  const code = readFileSync(join(out, 'dist-live-check/Code.gs'), 'utf8');

  it('is a script of its own, not the add-on, with the seed inside as the add-on reads it', () => {
    expect(code).toMatch(/^function kiemTra\(/m);
    expect(code).not.toMatch(/^function menuGenerate\(/m);
    const context: Record<string, unknown> = {};
    vm.runInNewContext(`${code}\nthis.seed = JSON.stringify(seedTable());`, context);
    expect(JSON.parse(context.seed as string)).toEqual(SEED);
    expect(JSON.parse(readFileSync(join(out, 'dist-live-check/appsscript.json'), 'utf8'))).toEqual(
      JSON.parse(readFileSync(join(__dirname, '../../appsscript.json'), 'utf8')),
    );
  });

  it('runs its menu and writes the report through the bundled code', () => {
    const local = createPlatform(undefined, { owner: ME, user: ME });
    const logs: string[] = [];
    const sandbox: Record<string, unknown> = {
      ...local.platform,
      console: { log: (s: string) => logs.push(String(s)), error: () => undefined },
    };
    vm.runInNewContext(`${code}\nonOpen(); kiemTra();`, sandbox);
    expect(local.workbook.ui.menus[0]).toMatchObject({ kind: 'menu', caption: T.menuTitle });
    expect(local.workbook.sheets.map((s) => s.name)).toContain(T.sheetName);
    expect(local.workbook.ui.dialogs.at(-1)?.title).toBe(T.menuTitle);
    expect(JSON.parse(logs[0]).format).toBe('so-chi-tieu-live-check/1');
  });
});
