/**
 * Workbooks built from the seed tables with sample figures typed in as the agencies would:
 * seed 004 (several agencies: some met, one exceeded, some unmet with explanations, one
 * partly reported, most not reporting; Quý I closed) and seed 002 (three communes: one passes,
 * one fails a mandatory criterion, one has too few extended criteria). The sidebar, summary
 * sheet and report tests all run on these, through the real menu handlers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as main from '../../src/appsscript/main';
import type { TabLine } from '../../src/core/layout/lines';
import { readTab } from '../../src/core/layout/read-tab';
import { a1, periodColumns, tabLayout } from '../../src/core/layout/columns';
import { parseDelimited } from '../../src/core/table/delimited';
import type { Target, Tier } from '../../src/core/types';
import { AGENCIES_HEADER } from '../../src/core/workbook/agencies-sheet';
import { collectResults } from '../../src/sheets/collect';
import { createPlatform, type LocalPlatform } from '../../src/local/engine';
import { paste, SECRETARIAT, seedGrid, valuesOf } from '../support/book';

export type Outcome = 'met' | 'exceeded' | 'unmet';

export interface Entry {
  outcome: Outcome;
  evidence?: string;
  explanation?: string;
}

export interface SampleUnit {
  unit: string;
  /** What the unit enters on each of its lines, in tab order; null leaves the line blank. */
  entry(line: TabLine, tier: Tier | null, index: number): Entry | null;
}

export interface Sample {
  seed: string;
  period: string;
  /** The table has no agency columns: the communes of seeds/communes-002.tsv report. */
  communes: boolean;
  organisation: string;
  closePeriod: boolean;
  units: SampleUnit[];
}

const byIndex = (entries: Array<Entry | null>) => (_line: TabLine, _tier: Tier | null, index: number) =>
  entries[index] ?? null;

/** A note with markup and quotes: the sidebar must show it as text. */
export const TRICKY_EXPLANATION = 'Chưa tổ chức được lớp tập huấn <b>quý I</b> & "đợt 2" <img src=x onerror=alert(1)>';

export const SAMPLE_004: Sample = {
  seed: '004-chi-tieu-2024.tsv',
  period: 'Quý I',
  communes: false,
  organisation: 'UBND huyện Lộc Ninh',
  closePeriod: true,
  units: [
    {
      unit: 'Phòng Văn hoá và Thông tin',
      entry: byIndex([
        { outcome: 'exceeded', evidence: 'Báo cáo 15/BC-VHTT' },
        { outcome: 'met' },
        { outcome: 'met' },
        { outcome: 'unmet', explanation: TRICKY_EXPLANATION },
        { outcome: 'met' },
        {
          outcome: 'unmet',
          evidence: 'Công văn 42/VHTT',
          explanation: 'Doanh nghiệp viễn thông chưa kéo cáp quang tới 3 thôn',
        },
        { outcome: 'met' },
      ]),
    },
    { unit: 'Phòng Y tế', entry: byIndex([{ outcome: 'met' }, { outcome: 'unmet' }, { outcome: 'met' }]) },
    {
      unit: 'Phòng Tài chính- Kế hoạch',
      entry: byIndex([
        { outcome: 'met' },
        { outcome: 'unmet', explanation: '+ Chưa có số liệu thống kê thương mại điện tử' },
        null,
        null,
      ]),
    },
    { unit: 'UBND huyện', entry: byIndex([{ outcome: 'met' }, { outcome: 'met' }]) },
  ],
};

/** Meets every mandatory criterion but the first `mandatoryFails`, and the first `extendedMet` extended ones. */
function commune(unit: string, mandatoryFails: number, extendedMet: number): SampleUnit {
  const seen = { mandatory: 0, extended: 0 };
  return {
    unit,
    entry: (_line, tier) => {
      if (!tier) return { outcome: 'met' };
      const n = seen[tier]++;
      const met = tier === 'mandatory' ? n >= mandatoryFails : n < extendedMet;
      return met ? { outcome: 'met' } : { outcome: 'unmet', explanation: `Chưa triển khai (${unit})` };
    },
  };
}

export const SAMPLE_002: Sample = {
  seed: '002-tieu-chi-xa.tsv',
  period: 'Quý I',
  communes: true,
  organisation: '',
  closePeriod: false,
  units: [commune('UBND xã Tân Bình', 0, 12), commune('UBND xã Tân Phú', 1, 21), commune('UBND xã Long Thủy', 0, 10)],
};

/** What a person types for a target to reach an outcome, in the vi_VN locale (decimal comma). */
export function typedFigure(target: Target, outcome: Outcome, margin: number): string {
  if (target.op === 'exists') return outcome === 'unmet' ? 'Chưa có' : 'Có';
  const below = target.op === '<' || target.op === '<=';
  const v = target.value;
  const x =
    outcome === 'exceeded'
      ? below
        ? v - margin
        : v + margin
      : outcome === 'met'
        ? target.op === '>'
          ? v + 1
          : target.op === '<'
            ? v - 1
            : v
        : below
          ? v + 5
          : target.op === '>'
            ? v
            : Math.max(0, v - 5);
  const text = String(x).replace('.', ',');
  return target.unit === '%' ? `${text}%` : text;
}

function communeRows(): string[][] {
  const grid = parseDelimited(readFileSync(join(__dirname, '../../seeds/communes-002.tsv'), 'utf8')).slice(1);
  return [AGENCIES_HEADER, ...grid.filter((r) => r[0]).map((r) => ['', `UBND xã ${r[0]}`, '', '', '', '', r[1]])];
}

function type(local: LocalPlatform, sheet: string, cell: string, value: string): void {
  const result = local.engine.userEdit(sheet, cell, value, SECRETARIAT);
  if (!result.ok) throw new Error(`${sheet}!${cell} refused "${value}": ${result.message}`);
}

/** Makes the book's services the globals the entry points use (tests may hold several books). */
export function use(local: LocalPlatform): LocalPlatform {
  Object.assign(globalThis, local.platform);
  return local;
}

/** A workbook set up, generated and filled with the sample's figures. */
export function sampleBook(sample: Sample, htmlFiles: Record<string, string> = {}): LocalPlatform {
  const local = use(createPlatform(undefined, { locale: 'vi_VN', owner: SECRETARIAT, user: SECRETARIAT, htmlFiles }));
  main.menuSetup();
  paste(local, 'Chỉ tiêu', seedGrid(sample.seed));
  if (sample.communes) paste(local, 'Cơ quan', communeRows());
  main.menuGenerate();
  if (sample.organisation) {
    const row = valuesOf(local, 'Cài đặt').findIndex((r) => r[0] === 'Cơ quan tổng hợp') + 1;
    type(local, 'Cài đặt', `B${row}`, sample.organisation);
  }
  const collected = collectResults(local.platform);
  const tiers = new Map(collected.indicators.map((i) => [i.id, i.tier]));
  const columns = periodColumns(tabLayout(collected.settings.periods), sample.period)!;
  const periodColumn = columns.value;
  for (const s of sample.units) {
    const unit = collected.units.find((u) => u.unit.name === s.unit);
    if (!unit) throw new Error(`no reporting unit "${s.unit}"`);
    const rows = readTab(valuesOf(local, unit.unit.sheetName))!.rows;
    unit.lines.forEach(({ line }, index) => {
      const entry = s.entry(line, tiers.get(line.indicatorId) ?? null, index);
      if (!entry || !line.target) return;
      const row = rows.get(line.key)!;
      type(
        local,
        unit.unit.sheetName,
        a1(row, periodColumn),
        typedFigure(line.target, entry.outcome, collected.settings.exceedMargin),
      );
      if (entry.evidence) type(local, unit.unit.sheetName, a1(row, columns.evidence), entry.evidence);
      if (entry.explanation) type(local, unit.unit.sheetName, a1(row, columns.explanation), entry.explanation);
    });
  }
  if (sample.closePeriod) {
    local.ui.answer('OK', sample.period);
    main.menuClosePeriod();
  }
  return local;
}
